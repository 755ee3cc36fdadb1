//! Accuracy against the corpus labels: for each folder and language, the share of the
//! targets the UN hyperlinked (`meta/expected.jsonl`) that extraction finds, the share of
//! documents whose own symbol is identified, and the forms missed most often.
//!
//! Matching follows the last paragraph of `canonical-ids.md`: both sides upper-cased, all
//! white space removed, the resolution part letter dropped; a joint symbol matches either
//! of its parts.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Language;
use crate::{extract_file, Extraction, Options, Via};

#[derive(Debug, Deserialize)]
struct Expected {
    file: String,
    #[serde(default)]
    symbol: String,
    #[serde(default)]
    targets: Vec<String>,
    #[serde(default)]
    unlabelled: bool,
}

/// The comparison key of a target: upper case, no white space, no trailing part letters.
pub fn key(target: &str) -> String {
    let up: String = target
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    // `A/RES/75/254A-C`, `A/RES/73/278B` (a cover symbol with its parts) → drop the letters.
    let trimmed = up.trim_end_matches(|c: char| c.is_ascii_uppercase() || c == '-' || c == ',');
    if trimmed.len() < up.len()
        && trimmed.ends_with(|c: char| c.is_ascii_digit())
        && up.starts_with(|c: char| c.is_ascii_uppercase())
        && trimmed.contains("/RES/")
    {
        trimmed.to_string()
    } else {
        up
    }
}

fn joint_parts(k: &str) -> Vec<String> {
    crate::id::InstrumentId::Symbol(k.to_string()).parts()
}

/// The bars an accuracy run must meet (shares, 0–1); `None` checks nothing.
#[derive(Debug, Clone, Default)]
pub struct Bars {
    pub recall: Option<f64>,
    pub own_symbol: Option<f64>,
    pub support: Option<f64>,
    pub agreement: Option<f64>,
    /// Six-language documents of every folder whose versions name the same instruments.
    pub instrument_agreement: Option<f64>,
}

/// Figures for one folder and language.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Cell {
    pub files: usize,
    pub labelled: usize,
    pub expected: usize,
    pub matched: usize,
    pub with_symbol: usize,
    pub own_symbol_ok: usize,
    pub citations: usize,
    pub unresolved: usize,
    pub errors: usize,
    /// Targets found in documents read in at least four languages.
    pub support_total: usize,
    /// Of those, the ones the UN linked in some version or found in three other versions.
    pub support_ok: usize,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.files += o.files;
        self.labelled += o.labelled;
        self.expected += o.expected;
        self.matched += o.matched;
        self.with_symbol += o.with_symbol;
        self.own_symbol_ok += o.own_symbol_ok;
        self.citations += o.citations;
        self.unresolved += o.unresolved;
        self.errors += o.errors;
        self.support_total += o.support_total;
        self.support_ok += o.support_ok;
    }

    /// Matched share of the expected targets.
    pub fn recall(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.matched as f64 / self.expected as f64)
    }

    /// Share of the targets found in multi-language documents that are supported.
    pub fn support(&self) -> Option<f64> {
        (self.support_total > 0).then(|| self.support_ok as f64 / self.support_total as f64)
    }

    /// Share of documents with a symbol whose symbol was identified.
    pub fn own_symbol(&self) -> Option<f64> {
        (self.with_symbol > 0).then(|| self.own_symbol_ok as f64 / self.with_symbol as f64)
    }
}

/// A target missed in one file.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub file: String,
    pub target: String,
}

/// The whole accuracy report.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// By folder, then language.
    pub cells: BTreeMap<String, BTreeMap<Language, Cell>>,
    /// Every missed target.
    pub misses: Vec<Miss>,
    /// Files that could not be read.
    pub errors: Vec<String>,
    /// By folder: (documents whose six versions give the same targets, documents in six
    /// languages).
    pub agreement: BTreeMap<String, (usize, usize)>,
    /// By folder: (documents whose six versions name the same instruments, documents in six
    /// languages).
    pub instrument_agreement: BTreeMap<String, (usize, usize)>,
    /// Each named instrument that some versions of a six-language document name and others
    /// do not.
    pub instrument_differences: Vec<InstrumentDifference>,
}

