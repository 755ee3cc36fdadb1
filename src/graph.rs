//! The citation graph: one node per canonical ID (the six language versions of a document are
//! one node), one edge per citing → cited pair, built from the extraction output of any mix of
//! documents and languages.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

use crate::id::{InstrumentId, Kind};
use crate::lang::Language;
use crate::model::Extraction;
use crate::relation::Relation;

/// The graph type: nodes are instruments, edges run from citing to cited.
pub type CitationGraph = DiGraph<Node, Edge>;

/// The group a node is coloured by in diagrams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    GeneralAssembly,
    SecurityCouncil,
    Ecosoc,
    HumanRightsCouncil,
    /// Secretariat reports and every other document symbol.
    Document,
    Treaty,
    /// Conference outcomes and declarations adopted outside the United Nations' organs.
    Outcome,
    Publication,
    /// Bodies outside the table (`CCPCJ resolution 27/2`).
    Other,
    /// A citing text with no symbol (a speech), named by its file.
    Text,
}

impl Group {
    /// The group of an ID.
    pub fn of(id: &str) -> Group {
        let first = id.split('-').next().unwrap_or(id);
        if id.starts_with("file:") {
            Group::Text
        } else if first.starts_with("A/HRC/") {
            Group::HumanRightsCouncil
        } else if first.starts_with("A/RES/")
            || first.starts_with("A/DEC/")
            || (first.starts_with("A/") && first.contains("/PV."))
        {
            Group::GeneralAssembly
        } else if first.starts_with("S/RES/")
            || first.starts_with("S/PRST/")
            || first.starts_with("S/PV.")
        {
            Group::SecurityCouncil
        } else if first.starts_with("E/RES/") || first.starts_with("E/DEC/") {
            Group::Ecosoc
        } else if id.starts_with("Sales No.") {
            Group::Publication
        } else if id.contains('/') && !id.contains(' ') {
            Group::Document
        } else {
            match id.parse::<InstrumentId>().map(|i| i.kind()) {
                Ok(Kind::Treaty) => Group::Treaty,
                Ok(Kind::Instrument) => Group::Outcome,
                _ => Group::Other,
            }
        }
    }

    /// A human name for legends.
    pub fn label(self) -> &'static str {
        match self {
            Group::GeneralAssembly => "General Assembly",
            Group::SecurityCouncil => "Security Council",
            Group::Ecosoc => "Economic and Social Council",
            Group::HumanRightsCouncil => "Human Rights Council",
            Group::Document => "Secretariat and other documents",
            Group::Treaty => "Treaties",
            Group::Outcome => "Conference outcomes and declarations",
            Group::Publication => "Publications",
            Group::Other => "Bodies outside the table",
            Group::Text => "Texts without a symbol",
        }
    }
}

/// What is known of an instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The canonical ID (`A/RES/59/153`), or `file:<path>` for a citing text with no symbol.
    pub id: String,
    /// Resolution, document, treaty, …
    pub kind: Kind,
    /// The colour group.
    pub group: Group,
    /// The title, where a text of it was read.
    pub title: Option<String>,
    /// The adoption date where a text of it was read, else the earliest date printed with a
    /// citation of it.
    pub date: Option<String>,
    /// The session, where a text of it was read.
    pub session: Option<String>,
    /// The languages in which a text of it was read.
    pub languages: BTreeSet<Language>,
    /// The files read for it.
    pub files: BTreeSet<String>,
}

impl Node {
    /// Whether a text of this instrument was read (not only cited).
    pub fn is_read(&self) -> bool {
        !self.files.is_empty()
    }

    /// The year of its date, or of its ID where the ID carries one.
    pub fn year(&self) -> Option<u32> {
        self.date
            .as_ref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok())
            .or_else(|| year_of_id(&self.id))
    }
}

/// The year an ID carries: `S/RES/1373(2001)`, `E/RES/2004/19`, `S/2004/276`, `A/RES/59/153`
/// (session 59 began in 2004).
pub fn year_of_id(id: &str) -> Option<u32> {
    if id.starts_with("file:") {
        // A text named by its file: its path says nothing reliable of its year.
        return None;
    }
    if let Some(open) = id.rfind('(') {
        if let Ok(y) = id[open + 1..].trim_end_matches(')').parse::<u32>() {
            return (1945..2100).contains(&y).then_some(y);
        }
    }
    let parts: Vec<&str> = id.split('/').collect();
    for p in &parts {
        if let Ok(y) = p.parse::<u32>() {
            if (1946..2100).contains(&y) {
                return Some(y);
            }
        }
    }
    if id.starts_with("A/RES/") || id.starts_with("A/") {
        if let Some(s) = parts
            .get(if id.starts_with("A/RES/") { 2 } else { 1 })
            .and_then(|s| s.parse::<u32>().ok())
        {
            if (31..200).contains(&s) {
                return Some(1945 + s);
            }
        }
    }
    None
}

