//! Throughput of `uncite::extract` on the real corpus, per language, on one thread.
//!
//! Reads every English and Chinese text of the corpus (`$UNCITE_CORPUS`, default
//! `../shared/corpus`: folders `sc`, `ga`, `ecosoc`, `hrc`, and `speeches` for English), in each of
//! the six languages, into
//! memory first, then extracts all texts of a language several times, with the gazetteer of
//! named instruments off and on, and prints files, MB (1e6 bytes), seconds and MB/s for the
//! median and the best repetition, and the throughput with the gazetteer as a share of the
//! throughput without it. Reading the files is
//! not timed. Without the corpus it says so and exits 0, so that `cargo bench` works on a
//! fresh clone.
//!
//! `cargo bench --bench extract` (repetitions: `UNCITE_BENCH_REPS`, default 5; one language:
//! `UNCITE_BENCH_LANG=ru`).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use uncite::{Language, Names, Options};

const FOLDERS: &[&str] = &["sc", "ga", "ecosoc", "hrc", "speeches"];

fn texts(corpus: &Path, lang: &str) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for folder in FOLDERS {
        let dir = corpus.join(folder).join(lang);
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            match std::fs::read_to_string(&p) {
                Ok(t) => out.push((p, t)),
                Err(e) => eprintln!("skipping {}: {e}", p.display()),
            }
        }
    }
    out
}

fn main() {
    let corpus = PathBuf::from(
        std::env::var("UNCITE_CORPUS").unwrap_or_else(|_| "../shared/corpus".to_string()),
    );
    if !corpus.is_dir() {
        println!(
            "extract bench: no corpus at {} (set UNCITE_CORPUS to a corpus directory); nothing to measure",
            corpus.display()
        );
        return;
    }
    let reps: usize = std::env::var("UNCITE_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5);

    println!(
        "corpus {}, {reps} repetitions, one thread",
        corpus.display()
    );
    println!(
        "{:<4} {:<5} {:>6} {:>8} {:>10} {:>10} {:>10} {:>10} {:>10} {:>7}",
        "lang", "names", "files", "MB", "median s", "MB/s", "best s", "MB/s", "citations", "on/off"
    );
    // `UNCITE_BENCH_LANG=ru`: one language only.
    let only: Option<Language> = std::env::var("UNCITE_BENCH_LANG")
        .ok()
        .and_then(|l| l.parse().ok());
    // Over all languages read: MB, and the medians' sums with the gazetteer off and on.
    let mut all = (0.0, 0.0, 0.0);
    for lang in Language::ALL {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let code = lang.code();
        let docs = texts(&corpus, code);
        if docs.is_empty() {
            println!("{code:<4} no texts");
            continue;
        }
        let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
        let mb = bytes as f64 / 1e6;
        // The gazetteer off, then on: the named-instrument pass's cost is the ratio.
        let mut off_median = 0.0;
        for (names, label) in [(Names::Off, "off"), (Names::Builtin, "on")] {
            let options = Options {
                language: Some(lang),
                names,
            };
            let (median, best, citations) = measure(&docs, &options, reps);
            let ratio = if label == "off" {
                off_median = median;
                all.0 += mb;
                all.1 += median;
                String::new()
            } else {
                all.2 += median;
                format!("{:.0} %", off_median / median * 100.0)
            };
            println!(
                "{code:<4} {label:<5} {:>6} {:>8.2} {:>10.3} {:>10.1} {:>10.3} {:>10.1} {:>10} {:>7}",
                docs.len(),
                mb,
                median,
                mb / median,
                best,
                mb / best,
                citations,
                ratio
            );
        }
    }
    if only.is_none() && all.1 > 0.0 {
        // The whole corpus: throughput with the gazetteer on as a share of throughput without.
        println!(
            "{:<4} {:<5} {:>6} {:>8.2} {:>10.3} {:>10.1} {:>10} {:>10} {:>10} {:>7}",
            "all",
            "off",
            "",
            all.0,
            all.1,
            all.0 / all.1,
            "",
            "",
            "",
            ""
        );
        println!(
            "{:<4} {:<5} {:>6} {:>8.2} {:>10.3} {:>10.1} {:>10} {:>10} {:>10} {:>7}",
            "all",
            "on",
            "",
            all.0,
            all.2,
            all.0 / all.2,
            "",
            "",
            "",
            format!("{:.0} %", all.1 / all.2 * 100.0)
        );
    }
}

/// Median and best seconds over `reps` passes, after one untimed warm-up pass that also counts
/// the citations.
fn measure(docs: &[(PathBuf, String)], options: &Options, reps: usize) -> (f64, f64, usize) {
    let citations: usize = docs
        .iter()
        .map(|(_, t)| uncite::extract(t, options).citations.len())
        .sum();
    let mut times: Vec<Duration> = (0..reps)
        .map(|_| {
            let t0 = Instant::now();
            for (_, t) in docs {
                black_box(uncite::extract(black_box(t), options));
            }
            t0.elapsed()
        })
        .collect();
    times.sort();
    (
        times[times.len() / 2].as_secs_f64(),
        times[0].as_secs_f64(),
        citations,
    )
}
