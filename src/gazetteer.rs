//! Named instruments: the gazetteer of treaties, declarations and conference outcomes
//! (`src/data/instruments.json`, embedded at build time, plus a user's file in the same format)
//! and the one Aho-Corasick pass that finds their names in a text.
//!
//! Names are matched on a folded copy of the text — lower case, one space for any run of white
//! space (none at all in Chinese), `’` read as `'`, Arabic hamza seats read as bare alif — so
//! `the Convention on the Rights\nof the Child` and `《儿童权利\n公约》` are found; the folded
//! copy keeps a map back to the bytes of the text.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::id::InstrumentId;
use crate::lang::Language;

/// What a gazetteer entry's ID is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A treaty: the ID is its official English title in the United Nations Treaty Series.
    Treaty,
    /// A declaration, strategy, agenda or set of rules adopted as a resolution or its annex:
    /// the ID is that resolution's.
    Resolution,
    /// A conference outcome or a declaration adopted elsewhere: its official English title.
    Outcome,
    /// A proper name for several instruments (`the Geneva Conventions of 12 August 1949`):
    /// a mention cites each of its `members`.
    Collective,
}

/// A treaty's registration in the United Nations Treaty Series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unts {
    /// The volume it is printed in (the first, where it spans several).
    pub volume: u32,
    /// Its registration number: `No. 38349`.
    pub number: u32,
}

/// One instrument of the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Its canonical ID (`docs/canonical-ids.md`).
    pub id: String,
    /// What the ID is.
    pub kind: EntryKind,
    /// What a short form calls it (`convention`, `covenant`, `declaration`, …).
    pub noun: String,
    /// The date of adoption, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<String>,
    /// For a treaty, the resolution (an ID) or the conference (a name) that adopted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_by: Option<String>,
    /// Its Treaty Series registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unts: Option<Unts>,
    /// For a collective name, the IDs of the instruments it stands for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// The title and its usual short forms, as the UN prints them, per language.
    pub names: BTreeMap<Language, Vec<String>>,
}

impl Entry {
    /// The canonical ID, typed.
    pub fn instrument_id(&self) -> InstrumentId {
        match self.kind {
            EntryKind::Resolution => self
                .id
                .parse()
                .unwrap_or_else(|_| InstrumentId::Named(self.id.clone())),
            _ => InstrumentId::Named(self.id.clone()),
        }
    }

    /// The English title (the first English name).
    pub fn title(&self) -> &str {
        self.names
            .get(&Language::En)
            .and_then(|n| n.first())
            .map_or(self.id.as_str(), String::as_str)
    }

    /// The resolution that adopted it, where `adopted_by` is an ID.
    pub fn adopting_resolution(&self) -> Option<InstrumentId> {
        let by = self.adopted_by.as_deref()?;
        match by.parse::<InstrumentId>() {
            Ok(id @ (InstrumentId::Resolution { .. } | InstrumentId::Symbol(_))) => Some(id),
            _ => None,
        }
    }
}

/// The words a short form may use for an entry's `noun`.
pub const NOUNS: [&str; 25] = [
    "agenda",
    "agreement",
    "charter",
    "code",
    "compact",
    "consensus",
    "constitution",
    "convention",
    "covenant",
    "declaration",
    "framework",
    "guidelines",
    "outcome",
    "pathway",
    "plan",
    "platform",
    "principles",
    "programme",
    "protocol",
    "recommendation",
    "regulations",
    "rules",
    "statute",
    "strategy",
    "treaty",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    instruments: Vec<Entry>,
}

/// The gazetteer: entries, and one automaton per language built on first use.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    by_unts: HashMap<u32, usize>,
    matchers: [OnceLock<Matcher>; 6],
}

/// A name found in a text: bytes `start..end` of the text, and the entry it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