/// A named instrument found in some versions of a document and not in the others.
#[derive(Debug, Clone, Serialize)]
pub struct InstrumentDifference {
    pub folder: String,
    pub file: String,
    pub id: String,
    /// The versions that name it.
    pub found_in: Vec<Language>,
}

impl Report {
    /// Totals per language over all folders.
    pub fn by_language(&self) -> BTreeMap<Language, Cell> {
        let mut out: BTreeMap<Language, Cell> = BTreeMap::new();
        for langs in self.cells.values() {
            for (l, c) in langs {
                out.entry(*l).or_default().add(c);
            }
        }
        out
    }

    /// Documents whose six versions give the same targets, and documents in six languages,
    /// over all folders.
    pub fn agreement_total(&self) -> (usize, usize) {
        self.agreement
            .values()
            .fold((0, 0), |(a, n), (x, y)| (a + x, n + y))
    }

    /// The bars that are not met, each as a sentence.
    pub fn failures(&self, bars: &Bars) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |what: &str, value: Option<f64>, min: Option<f64>| {
            if let (Some(v), Some(min)) = (value, min) {
                if v < min {
                    out.push(format!(
                        "{what} {:.2} % is below {:.2} %",
                        v * 100.0,
                        min * 100.0
                    ));
                }
            }
        };
        for (l, c) in self.by_language() {
            check(&format!("{l}: recall"), c.recall(), bars.recall);
            check(
                &format!("{l}: own symbol identified"),
                c.own_symbol(),
                bars.own_symbol,
            );
            check(&format!("{l}: support"), c.support(), bars.support);
        }
        let (agree, docs) = self.agreement_total();
        check(
            "six-language agreement",
            (docs > 0).then(|| agree as f64 / docs as f64),
            bars.agreement,
        );
        for (folder, &(a, n)) in &self.instrument_agreement {
            check(
                &format!("{folder}: named-instrument agreement"),
                (n > 0).then(|| a as f64 / n as f64),
                bars.instrument_agreement,
            );
        }
        out.extend(self.errors.iter().cloned());
        out
    }

    /// The per-language summary as a Markdown table, for the README.
    pub fn markdown(&self) -> String {
        let pct = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.2} %", v * 100.0));
        let mut s = String::from("| language | files | UN links | found | recall | support | own symbol |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (l, c) in self.by_language() {
            let _ = writeln!(
                s,
                "| {l} | {} | {} | {} | {} | {} | {} |",
                c.files,
                c.expected,
                c.matched,
                pct(c.recall()),
                pct(c.support()),
                pct(c.own_symbol())
            );
        }
        let (a, n) = self.agreement_total();
        if n > 0 {
            let _ = writeln!(s, "\nSix-language documents whose six versions give the same targets: {a} of {n} ({:.2} %).", a as f64 * 100.0 / n as f64);
        }
        s
    }

    /// A table for people, with the `top` most-missed forms.
    pub fn render(&self, top: usize) -> String {
        let mut s = String::new();
        let pct = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.2} %", v * 100.0));
        let _ = writeln!(
            s,
            "{:<10} {:<4} {:>6} {:>9} {:>9} {:>9} {:>9} {:>11} {:>10}",
            "folder",
            "lang",
            "files",
            "expected",
            "matched",
            "recall",
            "support",
            "own symbol",
            "citations"
        );
        let row = |s: &mut String, folder: &str, l: &str, c: &Cell| {
            let _ = writeln!(
                s,
                "{:<10} {:<4} {:>6} {:>9} {:>9} {:>9} {:>9} {:>11} {:>10}",
                folder,
                l,
                c.files,
                c.expected,
                c.matched,
                pct(c.recall()),
                pct(c.support()),
                pct(c.own_symbol()),
                c.citations
            );
        };
        for (folder, langs) in &self.cells {
            for (l, c) in langs {
                row(&mut s, folder, l.code(), c);
            }
        }
        for (l, c) in self.by_language() {
            row(&mut s, "ALL", l.code(), &c);
        }
        if !self.agreement.is_empty() {
            let _ = writeln!(
                s,
                "\nsix-language documents whose versions give the same targets:"
            );
            let line = |s: &mut String, name: &str, (a, n): (usize, usize)| {
                let share = if n > 0 {
                    format!("{:.2} %", a as f64 * 100.0 / n as f64)
                } else {
                    "–".into()
                };
                let _ = writeln!(s, "{name:<10} {a:>4} of {n:<4} {share:>9}");
            };
            for (folder, &an) in &self.agreement {
                line(&mut s, folder, an);
            }
            line(&mut s, "ALL", self.agreement_total());
            let _ = writeln!(
                s,
                "\nsix-language documents whose versions name the same instruments:"
            );
            for (folder, &an) in &self.instrument_agreement {
                line(&mut s, folder, an);
            }
            for d in &self.instrument_differences {
                let langs: Vec<&str> = d.found_in.iter().map(|l| l.code()).collect();
                let _ = writeln!(
                    s,
                    "  {}/{}: {} only in {}",
                    d.folder,
                    d.file,
                    d.id,
                    langs.join(" ")
                );
            }
        }
        if !self.misses.is_empty() && top > 0 {
            let mut forms: BTreeMap<String, (usize, Vec<&Miss>)> = BTreeMap::new();
            for m in &self.misses {
                let shape: String = m
                    .target
                    .chars()
                    .map(|c| if c.is_ascii_digit() { '9' } else { c })
                    .collect();
                let shape = collapse_nines(&shape);
                let e = forms.entry(shape).or_default();
                e.0 += 1;
                if e.1.len() < 3 {
                    e.1.push(m);
                }
            }
            let mut forms: Vec<_> = forms.into_iter().collect();
            forms.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
            let _ = writeln!(s, "\nmost-missed forms:");
            for (shape, (n, ex)) in forms.into_iter().take(top) {
                let examples: Vec<String> = ex
                    .iter()
                    .map(|m| format!("{} in {}", m.target, m.file))
                    .collect();
                let _ = writeln!(s, "{n:>6}  {shape:<24} e.g. {}", examples.join("; "));
            }
        }
        s
    }
}

