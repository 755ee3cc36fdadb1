//! Legal-research queries over the citation graph: what a document rests on ([`deps`]), who
//! relies on it ([`cited_by`]), how one text leads back to another ([`path`]) and which
//! instruments matter most ([`rank`], with our own [`pagerank`]).
//!
//! Each query returns typed rows that serialize to JSON; [`table`] renders any of them as
//! aligned plain text for people. Output is deterministic: wherever two answers are equally
//! good, the one with the smaller IDs comes first.
//!
//! ```
//! use uncite::{graph::Corpus, query, Options};
//!
//! let text = "United Nations\nA/RES/71/313\nGeneral Assembly\n\
//!             Resolution adopted by the General Assembly on 6 July 2017\n\
//!             71/313.\tWork of the Statistical Commission\nThe General Assembly,\n\
//!             \tReaffirming its resolution 70/1 of 25 September 2015,\n";
//! let mut c = Corpus::new();
//! c.add(&uncite::extract_named(text, "a.txt", &Options::default()), text);
//! let rows = query::deps(&c, "A/RES/71/313", None).unwrap();
//! assert_eq!(rows[0].id, "A/RES/70/1");
//! assert_eq!(rows[0].relation, uncite::Relation::Reaffirms);
//! print!("{}", query::table(&rows));
//! ```

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::str::FromStr;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::graph::{CitationGraph, Context, Corpus, Edge};
use crate::id::Kind;
use crate::relation::Relation;

/// The node of `id`, or [`ErrorKind::UnknownId`].
fn node(c: &Corpus, id: &str) -> Result<NodeIndex> {
    c.find(id)
        .ok_or_else(|| Error::new(ErrorKind::UnknownId { id: id.to_string() }))
}

/// The edge `from → to` (there is at most one in a [`Corpus`]).
fn edge(g: &CitationGraph, from: NodeIndex, to: NodeIndex) -> &Edge {
    let e = g
        .find_edge(from, to)
        .expect("an edge the traversal followed");
    &g[e]
}

// ---------------------------------------------------------------------------------------------
// deps

/// One instrument a document rests on, directly or through others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DepRow {
    /// The length of the shortest citation chain to it (1 = cited directly).
    pub depth: usize,
    /// Its canonical ID.
    pub id: String,
    /// Resolution, document, treaty, …
    pub kind: Kind,
    /// Its title, where a text of it was read.
    pub title: Option<String>,
    /// Its date, where known.
    pub date: Option<String>,
    /// The main relation of the citation that reached it (from `via`).
    pub relation: Relation,
    /// Every relation of that citation, in the vocabulary's order.
    pub relations: Vec<Relation>,
    /// The document at depth − 1 that cites it on the shortest chain (the queried document
    /// for depth 1).
    pub via: String,
    /// Whether `via` cites it in a footnote.
    pub in_footnote: bool,
    /// The pinpoints `via` gives (`annex I`, `para. 5`).
    pub pinpoints: Vec<String>,
}

