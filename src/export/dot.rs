//! The one DOT printer: deterministic (nodes and edges sorted by ID), built on graphviz-rust's
//! structures, with every ID and label passed through [`quote`] — graphviz-rust escapes
//! nothing, and a bare `"` in a label silently splits a node.
//!
//! Colour says the organ (General Assembly, Security Council, ECOSOC, Human Rights Council,
//! Secretariat and other documents, treaties, publications), shape the kind (resolution,
//! document, meeting record, treaty, publication), edge style the relation; nodes are ranked
//! by year, older on the left, citations pointing back in time.

use std::collections::{BTreeMap, BTreeSet};

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt,
    Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::graph::{Corpus, Group};
use crate::id::Kind;
use crate::relation::Relation;

/// A DOT string literal: `"…"` with `\` and `"` escaped and line breaks as `\n`.
///
/// ```
/// assert_eq!(uncite::export::dot::quote("A \"B\" \\ C\nD"), r#""A \"B\" \\ C\nD""#);
/// ```
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn id(s: &str) -> Id {
    Id::Escaped(quote(s))
}

fn plain(s: &str) -> Id {
    Id::Plain(s.to_string())
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(plain(k), id(v))
}

/// Fill and border colours of a group.
pub fn colours(g: Group) -> (&'static str, &'static str) {
    match g {
        Group::GeneralAssembly => ("#cfe2f3", "#1f5fa8"),
        Group::SecurityCouncil => ("#f4cccc", "#b22222"),
        Group::Ecosoc => ("#d9ead3", "#2e7d32"),
        Group::HumanRightsCouncil => ("#e1d5e7", "#6a3d9a"),
        Group::Document => ("#eeeeee", "#616161"),
        Group::Treaty => ("#fce5cd", "#e65100"),
        Group::Outcome => ("#ead1dc", "#ad1457"),
        Group::Publication => ("#efe2d0", "#795548"),
        Group::Other => ("#fff2cc", "#9e8700"),
        Group::Text => ("#d0f0f0", "#00838f"),
    }
}

/// The shape of a kind.
pub fn shape(k: Kind) -> &'static str {
    match k {
        Kind::Resolution | Kind::Decision => "box",
        Kind::PresidentialStatement => "box",
        Kind::Document => "note",
        Kind::MeetingRecord => "cylinder",
        Kind::Publication => "tab",
        Kind::Treaty => "hexagon",
        Kind::Instrument => "octagon",
    }
}

/// The style of an edge by its main relation, and whether it stands only in footnotes.
pub fn edge_style(r: Relation, footnote_only: bool) -> (&'static str, &'static str) {
    let style = if footnote_only {
        "dotted"
    } else {
        match r {
            Relation::Reaffirms | Relation::ActingUnder | Relation::GuidedBy => "bold",
            Relation::Notes | Relation::Welcomes | Relation::Considers | Relation::BearsInMind => {
                "dashed"
            }
            _ => "solid",
        }
    };
    let colour = match r {
        Relation::Recalls | Relation::Reaffirms => "#404040",
        Relation::ActingUnder | Relation::GuidedBy => "#b22222",
        Relation::AdoptedOnReportOf
        | Relation::AdoptedOnProposalOf
        | Relation::AdoptedAt
        | Relation::AdoptedBy => "#1f5fa8",
        Relation::Decides
        | Relation::Requests
        | Relation::Urges
        | Relation::CallsUpon
        | Relation::Endorses => "#2e7d32",
        _ => "#808080",
    };
    (style, colour)
}

/// What the printer draws besides the graph itself.
#[derive(Debug, Clone)]
pub struct DotOptions {
    /// Rank nodes by year, older on the left (for neighbourhoods; off for whole corpora).
    pub rank_by_year: bool,
    /// Draw the legend of colours, shapes and edge styles.
    pub legend: bool,
    /// The graph's label.
    pub title: Option<String>,
}

impl DotOptions {
    /// What `uncite graph` draws: a neighbourhood (`focus`) or a graph small enough for the
    /// `dot` layout is ranked by year; a whole large corpus is left to `sfdp`.
    pub fn for_graph(focus: Option<&str>, edges: usize) -> DotOptions {
        DotOptions {
            rank_by_year: focus.is_some() || edges <= super::render::SFDP_ABOVE_EDGES,
            legend: true,
            title: focus.map(str::to_string),
        }
    }
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            rank_by_year: true,
            legend: true,
            title: None,
        }
    }
}