fn collapse_nines(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == '9' && out.ends_with('9') {
            continue;
        }
        out.push(c);
    }
    out
}

/// One file's outcome.
struct FileResult {
    folder: String,
    lang: Language,
    cell: Cell,
    misses: Vec<Miss>,
    error: Option<String>,
    /// The document's file name, the same in every language folder.
    doc: String,
    /// The distinct keys of the targets found.
    found: BTreeSet<String>,
    /// The keys of the targets the UN linked.
    expected: BTreeSet<String>,
    /// The named instruments found (IDs as printed).
    named: BTreeSet<String>,
}

/// The IDs of the named instruments an extraction finds through the gazetteer: citations
/// reached by a name, a short form or a Treaty Series number. (A name unknown to the
/// gazetteer that takes its identity from its footnote is measured with the other references.)
pub fn named_instruments(ex: &Extraction) -> BTreeSet<String> {
    ex.citations
        .iter()
        .filter(|c| matches!(c.via, Via::Name | Via::ShortForm | Via::TreatySeries))
        .filter_map(|c| c.target.as_ref().map(|t| t.to_string()))
        .collect()
}

fn score(
    folder: &str,
    root: &Path,
    exp: &Expected,
    only: &[Language],
    options: &Options,
) -> Option<FileResult> {
    let lang: Language = exp.file.split('/').next()?.parse().ok()?;
    if !only.is_empty() && !only.contains(&lang) {
        return None;
    }
    let path: PathBuf = root.join(&exp.file);
    let mut cell = Cell {
        files: 1,
        ..Cell::default()
    };
    let extracted = std::panic::catch_unwind(|| {
        extract_file(
            &path,
            &Options {
                language: Some(lang),
                ..options.clone()
            },
        )
    });
    let ex: Extraction = match extracted {
        Ok(Ok(ex)) => ex,
        Ok(Err(e)) => {
            cell.errors = 1;
            return Some(FileResult {
                folder: folder.into(),
                lang,
                cell,
                misses: vec![],
                error: Some(e.to_string()),
                doc: String::new(),
                found: BTreeSet::new(),
                expected: BTreeSet::new(),
                named: BTreeSet::new(),
            });
        }
        Err(_) => {
            cell.errors = 1;
            let error = Some(format!("{}: extraction panicked", path.display()));
            return Some(FileResult {
                folder: folder.into(),
                lang,
                cell,
                misses: vec![],
                error,
                doc: String::new(),
                found: BTreeSet::new(),
                expected: BTreeSet::new(),
                named: BTreeSet::new(),
            });
        }
    };
    let mut found: HashSet<String> = HashSet::new();
    let mut distinct = BTreeSet::new();
    for c in &ex.citations {
        cell.citations += 1;
        // Instruments found by name, and treaties and outcomes however found, are never linked
        // by the UN: they have measures of their own (the hand-checked sample, named-instrument
        // agreement).
        let named_target = c
            .target
            .as_ref()
            .is_some_and(|t| matches!(t, crate::InstrumentId::Named(_)));
        if named_target || matches!(c.via, Via::Name | Via::ShortForm | Via::TreatySeries) {
            continue;
        }
        match &c.target {
            Some(t) => {
                let k = key(&t.to_string());
                distinct.insert(k.clone());
                for p in joint_parts(&k) {
                    found.insert(p);
                }
                found.insert(k);
            }
            None => cell.unresolved += 1,
        }
    }
    let mut misses = Vec::new();
    if !exp.unlabelled {
        cell.labelled = 1;
        for t in &exp.targets {
            let k = key(t);
            cell.expected += 1;
            if found.contains(&k) || joint_parts(&k).iter().any(|p| found.contains(p)) {
                cell.matched += 1;
            } else {
                misses.push(Miss {
                    file: format!("{folder}/{}", exp.file),
                    target: t.clone(),
                });
            }
        }
    }
    if !exp.symbol.trim().is_empty() {
        cell.with_symbol = 1;
        let want = key(&exp.symbol);
        let got = ex.document.symbol.as_ref().map(|s| key(&s.to_string()));
        if got.as_deref() == Some(want.as_str()) {
            cell.own_symbol_ok = 1;
        }
    }
    let doc = exp
        .file
        .split_once('/')
        .map_or(exp.file.as_str(), |(_, name)| name)
        .to_string();
    let expected = exp.targets.iter().map(|t| key(t)).collect();
    Some(FileResult {
        folder: folder.into(),
        lang,
        cell,
        misses,
        error: None,
        doc,
        found: distinct,
        expected,
        named: named_instruments(&ex),
    })
}

