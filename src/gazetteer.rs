//! Named instruments: the gazetteer of treaties, declarations and conference outcomes
//! (`src/data/instruments.json`, embedded at build time, plus a user's file in the same format)
//! and how their names are found in a text (`Matcher`).
//!
//! Names are compared with the text folded — lower case, one space for any run of white space
//! (none at all in Chinese), `’` read as `'`, Arabic hamza seats read as bare alif — so
//! `the Convention on the Rights\nof the Child` and `《儿童权利\n公约》` are found; spans are
//! bytes of the text itself.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::id::InstrumentId;
use crate::lang::{Language, PerLanguage};

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
    /// Per entry: the IDs a mention cites (its own, or its members').
    targets: Vec<Vec<InstrumentId>>,
    matchers: PerLanguage<Matcher>,
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
            // Checked whole by the test `the_builtin_gazetteer_is_valid`; at run time only
            // indexed, so a command on one short text does not fold 7,000 names first.
            Gazetteer::check(
                parse_json(
                    include_str!("data/instruments.json"),
                    Path::new("<built-in>"),
                )
                .expect("the built-in gazetteer parses"),
                Path::new("<built-in>"),
                &|k| format!("entry {}", k + 1),
                false,
            )
            .expect("the built-in gazetteer indexes")
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
        Gazetteer::check(
            entries,
            path,
            &|k| match from_user[k] {
                Some(u) => format!("entry {}", u + 1),
                None => format!("built-in entry {}", k + 1),
            },
            true,
        )
    }

    /// Check and index `entries`; `origin` names them in errors.
    pub fn from_entries(entries: Vec<Entry>, origin: &Path) -> Result<Gazetteer> {
        Gazetteer::check(entries, origin, &|k| format!("entry {}", k + 1), true)
    }

    /// Index `entries`, checking each (`validate`: its fields, and no name given to two
    /// instruments); `label` names entry `k` in errors.
    fn check(
        entries: Vec<Entry>,
        origin: &Path,
        label: &dyn Fn(usize) -> String,
        validate_each: bool,
    ) -> Result<Gazetteer> {
        let mut by_id = HashMap::new();
        let mut by_unts = HashMap::new();
        let mut names: HashMap<(Language, String), usize> = HashMap::new();
        for (k, e) in entries.iter().enumerate() {
            if validate_each {
                validate(e).map_err(|p| invalid(origin, &label(k), &e.id, &p))?;
            }
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
            for (lang, list) in e.names.iter().filter(|_| validate_each) {
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
        let targets = entries
            .iter()
            .map(|e| {
                if e.kind == EntryKind::Collective {
                    e.members
                        .iter()
                        .filter_map(|m| by_id.get(m).map(|&k| entries[k].instrument_id()))
                        .collect()
                } else {
                    vec![e.instrument_id()]
                }
            })
            .collect();
        Ok(Gazetteer {
            entries,
            by_id,
            by_unts,
            targets,
            matchers: PerLanguage::new(),
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
    pub fn targets(&self, k: usize) -> &[InstrumentId] {
        &self.targets[k]
    }

    /// The automaton the scan walks for `lang` if it finds the names' beginnings too (the
    /// languages without anchors).
    pub(crate) fn shared_pass(&self, lang: Language) -> Option<SharedPass<'_>> {
        let m = self.matcher(lang);
        m.shared.as_ref().map(|(ac, literals)| SharedPass {
            ac,
            literals,
            form_of: &m.form_of,
        })
    }

    fn matcher(&self, lang: Language) -> &Matcher {
        self.matchers
            .get_or_init(lang, || Matcher::new(&self.entries, lang))
    }

    /// `find`, where the scan found the places names may start (`Cue::NameStart`) if the
    /// gazetteer shares its pass (`shared_pass`).
    pub(crate) fn find_at(
        &self,
        text: &str,
        lang: Language,
        anchors: &[crate::scan::Anchor],
    ) -> Vec<NameMatch> {
        let m = self.matcher(lang);
        if m.shared.is_none() {
            return m.find(text, lang);
        }
        let starts: Vec<(usize, usize)> = anchors
            .iter()
            .filter_map(|a| match a.cue {
                crate::scan::Cue::NameStart { beginning } => Some((a.pos, beginning)),
                _ => None,
            })
            .collect();
        m.names_at(text, lang, starts)
    }

    /// Every name of the gazetteer in `text` (read as `lang`), leftmost-longest, in order.
    /// Boundaries are checked here; whether a name stands inside another title is the
    /// parser's question.
    pub fn find(&self, text: &str, lang: Language) -> Vec<NameMatch> {
        self.matcher(lang).find(text, lang)
    }
}

/// The scan stage's automaton when it holds the names' beginnings too: its first patterns are
/// the scan's `literals`, the others the beginnings' printed forms.
pub(crate) struct SharedPass<'a> {
    pub ac: &'a AhoCorasick,
    pub literals: &'a [&'static str],
    /// Per printed form (numbered after the literals): its beginning.
    pub form_of: &'a [usize],
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

/// A text folded for matching, with a map back to the source.
pub(crate) struct Folded {
    pub text: String,
    /// Where runs start: `(folded byte, source byte)`; within a run bytes map one to one.
    breaks: Vec<(u32, u32)>,
}

impl Folded {
    /// The source byte of folded byte `f` (the start of its character where the folding
    /// changed the character's length).
    pub fn source(&self, f: usize) -> usize {
        let k = self.breaks.partition_point(|&(b, _)| b as usize <= f);
        match k.checked_sub(1).map(|k| self.breaks[k]) {
            Some((fb, sb)) => sb as usize + (f - fb as usize),
            None => f,
        }
    }
}

/// What `fold` makes of one character.
enum Folded1 {
    /// White space: one space for a run (none in Chinese).
    Space,
    /// Nothing (the tatweel).
    Drop,
    To(char),
    /// Several characters: its lower case (`İ` → `i̇`).
    Several,
}

/// The folding of one character: lower case, `’` read as `'`, Arabic hamza seats as bare alif
/// and `ى` as `ي`.
fn fold_char(c: char) -> Folded1 {
    match c {
        '`' => Folded1::To('\''),
        c if c.is_ascii() && !c.is_ascii_whitespace() && c != '\x0b' => {
            Folded1::To(c.to_ascii_lowercase())
        }
        c if c.is_whitespace() || c == '\u{200b}' => Folded1::Space,
        '’' | '‘' | 'ʼ' => Folded1::To('\''),
        'أ' | 'إ' | 'آ' => Folded1::To('ا'),
        'ى' => Folded1::To('ي'),
        'ـ' => Folded1::Drop,
        // Arabic and Chinese have no case; lower-case Cyrillic is the common case.
        c if c >= '\u{0530}' || ('а'..='я').contains(&c) => Folded1::To(c),
        c if ('А'..='Я').contains(&c) => {
            Folded1::To(char::from_u32(c as u32 + 0x20).unwrap_or(c))
        }
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Folded1::To(l),
                _ => Folded1::Several,
            }
        }
    }
}

