//! Draw a reproducible random sample of found targets that the UN did *not* hyperlink, so that
//! each can be judged by hand: precision, which recall against `expected.jsonl` cannot show.
//!
//! Run it (the seed defaults to 20261127, the count to 100 per language, the languages to
//! `en,zh`; `fr`, `es`, `ru`, `ar` draw the other samples):
//!
//! ```text
//! cargo run --release --example precision_sample -- /work/shared/corpus [SEED] [COUNT] [LANGS] > sample.jsonl
//! ```
//!
//! For every English and Chinese file of `sc`, `ga`, `ecosoc` and `hrc` it collects the distinct
//! found targets whose key (`uncite::eval::key`, joint symbols matching either part) is not among
//! that file's expected targets, pools them per language, draws COUNT per language uniformly
//! without replacement with a splitmix64 generator seeded by SEED, and prints one JSON line per
//! draw, sorted by (lang, folder, file, start). Each line carries a `context`: the cover lines
//! (the first 12 lines), the paragraph holding the citation and, where a footnote is involved,
//! the rule line and the footnote lines it needs, enlarged until `uncite::extract(context)` finds
//! the same target again; `context_level` records which context was used. The texts are United
//! Nations documents; the United Nations must be acknowledged as their source.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde_json::{json, Value};
use uncite::eval::key;
use uncite::{Citation, InstrumentId, Language, Options, Via};

const FOLDERS: [&str; 4] = ["sc", "ga", "ecosoc", "hrc"];
const COVER_LINES: usize = 12;

/// splitmix64: a small, well-mixed deterministic generator.
struct SplitMix(u64);
impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (rejection sampling, no modulo bias).
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let v = self.next();
            if v < zone {
                return v % n;
            }
        }
    }
}

struct Found {
    folder: &'static str,
    file: String,
    citation: Citation,
    target: String,
}

/// The keys of a target: its key and the keys of its joint parts.
fn keys(target: &str) -> Vec<String> {
    let k = key(target);
    let mut out = InstrumentId::Symbol(k.clone()).parts();
    out.push(k);
    out
}

fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 5 && t.chars().all(|c| c == '_')
}

/// The lines in `set` (ascending), joined as they stand in the file.
fn assemble(lines: &[&str], set: &std::collections::BTreeSet<usize>) -> String {
    let mut s = String::new();
    for &i in set {
        s.push_str(lines[i]);
        s.push('\n');
    }
    s
}

fn finds(context: &str, lang: Language, target: &str, text: &str) -> bool {
    let ex = uncite::extract(
        context,
        &Options {
            language: Some(lang),
            ..Default::default()
        },
    );
    ex.citations.iter().any(|c| {
        c.target.as_ref().map(|t| t.to_string()).as_deref() == Some(target) && c.text == text
    })
}