/// Support and agreement over the documents read in several languages: of the targets found
/// in a document present in at least four languages, the share that the UN linked in some
/// version of it or that are found in at least three other versions; and, of the documents in
/// all six languages, the share whose versions give exactly the same targets.
fn cross_language(results: &[FileResult], report: &mut Report, known: &KnownDifferences) {
    let mut docs: BTreeMap<(&str, &str), Vec<&FileResult>> = BTreeMap::new();
    for r in results
        .iter()
        .filter(|r| r.error.is_none() && r.cell.labelled == 1)
    {
        docs.entry((r.folder.as_str(), r.doc.as_str()))
            .or_default()
            .push(r);
    }
    for ((folder, _), versions) in docs {
        if versions.len() >= 4 {
            let linked: BTreeSet<&String> =
                versions.iter().flat_map(|v| v.expected.iter()).collect();
            for v in &versions {
                let cell = report
                    .cells
                    .entry(folder.to_string())
                    .or_default()
                    .entry(v.lang)
                    .or_default();
                for t in &v.found {
                    let elsewhere = versions
                        .iter()
                        .filter(|o| o.lang != v.lang && o.found.contains(t))
                        .count();
                    let supported = linked.contains(t)
                        || joint_parts(t).iter().any(|p| linked.contains(p))
                        || elsewhere >= 3;
                    cell.support_total += 1;
                    cell.support_ok += usize::from(supported);
                }
            }
        }
        if versions.len() == 6 {
            // A target the versions disagree on agrees when it is a known real difference
            // between the UN's own versions (listed with `--known-differences`).
            let doc = versions[0].doc.as_str();
            let all: BTreeSet<&String> = versions.iter().flat_map(|v| v.found.iter()).collect();
            let agree = all.iter().all(|t| {
                versions.iter().all(|v| v.found.contains(*t))
                    || known.contains(&(folder.to_string(), doc.to_string(), (*t).clone()))
            });
            let a = report.agreement.entry(folder.to_string()).or_default();
            a.0 += usize::from(agree);
            a.1 += 1;
            let named: BTreeSet<&String> = versions.iter().flat_map(|v| v.named.iter()).collect();
            let mut same = true;
            for id in named {
                let found_in: Vec<Language> = versions
                    .iter()
                    .filter(|v| v.named.contains(id))
                    .map(|v| v.lang)
                    .collect();
                let real = known.contains(&(folder.to_string(), doc.to_string(), key(id)));
                if found_in.len() < versions.len() && !real {
                    same = false;
                    report.instrument_differences.push(InstrumentDifference {
                        folder: folder.to_string(),
                        file: doc.to_string(),
                        id: id.clone(),
                        found_in,
                    });
                }
            }
            let a = report
                .instrument_agreement
                .entry(folder.to_string())
                .or_default();
            a.0 += usize::from(same);
            a.1 += 1;
        }
    }
}