/// Where one citation stands, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub language: Language,
    /// The citing file.
    pub file: String,
    /// The paragraph, cut to about 300 characters around the reference.
    pub paragraph: String,
    /// The reference's byte span in the file.
    pub start: usize,
    pub end: usize,
}

/// Everything the citing document says of the cited one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// How many times it is cited, over all languages.
    pub count: usize,
    /// The relations, each with its count.
    pub relations: BTreeMap<Relation, usize>,
    /// Pinpoints (`annex I`, `para. 5`).
    pub pinpoints: BTreeSet<String>,
    /// Resolution parts (`A`, `B`).
    pub parts: BTreeSet<String>,
    /// Whether some citation stands in a footnote.
    pub in_footnote: bool,
    /// Whether some citation stands outside footnotes.
    pub in_body: bool,
    /// The dates printed with the citations.
    pub dates: BTreeSet<String>,
    /// One context per language (the first citation in it).
    pub contexts: BTreeMap<Language, Context>,
}

impl Edge {
    /// The relation cited most often (ties: the first in the vocabulary's order).
    pub fn main_relation(&self) -> Relation {
        self.relations
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(Relation::Other, |(r, _)| *r)
    }
}

/// Which way to walk from a focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// What the focus cites, and what that cites.
    Cites,
    /// Who cites the focus, and who cites them.
    CitedBy,
    /// Both.
    Both,
}

impl std::str::FromStr for Direction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "cites" => Ok(Direction::Cites),
            "cited-by" => Ok(Direction::CitedBy),
            "both" => Ok(Direction::Both),
            _ => Err(format!(
                "unknown direction {s:?} (expected cites, cited-by or both)"
            )),
        }
    }
}

/// A citation graph and its ID index.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub graph: CitationGraph,
    /// ID (and each part of a joint symbol) → node.
    index: HashMap<String, NodeIndex>,
}

/// The paragraph around `start..end` in `text`, cut to about 300 characters.
fn paragraph_around(text: &str, start: usize, end: usize) -> String {
    let mut start = start.min(text.len());
    let mut end = end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let p_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    let p_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
    let para = &text[p_start..p_end];
    let (s, e) = (start - p_start, end - p_start);
    let chars_before = para[..s].chars().count();
    let chars_after = para[e..].chars().count();
    let keep_before = 150usize.min(chars_before);
    let keep_after = 300usize
        .saturating_sub(keep_before + para[s..e].chars().count())
        .min(chars_after);
    let from = para[..s]
        .char_indices()
        .rev()
        .nth(keep_before.saturating_sub(1))
        .map_or(s, |(k, _)| k);
    let from = if keep_before == 0 { s } else { from };
    let to = para[e..]
        .char_indices()
        .nth(keep_after)
        .map_or(para.len(), |(k, _)| e + k);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(para[from..to].trim_matches(['\t', ' ']));
    if to < para.len() {
        out.push('…');
    }
    out
}