/// The smallest context (of a fixed ladder) in which the target is found again.
fn context_for(text: &str, f: &Found, lang: Language) -> (String, String) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut offsets = Vec::with_capacity(lines.len());
    let mut o = 0;
    for l in &lines {
        offsets.push(o);
        o += l.len() + 1;
    }
    let c = &f.citation;
    let ci = offsets.partition_point(|&off| off <= c.start) - 1;
    let rule = lines.iter().position(|l| is_rule(l));
    let in_notes = rule.is_some_and(|r| ci > r);
    let notey = in_notes || c.footnote.is_some() || matches!(c.via, Via::Footnote | Via::Ibid);
    let cover: Vec<usize> = (0..COVER_LINES.min(lines.len())).collect();
    let note_lines: Vec<usize> = match rule {
        Some(r) => (r + 1..lines.len())
            .filter(|&i| !lines[i].trim().is_empty())
            .collect(),
        None => vec![],
    };
    let ok = |set: &std::collections::BTreeSet<usize>| {
        let ctx = assemble(&lines, set);
        finds(&ctx, lang, &f.target, &c.text).then_some(ctx)
    };
    let base = |prev: usize| {
        let mut s: std::collections::BTreeSet<usize> = cover.iter().copied().collect();
        let lo = if in_notes {
            // Only the footnote lines above, never crossing the rule.
            ci.saturating_sub(prev).max(rule.unwrap() + 1)
        } else {
            ci.saturating_sub(prev)
        };
        s.extend(lo..=ci);
        s
    };
    // 1. the paragraph (with, in a footnote, the rule and the footnote before it).
    let mut s = base(0);
    if in_notes {
        let r = rule.unwrap();
        s.insert(r);
        if ci > r + 1 {
            s.insert(ci - 1);
        }
    }
    if let Some(ctx) = ok(&s) {
        return (ctx, "paragraph".into());
    }
    // 2. a paragraph resolved through a footnote: the rule and one footnote (with the one before).
    if notey && !in_notes {
        let r = rule.unwrap_or(0);
        for (k, &n) in note_lines.iter().enumerate() {
            let mut t = s.clone();
            t.insert(r);
            t.insert(n);
            if k > 0 {
                t.insert(note_lines[k - 1]);
            }
            if let Some(ctx) = ok(&t) {
                return (ctx, format!("paragraph+footnote line {}", n + 1));
            }
        }
    }
    // 3. previous paragraphs, then with all footnotes.
    for with_notes in [false, true] {
        for prev in 1..=5 {
            let mut t = base(prev);
            if in_notes {
                t.insert(rule.unwrap());
            }
            if with_notes {
                if let Some(r) = rule {
                    t.insert(r);
                    t.extend(note_lines.iter().copied());
                }
            }
            if let Some(ctx) = ok(&t) {
                let what = if with_notes { "+all footnotes" } else { "" };
                return (ctx, format!("paragraph+{prev} previous{what}"));
            }
        }
    }
    // 4. the whole document.
    (text.to_string(), "document".into())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = Path::new(
        args.first()
            .map(String::as_str)
            .unwrap_or("/work/shared/corpus"),
    );
    let seed: u64 = args.get(1).map_or(20261127, |s| s.parse().expect("seed"));
    let count: usize = args.get(2).map_or(100, |s| s.parse().expect("count"));
    eprintln!(
        "seed {seed}, {count} per language, corpus {}",
        corpus.display()
    );

    let langs: Vec<Language> = args
        .get(3)
        .map_or("en,zh", String::as_str)
        .split(',')
        .map(|l| l.parse().expect("language code"))
        .collect();
    let mut pools: BTreeMap<&str, Vec<Found>> = BTreeMap::new();
    for folder in FOLDERS {
        let meta = std::fs::read_to_string(corpus.join(folder).join("meta/expected.jsonl"))
            .expect("expected.jsonl");
        let mut rows: Vec<Value> = meta
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect();
        rows.sort_by(|a, b| a["file"].as_str().cmp(&b["file"].as_str()));
        for row in rows {
            let file = row["file"].as_str().unwrap().to_string();
            let Ok(lang) = row["lang"].as_str().unwrap().parse::<Language>() else {
                continue;
            };
            if !langs.contains(&lang) {
                continue;
            }
            let expected: HashSet<String> = row["targets"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).flat_map(keys).collect())
                .unwrap_or_default();
            let path = corpus.join(folder).join(&file);
            let ex = match uncite::extract_file(
                &path,
                &Options {
                    language: Some(lang),
                    ..Default::default()
                },
            ) {
                Ok(ex) => ex,
                Err(e) => {
                    eprintln!("{e}");
                    continue;
                }
            };
            let mut seen = HashSet::new();
            for c in ex.citations {
                let Some(t) = c.target.as_ref().map(|t| t.to_string()) else {
                    continue;
                };
                if keys(&t).iter().any(|k| expected.contains(k)) || !seen.insert(t.clone()) {
                    continue;
                }
                pools.entry(lang.code()).or_default().push(Found {
                    folder,
                    file: file.clone(),
                    citation: c,
                    target: t,
                });
            }
        }
    }

    let mut rng = SplitMix(seed);
    let mut out: Vec<(String, String, String, usize, Value)> = Vec::new();
    for lang in langs {
        let pool = pools.remove(lang.code()).unwrap_or_default();
        eprintln!(
            "{}: {} found targets not in expected.jsonl",
            lang.code(),
            pool.len()
        );
        let mut idx: Vec<usize> = (0..pool.len()).collect();
        let n = count.min(idx.len());
        for i in 0..n {
            let j = i + rng.below((idx.len() - i) as u64) as usize;
            idx.swap(i, j);
        }
        for &i in &idx[..n] {
            let f = &pool[i];
            let path = corpus.join(f.folder).join(&f.file);
            let text = std::fs::read_to_string(&path).expect("read");
            let (context, level) = context_for(&text, f, lang);
            let c = &f.citation;
            let v = json!({
                "lang": lang.code(),
                "folder": f.folder,
                "file": f.file,
                "target": f.target,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "footnote": c.footnote,
                "via": c.via,
                "context_level": level,
                "context": context,
            });
            out.push((
                lang.code().to_string(),
                f.folder.to_string(),
                f.file.clone(),
                c.start,
                v,
            ));
        }
    }
    out.sort_by(|a, b| (&a.0, &a.1, &a.2, a.3).cmp(&(&b.0, &b.1, &b.2, b.3)));
    for (.., v) in out {
        println!("{v}");
    }
}