/// What `id` cites, transitively: every instrument once, at its shortest depth.
///
/// The search is breadth-first along citing → cited edges, visiting the instruments each
/// document cites in ID order, so the result (and each row's `via`, the first document at
/// depth − 1 found to cite it) is the same on every run. Cycles (a resolution and a report that
/// cites it back) are followed once; the queried document itself is never a row.
///
/// # Arguments
/// * `c`: the corpus.
/// * `id`: the citing document, as [`Corpus::find`] reads it (`S/RES/1373 (2001)` works).
/// * `max_depth`: the longest chain to follow; `None` follows every chain to its end.
///
/// # Returns
/// The rows in breadth-first order: by depth, and within a depth by the order their `via`
/// rows were found, then by ID. [`ErrorKind::UnknownId`] if `id` is not in the graph.
///
/// # Complexity
/// **O(V + E log E)**: every reachable node and edge once, each document's citations sorted.
pub fn deps(c: &Corpus, id: &str, max_depth: Option<usize>) -> Result<Vec<DepRow>> {
    let root = node(c, id)?;
    let g = &c.graph;
    let max_depth = max_depth.unwrap_or(usize::MAX);
    let mut seen = vec![false; g.node_count()];
    seen[root.index()] = true;
    let mut queue = VecDeque::from([(root, 0usize)]);
    let mut rows = Vec::new();
    while let Some((ix, depth)) = queue.pop_front() {
        if depth >= max_depth {
            continue;
        }
        for (to, e) in c.cites(ix) {
            if std::mem::replace(&mut seen[to.index()], true) {
                continue;
            }
            let n = &g[to];
            rows.push(DepRow {
                depth: depth + 1,
                id: n.id.clone(),
                kind: n.kind,
                title: n.title.clone(),
                date: n.date.clone(),
                relation: e.main_relation(),
                relations: e.relations.keys().copied().collect(),
                via: g[ix].id.clone(),
                in_footnote: e.in_footnote,
                pinpoints: e.pinpoints.iter().cloned().collect(),
            });
            queue.push_back((to, depth + 1));
        }
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// cited-by

/// One document citing the queried one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitedByRow {
    /// The citing document's ID.
    pub id: String,
    /// The citing document's date, where known.
    pub date: Option<String>,
    /// The citing document's title, where known.
    pub title: Option<String>,
    /// How it cites, in the vocabulary's order.
    pub relations: Vec<Relation>,
    /// How many times it cites, over all languages.
    pub count: usize,
    /// Whether some citation stands in a footnote.
    pub in_footnote: bool,
    /// Where the first citation stands, one per language read.
    pub contexts: Vec<Context>,
}

/// Who cites `id`: one row per citing document, newest first.
///
/// # Arguments
/// * `c`: the corpus.
/// * `id`: the cited instrument, as [`Corpus::find`] reads it.
///
/// # Returns
/// The rows by the citing document's date, newest first; undated documents last; ties by ID.
/// [`ErrorKind::UnknownId`] if `id` is not in the graph.
///
/// # Complexity
/// **O(k log k)** for `k` citing documents.
pub fn cited_by(c: &Corpus, id: &str) -> Result<Vec<CitedByRow>> {
    let ix = node(c, id)?;
    let mut rows: Vec<CitedByRow> = c
        .cited_by(ix)
        .into_iter()
        .map(|(from, e)| {
            let n = &c.graph[from];
            CitedByRow {
                id: n.id.clone(),
                date: n.date.clone(),
                title: n.title.clone(),
                relations: e.relations.keys().copied().collect(),
                count: e.count,
                in_footnote: e.in_footnote,
                contexts: e.contexts.values().cloned().collect(),
            }
        })
        .collect();
    // `None < Some`, so reversing the date order puts the undated last.
    rows.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// path

/// One document on a citation chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Its ID.
    pub id: String,
    /// The main relation of the citation leading to it from the previous step; `None` for the
    /// first step.
    pub relation: Option<Relation>,
}

/// The steps of a chain of nodes.
fn steps(g: &CitationGraph, nodes: &[NodeIndex]) -> Vec<Step> {
    let mut out = Vec::with_capacity(nodes.len());
    for (k, &ix) in nodes.iter().enumerate() {
        out.push(Step {
            id: g[ix].id.clone(),
            relation: (k > 0).then(|| edge(g, nodes[k - 1], ix).main_relation()),
        });
    }
    out
}

/// How `from` leads back to `to`: the citation chains following citing → cited edges.
///
/// # Arguments
/// * `c`: the corpus.
/// * `from`: the citing end (the later text).
/// * `to`: the cited end (the earlier instrument).
/// * `all`: `false` for one shortest chain; `true` for every simple chain (no document twice).
/// * `max_len`: with `all`, the longest chain wanted, in citations (edges). Ignored otherwise.
///
/// # Returns
/// The chains, each from `from` to `to`. Without `all`, at most one: the shortest, and among
/// the shortest the one whose IDs, read from `from`, come first. With `all`, every chain of at
/// most `max_len` citations, shortest first, then by their IDs. No chain gives `Ok(vec![])`;
/// `from == to` gives the one chain of no citation. [`ErrorKind::UnknownId`] if either ID is
/// not in the graph.
///
/// # Complexity
/// Shortest: **O(V + E log E)** (breadth-first search). All: as
/// [`petgraph::algo::all_simple_paths`], **O(k (V + E))** for `k` chains, and `k` can grow
/// exponentially with `max_len` in a dense graph; keep `max_len` small.
pub fn path(c: &Corpus, from: &str, to: &str, all: bool, max_len: usize) -> Result<Vec<Vec<Step>>> {
    let (start, goal) = (node(c, from)?, node(c, to)?);
    let g = &c.graph;
    if start == goal {
        return Ok(vec![steps(g, &[start])]);
    }
    if all {
        if max_len == 0 {
            return Ok(vec![]);
        }
        let mut chains: Vec<Vec<NodeIndex>> = petgraph::algo::all_simple_paths::<
            Vec<NodeIndex>,
            _,
            std::hash::RandomState,
        >(g, start, goal, 0, Some(max_len - 1))
        .collect();
        chains.sort_by_cached_key(|p| {
            let ids: Vec<&str> = p.iter().map(|&ix| g[ix].id.as_str()).collect();
            (p.len(), ids)
        });
        return Ok(chains.iter().map(|p| steps(g, p)).collect());
    }
    // Breadth-first, each document's citations in ID order: the first parent found is the one
    // on the shortest chain whose IDs come first.
    let mut parent: Vec<Option<NodeIndex>> = vec![None; g.node_count()];
    let mut seen = vec![false; g.node_count()];
    seen[start.index()] = true;
    let mut queue = VecDeque::from([start]);
    'search: while let Some(ix) = queue.pop_front() {
        for (next, _) in c.cites(ix) {
            if std::mem::replace(&mut seen[next.index()], true) {
                continue;
            }
            parent[next.index()] = Some(ix);
            if next == goal {
                break 'search;
            }
            queue.push_back(next);
        }
    }
    if !seen[goal.index()] {
        return Ok(vec![]);
    }
    let mut chain = vec![goal];
    while let Some(p) = parent[chain.last().unwrap().index()] {
        chain.push(p);
    }
    chain.reverse();
    Ok(vec![steps(g, &chain)])
}

