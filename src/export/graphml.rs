//! GraphML with declared attributes, for Gephi, yEd, NetworkX or igraph.
//!
//! Nodes are sorted by ID and numbered `n0`, `n1`, … in that order (the canonical ID is the
//! `label` attribute); edges are sorted by (citing, cited) ID and numbered `e0`, `e1`, ….
//! Absent values (no title, no date) have no `<data>` element. Lists are joined with `;`
//! except languages, joined with `,` (`en,zh`); relations read `recalls:2;reaffirms:1`.
//! Characters XML 1.0 forbids (form feeds and other control characters of PDF text) become
//! spaces. The output is deterministic.

use std::collections::HashMap;
use std::fmt::Write;

use crate::graph::{Corpus, Edge, Node};

use super::snapshot::{sorted_edges, sorted_nodes};

/// Node attributes: (key id, attr.name, attr.type).
const NODE_KEYS: &[(&str, &str, &str)] = &[
    ("label", "label", "string"),
    ("kind", "kind", "string"),
    ("group", "group", "string"),
    ("title", "title", "string"),
    ("date", "date", "string"),
    ("session", "session", "string"),
    ("languages", "languages", "string"),
    ("files", "files", "int"),
    ("year", "year", "int"),
];

/// Edge attributes: (key id, attr.name, attr.type).
const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("weight", "weight", "double"),
    ("count", "count", "int"),
    ("relation", "relation", "string"),
    ("relations", "relations", "string"),
    ("pinpoints", "pinpoints", "string"),
    ("parts", "parts", "string"),
    ("in_footnote", "in_footnote", "boolean"),
    ("in_body", "in_body", "boolean"),
    ("dates", "dates", "string"),
    ("e_languages", "languages", "string"),
];

/// `s` escaped for XML text and attribute values: `& < > " '` as entities, characters
/// XML 1.0 forbids as spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// The serde name of a unit enum value (`general_assembly`, `resolution`).
pub(crate) fn serde_name<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// `en,zh`.
pub(crate) fn node_languages(n: &Node) -> String {
    n.languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// `recalls:2;reaffirms:1`, in the vocabulary's order.
pub(crate) fn relations(e: &Edge) -> String {
    e.relations
        .iter()
        .map(|(r, n)| format!("{r}:{n}"))
        .collect::<Vec<_>>()
        .join(";")
}

/// The languages in which the edge was read (those with a context), `en,zh`.
pub(crate) fn edge_languages(e: &Edge) -> String {
    e.contexts
        .keys()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn join<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(";")
}

fn data(out: &mut String, key: &str, value: &str) {
    if !value.is_empty() {
        let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
    }
}

/// The graph as GraphML (deterministic).
pub fn to_string(c: &Corpus) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (for_, keys) in [("node", NODE_KEYS), ("edge", EDGE_KEYS)] {
        for (id, name, ty) in keys {
            let _ = writeln!(
                out,
                "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
            );
        }
    }
    out.push_str("  <graph id=\"uncite\" edgedefault=\"directed\">\n");

    let nodes = sorted_nodes(c);
    let mut number: HashMap<&str, usize> = HashMap::with_capacity(nodes.len());
    for (k, n) in nodes.iter().enumerate() {
        number.insert(n.id.as_str(), k);
        let _ = writeln!(out, "    <node id=\"n{k}\">");
        data(&mut out, "label", &n.id);
        data(&mut out, "kind", &serde_name(&n.kind));
        data(&mut out, "group", &serde_name(&n.group));
        data(&mut out, "title", n.title.as_deref().unwrap_or(""));
        data(&mut out, "date", n.date.as_deref().unwrap_or(""));
        data(&mut out, "session", n.session.as_deref().unwrap_or(""));
        data(&mut out, "languages", &node_languages(n));
        data(&mut out, "files", &n.files.len().to_string());
        data(
            &mut out,
            "year",
            &n.year().map(|y| y.to_string()).unwrap_or_default(),
        );
        out.push_str("    </node>\n");
    }
    for (k, (from, to, e)) in sorted_edges(c).into_iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{k}\" source=\"n{}\" target=\"n{}\">",
            number[from], number[to]
        );
        data(&mut out, "weight", &format!("{:.1}", e.count as f64));
        data(&mut out, "count", &e.count.to_string());
        data(&mut out, "relation", &e.main_relation().to_string());
        data(&mut out, "relations", &relations(e));
        data(&mut out, "pinpoints", &join(&e.pinpoints));
        data(&mut out, "parts", &join(&e.parts));
        data(&mut out, "in_footnote", &e.in_footnote.to_string());
        data(&mut out, "in_body", &e.in_body.to_string());
        data(&mut out, "dates", &join(&e.dates));
        data(&mut out, "e_languages", &edge_languages(e));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
