//! `uncite graph`, `deps`, `cited-by`, `path` and `rank`: read texts (or a snapshot) into the
//! citation graph, then draw it or query it.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args as ClapArgs, ValueEnum};
use uncite::export::{self, dot::DotOptions, render};
use uncite::graph::{Corpus, Direction};
use uncite::Language;

/// Where the graph comes from: texts, or a snapshot written by `uncite graph --format json`.
#[derive(ClapArgs, Debug)]
pub struct Input {
    /// Texts to read: files or directories (every *.txt below, sorted).
    paths: Vec<PathBuf>,
    /// Read a graph snapshot (`uncite graph … -o corpus.json --format json`) instead of texts.
    #[arg(long, value_name = "FILE")]
    graph: Option<PathBuf>,
    /// Read every text in this language instead of detecting it.
    #[arg(long)]
    lang: Option<Language>,
    #[command(flatten)]
    names: super::instruments::NamesArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Svg,
    Png,
    Json,
    Graphml,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DirectionArg {
    Cites,
    CitedBy,
    Both,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum QueryFormat {
    Table,
    Json,
}

/// `uncite graph`.
#[derive(ClapArgs, Debug)]
pub struct GraphArgs {
    #[command(flatten)]
    input: Input,
    /// Write here instead of standard output (for csv: FILE.nodes.csv and FILE.edges.csv).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    format: GraphFormat,
    /// Draw the neighbourhood of this instrument only.
    #[arg(long, value_name = "ID")]
    focus: Option<String>,
    /// How many steps from the focus.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// Which way to walk from the focus.
    #[arg(long, value_enum, default_value_t = DirectionArg::Both)]
    direction: DirectionArg,
}

/// Read the input into a graph. Files that cannot be read are reported on stderr and
/// counted; the others are all in the graph.
pub fn load(input: &Input) -> io::Result<(Corpus, usize)> {
    let mut errors = 0;
    if let Some(snapshot) = &input.graph {
        let c = export::snapshot::read(snapshot).map_err(|e| io::Error::other(e.to_string()))?;
        return Ok((c, 0));
    }
    if input.paths.is_empty() {
        return Err(io::Error::other(
            "give texts to read (files or directories) or --graph FILE",
        ));
    }
    let mut files = Vec::new();
    for p in &input.paths {
        match uncite::text_files(p) {
            Ok(f) if f.is_empty() => eprintln!("uncite: {}: no *.txt file found", p.display()),
            Ok(f) => files.extend(f),
            Err(e) => {
                eprintln!("uncite: {e}");
                errors += 1;
            }
        }
    }
    let bar = (std::io::stderr().is_terminal() && files.len() > 1).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{elapsed} [{bar:40}] {pos}/{len} texts read")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let options = input.names.options(input.lang)?;
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let (corpus, read_errors) = Corpus::read(&files, &options, &tick);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for e in &read_errors {
        eprintln!("uncite: {e}");
    }
    Ok((corpus, errors + read_errors.len()))
}

/// Write `bytes` to `path` through a temporary file and a rename, or to stdout.
fn emit(output: Option<&Path>, bytes: &[u8]) -> io::Result<()> {
    match output {
        Some(path) => {
            let tmp = path.with_file_name(format!(
                ".{}.tmp-{}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                std::process::id()
            ));
            std::fs::write(&tmp, bytes)
                .map_err(|e| io::Error::other(format!("{}: {e}", tmp.display())))?;
            std::fs::rename(&tmp, path)
                .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))
        }
        None => {
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
    }
}

fn code(errors: usize) -> ExitCode {
    if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// `uncite graph`.
pub fn graph(args: GraphArgs) -> io::Result<ExitCode> {
    let (corpus, errors) = load(&args.input)?;
    let (corpus, neighbourhood) = match &args.focus {
        Some(id) => {
            let Some(ix) = corpus.find(id) else {
                eprintln!("uncite: {id} is not in the graph (no text read cites it or is it)");
                return Ok(ExitCode::from(1));
            };
            let dir = match args.direction {
                DirectionArg::Cites => Direction::Cites,
                DirectionArg::CitedBy => Direction::CitedBy,
                DirectionArg::Both => Direction::Both,
            };
            (corpus.neighbourhood(ix, args.depth, dir), true)
        }
        None => (corpus, false),
    };
    let edges = corpus.graph.edge_count();
    let dot_options = DotOptions::for_graph(args.focus.as_deref().filter(|_| neighbourhood), edges);
    let output = args.output.as_deref();
    match args.format {
        GraphFormat::Dot => emit(
            output,
            export::dot::to_dot(&corpus, &dot_options).as_bytes(),
        )?,
        GraphFormat::Svg | GraphFormat::Png => {
            let image = if matches!(args.format, GraphFormat::Svg) {
                render::Image::Svg
            } else {
                render::Image::Png
            };
            let dot = export::dot::to_dot(&corpus, &dot_options);
            let bytes =
                render::render(&dot, image, edges).map_err(|e| io::Error::other(e.to_string()))?;
            emit(output, &bytes)?
        }
        GraphFormat::Json => match output {
            Some(p) => {
                export::snapshot::write(&corpus, p).map_err(|e| io::Error::other(e.to_string()))?
            }
            None => emit(None, export::snapshot::to_string(&corpus).as_bytes())?,
        },
        GraphFormat::Graphml => emit(output, export::graphml::to_string(&corpus).as_bytes())?,
        GraphFormat::Csv => {
            match output {
                Some(p) => {
                    let (n, e) = export::csv::write(&corpus, p)
                        .map_err(|e| io::Error::other(e.to_string()))?;
                    eprintln!("uncite: wrote {} and {}", n.display(), e.display());
                }
                None => return Err(io::Error::other(
                    "--format csv writes two files (FILE.nodes.csv, FILE.edges.csv): give -o FILE",
                )),
            }
        }
    }
    Ok(code(errors))
}

/// Print query rows as a table or JSON; exit 1 when there are none (ripgrep: nothing found).
fn answer<T>(rows: &[T], format: QueryFormat) -> io::Result<ExitCode>
where
    T: serde::Serialize,
    [T]: uncite::query::Table,
{
    let mut out = io::stdout().lock();
    match format {
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        QueryFormat::Table => write!(out, "{}", uncite::query::table(rows))?,
    }
    out.flush()?;
    Ok(if rows.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A query's error: an unknown ID is "nothing found" (exit 1), anything else an error.
fn query_error(e: uncite::Error) -> io::Result<ExitCode> {
    eprintln!("uncite: {e}");
    Ok(match e.kind() {
        uncite::ErrorKind::UnknownId { .. } => ExitCode::from(1),
        _ => ExitCode::from(2),
    })
}

/// `uncite deps`.
#[derive(ClapArgs, Debug)]
pub struct DepsArgs {
    /// The instrument whose foundations to list (`A/RES/59/153`).
    id: String,
    #[command(flatten)]
    input: Input,
    /// How deep to follow citations (default 1: what it cites directly).
    #[arg(long, conflicts_with = "all")]
    depth: Option<usize>,
    /// Follow citations all the way down.
    #[arg(long)]
    all: bool,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

/// `uncite cited-by`.
#[derive(ClapArgs, Debug)]
pub struct CitedByArgs {
    /// The instrument whose citers to list (`S/RES/1373(2001)`).
    id: String,
    #[command(flatten)]
    input: Input,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

/// `uncite path`.
#[derive(ClapArgs, Debug)]
pub struct PathArgs {
    /// Where the chain starts (the citing end).
    from: String,
    /// Where it leads back to.
    to: String,
    #[command(flatten)]
    input: Input,
    /// Every simple chain up to --max-len citations, not only the shortest.
    #[arg(long)]
    all: bool,
    /// The longest chain listed with --all.
    #[arg(long, default_value_t = 6)]
    max_len: usize,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

/// `uncite rank`.
#[derive(ClapArgs, Debug)]
pub struct RankArgs {
    #[command(flatten)]
    input: Input,
    /// in-degree (documents citing it), pagerank, or recent (citations made in the last
    /// --years years).
    #[arg(long, default_value = "in-degree")]
    by: uncite::query::RankBy,
    /// The window for --by recent, in years up to the latest document read.
    #[arg(long, default_value_t = 5)]
    years: u32,
    /// How many to list.
    #[arg(long, default_value_t = 20)]
    top: usize,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
}

/// `uncite deps`.
pub fn deps(args: DepsArgs) -> io::Result<ExitCode> {
    let (c, errors) = load(&args.input)?;
    let depth = if args.all {
        None
    } else {
        Some(args.depth.unwrap_or(1))
    };
    match uncite::query::deps(&c, &args.id, depth) {
        Ok(rows) => {
            answer(&rows, args.format).map(|code| if errors > 0 { ExitCode::from(2) } else { code })
        }
        Err(e) => query_error(e),
    }
}

/// `uncite cited-by`.
pub fn cited_by(args: CitedByArgs) -> io::Result<ExitCode> {
    let (c, errors) = load(&args.input)?;
    match uncite::query::cited_by(&c, &args.id) {
        Ok(rows) => {
            answer(&rows, args.format).map(|code| if errors > 0 { ExitCode::from(2) } else { code })
        }
        Err(e) => query_error(e),
    }
}

/// `uncite path`.
pub fn path(args: PathArgs) -> io::Result<ExitCode> {
    let (c, errors) = load(&args.input)?;
    match uncite::query::path(&c, &args.from, &args.to, args.all, args.max_len) {
        Ok(rows) => {
            answer(&rows, args.format).map(|code| if errors > 0 { ExitCode::from(2) } else { code })
        }
        Err(e) => query_error(e),
    }
}

/// `uncite rank`.
pub fn rank(args: RankArgs) -> io::Result<ExitCode> {
    let (c, errors) = load(&args.input)?;
    let rows = uncite::query::rank(&c, args.by, args.years, args.top, None);
    answer(&rows, args.format).map(|code| if errors > 0 { ExitCode::from(2) } else { code })
}
