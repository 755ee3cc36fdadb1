//! Cross-language consistency: the six language versions of a document are equally authentic
//! and must cite the same instruments. [`compare`] lists every reference present in some
//! versions and missing in others, with its paragraph in each version — the check an editor or
//! translator runs before a text is issued.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::lang::Language;
use crate::model::Extraction;

/// One language version: what was extracted and the text it came from.
pub struct Version<'a> {
    pub extraction: &'a Extraction,
    pub text: &'a str,
}

/// A paragraph of one version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    pub language: Language,
    /// The file.
    pub source: String,
    /// The paragraph's line number (from 1).
    pub line: usize,
    /// The paragraph, cut to about 300 characters.
    pub text: String,
    /// Whether the reference was found here (`false`: the paragraph at the same place in a
    /// version that lacks it, for the reader to compare).
    pub found: bool,
}

/// A reference the versions disagree on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// The canonical ID.
    pub target: String,
    /// The versions that cite it.
    pub present: Vec<Language>,
    /// The versions that do not.
    pub missing: Vec<Language>,
    /// Its paragraph in each version that cites it, and the paragraph at the same place in
    /// each version that does not.
    pub paragraphs: Vec<Paragraph>,
}

/// The comparison of the versions of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The document (its symbol, or the first file).
    pub document: String,
    /// The languages compared.
    pub languages: Vec<Language>,
    /// How many distinct instruments the versions cite together.
    pub instruments: usize,
    /// The references not cited by every version.
    pub disagreements: Vec<Disagreement>,
}

impl Comparison {
    /// Whether every version cites the same instruments.
    pub fn agrees(&self) -> bool {
        self.disagreements.is_empty()
    }
}

/// The `k`-th line (from 0) of `text`, cut to about 300 characters.
fn line_at(text: &str, k: usize) -> Option<String> {
    let line = text.lines().nth(k)?;
    let cut: String = line.trim().chars().take(300).collect();
    Some(if cut.len() < line.trim().len() {
        format!("{cut}…")
    } else {
        cut
    })
}

fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count()
}

/// Compare the language versions of one document. Targets are compared as canonical IDs;
/// unresolved references are left out.
pub fn compare(versions: &[Version]) -> Comparison {
    let mut cited: BTreeMap<String, BTreeMap<Language, usize>> = BTreeMap::new();
    for v in versions {
        for c in &v.extraction.citations {
            if let Some(t) = &c.target {
                cited
                    .entry(t.to_string())
                    .or_default()
                    .entry(v.extraction.language)
                    .or_insert(c.start);
            }
        }
    }
    let languages: Vec<Language> = versions
        .iter()
        .map(|v| v.extraction.language)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut disagreements = Vec::new();
    for (target, found) in &cited {
        if found.len() == languages.len() {
            continue;
        }
        let present: Vec<Language> = found.keys().copied().collect();
        let missing: Vec<Language> = languages
            .iter()
            .copied()
            .filter(|l| !found.contains_key(l))
            .collect();
        // The line where the first citing version has it, to show the same place elsewhere.
        let mut paragraphs = Vec::new();
        let mut anchor_line = None;
        for v in versions {
            let lang = v.extraction.language;
            if let Some(&pos) = found.get(&lang) {
                let line = line_of(v.text, pos);
                anchor_line.get_or_insert(line);
                paragraphs.push(Paragraph {
                    language: lang,
                    source: v.extraction.source.clone(),
                    line: line + 1,
                    text: line_at(v.text, line).unwrap_or_default(),
                    found: true,
                });
            }
        }
        if let Some(line) = anchor_line {
            for v in versions
                .iter()
                .filter(|v| missing.contains(&v.extraction.language))
            {
                if let Some(text) = line_at(v.text, line) {
                    paragraphs.push(Paragraph {
                        language: v.extraction.language,
                        source: v.extraction.source.clone(),
                        line: line + 1,
                        text,
                        found: false,
                    });
                }
            }
        }
        disagreements.push(Disagreement {
            target: target.clone(),
            present,
            missing,
            paragraphs,
        });
    }
    let document = versions
        .iter()
        .find_map(|v| v.extraction.document.symbol.as_ref().map(|s| s.to_string()))
        .or_else(|| versions.first().map(|v| v.extraction.source.clone()))
        .unwrap_or_default();
    Comparison {
        document,
        languages,
        instruments: cited.len(),
        disagreements,
    }
}

/// A table for people.
pub fn table(comparisons: &[Comparison]) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    for c in comparisons {
        let langs: Vec<&str> = c.languages.iter().map(|l| l.code()).collect();
        let _ = writeln!(
            s,
            "# {} ({}): {} instruments, {}",
            c.document,
            langs.join(" "),
            c.instruments,
            if c.agrees() {
                "all versions agree".to_string()
            } else {
                format!("{} disagreements", c.disagreements.len())
            }
        );
        for d in &c.disagreements {
            let present: Vec<&str> = d.present.iter().map(|l| l.code()).collect();
            let missing: Vec<&str> = d.missing.iter().map(|l| l.code()).collect();
            let _ = writeln!(
                s,
                "  {}  in {}; missing in {}",
                d.target,
                present.join(" "),
                missing.join(" ")
            );
            for p in &d.paragraphs {
                let mark = if p.found { "  " } else { "? " };
                let _ = writeln!(s, "    {mark}{} l.{}: {}", p.language, p.line, p.text);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_what_one_version_lacks() {
        let en =
            "\tRecalling its resolutions 58/136 and 58/140,\n\tWelcoming the report (A/59/494),\n";
        let zh = "\t回顾其第 58/136 和 58/140 号决议，\n\t欢迎报告，\n";
        let e = crate::extract_named(en, "en.txt", &crate::Options::default());
        let z = crate::extract_named(zh, "zh.txt", &crate::Options::default());
        let c = compare(&[
            Version {
                extraction: &e,
                text: en,
            },
            Version {
                extraction: &z,
                text: zh,
            },
        ]);
        assert_eq!(c.instruments, 3);
        assert_eq!(c.disagreements.len(), 1);
        let d = &c.disagreements[0];
        assert_eq!(
            (d.target.as_str(), d.missing.as_slice()),
            ("A/59/494", &[Language::Zh][..])
        );
        assert_eq!(d.paragraphs[1].text, "欢迎报告，");
        assert!(!d.paragraphs[1].found);
    }
}