/// Fold `s` for matching names of `lang`. One pass; runs of plain ASCII are copied whole.
pub(crate) fn fold(s: &str, lang: Language) -> Folded {
    let bytes = s.as_bytes();
    let zh = lang == Language::Zh;
    let mut out = String::with_capacity(s.len());
    let mut breaks: Vec<(u32, u32)> = vec![(0, 0)];
    // The source byte the next folded byte maps to if the current run goes on.
    let mut expect = 0usize;
    let mut space = true;
    let mut i = 0;
    let plain = |b: u8| b < 0x80 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'`');
    while i < bytes.len() {
        let b = bytes[i];
        if plain(b) && !(b == b' ' && (space || zh)) {
            let start = i;
            let mut sp = space;
            while i < bytes.len() && plain(bytes[i]) {
                if bytes[i] == b' ' {
                    if sp || zh {
                        break;
                    }
                    sp = true;
                } else {
                    sp = false;
                }
                i += 1;
            }
            if start != expect {
                breaks.push((out.len() as u32, start as u32));
            }
            let at = out.len();
            out.push_str(&s[start..i]);
            out[at..].make_ascii_lowercase();
            expect = i;
            space = sp;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        let folded = match fold_char(c) {
            Folded1::Space => {
                if zh || space {
                    None
                } else {
                    space = true;
                    Some(' ')
                }
            }
            Folded1::Drop => {
                space = false;
                None
            }
            Folded1::To(o) => {
                space = false;
                Some(o)
            }
            Folded1::Several => {
                space = false;
                // `İ` → `i̇`: every folded byte maps to the character's start.
                for l in c.to_lowercase() {
                    breaks.push((out.len() as u32, i as u32));
                    out.push(l);
                }
                expect = usize::MAX;
                i += len;
                continue;
            }
        };
        if let Some(o) = folded {
            if i != expect || o.len_utf8() != len {
                breaks.push((out.len() as u32, i as u32));
            }
            out.push(o);
            expect = if o.len_utf8() == len {
                i + len
            } else {
                usize::MAX
            };
        }
        i += len;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    Folded { text: out, breaks }
}

/// The lexicon's `inside_before` and `inside_after` phrases of one language, folded once.
pub(crate) struct Inside {
    pub before: Vec<String>,
    pub after: Vec<String>,
    /// The longest of `before`, in bytes.
    pub longest_before: usize,
}

/// The folded `inside_before` and `inside_after` phrases of `lang`.
pub(crate) fn folded_inside(lang: Language) -> &'static Inside {
    static CACHE: PerLanguage<Inside> = PerLanguage::new();
    CACHE.get_or_init(lang, || {
        let lex = crate::lexicon::for_language(lang);
        let fold_all =
            |list: &[&str]| -> Vec<String> { list.iter().map(|w| fold_name(w, lang)).collect() };
        let before = fold_all(lex.inside_before);
        Inside {
            longest_before: before.iter().map(String::len).max().unwrap_or(0),
            before,
            after: fold_all(lex.inside_after),
        }
    })
}

