//! Accuracy against the corpus labels: for each folder and language, the share of the
//! targets the UN hyperlinked (`meta/expected.jsonl`) that extraction finds, the share of
//! documents whose own symbol is identified, and the forms missed most often.
//!
//! Matching follows the last paragraph of `canonical-ids.md`: both sides upper-cased, all
//! white space removed, the resolution part letter dropped; a joint symbol matches either
//! of its parts.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Language;
use crate::{extract_file, Extraction, Options};

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
    }

    /// Matched share of the expected targets.
    pub fn recall(&self) -> Option<f64> {
        (self.expected > 0).then(|| self.matched as f64 / self.expected as f64)
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

    /// The bars that are not met.
    pub fn failures(&self, min_recall: Option<f64>, min_own: Option<f64>) -> Vec<String> {
        let mut out = Vec::new();
        for (l, c) in self.by_language() {
            if let (Some(min), Some(r)) = (min_recall, c.recall()) {
                if r < min {
                    out.push(format!(
                        "{l}: recall {:.2} % is below {:.2} %",
                        r * 100.0,
                        min * 100.0
                    ));
                }
            }
            if let (Some(min), Some(r)) = (min_own, c.own_symbol()) {
                if r < min {
                    out.push(format!(
                        "{l}: own symbol found for {:.2} % of documents, below {:.2} %",
                        r * 100.0,
                        min * 100.0
                    ));
                }
            }
        }
        out.extend(self.errors.iter().cloned());
        out
    }

    /// A table for people, with the `top` most-missed forms.
    pub fn render(&self, top: usize) -> String {
        let mut s = String::new();
        let pct = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{:.2} %", v * 100.0));
        let _ = writeln!(
            s,
            "{:<10} {:<4} {:>6} {:>9} {:>9} {:>9} {:>11} {:>10}",
            "folder", "lang", "files", "expected", "matched", "recall", "own symbol", "citations"
        );
        let row = |s: &mut String, folder: &str, l: &str, c: &Cell| {
            let _ = writeln!(
                s,
                "{:<10} {:<4} {:>6} {:>9} {:>9} {:>9} {:>11} {:>10}",
                folder,
                l,
                c.files,
                c.expected,
                c.matched,
                pct(c.recall()),
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
}

fn score(folder: &str, root: &Path, exp: &Expected, only: &[Language]) -> Option<FileResult> {
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
            });
        }
    };
    let mut found: HashSet<String> = HashSet::new();
    for c in &ex.citations {
        cell.citations += 1;
        match &c.target {
            Some(t) => {
                let k = key(&t.to_string());
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
    Some(FileResult {
        folder: folder.into(),
        lang,
        cell,
        misses,
        error: None,
    })
}

/// Run extraction over every labelled file of `corpus` (folders with `meta/expected.jsonl`),
/// in the languages `only` (all when empty).
pub fn evaluate(corpus: &Path, only: &[Language]) -> Result<Report> {
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
    let results: Vec<FileResult> = jobs
        .par_iter()
        .filter_map(|(name, folder, exp)| score(name, folder, exp, only))
        .collect();
    let mut report = Report::default();
    for r in results {
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
