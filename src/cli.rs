//! Flags and subcommands. Everything here calls the library; nothing here parses UN text.

mod compare;
mod graph;
mod instruments;

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use uncite::{Extraction, Language, Options};

/// Find every reference in United Nations texts.
#[derive(Parser, Debug)]
#[command(name = "uncite", version, about)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract the citations of texts: files, directories (every *.txt below, sorted) or `-`
    /// for standard input (the default).
    Extract {
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Read every text in this language instead of detecting it.
        #[arg(long)]
        lang: Option<Language>,
        #[command(flatten)]
        names: instruments::NamesArgs,
    },
    /// Measure recall against a corpus's `meta/expected.jsonl` files, per folder and language.
    Eval {
        /// The corpus directory (folders holding `<lang>/*.txt` and `meta/expected.jsonl`).
        corpus: PathBuf,
        /// Languages to measure (default: all present).
        #[arg(long, value_delimiter = ',')]
        lang: Vec<Language>,
        /// Fail (exit 1) when recall in any measured language is below this share (0–1).
        #[arg(long)]
        min_recall: Option<f64>,
        /// Fail (exit 1) when the own symbol is found for fewer documents than this share.
        #[arg(long)]
        min_own_symbol: Option<f64>,
        /// Fail (exit 1) when support in any measured language is below this share.
        #[arg(long)]
        min_support: Option<f64>,
        /// Fail (exit 1) when fewer six-language documents than this share agree in every version.
        #[arg(long)]
        min_agreement: Option<f64>,
        /// Fail (exit 1) when, in any folder, fewer six-language documents than this share
        /// name the same instruments in every version.
        #[arg(long)]
        min_instrument_agreement: Option<f64>,
        /// Also measure named instruments on a hand-checked sample (the texts beside it:
        /// `tests/fixtures/instruments/sample.json`).
        #[arg(long, value_name = "FILE")]
        instrument_sample: Option<PathBuf>,
        /// Fail (exit 1) when the sample's recall in any language is below this share.
        #[arg(long, requires = "instrument_sample")]
        min_instrument_recall: Option<f64>,
        /// Fail (exit 1) when the sample has more instruments found that it does not list.
        #[arg(long, requires = "instrument_sample")]
        max_false_instruments: Option<usize>,
        /// Real differences between the UN's own versions (TSV: folder, file, target,
        /// languages, note), counted as agreement.
        #[arg(long, value_name = "FILE")]
        known_differences: Option<PathBuf>,
        /// How many of the most-missed forms to list.
        #[arg(long, default_value_t = 12)]
        top: usize,
        /// Print the report as JSON.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print the per-language summary as a Markdown table (the README's).
        #[arg(long)]
        markdown: bool,
        #[command(flatten)]
        names: instruments::NamesArgs,
    },
    /// Build the citation graph of texts (or a snapshot) and write it: DOT, SVG or PNG through
    /// Graphviz, a JSON snapshot that queries read back, GraphML or CSV.
    Graph(graph::GraphArgs),
    /// What an instrument cites, transitively, as a tree (depth, relation, via which document).
    Deps(graph::DepsArgs),
    /// Who cites an instrument, with the relation and the paragraph, newest first.
    CitedBy(graph::CitedByArgs),
    /// The shortest citation chain from one instrument back to another, or all up to a length.
    Path(graph::PathArgs),
    /// The most cited instruments: by in-degree, PageRank, or citations in recent years.
    Rank(graph::RankArgs),
    /// Compare the language versions of a document: every reference some versions cite and
    /// others miss, with the paragraph in each. Exit 1 when the versions disagree.
    Compare(compare::CompareArgs),
    /// List the gazetteer of named instruments (treaties, declarations, conference outcomes):
    /// ID, kind, adoption, Treaty Series number and the names matched in a language.
    Instruments(instruments::InstrumentsArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Jsonl,
    Json,
    Table,
}

fn read_stdin(options: &Options) -> io::Result<Extraction> {
    let mut buf = Vec::new();
    io::stdin().read_to_end(&mut buf)?;
    let text = String::from_utf8(buf).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "<stdin>: not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(uncite::extract_named(&text, "-", options))
}

fn print(out: &mut impl Write, ex: &Extraction, format: Format) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, ex)?;
            writeln!(out)
        }
        // `json` collects every document into one array: see `extract`.
        Format::Json => Ok(()),
        Format::Table => {
            let sym = ex
                .document
                .symbol
                .as_ref()
                .map_or("-".to_string(), |s| s.to_string());
            writeln!(
                out,
                "# {} ({}, {}): {} citations",
                ex.source,
                sym,
                ex.language,
                ex.citations.len()
            )?;
            for c in &ex.citations {
                let target = c.target.as_ref().map_or("?".to_string(), |t| t.to_string());
                let context: String = c
                    .text
                    .chars()
                    .take(50)
                    .collect::<String>()
                    .replace(['\n', '\t'], " ");
                writeln!(
                    out,
                    "{:>7}  {:<28} {:<14} {}",
                    c.start,
                    target,
                    c.relation.to_string(),
                    context
                )?;
            }
            Ok(())
        }
    }
}

