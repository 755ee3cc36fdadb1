//! Graph benchmark: read every text of the corpus (`UNCITE_CORPUS`, default
//! `../shared/corpus`) into the citation graph and write it as a JSON snapshot; then read the
//! snapshot back and answer queries on it. Prints seconds for each step (best of a few runs).
//!
//! `cargo bench --bench graph`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use uncite::export::snapshot;
use uncite::graph::Corpus;
use uncite::Options;

fn best<T>(reps: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..reps {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        last = Some(v);
    }
    (best, last.expect("at least one repetition"))
}

fn main() {
    let corpus =
        PathBuf::from(std::env::var("UNCITE_CORPUS").unwrap_or_else(|_| "../shared/corpus".into()));
    if !corpus.is_dir() {
        println!(
            "corpus {} not found: set UNCITE_CORPUS; nothing measured",
            corpus.display()
        );
        return;
    }
    let reps: usize = std::env::var("UNCITE_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let files = uncite::text_files(&corpus).expect("corpus readable");
    let out = std::env::temp_dir().join(format!("uncite-bench-{}.json", std::process::id()));
    let (build, c) = best(reps, || {
        let (c, errors) = Corpus::read(&files, &Options::default(), &|| {});
        assert!(errors.is_empty(), "{errors:?}");
        snapshot::write(&c, &out).expect("snapshot written");
        c
    });
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!(
        "build graph of {} texts ({} nodes, {} edges) and write {:.1} MB snapshot: {:.3} s",
        files.len(),
        c.graph.node_count(),
        c.graph.edge_count(),
        size as f64 / 1e6,
        build.as_secs_f64()
    );
    let (load, snap) = best(reps, || snapshot::read(&out).expect("snapshot read"));
    println!("read snapshot: {:.3} s", load.as_secs_f64());
    let (q, rows) = best(reps, || {
        let snap = snapshot::read(&out).expect("snapshot read");
        uncite::query::cited_by(&snap, "S/RES/1325(2000)")
            .expect("cited by")
            .len()
    });
    println!(
        "read snapshot + cited-by S/RES/1325(2000) ({rows} citing documents): {:.3} s",
        q.as_secs_f64()
    );
    let (q, rows) = best(reps, || {
        uncite::query::deps(&snap, "A/RES/75/194", None)
            .map(|r| r.len())
            .unwrap_or(0)
    });
    println!(
        "deps --all A/RES/75/194 on the loaded snapshot ({rows} instruments): {:.4} s",
        q.as_secs_f64()
    );
    let (q, _) = best(reps, || {
        uncite::query::rank(&snap, uncite::query::RankBy::Pagerank, 5, 20, None)
    });
    println!(
        "rank --by pagerank on the loaded snapshot: {:.4} s",
        q.as_secs_f64()
    );
    let _ = std::fs::remove_file(&out);
}