// ---------------------------------------------------------------------------------------------
// rank

/// What [`rank`] scores by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RankBy {
    /// The number of distinct documents citing it (`in-degree`).
    InDegree,
    /// Its [`pagerank`] (`pagerank`).
    Pagerank,
    /// The citations made of it by documents of the last years (`recent`).
    Recent,
}

impl RankBy {
    /// Every measure, in the order the CLI lists them.
    pub const ALL: [RankBy; 3] = [RankBy::InDegree, RankBy::Pagerank, RankBy::Recent];

    /// The name the CLI and JSON use.
    pub fn name(self) -> &'static str {
        match self {
            RankBy::InDegree => "in-degree",
            RankBy::Pagerank => "pagerank",
            RankBy::Recent => "recent",
        }
    }
}

impl fmt::Display for RankBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for RankBy {
    type Err = String;

    /// `in-degree`, `pagerank` or `recent`.
    fn from_str(s: &str) -> Result<RankBy, String> {
        RankBy::ALL
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or_else(|| {
                format!("unknown ranking {s:?} (expected in-degree, pagerank or recent)")
            })
    }
}

/// One ranked instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankRow {
    /// Its place, from 1.
    pub rank: usize,
    /// Its canonical ID.
    pub id: String,
    /// Resolution, document, treaty, …
    pub kind: Kind,
    /// Its title, where a text of it was read.
    pub title: Option<String>,
    /// The score ranked by: a count for `in-degree` and `recent`, a probability for `pagerank`.
    pub score: f64,
    /// The number of distinct documents citing it.
    pub cited_by: usize,
}

/// The damping factor [`rank`] gives [`pagerank`].
pub const DAMPING: f64 = 0.85;
/// The iteration cap [`rank`] gives [`pagerank`].
pub const ITERATIONS: usize = 200;
/// The L1 tolerance [`rank`] gives [`pagerank`].
pub const TOLERANCE: f64 = 1e-10;

