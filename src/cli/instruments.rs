//! `uncite instruments`: list the gazetteer of named instruments, and the `--gazetteer`
//! flags every reading command shares.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Args as ClapArgs;
use uncite::gazetteer::Entry;
use uncite::{Gazetteer, Language, Names, Options};

use super::graph::QueryFormat;

/// Which gazetteer finds named instruments.
#[derive(ClapArgs, Debug, Clone, Default)]
pub struct NamesArgs {
    /// Add the named instruments of this file (the format of `uncite instruments --format
    /// json`) to the built-in gazetteer; an entry with a built-in ID replaces it.
    #[arg(long, value_name = "FILE", global = true)]
    gazetteer: Option<PathBuf>,
    /// Do not look for named instruments by name (the Charter is still found).
    #[arg(long, global = true, conflicts_with = "gazetteer")]
    no_gazetteer: bool,
}

impl NamesArgs {
    /// The extraction options these flags ask for; a bad gazetteer file is an error that
    /// names the file, the entry and the problem.
    pub fn options(&self, language: Option<Language>) -> io::Result<Options> {
        let names = if self.no_gazetteer {
            Names::Off
        } else if let Some(p) = &self.gazetteer {
            Names::Custom(Arc::new(
                Gazetteer::with_file(p).map_err(|e| io::Error::other(e.to_string()))?,
            ))
        } else {
            Names::Builtin
        };
        Ok(Options { language, names })
    }
}

/// `uncite instruments`.
#[derive(ClapArgs, Debug)]
pub struct InstrumentsArgs {
    /// Show the names of this language (default: English).
    #[arg(long)]
    lang: Option<Language>,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
    #[command(flatten)]
    names: NamesArgs,
}

pub fn run(args: InstrumentsArgs) -> io::Result<ExitCode> {
    let options = args.names.options(None)?;
    let Some(g) = options.names.gazetteer() else {
        return Err(io::Error::other(
            "--no-gazetteer leaves no instrument to list",
        ));
    };
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        QueryFormat::Json => {
            let entries: Vec<Entry> = g
                .entries()
                .iter()
                .map(|e| match args.lang {
                    Some(l) => {
                        let mut e = e.clone();
                        e.names.retain(|k, _| *k == l);
                        e
                    }
                    None => e.clone(),
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "instruments": entries }))?;
            writeln!(out)?;
        }
        QueryFormat::Table => {
            let lang = args.lang.unwrap_or(Language::En);
            writeln!(
                out,
                "{:<10}  {:<10}  {:<14}  {:<16}  {:<50}  names ({lang})",
                "kind", "adopted", "adopted by", "Treaty Series", "id"
            )?;
            for e in g.entries() {
                let kind = serde_json::to_value(e.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let unts = e
                    .unts
                    .map_or(String::new(), |u| format!("{}, No. {}", u.volume, u.number));
                let by = e
                    .adopting_resolution()
                    .map_or(String::new(), |r| r.to_string());
                let names = e.names.get(&lang).map_or(String::new(), |n| n.join(" | "));
                writeln!(
                    out,
                    "{:<10}  {:<10}  {:<14}  {:<16}  {:<50}  {}",
                    kind,
                    e.adopted.as_deref().unwrap_or(""),
                    by,
                    unts,
                    e.id,
                    names
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