/// Run extraction over every labelled file of `corpus` (folders with `meta/expected.jsonl`),
/// in the languages `only` (all when empty).
pub fn evaluate(corpus: &Path, only: &[Language]) -> Result<Report> {
    evaluate_with(corpus, only, &KnownDifferences::new(), &Options::default())
}

/// Real differences between the UN's own language versions: (folder, document file name,
/// target key). They count as agreement.
pub type KnownDifferences = BTreeSet<(String, String, String)>;

/// Read a list of known differences: TSV lines `folder, file, target, languages, note`;
/// `#` starts a comment.
pub fn read_known_differences(path: &Path) -> Result<KnownDifferences> {
    let text = crate::read_text(path)?;
    let mut out = KnownDifferences::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            return Err(Error::new(ErrorKind::Corpus {
                path: path.to_path_buf(),
                problem: format!(
                    "line {}: expected folder, file, target, languages, note separated by tabs",
                    n + 1
                ),
            }));
        }
        out.insert((f[0].to_string(), f[1].to_string(), key(f[2])));
    }
    Ok(out)
}

/// [`evaluate`], counting the listed real differences as agreement, with `options` (the
/// language is each file's folder's).
pub fn evaluate_with(
    corpus: &Path,
    only: &[Language],
    known: &KnownDifferences,
    options: &Options,
) -> Result<Report> {
    let read_dir = std::fs::read_dir(corpus).map_err(|source| {
        Error::new(ErrorKind::Io {
            path: corpus.to_path_buf(),
            source,
        })
    })?;
    let mut folders: Vec<PathBuf> = read_dir
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("meta/expected.jsonl").is_file())
        .collect();
    folders.sort();
    if folders.is_empty() {
        return Err(Error::new(ErrorKind::Corpus {
            path: corpus.to_path_buf(),
            problem: "no folder with meta/expected.jsonl".into(),
        }));
    }
    let mut jobs = Vec::new();
    for folder in &folders {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let meta = folder.join("meta/expected.jsonl");
        let text = std::fs::read_to_string(&meta).map_err(|source| {
            Error::new(ErrorKind::Io {
                path: meta.clone(),
                source,
            })
        })?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let exp: Expected = serde_json::from_str(line).map_err(|e| {
                Error::new(ErrorKind::Corpus {
                    path: meta.clone(),
                    problem: format!("line {}: {e}", n + 1),
                })
            })?;
            jobs.push((name.clone(), folder.clone(), exp));
        }
    }
    let mut results: Vec<FileResult> = jobs
        .par_iter()
        .filter_map(|(name, folder, exp)| score(name, folder, exp, only, options))
        .collect();
    let mut report = Report::default();
    cross_language(&results, &mut report, known);
    for r in results.drain(..) {
        report
            .cells
            .entry(r.folder)
            .or_default()
            .entry(r.lang)
            .or_default()
            .add(&r.cell);
        report.misses.extend(r.misses);
        report.errors.extend(r.error);
    }
    Ok(report)
}

/// A hand-checked sample of named instruments (`tests/fixtures/instruments/sample.json`):
/// documents, and for each the instruments every version names.
#[derive(Debug, Deserialize)]
struct Sample {
    documents: Vec<SampleDocument>,
}