/// Run a parsed command line; the exit code follows ripgrep (0 found, 1 nothing, 2 error).
pub fn run(args: Args) -> io::Result<ExitCode> {
    match args.command {
        Command::Graph(args) => graph::graph(args),
        Command::Deps(args) => graph::deps(args),
        Command::CitedBy(args) => graph::cited_by(args),
        Command::Path(args) => graph::path(args),
        Command::Rank(args) => graph::rank(args),
        Command::Compare(args) => compare::run(args),
        Command::Instruments(args) => instruments::run(args),
        Command::Extract {
            paths,
            format,
            lang,
            names,
        } => extract(paths, format, names.options(lang)?),
        Command::Eval {
            corpus,
            lang,
            min_recall,
            min_own_symbol,
            min_support,
            min_agreement,
            min_instrument_agreement,
            instrument_sample,
            min_instrument_recall,
            max_false_instruments,
            known_differences,
            top,
            json,
            markdown,
            names,
        } => {
            let options = names.options(None)?;
            let known = match &known_differences {
                Some(p) => uncite::eval::read_known_differences(p)
                    .map_err(|e| io::Error::other(e.to_string()))?,
                None => Default::default(),
            };
            let report = uncite::eval::evaluate_with(&corpus, &lang, &known, &options)
                .map_err(|e| io::Error::other(e.to_string()))?;
            let mut out = BufWriter::new(io::stdout().lock());
            if json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else if markdown {
                write!(out, "{}", report.markdown())?;
            } else {
                write!(out, "{}", report.render(top))?;
            }
            out.flush()?;
            let bars = uncite::eval::Bars {
                recall: min_recall,
                own_symbol: min_own_symbol,
                support: min_support,
                agreement: min_agreement,
                instrument_agreement: min_instrument_agreement,
            };
            let mut failures = report.failures(&bars);
            if let Some(sample) = &instrument_sample {
                let cells = uncite::eval::instrument_sample(sample, &options)
                    .map_err(|e| io::Error::other(e.to_string()))?;
                if !json && !markdown {
                    let mut out = io::stdout().lock();
                    write!(out, "\n{}", uncite::eval::render_sample(&cells))?;
                    out.flush()?;
                }
                let mut false_total = 0;
                for (l, c) in &cells {
                    false_total += c.false_found.len();
                    if let (Some(r), Some(min)) = (c.recall(), min_instrument_recall) {
                        if r < min {
                            failures.push(format!(
                                "{l}: named-instrument recall {:.2} % is below {:.2} %",
                                r * 100.0,
                                min * 100.0
                            ));
                        }
                    }
                }
                if let Some(max) = max_false_instruments {
                    if false_total > max {
                        failures.push(format!(
                            "{false_total} named instruments found that the sample does not list (at most {max})"
                        ));
                    }
                }
            }
            for f in &failures {
                eprintln!("uncite eval: {f}");
            }
            Ok(if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

fn extract(paths: Vec<PathBuf>, format: Format, options: Options) -> io::Result<ExitCode> {
    let mut inputs: Vec<Option<PathBuf>> = Vec::new();
    let mut errors = 0usize;
    if paths.is_empty() {
        inputs.push(None);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(None);
            continue;
        }
        match uncite::text_files(&p) {
            Ok(files) if files.is_empty() => {
                eprintln!("uncite: {}: no *.txt file found", p.display())
            }
            Ok(files) => inputs.extend(files.into_iter().map(Some)),
            Err(e) => {
                eprintln!("uncite: {e}");
                errors += 1;
            }
        }
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all = Vec::new();
    let mut any_citation = false;
    for input in inputs {
        let result = match &input {
            None => read_stdin(&options).map_err(|e| e.to_string()),
            Some(p) => uncite::extract_file(p, &options).map_err(|e| e.to_string()),
        };
        match result {
            Ok(ex) => {
                any_citation |= !ex.citations.is_empty();
                if matches!(format, Format::Json) {
                    all.push(ex);
                } else {
                    print(&mut out, &ex, format)?;
                }
            }
            Err(e) => {
                eprintln!("uncite: {e}");
                errors += 1;
            }
        }
    }
    if matches!(format, Format::Json) {
        serde_json::to_writer_pretty(&mut out, &all)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else if any_citation {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
