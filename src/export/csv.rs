//! Node and edge lists as RFC 4180 CSV (header row, CRLF line ends, a field quoted where it
//! holds a comma, a quote, CR or LF, quotes doubled), for pandas or a bulk import.
//!
//! - nodes, sorted by ID: `id,kind,group,title,date,session,year,languages,files,in_degree,
//!   out_degree`; `files` is the number of files read for the node, the degrees count
//!   distinct cited / citing documents (not citations).
//! - edges, sorted by (source, target): `source,target,count,relation,relations,pinpoints,
//!   parts,in_footnote,dates,languages`; `relation` is the main one, `relations` reads
//!   `recalls:2;reaffirms:1`, lists are joined with `;`, languages with `,` (`en,zh`),
//!   `in_footnote` is `true` or `false`.
//!
//! Absent values are empty fields.

use std::path::{Path, PathBuf};

use petgraph::Direction;

use crate::error::{Error, ErrorKind, Result};
use crate::graph::Corpus;

use super::graphml::{edge_languages, join, node_languages, relations, serde_name};
use super::snapshot::{sorted_edges, write_atomic};

/// One CSV field, quoted if it needs to be.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(out: &mut String, fields: &[&str]) {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The node list.
pub fn nodes(c: &Corpus) -> String {
    let mut out = String::new();
    row(
        &mut out,
        &[
            "id",
            "kind",
            "group",
            "title",
            "date",
            "session",
            "year",
            "languages",
            "files",
            "in_degree",
            "out_degree",
        ],
    );
    let mut nodes: Vec<_> = c.graph.node_indices().collect();
    nodes.sort_by(|a, b| c.graph[*a].id.cmp(&c.graph[*b].id));
    for ix in nodes {
        let n = &c.graph[ix];
        let in_degree = c.graph.neighbors_directed(ix, Direction::Incoming).count();
        let out_degree = c.graph.neighbors_directed(ix, Direction::Outgoing).count();
        row(
            &mut out,
            &[
                &n.id,
                &serde_name(&n.kind),
                &serde_name(&n.group),
                n.title.as_deref().unwrap_or(""),
                n.date.as_deref().unwrap_or(""),
                n.session.as_deref().unwrap_or(""),
                &n.year().map(|y| y.to_string()).unwrap_or_default(),
                &node_languages(n),
                &n.files.len().to_string(),
                &in_degree.to_string(),
                &out_degree.to_string(),
            ],
        );
    }
    out
}

/// The edge list.
pub fn edges(c: &Corpus) -> String {
    let mut out = String::new();
    row(
        &mut out,
        &[
            "source",
            "target",
            "count",
            "relation",
            "relations",
            "pinpoints",
            "parts",
            "in_footnote",
            "dates",
            "languages",
        ],
    );
    for (from, to, e) in sorted_edges(c) {
        row(
            &mut out,
            &[
                from,
                to,
                &e.count.to_string(),
                &e.main_relation().to_string(),
                &relations(e),
                &join(&e.pinpoints),
                &join(&e.parts),
                &e.in_footnote.to_string(),
                &join(&e.dates),
                &edge_languages(e),
            ],
        );
    }
    out
}

/// The two files [`write`] writes for `path`: `<dir>/<stem>.nodes.csv` and
/// `<dir>/<stem>.edges.csv`, where `<stem>` is `path`'s file name without its last extension
/// (`out/graph.csv` → `out/graph.nodes.csv`, `out/graph.edges.csv`; `out/graph` the same).
pub fn paths(path: &Path) -> Result<(PathBuf, PathBuf)> {
    let stem = path
        .file_stem()
        .filter(|s| !s.is_empty() && path.file_name().is_some())
        .ok_or_else(|| {
            Error::new(ErrorKind::Snapshot {
                path: path.to_path_buf(),
                problem: "cannot write CSV: the path names no file".to_string(),
            })
        })?
        .to_string_lossy()
        .into_owned();
    let dir = path.parent().unwrap_or(Path::new(""));
    Ok((
        dir.join(format!("{stem}.nodes.csv")),
        dir.join(format!("{stem}.edges.csv")),
    ))
}

/// Write the node and edge lists next to `path` (see [`paths`]), each atomically (a temporary
/// file beside it, then a rename); returns (nodes file, edges file). Errors name the file.
pub fn write(c: &Corpus, path: &Path) -> Result<(PathBuf, PathBuf)> {
    let (n, e) = paths(path)?;
    write_atomic(&n, nodes(c).as_bytes())?;
    write_atomic(&e, edges(c).as_bytes())?;
    Ok((n, e))
}
