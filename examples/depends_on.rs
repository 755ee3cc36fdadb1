//! List what a resolution rests on: the distinct instruments it cites, grouped by how it
//! uses them (recalls, reaffirms, …), each with the number of mentions.
//!
//! `cargo run --example depends_on -- examples/texts/A_RES_59_153.zh.txt`

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: depends_on FILE");
        return ExitCode::from(2);
    };
    let found = match uncite::extract_file(&path, &uncite::Options::default()) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("depends_on: {e}");
            return ExitCode::from(2);
        }
    };
    let mut by_relation: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for c in &found.citations {
        if let Some(t) = &c.target {
            *by_relation
                .entry(c.relation.to_string())
                .or_default()
                .entry(t.to_string())
                .or_default() += 1;
        }
    }
    let own = found
        .document
        .symbol
        .as_ref()
        .map_or("(no symbol)".into(), |s| s.to_string());
    println!("{own} rests on:");
    for (relation, targets) in by_relation {
        println!("  {relation}:");
        for (t, n) in targets {
            println!(
                "    {t}{}",
                if n > 1 {
                    format!(" ({n}×)")
                } else {
                    String::new()
                }
            );
        }
    }
    ExitCode::SUCCESS
}