/// The instruments that matter most.
///
/// # Arguments
/// * `c`: the corpus.
/// * `by`: the score: [`RankBy::InDegree`], the number of distinct citing documents;
///   [`RankBy::Pagerank`], [`pagerank`] with damping [`DAMPING`]; [`RankBy::Recent`], the
///   number of citing documents (one per citing → cited edge) whose [`Node::year`] falls in the
///   `years` years ending with `now_year` (`now_year − years < year ≤ now_year`).
/// * `years`: the window of [`RankBy::Recent`]; ignored otherwise.
/// * `top`: the most rows wanted.
/// * `now_year`: the last year of the window; `None` takes the latest year of any document whose
///   text was read (else of any node).
///
/// # Returns
/// At most `top` rows by score, highest first, ties by ID, ranked from 1. Only instruments
/// cited at least once are ranked; with [`RankBy::Recent`], only those cited in the window.
///
/// # Complexity
/// In-degree and recent: **O(V log V + E)**. PageRank: that of [`pagerank`] plus the sort.
///
/// [`Node::year`]: crate::graph::Node::year
pub fn rank(c: &Corpus, by: RankBy, years: u32, top: usize, now_year: Option<u32>) -> Vec<RankRow> {
    let g = &c.graph;
    let in_degree: Vec<usize> = g
        .node_indices()
        .map(|ix| {
            let mut citing: Vec<NodeIndex> = g
                .edges_directed(ix, Direction::Incoming)
                .map(|e| e.source())
                .collect();
            citing.sort_unstable();
            citing.dedup();
            citing.len()
        })
        .collect();
    let scores: Vec<f64> = match by {
        RankBy::InDegree => in_degree.iter().map(|&d| d as f64).collect(),
        RankBy::Pagerank => pagerank(g, DAMPING, ITERATIONS, TOLERANCE),
        RankBy::Recent => {
            let now = now_year.or_else(|| latest_year(c));
            let mut s = vec![0.0; g.node_count()];
            if let Some(now) = now {
                let first = now.saturating_sub(years);
                for e in g.edge_references() {
                    if g[e.source()].year().is_some_and(|y| y > first && y <= now) {
                        s[e.target().index()] += 1.0;
                    }
                }
            }
            s
        }
    };
    let mut ranked: Vec<NodeIndex> = g
        .node_indices()
        .filter(|ix| in_degree[ix.index()] > 0)
        .filter(|ix| by != RankBy::Recent || scores[ix.index()] > 0.0)
        .collect();
    // Scores equal but for the order of summation (a graph read from texts or from its
    // snapshot) rank alike: compare them to 12 significant digits, then by ID.
    let rounded = |x: f64| {
        if x == 0.0 {
            0.0
        } else {
            let m = 10f64.powi(11 - x.abs().log10().floor() as i32);
            (x * m).round() / m
        }
    };
    ranked.sort_by(|a, b| {
        rounded(scores[b.index()])
            .total_cmp(&rounded(scores[a.index()]))
            .then_with(|| g[*a].id.cmp(&g[*b].id))
    });
    ranked
        .into_iter()
        .take(top)
        .enumerate()
        .map(|(k, ix)| RankRow {
            rank: k + 1,
            id: g[ix].id.clone(),
            kind: g[ix].kind,
            title: g[ix].title.clone(),
            score: scores[ix.index()],
            cited_by: in_degree[ix.index()],
        })
        .collect()
}

/// The latest year of a document read, else of any node.
fn latest_year(c: &Corpus) -> Option<u32> {
    let g = &c.graph;
    let read = g
        .node_weights()
        .filter(|n| n.is_read())
        .filter_map(|n| n.year())
        .max();
    read.or_else(|| g.node_weights().filter_map(|n| n.year()).max())
}