impl Corpus {
    /// An empty graph.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// The node of an ID, or of a part of a joint symbol.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        if let Some(&ix) = self.index.get(id) {
            return Some(ix);
        }
        // `S/RES/1373 (2001)`: read it as the contract spells it.
        let printed = if id.contains('/') {
            crate::id::canonical_symbol(id)
        } else {
            id.trim().to_string()
        };
        let canon = printed
            .parse::<InstrumentId>()
            .map_or(printed, |i| i.to_string());
        self.index.get(&canon).copied()
    }

    fn node_for(&mut self, id: &str, kind: Kind) -> NodeIndex {
        if let Some(&ix) = self.index.get(id) {
            return ix;
        }
        let ix = self.graph.add_node(Node {
            id: id.to_string(),
            kind,
            group: Group::of(id),
            title: None,
            date: None,
            session: None,
            languages: BTreeSet::new(),
            files: BTreeSet::new(),
        });
        self.index.insert(id.to_string(), ix);
        if let Ok(parsed) = id.parse::<InstrumentId>() {
            let parts = parsed.parts();
            if parts.len() > 1 {
                for p in parts {
                    self.index.entry(p).or_insert(ix);
                }
            }
        }
        ix
    }

    /// Add one extracted document (and the text it was read from, for paragraphs).
    pub fn add(&mut self, ex: &Extraction, text: &str) {
        let citing_id = match &ex.document.symbol {
            Some(s) => s.to_string(),
            None => format!("file:{}", ex.source),
        };
        let kind = ex
            .document
            .symbol
            .as_ref()
            .map_or(Kind::Document, |s| s.kind());
        let from = self.node_for(&citing_id, kind);
        if self.graph[from].files.contains(&ex.source) {
            // The same file read twice (a folder and a file in it) counts once.
            return;
        }
        {
            let n = &mut self.graph[from];
            n.languages.insert(ex.language);
            n.files.insert(ex.source.clone());
            // The English title where there is one, so labels do not depend on reading order.
            if n.title.is_none() || (ex.language == Language::En && ex.document.title.is_some()) {
                n.title = ex.document.title.clone().or(n.title.take());
            }
            if ex.document.date.is_some() {
                n.date = ex.document.date.clone();
            }
            if n.session.is_none() {
                n.session = ex.document.session.clone();
            }
        }
        for c in &ex.citations {
            let Some(target) = &c.target else { continue };
            let tid = target.to_string();
            let to = self.node_for(&tid, c.kind);
            if to == from {
                continue;
            }
            if let Some(d) = &c.date {
                let n = &mut self.graph[to];
                if !n.is_read() && n.date.as_ref().is_none_or(|old| d < old) {
                    n.date = Some(d.clone());
                }
            }
            let e = match self.graph.find_edge(from, to) {
                Some(e) => e,
                None => self.graph.add_edge(from, to, Edge::default()),
            };
            let edge = &mut self.graph[e];
            edge.count += 1;
            *edge.relations.entry(c.relation).or_default() += 1;
            edge.pinpoints.extend(c.pinpoint.iter().cloned());
            edge.parts.extend(c.part.iter().flatten().cloned());
            edge.in_footnote |= c.footnote.is_some();
            edge.in_body |= c.footnote.is_none();
            edge.dates.extend(c.date.iter().cloned());
            edge.contexts.entry(ex.language).or_insert_with(|| Context {
                language: ex.language,
                file: ex.source.clone(),
                paragraph: paragraph_around(text, c.start, c.end),
                start: c.start,
                end: c.end,
            });
        }
    }

    /// Read and extract `files` (in parallel), then add them in the order given, so the graph
    /// is the same whatever the thread timing. `progress` is called once per file read. Files
    /// that cannot be read are returned as errors; the others are all in the graph.
    pub fn read(
        files: &[std::path::PathBuf],
        options: &crate::Options,
        progress: &(dyn Fn() + Sync),
    ) -> (Corpus, Vec<crate::Error>) {
        use rayon::prelude::*;
        let results: Vec<crate::Result<(Extraction, String)>> = files
            .par_iter()
            .map(|p| {
                let r = crate::read_text(p).map(|text| {
                    (
                        crate::extract_named(&text, &p.display().to_string(), options),
                        text,
                    )
                });
                progress();
                r
            })
            .collect();
        let mut corpus = Corpus::new();
        let mut errors = Vec::new();
        for r in results {
            match r {
                Ok((ex, text)) => corpus.add(&ex, &text),
                Err(e) => errors.push(e),
            }
        }
        if let Some(g) = options.names.gazetteer() {
            corpus.link_instruments(g);
        }
        (corpus, errors)
    }

    /// What the gazetteer knows of the named instruments in the graph: a treaty gets its
    /// adoption date and an "adopted by" edge to the resolution that adopted it (added as a
    /// node if no text cited it); a declaration that is a resolution gets its title. Call once,
    /// after the texts are added; a second call changes nothing.
    pub fn link_instruments(&mut self, g: &crate::Gazetteer) {
        let named: Vec<NodeIndex> = self.graph.node_indices().collect();
        for ix in named {
            let Some(entry) = g.get(&self.graph[ix].id) else {
                continue;
            };
            let node = &mut self.graph[ix];
            if node.title.is_none() {
                node.title = Some(entry.title().to_string());
            }
            if !node.is_read() && entry.adopted.is_some() {
                node.date = entry.adopted.clone();
            }
            let Some(by) = entry.adopting_resolution() else {
                continue;
            };
            let to = self.node_for(&by.to_string(), by.kind());
            if to == ix || self.graph.find_edge(ix, to).is_some() {
                continue;
            }
            let e = self.graph.add_edge(ix, to, Edge::default());
            let edge = &mut self.graph[e];
            edge.count = 1;
            edge.relations.insert(Relation::AdoptedBy, 1);
            edge.dates.extend(entry.adopted.iter().cloned());
        }
    }

    /// Rebuild the ID index after the graph was replaced (a snapshot was read).
    pub fn from_graph(graph: CitationGraph) -> Corpus {
        let mut c = Corpus {
            graph,
            index: HashMap::new(),
        };
        for ix in c.graph.node_indices() {
            let id = c.graph[ix].id.clone();
            if let Ok(parsed) = id.parse::<InstrumentId>() {
                let parts = parsed.parts();
                if parts.len() > 1 {
                    for p in parts {
                        c.index.entry(p).or_insert(ix);
                    }
                }
            }
            c.index.insert(id, ix);
        }
        c
    }

    /// The neighbourhood of `focus`: the nodes within `depth` steps in `direction`, with every
    /// edge between them, as a graph of its own.
    ///
    /// Complexity: O(V + E) of the part walked.
    pub fn neighbourhood(&self, focus: NodeIndex, depth: usize, direction: Direction) -> Corpus {
        use std::collections::VecDeque;
        let mut seen: HashMap<NodeIndex, usize> = HashMap::from([(focus, 0)]);
        let mut queue = VecDeque::from([focus]);
        while let Some(ix) = queue.pop_front() {
            let d = seen[&ix];
            if d == depth {
                continue;
            }
            let mut next: Vec<NodeIndex> = Vec::new();
            if matches!(direction, Direction::Cites | Direction::Both) {
                next.extend(
                    self.graph
                        .neighbors_directed(ix, petgraph::Direction::Outgoing),
                );
            }
            if matches!(direction, Direction::CitedBy | Direction::Both) {
                next.extend(
                    self.graph
                        .neighbors_directed(ix, petgraph::Direction::Incoming),
                );
            }
            next.sort_by(|a, b| self.graph[*a].id.cmp(&self.graph[*b].id));
            for n in next {
                if let std::collections::hash_map::Entry::Vacant(v) = seen.entry(n) {
                    v.insert(d + 1);
                    queue.push_back(n);
                }
            }
        }
        let mut keep: Vec<NodeIndex> = seen.into_keys().collect();
        keep.sort_by(|a, b| self.graph[*a].id.cmp(&self.graph[*b].id));
        let mut sub = CitationGraph::new();
        let mut map = HashMap::new();
        for ix in &keep {
            map.insert(*ix, sub.add_node(self.graph[*ix].clone()));
        }
        for e in self.graph.edge_indices() {
            if let Some((a, b)) = self.graph.edge_endpoints(e) {
                if let (Some(&na), Some(&nb)) = (map.get(&a), map.get(&b)) {
                    sub.add_edge(na, nb, self.graph[e].clone());
                }
            }
        }
        Corpus::from_graph(sub)
    }

    /// The edges out of `ix`, sorted by target ID (deterministic output).
    pub fn cites(&self, ix: NodeIndex) -> Vec<(NodeIndex, &Edge)> {
        let mut v: Vec<_> = self
            .graph
            .edges(ix)
            .map(|e| (e.target(), e.weight()))
            .collect();
        v.sort_by(|a, b| self.graph[a.0].id.cmp(&self.graph[b.0].id));
        v
    }

    /// The edges into `ix`, sorted by source ID.
    pub fn cited_by(&self, ix: NodeIndex) -> Vec<(NodeIndex, &Edge)> {
        let mut v: Vec<_> = self
            .graph
            .edges_directed(ix, petgraph::Direction::Incoming)
            .map(|e| (e.source(), e.weight()))
            .collect();
        v.sort_by(|a, b| self.graph[a.0].id.cmp(&self.graph[b.0].id));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_ids() {
        assert_eq!(year_of_id("S/RES/1373(2001)"), Some(2001));
        assert_eq!(year_of_id("E/RES/2004/19"), Some(2004));
        assert_eq!(year_of_id("A/RES/59/153"), Some(2004));
        assert_eq!(year_of_id("A/RES/217(III)"), None);
        assert_eq!(year_of_id("Charter of the United Nations"), None);
    }

    #[test]
    fn paragraphs_are_cut_around_the_reference() {
        let text = format!(
            "first line\n{}resolution 56/1{}\nlast",
            "x".repeat(400),
            "y".repeat(400)
        );
        let s = text.find("resolution").unwrap();
        let p = paragraph_around(&text, s, s + "resolution 56/1".len());
        assert!(p.contains("resolution 56/1"));
        assert!(p.chars().count() <= 304, "{}", p.chars().count());
        assert!(p.starts_with('…') && p.ends_with('…'));
    }

    #[test]
    fn one_node_per_document_in_any_language() {
        let mut c = Corpus::new();
        let seed = include_str!("../tests/fixtures/A_RES_59_153.zh.txt");
        let ex = crate::extract_named(seed, "seed.zh.txt", &crate::Options::default());
        c.add(&ex, seed);
        c.add(&ex, seed);
        let ix = c.find("A/RES/59/153").unwrap();
        assert_eq!(c.cites(ix).len(), 25);
        let s1373 = c.find("S/RES/1373(2001)").unwrap();
        assert_eq!(
            c.graph[c.graph.find_edge(ix, s1373).unwrap()].count,
            7,
            "the same file counts once"
        );
        assert_eq!(c.graph.node_count(), 26);
        assert_eq!(c.find("S/RES/1373 (2001)"), c.find("S/RES/1373(2001)"));
    }
}
