//! `uncite compare`: the language versions of a document, side by side.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args as ClapArgs;
use uncite::compare::{compare, table, Version};
use uncite::{Language, Options};

use super::graph::QueryFormat;

/// `uncite compare`.
#[derive(ClapArgs, Debug)]
pub struct CompareArgs {
    /// The language versions of one document (files), or a directory holding language folders
    /// (`en/`, `fr/`, …) whose files of the same name are versions of one document.
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

/// The groups of files to compare: the files named directly form one group; a directory with
/// language folders gives one group per file name found in them.
fn groups(paths: &[PathBuf]) -> io::Result<Vec<Vec<PathBuf>>> {
    let mut out = Vec::new();
    let mut loose = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut by_name: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
            for lang in Language::ALL {
                let dir = p.join(lang.code());
                if !dir.is_dir() {
                    continue;
                }
                for f in uncite::text_files(&dir).map_err(|e| io::Error::other(e.to_string()))? {
                    let name = f
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    by_name.entry(name).or_default().push(f);
                }
            }
            if by_name.is_empty() {
                return Err(io::Error::other(format!(
                    "{}: no language folders (ar, en, es, fr, ru, zh) with *.txt files",
                    p.display()
                )));
            }
            out.extend(by_name.into_values().filter(|g| g.len() > 1));
        } else {
            loose.push(p.clone());
        }
    }
    if !loose.is_empty() {
        out.insert(0, loose);
    }
    Ok(out)
}

fn language_of(path: &Path) -> Option<Language> {
    path.parent()?.file_name()?.to_str()?.parse().ok()
}

/// `uncite compare`: exit 0 when every document's versions agree, 1 when some disagree.
pub fn run(args: CompareArgs) -> io::Result<ExitCode> {
    if args.paths.is_empty() {
        return Err(io::Error::other(
            "give the language versions of a document, or a directory of language folders",
        ));
    }
    let mut comparisons = Vec::new();
    let mut errors = 0;
    for group in groups(&args.paths)? {
        let mut read = Vec::new();
        for f in &group {
            match uncite::read_text(f) {
                // A language folder names the language; a loose file is detected.
                Ok(text) => {
                    let ex = uncite::extract_named(
                        &text,
                        &f.display().to_string(),
                        &Options {
                            language: language_of(f),
                            ..Default::default()
                        },
                    );
                    read.push((ex, text));
                }
                Err(e) => {
                    eprintln!("uncite: {e}");
                    errors += 1;
                }
            }
        }
        let versions: Vec<Version> = read
            .iter()
            .map(|(e, t)| Version {
                extraction: e,
                text: t,
            })
            .collect();
        if versions.len() > 1 {
            comparisons.push(compare(&versions));
        }
    }
    let mut out = io::stdout().lock();
    match args.format {
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &comparisons)?;
            writeln!(out)?;
        }
        QueryFormat::Table => write!(out, "{}", table(&comparisons))?,
    }
    out.flush()?;
    let agree = comparisons.iter().filter(|c| c.agrees()).count();
    if comparisons.len() > 1 {
        eprintln!(
            "uncite: {agree} of {} documents agree in every version",
            comparisons.len()
        );
    }
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else if agree == comparisons.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