impl Gazetteer {
    /// The gazetteer shipped with uncite (`src/data/instruments.json`).
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Gazetteer::from_entries(
                parse_json(
                    include_str!("data/instruments.json"),
                    Path::new("<built-in>"),
                )
                .expect("the built-in gazetteer parses"),
                Path::new("<built-in>"),
            )
            .expect("the built-in gazetteer is valid")
        })
    }

    /// The built-in gazetteer with the entries of the user's file `path` added; an entry whose
    /// ID is built in replaces the built-in one. Errors name the file, the entry and the
    /// problem.
    pub fn with_file(path: &Path) -> Result<Gazetteer> {
        let text = crate::read_text(path)?;
        let user = parse_json(&text, path)?;
        let mut entries: Vec<Entry> = Gazetteer::builtin().entries.clone();
        // Where each merged entry came from: its number in the user's file, or built in.
        let mut from_user: Vec<Option<usize>> = vec![None; entries.len()];
        let mut seen = std::collections::HashSet::new();
        for (k, e) in user.into_iter().enumerate() {
            let label = format!("entry {}", k + 1);
            validate(&e).map_err(|p| invalid(path, &label, &e.id, &p))?;
            if !seen.insert(e.id.clone()) {
                return Err(invalid(
                    path,
                    &label,
                    &e.id,
                    "the same ID is given twice in this file",
                ));
            }
            match entries.iter().position(|b| b.id == e.id) {
                Some(p) => {
                    entries[p] = e;
                    from_user[p] = Some(k);
                }
                None => {
                    entries.push(e);
                    from_user.push(Some(k));
                }
            }
        }
        Gazetteer::check(entries, path, &|k| match from_user[k] {
            Some(u) => format!("entry {}", u + 1),
            None => format!("built-in entry {}", k + 1),
        })
    }

    /// Check and index `entries`; `origin` names them in errors.
    pub fn from_entries(entries: Vec<Entry>, origin: &Path) -> Result<Gazetteer> {
        Gazetteer::check(entries, origin, &|k| format!("entry {}", k + 1))
    }

    /// Check and index `entries`; `label` names entry `k` in errors.
    fn check(
        entries: Vec<Entry>,
        origin: &Path,
        label: &dyn Fn(usize) -> String,
    ) -> Result<Gazetteer> {
        let mut by_id = HashMap::new();
        let mut by_unts = HashMap::new();
        let mut names: HashMap<(Language, String), usize> = HashMap::new();
        for (k, e) in entries.iter().enumerate() {
            validate(e).map_err(|p| invalid(origin, &label(k), &e.id, &p))?;
            if let Some(prev) = by_id.insert(e.id.clone(), k) {
                return Err(invalid(
                    origin,
                    &label(k),
                    &e.id,
                    &format!("the same ID as {}", label(prev)),
                ));
            }
            // A protocol may be registered under its treaty's number (the first Optional
            // Protocol to the Covenant on Civil and Political Rights is No. 14668 too): the
            // number names the first entry that has it.
            if let Some(u) = e.unts {
                by_unts.entry(u.number).or_insert(k);
            }
            for (lang, list) in &e.names {
                for n in list {
                    let folded = fold_name(n, *lang);
                    if let Some(prev) = names.insert((*lang, folded), k) {
                        if prev != k {
                            return Err(invalid(
                                origin,
                                &label(k),
                                &e.id,
                                &format!(
                                    "the {lang} name {n:?} is also a name of {:?}",
                                    entries[prev].id
                                ),
                            ));
                        }
                    }
                }
            }
        }
        for (k, e) in entries.iter().enumerate() {
            if let Some(m) = e.members.iter().find(|m| !by_id.contains_key(*m)) {
                return Err(invalid(
                    origin,
                    &label(k),
                    &e.id,
                    &format!("member {m:?} is not an entry"),
                ));
            }
        }
        Ok(Gazetteer {
            entries,
            by_id,
            by_unts,
            matchers: Default::default(),
        })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with canonical ID `id`.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&k| &self.entries[k])
    }

    /// The entry registered in the Treaty Series under `number`.
    pub fn by_treaty_series(&self, number: u32) -> Option<&Entry> {
        self.by_unts.get(&number).map(|&k| &self.entries[k])
    }

    /// The IDs a mention of entry `k` cites: its own, or its members'.
    pub fn targets(&self, k: usize) -> Vec<InstrumentId> {
        let e = &self.entries[k];
        if e.kind == EntryKind::Collective {
            e.members
                .iter()
                .filter_map(|m| self.get(m))
                .map(Entry::instrument_id)
                .collect()
        } else {
            vec![e.instrument_id()]
        }
    }

    /// Every name of the gazetteer in `text` (read as `lang`), leftmost-longest, in order.
    /// Boundaries are checked here; whether a name stands inside another title is the
    /// parser's question.
    pub fn find(&self, text: &str, lang: Language) -> Vec<NameMatch> {
        let k = Language::ALL.iter().position(|l| *l == lang).unwrap_or(2);
        let m = self.matchers[k].get_or_init(|| Matcher::new(&self.entries, lang));
        m.find(text, lang)
    }
}