#[derive(Debug, Deserialize)]
struct SampleDocument {
    folder: String,
    file: String,
    instruments: Vec<SampleInstrument>,
}

#[derive(Debug, Deserialize)]
struct SampleInstrument {
    id: String,
    langs: Vec<Language>,
}

/// One language's figures on the hand-checked sample of named instruments.
#[derive(Debug, Default, Clone, Serialize)]
pub struct SampleCell {
    /// Instruments written down (one per document and instrument).
    pub expected: usize,
    /// Of them, found.
    pub matched: usize,
    /// `file: id` of each instrument written down and not found.
    pub missed: Vec<String>,
    /// `file: id` of each instrument found and not written down.
    pub false_found: Vec<String>,
}

impl SampleCell {
    /// The share of the written-down instruments found.
    pub fn recall(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.matched as f64 / self.expected as f64)
    }
}

/// Measure named-instrument extraction on a hand-checked sample: the texts are read from
/// `<folder>/<lang>/<file>` beside the sample file. Every language of every document is read.
pub fn instrument_sample(
    sample: &Path,
    options: &Options,
) -> Result<BTreeMap<Language, SampleCell>> {
    let text = crate::read_text(sample)?;
    let s: Sample = serde_json::from_str(&text).map_err(|e| {
        Error::new(ErrorKind::Corpus {
            path: sample.to_path_buf(),
            problem: e.to_string(),
        })
    })?;
    let root = sample.parent().unwrap_or(Path::new("."));
    let mut out: BTreeMap<Language, SampleCell> = BTreeMap::new();
    for d in &s.documents {
        for lang in Language::ALL {
            let path = root.join(&d.folder).join(lang.code()).join(&d.file);
            let ex = extract_file(
                &path,
                &Options {
                    language: Some(lang),
                    ..options.clone()
                },
            )?;
            let found = named_instruments(&ex);
            let want: BTreeSet<&str> = d
                .instruments
                .iter()
                .filter(|i| i.langs.contains(&lang))
                .map(|i| i.id.as_str())
                .collect();
            let cell = out.entry(lang).or_default();
            let name = format!("{}/{}", d.folder, d.file);
            for w in &want {
                cell.expected += 1;
                if found.contains(*w) {
                    cell.matched += 1;
                } else {
                    cell.missed.push(format!("{name}: {w}"));
                }
            }
            for f in &found {
                if !want.contains(f.as_str()) {
                    cell.false_found.push(format!("{name}: {f}"));
                }
            }
        }
    }
    Ok(out)
}

/// The sample's figures as a table for people.
pub fn render_sample(cells: &BTreeMap<Language, SampleCell>) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "named instruments, hand-checked sample:\n{:<4} {:>9} {:>9} {:>9} {:>7}",
        "lang", "expected", "found", "recall", "false"
    );
    let (mut e, mut m, mut f) = (0, 0, 0);
    for (l, c) in cells {
        let _ = writeln!(
            s,
            "{:<4} {:>9} {:>9} {:>8.2} % {:>7}",
            l.code(),
            c.expected,
            c.matched,
            c.recall().unwrap_or(0.0) * 100.0,
            c.false_found.len()
        );
        e += c.expected;
        m += c.matched;
        f += c.false_found.len();
    }
    if e > 0 {
        let _ = writeln!(
            s,
            "{:<4} {:>9} {:>9} {:>8.2} % {:>7}",
            "ALL",
            e,
            m,
            m as f64 * 100.0 / e as f64,
            f
        );
    }
    for (l, c) in cells {
        for x in &c.missed {
            let _ = writeln!(s, "  missed {l}: {x}");
        }
        for x in &c.false_found {
            let _ = writeln!(s, "  false  {l}: {x}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_contract() {
        assert_eq!(key("S/RES/2508 (2020)"), "S/RES/2508(2020)");
        assert_eq!(key("A/RES/75/254 A-C"), "A/RES/75/254");
        assert_eq!(key("A/74/53/Add.1"), "A/74/53/ADD.1");
        assert_eq!(
            joint_parts("A/56/1026-S/2002/932"),
            ["A/56/1026", "S/2002/932"]
        );
    }
}