/// PageRank by power iteration, with dangling nodes' rank spread over every node.
///
/// Each iteration computes, for every node `v` of the `N` nodes,
/// `r'(v) = (1 − d) / N + d · (Σ r(u) / out(u) over the edges u → v + D / N)`, where `D` is the
/// total rank of the nodes citing nothing. The ranks always sum to 1. Parallel edges count
/// once each; edge weights are ignored.
///
/// # Arguments
/// * `g`: a directed graph (a [`CitationGraph`], or any [`DiGraph`]).
/// * `damping`: the probability of following a citation rather than jumping anywhere, in
///   `0.0..=1.0` (0.85 is usual).
/// * `iterations`: the most iterations to run.
/// * `tolerance`: stop once an iteration changes the ranks by less than this (L1 distance).
///
/// # Returns
/// The rank of each node, indexed by [`NodeIndex::index`]; empty for an empty graph.
///
/// # Complexity
/// **O(iterations × (V + E))** time, **O(V)** extra space. (petgraph's own `page_rank` is
/// quadratic in V per iteration.)
///
/// # Example
/// ```
/// use petgraph::graph::DiGraph;
/// let mut g = DiGraph::<(), ()>::new();
/// let (a, b) = (g.add_node(()), g.add_node(()));
/// g.add_edge(a, b, ()); // b cites nothing: its rank is spread over both
/// let r = uncite::query::pagerank(&g, 0.85, 100, 1e-12);
/// assert!((r[a.index()] - 20.0 / 57.0).abs() < 1e-9);
/// assert!((r[b.index()] - 37.0 / 57.0).abs() < 1e-9);
/// ```
pub fn pagerank<N, E>(
    g: &DiGraph<N, E>,
    damping: f64,
    iterations: usize,
    tolerance: f64,
) -> Vec<f64> {
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let mut out_degree = vec![0usize; n];
    for e in g.raw_edges() {
        out_degree[e.source().index()] += 1;
    }
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..iterations {
        let dangling: f64 = (0..n)
            .filter(|&v| out_degree[v] == 0)
            .map(|v| rank[v])
            .sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        next.iter_mut().for_each(|x| *x = base);
        for e in g.raw_edges() {
            let (s, t) = (e.source().index(), e.target().index());
            next[t] += damping * rank[s] / out_degree[s] as f64;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < tolerance {
            break;
        }
    }
    rank
}

// ---------------------------------------------------------------------------------------------
// tables for people

/// Query results that render as a plain-text table.
pub trait Table {
    /// Aligned plain text, one line per row (no terminal codes), ending with a newline.
    fn table(&self) -> String;
}

/// Render query rows for people: `query::table(&rows)` for the rows of any query.
pub fn table<T: Table + ?Sized>(rows: &T) -> String {
    rows.table()
}

impl<R> Table for Vec<R>
where
    [R]: Table,
{
    fn table(&self) -> String {
        self.as_slice().table()
    }
}

/// Lay out `cells` in columns two spaces apart; the columns flagged in `right` are aligned
/// right. Trailing spaces are trimmed.
fn columns(cells: &[Vec<String>], right: &[bool]) -> String {
    let width = |s: &str| s.chars().count();
    let ncols = cells.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ncols)
        .map(|k| {
            cells
                .iter()
                .filter_map(|r| r.get(k))
                .map(|s| width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in cells {
        let mut line = String::new();
        for (k, cell) in row.iter().enumerate() {
            if k > 0 {
                line.push_str("  ");
            }
            let pad = " ".repeat(widths[k] - width(cell));
            if right.get(k).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn or_blank(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn joined(relations: &[Relation]) -> String {
    relations
        .iter()
        .map(Relation::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Table for [DepRow] {
    /// The dependency tree: the queried document, then each row under the document it was
    /// reached through, indented two spaces per depth.
    fn table(&self) -> String {
        let Some(first) = self.first() else {
            return "(cites nothing)\n".to_string();
        };
        let mut children: HashMap<&str, Vec<&DepRow>> = HashMap::new();
        for r in self {
            children.entry(r.via.as_str()).or_default().push(r);
        }
        let root = first.via.as_str();
        let mut cells = vec![vec![root.to_string()]];
        let mut stack: Vec<&DepRow> = children
            .get(root)
            .into_iter()
            .flatten()
            .rev()
            .copied()
            .collect();
        while let Some(r) = stack.pop() {
            let mut relation = r.relation.to_string();
            if r.in_footnote {
                relation.push_str(" [fn]");
            }
            cells.push(vec![
                format!("{}{}", "  ".repeat(r.depth), r.id),
                relation,
                format!("(via {})", r.via),
                or_blank(&r.date),
                or_blank(&r.title),
            ]);
            if let Some(kids) = children.get(r.id.as_str()) {
                stack.extend(kids.iter().rev());
            }
        }
        columns(&cells, &[])
    }
}

impl Table for [CitedByRow] {
    /// One line per citing document (date, ID, count, relations, title), then its paragraph
    /// in each language read.
    fn table(&self) -> String {
        if self.is_empty() {
            return "(cited by nothing)\n".to_string();
        }
        let cells: Vec<Vec<String>> = self
            .iter()
            .map(|r| {
                let mut relations = joined(&r.relations);
                if r.in_footnote {
                    relations.push_str(" [fn]");
                }
                vec![
                    r.date.clone().unwrap_or_else(|| "-".to_string()),
                    r.id.clone(),
                    format!("{}×", r.count),
                    relations,
                    or_blank(&r.title),
                ]
            })
            .collect();
        let lines = columns(&cells, &[false, false, true]);
        let mut out = String::new();
        for (line, r) in lines.lines().zip(self) {
            out.push_str(line);
            out.push('\n');
            for ctx in &r.contexts {
                out.push_str(&format!(
                    "    {}  {}:{}  {}\n",
                    ctx.language, ctx.file, ctx.start, ctx.paragraph
                ));
            }
        }
        out
    }
}

impl Table for [Vec<Step>] {
    /// One chain a line: `A/RES/72/279 --recalls--> A/RES/70/1 --recalls--> …`.
    fn table(&self) -> String {
        if self.is_empty() {
            return "(no path)\n".to_string();
        }
        let cells: Vec<Vec<String>> = self
            .iter()
            .map(|chain| {
                let mut s = String::new();
                for step in chain {
                    if let Some(r) = step.relation {
                        s.push_str(&format!(" --{r}--> "));
                    }
                    s.push_str(&step.id);
                }
                vec![format!("{}", chain.len().saturating_sub(1)), s]
            })
            .collect();
        columns(&cells, &[true])
    }
}

impl Table for [RankRow] {
    /// Rank, score, number of citing documents, ID and title.
    fn table(&self) -> String {
        if self.is_empty() {
            return "(nothing is cited)\n".to_string();
        }
        let mut cells = vec![vec![
            "rank".to_string(),
            "score".to_string(),
            "cited by".to_string(),
            "id".to_string(),
            "title".to_string(),
        ]];
        for r in self {
            let score = if r.score.fract() == 0.0 {
                format!("{}", r.score)
            } else {
                format!("{:.6}", r.score)
            };
            cells.push(vec![
                r.rank.to_string(),
                score,
                r.cited_by.to_string(),
                r.id.clone(),
                or_blank(&r.title),
            ]);
        }
        columns(&cells, &[true, true, true])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_by_names_round_trip() {
        for r in RankBy::ALL {
            assert_eq!(r.name().parse::<RankBy>(), Ok(r));
            assert_eq!(serde_json::to_value(r).unwrap(), r.name());
        }
        assert!("indegree".parse::<RankBy>().is_err());
    }

    #[test]
    fn pagerank_of_nothing_and_of_a_cycle() {
        let g = DiGraph::<(), ()>::new();
        assert!(pagerank(&g, 0.85, 10, 1e-9).is_empty());
        let mut g = DiGraph::<(), ()>::new();
        let (a, b, c) = (g.add_node(()), g.add_node(()), g.add_node(()));
        g.extend_with_edges([(a, b), (b, c), (c, a)]);
        for r in pagerank(&g, 0.85, 100, 1e-12) {
            assert!((r - 1.0 / 3.0).abs() < 1e-12);
        }
    }

    #[test]
    fn columns_align_and_trim() {
        let cells = vec![
            vec!["1".to_string(), "ab".to_string(), String::new()],
            vec!["10".to_string(), "a".to_string(), "x".to_string()],
        ];
        assert_eq!(columns(&cells, &[true]), " 1  ab\n10  a   x\n");
    }
}