fn parse_json(text: &str, path: &Path) -> Result<Vec<Entry>> {
    serde_json::from_str::<File>(text)
        .map(|f| f.instruments)
        .map_err(|e| {
            Error::new(ErrorKind::Gazetteer {
                path: path.to_path_buf(),
                problem: e.to_string(),
            })
        })
}

fn invalid(path: &Path, entry: &str, id: &str, problem: &str) -> Error {
    Error::new(ErrorKind::Gazetteer {
        path: path.to_path_buf(),
        problem: format!("{entry} ({id:?}): {problem}"),
    })
}

/// What is wrong with one entry on its own, if anything.
fn validate(e: &Entry) -> std::result::Result<(), String> {
    if e.id.trim().is_empty() || e.id.trim() != e.id {
        return Err("the ID is empty or has white space around it".into());
    }
    let parsed = e.id.parse::<InstrumentId>();
    match (e.kind, &parsed) {
        (EntryKind::Resolution, Ok(InstrumentId::Resolution { .. })) => {}
        (EntryKind::Resolution, _) => {
            return Err("kind \"resolution\" needs a resolution ID such as \"A/RES/60/288\"".into())
        }
        (_, Ok(InstrumentId::Named(_))) => {}
        (_, _) if e.id.contains(' ') => {}
        (_, _) => {
            return Err(format!(
                "kind {:?} needs an English title as its ID, not a symbol",
                e.kind
            ))
        }
    }
    if !NOUNS.contains(&e.noun.as_str()) {
        return Err(format!(
            "noun {:?} is not one of {}",
            e.noun,
            NOUNS.join(", ")
        ));
    }
    if let Some(d) = &e.adopted {
        let ok = d.len() == 10
            && d.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
            && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
            && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0));
        if !ok {
            return Err(format!("adopted {d:?} is not a date YYYY-MM-DD"));
        }
    }
    if (e.kind == EntryKind::Collective) == e.members.is_empty() {
        return Err("a collective entry, and only it, lists its members".into());
    }
    if e.names.values().all(Vec::is_empty) {
        return Err("no names".into());
    }
    for (lang, list) in &e.names {
        for n in list {
            let folded = fold_name(n, *lang);
            if folded.chars().count() < 4 {
                return Err(format!(
                    "the {lang} name {n:?} is too short to match safely"
                ));
            }
            if NOUNS.contains(&folded.as_str()) {
                return Err(format!("the {lang} name {n:?} is a generic word"));
            }
        }
    }
    Ok(())
}

/// A text folded for matching, with the byte of the source each folded byte came from.
pub(crate) struct Folded {
    pub text: String,
    /// `map[i]`: the source byte where the character of folded byte `i` starts.
    pub map: Vec<u32>,
}

/// Fold `s` for matching names of `lang`.
pub(crate) fn fold(s: &str, lang: Language) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut space = true;
    for (p, c) in s.char_indices() {
        let p = p as u32;
        if c.is_whitespace() || c == '\u{200b}' {
            if lang != Language::Zh && !space {
                text.push(' ');
                map.push(p);
                space = true;
            }
            continue;
        }
        space = false;
        let c = match c {
            '’' | '‘' | 'ʼ' | '`' => '\'',
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ـ' => continue,
            c => c,
        };
        if c.is_ascii() {
            text.push(c.to_ascii_lowercase());
            map.push(p);
        } else {
            for l in c.to_lowercase() {
                let at = text.len();
                text.push(l);
                map.extend(std::iter::repeat(p).take(text.len() - at));
            }
        }
    }
    if text.ends_with(' ') {
        text.pop();
        map.pop();
    }
    Folded { text, map }
}

/// A name (or a lexicon phrase) folded as the text it is matched against: first normalised as
/// texts are (`：` → `:`, `–` → `-`, Arabic vowel marks dropped), then folded.
pub(crate) fn fold_name(name: &str, lang: Language) -> String {
    fold(&crate::normalise::normalise(name).text, lang).text
}

