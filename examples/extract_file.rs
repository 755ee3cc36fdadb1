//! Extract a UN text and print its citations, one per line.
//!
//! `cargo run --example extract_file -- examples/texts/A_RES_59_153.zh.txt`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: extract_file FILE");
        return ExitCode::from(2);
    };
    let found = match uncite::extract_file(&path, &uncite::Options::default()) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("extract_file: {e}");
            return ExitCode::from(2);
        }
    };
    let own = found
        .document
        .symbol
        .as_ref()
        .map_or("(no symbol)".into(), |s| s.to_string());
    println!(
        "{own} ({}): {} citations",
        found.language,
        found.citations.len()
    );
    for c in &found.citations {
        let target = c
            .target
            .as_ref()
            .map_or("(unresolved)".into(), |t| t.to_string());
        println!(
            "{:>6}..{:<6} {:<32} {:<12} {}",
            c.start,
            c.end,
            target,
            c.relation.to_string(),
            c.text
        );
    }
    ExitCode::SUCCESS
}