/// A name (or a lexicon phrase) folded as the text it is matched against: first normalised as
/// texts are (`：` → `:`, `–` → `-`, Arabic vowel marks dropped), then folded.
pub(crate) fn fold_name(name: &str, lang: Language) -> String {
    fold(&crate::normalise::normalise(name).text, lang).text
}

/// Letters Arabic glues before a word: `و` and, `ف` so, `ب` with, `ل` for, `ك` as.
const GLUED: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// The names of one language, and how they are found.
///
/// Where the lexicon lists anchors (Chinese, English, French, Spanish), every name holds one:
/// a word part such as `onvention` or `公约` (a name with none has one of its own). A packed
/// searcher (Teddy, for up to 64 patterns) finds the anchors, which running text seldom holds;
/// from each, the text before it is read backwards, folded, through a small automaton of what
/// the names hold before that anchor (`International `, `联合国打击跨国有组织犯罪`); where that
/// is whole, the names are compared forwards. Only the text next to an anchor is read.
///
/// Russian and Arabic have no anchors (their letters share the bytes a packed searcher
/// compares): an automaton over the names' beginnings (ASCII case ignored; the other case,
/// hamza and apostrophe forms listed) walks the whole text, in the scan stage's own pass, and
/// where a beginning is printed the names are compared. A name printed all in capitals is
/// found only where the gazetteer prints it so (`UNCAC`).
#[derive(Debug)]
struct Matcher {
    /// With anchors: them and what stands before them.
    anchors: Option<Anchors>,
    /// Without anchors: the beginnings' printed forms, as searched.
    forms: Vec<String>,
    /// An automaton of `forms` (none without names), for `Gazetteer::find` on its own.
    ac: OnceLock<Option<AhoCorasick>>,
    /// Without anchors: one automaton for the scan stage's literals and the beginnings' forms,
    /// walked once by the scan (`scan::scan`).
    shared: Option<(AhoCorasick, Vec<&'static str>)>,
    /// Per searched form: its bucket.
    form_of: Vec<usize>,
    /// The names that may stand at a place found: those of a beginning, or those with the
    /// same text before the same anchor.
    buckets: Vec<Bucket>,
    /// Per name: its folded text, its entry, and the bytes to skip at its start (the glued
    /// `ل` of Arabic `للاتفاقية`).
    names: Vec<(String, usize, usize)>,
}

/// The anchors of a language's names.
#[derive(Debug)]
struct Anchors {
    /// Their printed forms, leftmost-first.
    search: AhoCorasick,
    /// Per form: the anchors that may stand where it is found.
    anchors_at: Vec<Vec<usize>>,
    /// Per anchor: what its names hold before it.
    before: Vec<Before>,
}

/// What the names holding one anchor hold before it.
#[derive(Debug)]
struct Before {
    /// The bucket of the names that start with the anchor.
    empty: Option<usize>,
    /// The folded texts before it, each reversed, anchored: read backwards from the anchor.
    back: Option<aho_corasick::dfa::DFA>,
    /// Per pattern of `back`: the bucket of the names with that text before the anchor.
    bucket_of: Vec<usize>,
}

/// Names that may stand at one place: those that start with one beginning, or that hold the
/// same text before the same anchor.
#[derive(Debug, Default)]
struct Bucket {
    /// The names, longest first.
    names: Vec<usize>,
    /// The longest's length.
    longest: usize,
    /// The names in byte order of their folded text: those that agree with a text so far are
    /// a run of them.
    sorted: Vec<usize>,
}

/// How many bytes of a folded name its beginning holds: fewer for Russian, whose names come
/// in six cases and two bytes a letter (a smaller automaton searches faster than fewer places
/// to look save).
fn beginning(lang: Language) -> usize {
    match lang {
        Language::Ru => RU_BEGINNING,
        _ => 20,
    }
}
const RU_BEGINNING: usize = 14;

/// The forms a folded beginning may take in normalised text (ASCII case aside): any of its
/// words' first letters in capitals (`Конвенции`, `Аддис-Абебской`); `أ`, `إ` for a bare
/// alif where a hamza may sit; `ى` for ya; `’` for an apostrophe.
fn printed_forms(b: &str) -> Vec<String> {
    let mut out = vec![b.to_string()];
    // Each word's first letter in capitals or not (`Конвенции Организации Объединенных`,
    // `Международной конвенции`), the first four words at most. (ASCII case is the
    // automaton's.)
    if b.chars().any(|c| !c.is_ascii() && c.is_lowercase()) {
        let chars: Vec<char> = b.chars().collect();
        let word_starts: Vec<usize> = (0..chars.len())
            .filter(|&k| k == 0 || chars[k - 1] == ' ' || chars[k - 1] == '-')
            .filter(|&k| !chars[k].is_ascii() && chars[k].is_lowercase())
            .take(4)
            .collect();
        for mask in 1..(1u32 << word_starts.len()) {
            let mut r = String::with_capacity(b.len());
            for (k, c) in chars.iter().enumerate() {
                match word_starts.iter().position(|&w| w == k) {
                    Some(bit) if mask & (1 << bit) != 0 => r.extend(c.to_uppercase()),
                    _ => r.push(*c),
                }
            }
            out.push(r);
        }
    }
    // A hamza where Arabic may write one: a word's first alif, the alif after a word's
    // article (`إعلان`, `الأمم`), then one inside a word (`بشأن`), three at most; never the
    // article's own alif. Every combination of them.
    if b.contains('ا') {
        let chars: Vec<char> = b.chars().collect();
        let word_start = |k: usize| k == 0 || chars[k - 1] == ' ';
        let article =
            |k: usize| word_start(k) && chars.get(k + 1) == Some(&'ل') && chars.len() > k + 2;
        let mut seats: Vec<usize> = (0..chars.len())
            .filter(|&k| chars[k] == 'ا' && !article(k))
            .filter(|&k| word_start(k) || (k >= 2 && article(k - 2)))
            .collect();
        seats.extend(
            (0..chars.len())
                .filter(|&k| chars[k] == 'ا' && !article(k))
                .filter(|&k| !(word_start(k) || (k >= 2 && article(k - 2)))),
        );
        seats.truncate(3);
        let mut variants = vec![chars.clone()];
        for &k in &seats {
            let mut more = Vec::new();
            for v in &variants {
                for h in ['أ', 'إ'] {
                    let mut w = v.clone();
                    w[k] = h;
                    more.push(w);
                }
            }
            variants.extend(more);
        }
        out.extend(
            variants
                .into_iter()
                .skip(1)
                .map(|v| v.into_iter().collect::<String>()),
        );
    }
    for (from, to) in [("ي", "ى"), ("'", "’")] {
        if b.contains(from) {
            let more: Vec<String> = out.iter().map(|f| f.replace(from, to)).collect();
            out.extend(more);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The anchors of one language's names, as `anchors` plans them.
struct AnchorPlan {
    /// The printed forms to search.
    forms: Vec<String>,
    /// Per form: the anchors that may stand where it is found (its own, and those of the
    /// forms it begins or that begin it: a leftmost-first search reports one form per place).
    anchors_at: Vec<Vec<usize>>,
    /// Per anchor: its names (their numbers in `names`) and where in each it stands (folded
    /// bytes).
    members: Vec<Vec<(usize, usize)>>,
}

/// The anchors of `names` (folded, of `lang`; `printed`: as the gazetteer prints them);
/// none where the lexicon lists no anchors (Russian, Arabic: their letters share their first
/// byte and most of the second, which is all the packed searcher compares).
///
/// Each name's anchor is the first of the lexicon's `name_anchors` in it or, if it holds none,
/// a part of its own (`own_anchor`). An anchor is looked for as folded, as the gazetteer
/// prints it (`NCAC` of `UNCAC`), and where it starts a word with a capital (`Plan`), a hamza
/// on its alif (`إعلان`); ending a word, with `ى` for its `ي`.
fn anchors(
    names: &[(String, usize, usize)],
    printed: &[&str],
    lang: Language,
) -> Option<AnchorPlan> {
    let listed = crate::lexicon::for_language(lang).name_anchors;
    if listed.is_empty() || names.is_empty() {
        return None;
    }
    let lexicon: Vec<String> = listed.iter().map(|a| fold_name(a, lang)).collect();
    let finder = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&lexicon)
        .expect("lexicon anchors build an automaton");
    // Per anchor (folded): its number, its names and where it stands in them, its printed forms.
    type Planned = (usize, Vec<(usize, usize)>, Vec<String>);
    let mut by_anchor: BTreeMap<String, Planned> = BTreeMap::new();
    for (k, ((name, _, _), printed)) in names.iter().zip(printed).enumerate() {
        let (at, anchor) = match finder.find(name.as_str()) {
            Some(m) => (m.start(), &name[m.range()]),
            None => own_anchor(name, lang),
        };
        let next = by_anchor.len();
        let (_, members, forms) = by_anchor
            .entry(anchor.to_string())
            .or_insert_with(|| (next, Vec::new(), vec![anchor.to_string()]));
        members.push((k, at));
        let word_start = !name[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let word_end = !name[at + anchor.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        // As printed in the gazetteer, where lower-casing keeps its bytes in place.
        let lower = printed.to_lowercase();
        if lower.len() == printed.len() {
            if let Some(k) = lower.find(anchor) {
                if let Some(p) = printed.get(k..k + anchor.len()) {
                    forms.push(p.to_string());
                }
            }
        }
        if word_start {
            let mut chars = anchor.chars();
            if let Some(c) = chars.next() {
                forms.extend(
                    c.to_uppercase()
                        .chain(['أ', 'إ'].into_iter().filter(|_| c == 'ا'))
                        .map(|c| std::iter::once(c).chain(chars.clone()).collect::<String>()),
                );
            }
        }
        if word_end {
            if let Some(stem) = anchor.strip_suffix('ي') {
                forms.push(format!("{stem}ى"));
            }
        }
        if anchor.contains('\'') {
            forms.push(anchor.replace('\'', "’"));
        }
    }
    let mut members = vec![Vec::new(); by_anchor.len()];
    let mut forms: Vec<(String, usize)> = Vec::new();
    for (n, m, printed) in by_anchor.into_values() {
        members[n] = m;
        forms.extend(printed.into_iter().map(|p| (p, n)));
    }
    forms.sort();
    forms.dedup();
    let anchors_at: Vec<Vec<usize>> = forms
        .iter()
        .map(|(f, _)| {
            let mut at: Vec<usize> = forms
                .iter()
                .filter(|(g, _)| g.starts_with(f.as_str()) || f.starts_with(g.as_str()))
                .map(|&(_, n)| n)
                .collect();
            at.sort_unstable();
            at.dedup();
            at
        })
        .collect();
    Some(AnchorPlan {
        forms: forms.into_iter().map(|(f, _)| f).collect(),
        anchors_at,
        members,
    })
}

/// The anchor of a name that holds none of the lexicon's, and where it stands: its longest
/// word from the second letter (a word of three letters or fewer whole); in Chinese, its last
/// two characters.
fn own_anchor(name: &str, lang: Language) -> (usize, &str) {
    if lang == Language::Zh {
        let at = name.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
        return (at, &name[at..]);
    }
    let word = name
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.chars().count())
        .unwrap_or(name);
    let at = word.as_ptr() as usize - name.as_ptr() as usize;
    match word.char_indices().nth(1) {
        Some((second, _)) if word.chars().count() > 3 => (at + second, &word[second..]),
        _ => (at, word),
    }
}

/// An automaton over beginnings' printed forms (and the scan's literals with them): every
/// match, ASCII case ignored, as a DFA without a prefilter (every Cyrillic or Arabic letter would
/// wake one).
fn beginnings<I, P>(patterns: I) -> AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .prefilter(false)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("the names' beginnings build an automaton")
}

/// A bucket of the names numbered `group`.
fn bucket(names: &[(String, usize, usize)], mut group: Vec<usize>) -> Bucket {
    group.sort_by_key(|&i| std::cmp::Reverse(names[i].0.len()));
    let mut sorted = group.clone();
    sorted.sort_by(|&a, &b| names[a].0.cmp(&names[b].0));
    Bucket {
        longest: group.first().map_or(0, |&i| names[i].0.len()),
        names: group,
        sorted,
    }
}

/// Read `text` backwards from its end, folded as `fold` folds it, through `back` (texts
/// reversed, anchored); `found(at, pattern)` for each text that ends `text` whole, where `at` is
/// its first character.
fn read_back(
    back: &aho_corasick::dfa::DFA,
    text: &str,
    zh: bool,
    mut found: impl FnMut(usize, usize),
) {
    use aho_corasick::automaton::Automaton;
    use aho_corasick::Anchored;
    let Ok(mut sid) = back.start_state(Anchored::Yes) else {
        return;
    };
    let mut fed = 0;
    // Whether the character after this one (read before it) was a space: runs fold to one.
    let mut space = false;
    let mut buf = [0u8; 4];
    for (at, c) in text.char_indices().rev() {
        let several: String;
        let folded: &[u8] = match fold_char(c) {
            Folded1::Space if zh || space => continue,
            Folded1::Space => {
                space = true;
                b" "
            }
            Folded1::Drop => {
                space = false;
                continue;
            }
            Folded1::To(o) => {
                space = false;
                o.encode_utf8(&mut buf).as_bytes()
            }
            Folded1::Several => {
                space = false;
                several = c.to_lowercase().collect();
                several.as_bytes()
            }
        };
        for &b in folded.iter().rev() {
            sid = back.next_state(Anchored::Yes, sid, b);
            fed += 1;
            if back.is_dead(sid) {
                return;
            }
        }
        if back.is_match(sid) {
            for k in 0..back.match_len(sid) {
                let p = back.match_pattern(sid, k);
                if back.pattern_len(p) == fed {
                    found(at, p.as_usize());
                }
            }
        }
    }
}

impl Matcher {
    fn new(entries: &[Entry], lang: Language) -> Matcher {
        let mut names: Vec<(String, usize, usize)> = Vec::new();
        // Per name: as the gazetteer prints it.
        let mut printed: Vec<&str> = Vec::new();
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
                        names.push((glued, k, 'ل'.len_utf8()));
                        printed.push(n);
                    }
                }
                names.push((f, k, 0));
                printed.push(n);
            }
        }
        let mut buckets: Vec<Bucket> = Vec::new();
        let mut forms: Vec<String> = Vec::new();
        let mut form_of: Vec<usize> = Vec::new();
        let anchors = anchors(&names, &printed, lang).map(|plan| {
            let before = plan
                .members
                .iter()
                .map(|members| {
                    // The names by what they hold before the anchor.
                    let mut by_text: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
                    for &(i, at) in members {
                        by_text.entry(&names[i].0[..at]).or_default().push(i);
                    }
                    let mut before = Before {
                        empty: None,
                        back: None,
                        bucket_of: Vec::new(),
                    };
                    let mut reversed: Vec<Vec<u8>> = Vec::new();
                    for (text, group) in by_text {
                        buckets.push(bucket(&names, group));
                        if text.is_empty() {
                            before.empty = Some(buckets.len() - 1);
                        } else {
                            reversed.push(text.bytes().rev().collect());
                            before.bucket_of.push(buckets.len() - 1);
                        }
                    }
                    before.back = (!reversed.is_empty()).then(|| {
                        aho_corasick::dfa::DFA::builder()
                            .match_kind(MatchKind::Standard)
                            .start_kind(aho_corasick::StartKind::Anchored)
                            .build(&reversed)
                            .expect("the names' texts before an anchor build an automaton")
                    });
                    before
                })
                .collect();
            Anchors {
                search: AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(&plan.forms)
                    .expect("gazetteer anchors build an automaton"),
                anchors_at: plan.anchors_at,
                before,
            }
        });
        if anchors.is_none() {
            // The names by their beginnings.
            let mut index: HashMap<String, usize> = HashMap::new();
            let mut groups: Vec<Vec<usize>> = Vec::new();
            for (i, (f, _, _)) in names.iter().enumerate() {
                let mut cut = beginning(lang).min(f.len());
                while !f.is_char_boundary(cut) {
                    cut += 1;
                }
                let b = &f[..cut];
                let slot = match index.get(b) {
                    Some(&slot) => slot,
                    None => {
                        groups.push(Vec::new());
                        let slot = groups.len() - 1;
                        index.insert(b.to_string(), slot);
                        for form in printed_forms(b) {
                            forms.push(form);
                            form_of.push(slot);
                        }
                        slot
                    }
                };
                groups[slot].push(i);
            }
            buckets = groups.into_iter().map(|g| bucket(&names, g)).collect();
        }
        // Without anchors the whole text is walked for the names: the scan's walk does it.
        let shared = (anchors.is_none() && !forms.is_empty()).then(|| {
            let (literals, _) = crate::scan::patterns(crate::lexicon::for_language(lang));
            let all = literals
                .iter()
                .copied()
                .chain(forms.iter().map(String::as_str));
            (beginnings(all), literals)
        });
        Matcher {
            anchors,
            ac: OnceLock::new(),
            shared,
            forms,
            form_of,
            buckets,
            names,
        }
    }

    fn find(&self, text: &str, lang: Language) -> Vec<NameMatch> {
        let mut starts: Vec<(usize, usize)> = Vec::new();
        match &self.anchors {
            Some(anchors) => {
                let zh = lang == Language::Zh;
                let mut from = 0;
                while let Some(m) = anchors
                    .search
                    .find(aho_corasick::Input::new(text).span(from..text.len()))
                {
                    let h = m.start();
                    for &a in &anchors.anchors_at[m.pattern().as_usize()] {
                        let before = &anchors.before[a];
                        if let Some(slot) = before.empty {
                            starts.push((h, slot));
                        }
                        if let Some(back) = &before.back {
                            read_back(back, &text[..h], zh, |at, p| {
                                starts.push((at, before.bucket_of[p]))
                            });
                        }
                    }
                    // An anchor may start inside this one: go on from the next character.
                    from = h + text[h..].chars().next().map_or(1, char::len_utf8);
                }
            }
            None => {
                // Built when first needed: the scan's pass finds the beginnings in extraction
                // (`shared`); only `Gazetteer::find` on its own walks this one.
                let ac = self
                    .ac
                    .get_or_init(|| (!self.forms.is_empty()).then(|| beginnings(&self.forms)));
                if let Some(ac) = ac {
                    starts.extend(
                        ac.find_overlapping_iter(text)
                            .map(|m| (m.start(), self.form_of[m.pattern().as_usize()])),
                    );
                }
            }
        }
        self.names_at(text, lang, starts)
    }

    /// The names standing at `starts` (where a beginning is printed), leftmost-longest.
    fn names_at(
        &self,
        text: &str,
        lang: Language,
        mut starts: Vec<(usize, usize)>,
    ) -> Vec<NameMatch> {
        starts.sort_unstable();
        starts.dedup();
        let mut out: Vec<NameMatch> = Vec::new();
        let mut free = 0;
        let mut k = 0;
        while k < starts.len() {
            let at = starts[k].0;
            let mut best: Option<NameMatch> = None;
            while k < starts.len() && starts[k].0 == at {
                let slot = starts[k].1;
                k += 1;
                if at < free {
                    continue;
                }
                if let Some(n) = self.name_at(text, at, slot, lang) {
                    if best.map_or(true, |b| n.end > b.end) {
                        best = Some(n);
                    }
                }
            }
            if let Some(n) = best {
                free = n.end;
                out.push(n);
            }
        }
        out
    }

    /// The longest name of `slot`'s bucket standing at byte `at` of `text`, if any. The text is
    /// folded from there only as far as the names need: a little first, all of the longest
    /// name's length only when a long name still matches.
    fn name_at(&self, text: &str, at: usize, slot: usize, lang: Language) -> Option<NameMatch> {
        if lang != Language::Zh && !boundary_before(text, at, lang) {
            return None;
        }
        let zh = lang == Language::Zh;
        let sorted = &self.buckets[slot].sorted;
        let key = |i: usize| self.names[i].0.as_bytes();
        // The names that agree with the text folded so far: `sorted[lo..hi]`, `depth` bytes.
        let (mut lo, mut hi, mut depth) = (0, sorted.len(), 0);
        // The longest name found, and one that ends just before the character now read (it
        // counts if that character is no letter).
        let mut best: Option<(usize, usize)> = None;
        let mut ended: Option<(usize, usize)> = None;
        let mut space = true;
        let mut buf = [0u8; 4];
        for (k, c) in text[at..].char_indices() {
            let folded = match fold_char(c) {
                Folded1::Space if zh || space => continue,
                Folded1::Space => {
                    space = true;
                    ' '
                }
                Folded1::Drop => {
                    space = false;
                    continue;
                }
                Folded1::To(o) => {
                    space = false;
                    o
                }
                // `İ`: compared on the folded text instead.
                Folded1::Several => return self.name_at_folded(text, at, slot, lang),
            };
            if let Some(e) = ended.take() {
                // A digit may follow: a footnote marker glued to the name (`Cambio Climático9`).
                if zh || !folded.is_alphabetic() {
                    best = Some(e);
                }
            }
            for &b in folded.encode_utf8(&mut buf).as_bytes() {
                let run = &sorted[lo..hi];
                let from = run.partition_point(|&i| key(i).get(depth).map_or(true, |&x| x < b));
                let to = run.partition_point(|&i| key(i).get(depth).map_or(true, |&x| x <= b));
                (lo, hi) = (lo + from, lo + to);
                depth += 1;
            }
            if lo == hi {
                break;
            }
            // The shortest agreeing name comes first: whole if it is this long.
            if key(sorted[lo]).len() == depth {
                ended = Some((sorted[lo], at + k + c.len_utf8()));
            }
        }
        // The text ends just after a name.
        best = ended.or(best);
        best.map(|(i, end)| {
            let (_, entry, skip) = &self.names[i];
            NameMatch {
                start: at + skip,
                end,
                entry: *entry,
            }
        })
    }

    /// `name_at` by folding the text from `at` first: for the few characters whose lower case
    /// is several (`İ`), which the folded text maps back to the text.
    fn name_at_folded(
        &self,
        text: &str,
        at: usize,
        slot: usize,
        lang: Language,
    ) -> Option<NameMatch> {
        let Bucket {
            names: bucket,
            longest,
            ..
        } = &self.buckets[slot];
        // Far enough for the longest name, its white space doubled.
        let mut to = (at + longest * 2 + 16).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let w = fold(&text[at..to], lang);
        let ft = w.text.as_str();
        for &i in bucket {
            let (name, entry, skip) = &self.names[i];
            if !ft.starts_with(name.as_str()) {
                continue;
            }
            // A digit may follow: a footnote marker glued to the name (`Cambio Climático9`).
            let after = ft[name.len()..].chars().next();
            if lang != Language::Zh && after.is_some_and(char::is_alphabetic) {
                continue;
            }
            let last_char = name.chars().next_back().map_or(1, char::len_utf8);
            let last = at + w.source(name.len() - last_char);
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            let start = at + w.source(*skip);
            return Some(NameMatch {
                start,
                end,
                entry: *entry,
            });
        }
        None
    }
}