fn short(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        s.to_string()
    } else {
        let cut: String = s.chars().take(n - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The node label: the ID, then a short title and the date where known.
fn label(n: &crate::graph::Node) -> String {
    let mut l = n.id.strip_prefix("file:").unwrap_or(&n.id).to_string();
    if let Some(t) = &n.title {
        if !t.is_empty() {
            l.push('\n');
            l.push_str(&short(t, 40));
        }
    }
    if let Some(d) = &n.date {
        l.push('\n');
        l.push_str(d);
    }
    l
}

/// The DOT graph of `c`, as graphviz-rust structures.
pub fn to_graph(c: &Corpus, opts: &DotOptions) -> Graph {
    let g = &c.graph;
    let mut stmts: Vec<Stmt> = Vec::new();
    let mut graph_attrs = vec![
        attr("rankdir", "RL"),
        attr("fontname", "sans-serif"),
        attr("newrank", "true"),
    ];
    if let Some(t) = &opts.title {
        graph_attrs.push(attr("label", t));
        graph_attrs.push(attr("labelloc", "t"));
    }
    stmts.push(GraphAttributes::Graph(graph_attrs).into());
    stmts.push(
        GraphAttributes::Node(vec![
            attr("fontname", "sans-serif"),
            attr("fontsize", "10"),
            attr("style", "filled"),
        ])
        .into(),
    );
    stmts.push(
        GraphAttributes::Edge(vec![
            attr("arrowsize", "0.6"),
            attr("fontname", "sans-serif"),
        ])
        .into(),
    );

    let mut nodes: Vec<_> = g.node_indices().collect();
    nodes.sort_by(|a, b| g[*a].id.cmp(&g[*b].id));
    let mut by_year: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut groups = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for &ix in &nodes {
        let n = &g[ix];
        let (fill, border) = colours(n.group);
        groups.insert(n.group);
        kinds.insert(n.kind);
        let mut attrs = vec![
            attr("label", &label(n)),
            attr(
                "tooltip",
                n.title
                    .as_deref()
                    .map_or(n.id.clone(), |t| format!("{}: {t}", n.id))
                    .as_str(),
            ),
            attr("shape", shape(n.kind)),
            attr("fillcolor", fill),
            attr("color", border),
        ];
        if matches!(
            n.kind,
            Kind::Resolution | Kind::Decision | Kind::PresidentialStatement
        ) {
            attrs.push(attr("style", "filled,rounded"));
        }
        if n.is_read() {
            attrs.push(attr("penwidth", "2"));
        }
        if let Some(u) =
            n.id.parse::<crate::InstrumentId>()
                .ok()
                .and_then(|i| i.url())
        {
            attrs.push(attr("URL", &u));
        }
        stmts.push(DotNode::new(NodeId(id(&n.id), None), attrs).into());
        if let Some(y) = n.year() {
            by_year.entry(y).or_default().push(n.id.clone());
        }
    }
    if opts.rank_by_year && by_year.len() > 1 {
        // A time axis: one plain-text node per year, all of a year's nodes in its column,
        // consecutive years tied newer → older by invisible edges so time runs left to right.
        for (year, ids) in &by_year {
            let axis = format!("year {year}");
            let mut sub = vec![
                Stmt::Attribute(attr("rank", "same")),
                DotNode::new(
                    NodeId(id(&axis), None),
                    vec![
                        attr("label", &year.to_string()),
                        attr("shape", "plaintext"),
                        attr("style", "solid"),
                        attr("fontcolor", "#888888"),
                    ],
                )
                .into(),
            ];
            for i in ids {
                sub.push(DotNode::new(NodeId(id(i), None), vec![]).into());
            }
            stmts.push(
                Subgraph {
                    id: id(&format!("rank {year}")),
                    stmts: sub,
                }
                .into(),
            );
        }
        let years: Vec<u32> = by_year.keys().copied().collect();
        for pair in years.windows(2) {
            stmts.push(
                DotEdge {
                    ty: EdgeTy::Pair(
                        Vertex::N(NodeId(id(&format!("year {}", pair[1])), None)),
                        Vertex::N(NodeId(id(&format!("year {}", pair[0])), None)),
                    ),
                    attributes: vec![attr("style", "invis")],
                }
                .into(),
            );
        }
    }
    let mut edges: Vec<_> = g.edge_indices().collect();
    edges.sort_by(|a, b| {
        let (a0, a1) = g.edge_endpoints(*a).unwrap_or_default();
        let (b0, b1) = g.edge_endpoints(*b).unwrap_or_default();
        (&g[a0].id, &g[a1].id).cmp(&(&g[b0].id, &g[b1].id))
    });
    let mut relations = BTreeSet::new();
    for e in edges {
        let Some((from, to)) = g.edge_endpoints(e) else {
            continue;
        };
        let w = &g[e];
        let main = w.main_relation();
        let footnote_only = w.in_footnote && !w.in_body;
        relations.insert((main, footnote_only));
        let (style, colour) = edge_style(main, footnote_only);
        let tooltip: Vec<String> = w
            .relations
            .iter()
            .map(|(r, n)| format!("{r} ×{n}"))
            .collect();
        let mut attrs = vec![
            attr("style", style),
            attr("color", colour),
            attr("tooltip", &tooltip.join(", ")),
        ];
        if w.count > 1 {
            attrs.push(attr(
                "penwidth",
                &format!("{:.1}", 1.0 + (w.count as f64).ln().min(3.0)),
            ));
        }
        stmts.push(
            DotEdge {
                ty: EdgeTy::Pair(
                    Vertex::N(NodeId(id(&g[from].id), None)),
                    Vertex::N(NodeId(id(&g[to].id), None)),
                ),
                attributes: attrs,
            }
            .into(),
        );
    }
    if opts.legend {
        stmts.push(legend(&groups, &kinds, &relations).into());
    }
    Graph::DiGraph {
        id: id("uncite"),
        strict: false,
        stmts,
    }
}

/// The legend: one swatch per organ group and per kind present, one sample per edge style.
fn legend(
    groups: &BTreeSet<Group>,
    kinds: &BTreeSet<Kind>,
    relations: &BTreeSet<(Relation, bool)>,
) -> Subgraph {
    let mut s: Vec<Stmt> = vec![
        Stmt::Attribute(attr("label", "Legend")),
        Stmt::Attribute(attr("fontsize", "10")),
        Stmt::Attribute(attr("color", "#bbbbbb")),
        GraphAttributes::Node(vec![attr("fontsize", "9")]).into(),
    ];
    for g in groups {
        let (fill, border) = colours(*g);
        s.push(
            DotNode::new(
                NodeId(id(&format!("legend: {}", g.label())), None),
                vec![
                    attr("label", g.label()),
                    attr("shape", "box"),
                    attr("fillcolor", fill),
                    attr("color", border),
                ],
            )
            .into(),
        );
    }
    for k in kinds {
        let name = serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        s.push(
            DotNode::new(
                NodeId(id(&format!("legend kind: {name}")), None),
                vec![
                    attr("label", &name.replace('_', " ")),
                    attr("shape", shape(*k)),
                    attr("fillcolor", "white"),
                ],
            )
            .into(),
        );
    }
    for (r, footnote_only) in relations {
        let (style, colour) = edge_style(*r, *footnote_only);
        let name = if *footnote_only {
            format!("{r} (footnote)")
        } else {
            r.to_string()
        };
        let a = format!("legend edge: {name} a");
        let b = format!("legend edge: {name} b");
        for n in [&a, &b] {
            s.push(
                DotNode::new(
                    NodeId(id(n), None),
                    vec![attr("shape", "point"), attr("width", "0.05")],
                )
                .into(),
            );
        }
        s.push(
            DotEdge {
                ty: EdgeTy::Pair(
                    Vertex::N(NodeId(id(&a), None)),
                    Vertex::N(NodeId(id(&b), None)),
                ),
                attributes: vec![
                    attr("style", style),
                    attr("color", colour),
                    attr("label", &name),
                    attr("fontsize", "9"),
                ],
            }
            .into(),
        );
    }
    Subgraph {
        id: id("cluster_legend"),
        stmts: s,
    }
}

/// The DOT text of `c`: sorted, stable, one statement per line.
pub fn to_dot(c: &Corpus, opts: &DotOptions) -> String {
    let mut ctx = PrinterContext::default();
    let mut s = to_graph(c, opts).print(&mut ctx);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_everything_that_would_split_a_node() {
        assert_eq!(quote("say \"no\""), "\"say \\\"no\\\"\"");
        assert_eq!(quote("a\\b"), "\"a\\\\b\"");
        assert_eq!(quote("two\nlines\r"), "\"two\\nlines \"");
        assert_eq!(quote("第 1373 (2001) 号决议"), "\"第 1373 (2001) 号决议\"");
    }

    #[test]
    fn deterministic_and_complete() {
        let seed = include_str!("../../tests/fixtures/A_RES_59_153.zh.txt");
        let ex = crate::extract_named(seed, "seed.zh.txt", &crate::Options::default());
        let mut c = Corpus::new();
        c.add(&ex, seed);
        let a = to_dot(&c, &DotOptions::default());
        let b = to_dot(&c, &DotOptions::default());
        assert_eq!(a, b);
        assert!(a.contains("\"A/RES/59/153\" -> \"S/RES/1373(2001)\""));
        let edges = a
            .lines()
            .filter(|l| l.contains(" -> ") && !l.contains("legend") && !l.contains("invis"))
            .count();
        assert_eq!(edges, 25);
    }
}