/// Letters Arabic glues before a word: `و` and, `ف` so, `ب` with, `ل` for, `ك` as.
const GLUED: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

#[derive(Debug)]
struct Matcher {
    ac: Option<AhoCorasick>,
    /// Per pattern: the entry, and the bytes of folded text to skip at its start (the glued
    /// `ل` of Arabic `للاتفاقية`).
    pats: Vec<(usize, usize)>,
}

impl Matcher {
    fn new(entries: &[Entry], lang: Language) -> Matcher {
        let mut patterns: Vec<String> = Vec::new();
        let mut pats = Vec::new();
        for (k, e) in entries.iter().enumerate() {
            for n in e.names.get(&lang).into_iter().flatten() {
                // `《联合国宪章》` is the name `联合国宪章`; `《…公约》及其各项议定书` keeps its marks.
                let n = match n.strip_prefix('《').and_then(|m| m.strip_suffix('》')) {
                    Some(inner) if !inner.contains(['《', '》']) => inner,
                    _ => n.as_str(),
                };
                let f = fold_name(n, lang);
                // `ل` + `الاتفاقية` is printed `للاتفاقية`.
                if lang == Language::Ar {
                    if let Some(rest) = f.strip_prefix("ال") {
                        // `ل` + `اللوائح` is `للوائح`: the lams merge.
                        let glued = if rest.starts_with('ل') {
                            format!("ل{rest}")
                        } else {
                            format!("لل{rest}")
                        };
                        patterns.push(glued);
                        pats.push((k, 'ل'.len_utf8()));
                    }
                }
                patterns.push(f);
                pats.push((k, 0));
            }
        }
        let ac = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("gazetteer names build an automaton")
        });
        Matcher { ac, pats }
    }

    fn find(&self, text: &str, lang: Language) -> Vec<NameMatch> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let f = fold(text, lang);
        let ft = f.text.as_str();
        let mut out = Vec::new();
        for m in ac.find_iter(ft) {
            let (entry, skip) = self.pats[m.pattern().as_usize()];
            let (fs, fe) = (m.start() + skip, m.end());
            if lang != Language::Zh && !boundary_before(ft, m.start(), lang) {
                continue;
            }
            // A digit may follow: a footnote marker glued to the name (`Cambio Climático9`,
            // `2015-203011`).
            let after = ft[fe..].chars().next();
            if lang != Language::Zh && after.is_some_and(char::is_alphabetic) {
                continue;
            }
            let start = f.map[fs] as usize;
            let last = f.map[fe - 1] as usize;
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            out.push(NameMatch { start, end, entry });
        }
        out
    }
}

/// Whether a name may start at folded byte `at`: at a word's start, or, in Arabic, after the
/// letters glued to it (`وباتفاقية`).
fn boundary_before(ft: &str, at: usize, lang: Language) -> bool {
    let mut before = ft[..at].chars().rev();
    let mut c = before.next();
    if lang == Language::Ar {
        for _ in 0..2 {
            if c.is_some_and(|c| GLUED.contains(&c)) {
                c = before.next();
            }
        }
    }
    !c.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_maps_back_to_the_source() {
        let s = "the Convention\u{a0}on the Rights\nof  the Child";
        let f = fold(s, Language::En);
        assert_eq!(f.text, "the convention on the rights of the child");
        assert_eq!(f.map.len(), f.text.len());
        let k = f.text.find("rights").unwrap();
        assert_eq!(&s[f.map[k] as usize..][..6], "Rights");
    }

    #[test]
    fn chinese_folding_drops_line_breaks() {
        assert_eq!(
            fold("《儿童权利\n公约》", Language::Zh).text,
            "《儿童权利公约》"
        );
    }

    #[test]
    fn the_builtin_gazetteer_is_valid() {
        let g = Gazetteer::builtin();
        assert!(g.entries().len() >= 150, "{}", g.entries().len());
        for e in g.entries() {
            for lang in Language::ALL {
                assert!(
                    e.names.get(&lang).is_some_and(|n| !n.is_empty()),
                    "{} has no {lang} name",
                    e.id
                );
            }
        }
    }
}