/// Where in `text` its last `folded` bytes of folding start, or before: white space counts
/// for none, a character that folds to several for one.
pub(crate) fn folded_back(text: &str, folded: usize) -> usize {
    if folded == 0 {
        return text.len();
    }
    let mut count = 0;
    for (i, c) in text.char_indices().rev() {
        count += match fold_char(c) {
            Folded1::Space | Folded1::Drop => 0,
            Folded1::To(o) => o.len_utf8(),
            Folded1::Several => 1,
        };
        if count >= folded {
            return i;
        }
    }
    0
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
        let k = f.text.find("rights").unwrap();
        assert_eq!(&s[f.source(k)..][..6], "Rights");
        let k = f.text.find("child").unwrap();
        assert_eq!(&s[f.source(k)..], "Child");
        // Letters that change length map back to their character.
        let s = "l’Accord de Paris, Международного ПАКТА, ميثــاق الأمم";
        let f = fold(s, Language::Fr);
        assert_eq!(
            f.text,
            "l'accord de paris, международного пакта, ميثاق الامم"
        );
        for w in ["accord", "пакта", "الامم"] {
            let k = f.text.find(w).unwrap();
            let src = &s[f.source(k)..];
            assert!(
                src.to_lowercase().replace('أ', "ا").starts_with(w),
                "{w}: {src}"
            );
        }
    }

    #[test]
    fn chinese_folding_drops_line_breaks() {
        assert_eq!(
            fold("《儿童权利\n公约》", Language::Zh).text,
            "《儿童权利公约》"
        );
    }

    /// Texts as printed (line breaks, NBSP, capitals, `’`, hamza), each with where a name in it
    /// starts and the anchor that name holds.
    const PRINTED: &[(Language, &str, &str, &str)] = &[
        (
            Language::En,
            "recalling the International  Convention for the\nSuppression",
            "International",
            "onvention",
        ),
        (
            Language::Fr,
            "rappelant le Pacte international relatif aux droits de l’homme",
            "Pacte",
            "relatif",
        ),
        (
            Language::Ru,
            "ссылаясь на Международную конвенцию\u{a0}о борьбе",
            "Международную",
            "онвенц",
        ),
        (
            Language::Ar,
            "وإذ تشير إلى إعلان الأمم المتحدة",
            "إعلان",
            "علان",
        ),
        (
            Language::Zh,
            "回顾《联合国打击跨国有组织\n犯罪公约》",
            "联合国",
            "公约",
        ),
    ];

    /// Read backwards from an anchor, folded, what a name holds before it is found where the
    /// name starts, across line breaks, NBSP, capitals and hamza; another text is not.
    #[test]
    fn read_back_finds_where_a_name_starts() {
        for &(lang, text, name, anchor) in PRINTED {
            let at = text.find(name).unwrap();
            let h = text.find(anchor).unwrap();
            let folded = fold(&text[at..], lang).text;
            let before = &folded[..folded.find(&fold(anchor, lang).text).unwrap()];
            let texts: Vec<Vec<u8>> = [before, "the other "]
                .iter()
                .map(|t| t.bytes().rev().collect())
                .collect();
            let back = aho_corasick::dfa::DFA::builder()
                .match_kind(MatchKind::Standard)
                .start_kind(aho_corasick::StartKind::Anchored)
                .build(&texts)
                .unwrap();
            let mut found = Vec::new();
            read_back(&back, &text[..h], lang == Language::Zh, |k, p| {
                found.push((k, p))
            });
            assert_eq!(found, [(at, 0)], "{text:?}");
        }
    }

    #[test]
    fn folded_back_reaches_the_start_of_a_name() {
        for &(lang, text, name, anchor) in PRINTED {
            let at = text.find(name).unwrap();
            let h = text.find(anchor).unwrap();
            let before = fold(&text[at..h], lang).text.len();
            let back = folded_back(&text[..h], before);
            // At the name's start or before, never after: white space counts for nothing, so
            // the more there is, the earlier (for each space, a letter and the space before it at
            // most).
            assert!(back <= at, "{text:?}: {back} > {at}");
            let spaces = text[at..h].chars().filter(|c| c.is_whitespace()).count();
            assert!(
                text[back..at].chars().count() <= 2 * spaces,
                "{text:?}: {back} before {at}"
            );
        }
    }

    /// More than 64 anchor forms and the packed searcher gives way to a slower one (nothing is
    /// missed, but the anchors no longer pay).
    #[test]
    fn the_builtin_anchors_fit_the_packed_searcher() {
        let g = Gazetteer::builtin();
        for lang in Language::ALL {
            let m = Matcher::new(g.entries(), lang);
            let lexicon = crate::lexicon::for_language(lang).name_anchors;
            assert_eq!(m.anchors.is_some(), !lexicon.is_empty(), "{lang}");
            if let Some(a) = &m.anchors {
                assert!(
                    a.search.patterns_len() <= 64,
                    "{lang}: {} anchor forms",
                    a.search.patterns_len()
                );
            }
        }
    }

    #[test]
    fn the_builtin_gazetteer_is_valid() {
        let g = Gazetteer::builtin();
        // The whole check the built-in one skips at run time.
        Gazetteer::from_entries(g.entries().to_vec(), Path::new("<built-in>")).unwrap();
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
