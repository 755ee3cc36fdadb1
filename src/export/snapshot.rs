//! A versioned JSON snapshot of a [`Corpus`], so queries need not re-read the texts.
//!
//! The format (`"version": 1`):
//!
//! ```text
//! {"format": "uncite-graph", "version": 1,
//!  "nodes": [Node, …],                      // sorted by id
//!  "edges": [{"from": "<id>", "to": "<id>", …Edge fields}, …]}   // sorted by (from, to)
//! ```
//!
//! A node and the fields of an edge are the serde forms of [`Node`] and [`Edge`]. The output
//! is deterministic: the same graph gives the same bytes whatever order the texts were read
//! in. [`write`] writes a sibling temporary file and renames it, so a crash never leaves half
//! a snapshot. Reading checks the format name and the version and that every edge names
//! listed nodes; every failure is an [`ErrorKind::Snapshot`] naming the file and the problem.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use petgraph::visit::EdgeRef;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};
use crate::graph::{CitationGraph, Corpus, Edge, Node};

/// The snapshot format version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The value of the `"format"` field.
pub const FORMAT: &str = "uncite-graph";

#[derive(Serialize)]
struct SnapshotOut<'a> {
    format: &'static str,
    version: u32,
    nodes: Vec<&'a Node>,
    edges: Vec<EdgeOut<'a>>,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    from: &'a str,
    to: &'a str,
    #[serde(flatten)]
    edge: &'a Edge,
}

/// The nodes of `c` sorted by ID.
pub(crate) fn sorted_nodes(c: &Corpus) -> Vec<&Node> {
    let mut nodes: Vec<&Node> = c.graph.node_weights().collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    nodes
}

/// The edges of `c` as (citing ID, cited ID, edge), sorted by (citing, cited).
pub(crate) fn sorted_edges(c: &Corpus) -> Vec<(&str, &str, &Edge)> {
    let g = &c.graph;
    let mut edges: Vec<(&str, &str, &Edge)> = g
        .edge_references()
        .map(|e| {
            (
                g[e.source()].id.as_str(),
                g[e.target()].id.as_str(),
                e.weight(),
            )
        })
        .collect();
    edges.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    edges
}

/// The snapshot of `c` as compact JSON (deterministic).
pub fn to_string(c: &Corpus) -> String {
    let out = SnapshotOut {
        format: FORMAT,
        version: VERSION,
        nodes: sorted_nodes(c),
        edges: sorted_edges(c)
            .into_iter()
            .map(|(from, to, edge)| EdgeOut { from, to, edge })
            .collect(),
    };
    // Only strings, numbers, booleans and maps with string keys: serialising cannot fail.
    serde_json::to_string(&out).expect("a snapshot serialises")
}

/// Write the snapshot of `c` to `path` atomically (a temporary file beside it, then a
/// rename). The error names the path.
pub fn write(c: &Corpus, path: &Path) -> Result<()> {
    let mut text = to_string(c);
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

/// Read a snapshot written by [`write`].
pub fn read(path: &Path) -> Result<Corpus> {
    let text = crate::read_text(path)?;
    from_str(&text, path)
}

fn problem(path: &Path, problem: impl Into<String>) -> Error {
    Error::new(ErrorKind::Snapshot {
        path: path.to_path_buf(),
        problem: problem.into(),
    })
}

/// Parse a snapshot; `path` is only used to name the source in errors.
pub fn from_str(s: &str, path: &Path) -> Result<Corpus> {
    let value: Value = serde_json::from_str(s)
        .map_err(|e| problem(path, format!("not a uncite graph snapshot: not JSON ({e})")))?;
    let Value::Object(mut top) = value else {
        return Err(problem(
            path,
            "not a uncite graph snapshot: the JSON is not an object",
        ));
    };
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(problem(
                path,
                format!("not a uncite graph snapshot: format is {f:?}, expected {FORMAT:?}"),
            ))
        }
        Some(other) => {
            return Err(problem(
                path,
                format!("not a uncite graph snapshot: format is {other}, expected {FORMAT:?}"),
            ))
        }
        None => {
            return Err(problem(
                path,
                format!("not a uncite graph snapshot: no \"format\": {FORMAT:?} field"),
            ))
        }
    }
    let version = match top.get("version") {
        None => return Err(problem(path, "snapshot has no version")),
        Some(v) => match v.as_u64() {
            Some(n) => n,
            None => {
                return Err(problem(
                    path,
                    format!("snapshot version {v} is not a version number"),
                ))
            }
        },
    };
    if version > u64::from(VERSION) {
        return Err(problem(
            path,
            format!(
                "snapshot version {version} is newer than this uncite reads ({VERSION}): upgrade uncite"
            ),
        ));
    }
    if version == 0 {
        return Err(problem(path, "snapshot version 0 is unknown"));
    }

    let nodes = match top.remove("nodes") {
        Some(v) => serde_json::from_value::<Vec<Node>>(v)
            .map_err(|e| problem(path, format!("bad \"nodes\": {e}")))?,
        None => return Err(problem(path, "snapshot has no \"nodes\"")),
    };
    let edges = match top.remove("edges") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err(problem(path, "\"edges\" is not a list")),
        None => return Err(problem(path, "snapshot has no \"edges\"")),
    };

    let mut graph = CitationGraph::with_capacity(nodes.len(), edges.len());
    let mut ids = HashMap::with_capacity(nodes.len());
    for node in nodes {
        let id = node.id.clone();
        let ix = graph.add_node(node);
        if ids.insert(id.clone(), ix).is_some() {
            return Err(problem(path, format!("node {id:?} is listed twice")));
        }
    }
    for (k, e) in edges.into_iter().enumerate() {
        let Value::Object(mut obj) = e else {
            return Err(problem(path, format!("edge {k} is not an object")));
        };
        let mut end = |field: &str| -> Result<_> {
            match obj.remove(field) {
                Some(Value::String(id)) => match ids.get(&id) {
                    Some(&ix) => Ok((id, ix)),
                    None => Err(problem(
                        path,
                        format!("edge {k} names an unknown node {id:?} as \"{field}\""),
                    )),
                },
                Some(_) => Err(problem(
                    path,
                    format!("edge {k}: \"{field}\" is not a string"),
                )),
                None => Err(problem(path, format!("edge {k} has no \"{field}\""))),
            }
        };
        let (from_id, from) = end("from")?;
        let (to_id, to) = end("to")?;
        let edge: Edge = serde_json::from_value(Value::Object(obj))
            .map_err(|e| problem(path, format!("edge {from_id} → {to_id}: {e}")))?;
        if graph.find_edge(from, to).is_some() {
            return Err(problem(
                path,
                format!("edge {from_id} → {to_id} is listed twice"),
            ));
        }
        graph.add_edge(from, to, edge);
    }
    Ok(Corpus::from_graph(graph))
}

/// The temporary sibling of `path`: `<path>.tmp-<pid>`.
fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(format!(".tmp-{}", std::process::id()));
    PathBuf::from(name)
}

/// Write `bytes` to `path` through a sibling temporary file and a rename, so that `path`
/// either keeps its old content or has all of the new one. Errors name `path`.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_path(path);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        problem(path, format!("cannot write: {e}"))
    })
}
