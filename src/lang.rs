//! The six official languages and per-document language detection.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An official language of the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Language {
    /// All six, in the UN's alphabetical order of their English names.
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }
}

/// One value per language, made on first use (automata, folded word lists).
pub(crate) struct PerLanguage<T>([std::sync::OnceLock<T>; 6]);

impl<T> PerLanguage<T> {
    pub(crate) const fn new() -> PerLanguage<T> {
        PerLanguage([const { std::sync::OnceLock::new() }; 6])
    }

    /// The value of `lang`, made by `make` the first time.
    pub(crate) fn get_or_init(&self, lang: Language, make: impl FnOnce() -> T) -> &T {
        let k = Language::ALL.iter().position(|l| *l == lang).unwrap_or(2);
        self.0[k].get_or_init(make)
    }
}

impl<T: fmt::Debug> fmt::Debug for PerLanguage<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().filter_map(|c| c.get()))
            .finish()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                format!("unknown language {s:?} (expected one of ar, zh, en, fr, ru, es)")
            })
    }
}

/// Guess a text's language from its script and, for Latin script, its commonest words.
/// Only the first 20,000 bytes are read.
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let (mut han, mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in head.chars() {
        match c {
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{0600}'..='\u{06FF}' => arabic += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    // Chinese packs a word in a character or two: weigh it up against letters.
    let scores = [
        (han * 3, Language::Zh),
        (arabic, Language::Ar),
        (cyrillic, Language::Ru),
    ];
    let (best, lang) = scores
        .into_iter()
        .max_by_key(|s| s.0)
        .unwrap_or((0, Language::En));
    if best > latin / 2 && best > 0 {
        return lang;
    }
    let count = |words: &[&str]| {
        head.split(|c: char| !c.is_alphabetic())
            .filter(|w| words.contains(w))
            .count()
    };
    let en = count(&["the", "of", "and", "to", "in", "its"]);
    let fr = count(&["le", "la", "les", "des", "et", "du", "de"]);
    let es = count(&["el", "los", "las", "del", "y", "de", "la"]);
    if en >= fr && en >= es {
        Language::En
    } else if fr >= es {
        Language::Fr
    } else {
        Language::Es
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_script_and_the_latin_languages() {
        assert_eq!(
            detect("回顾其 2003 年 12 月 22 日第 58/136 号决议"),
            Language::Zh
        );
        assert_eq!(
            detect("Recalling its resolution 58/292 of 6 May 2004"),
            Language::En
        );
        assert_eq!(
            detect("Rappelant ses résolutions et la résolution du Conseil de sécurité"),
            Language::Fr
        );
        assert_eq!(
            detect("Recordando sus resoluciones y la resolución del Consejo de Seguridad"),
            Language::Es
        );
        assert_eq!(
            detect("Ссылаясь на резолюции Совета Безопасности"),
            Language::Ru
        );
        assert_eq!(detect("إذ تشير إلى قرارات مجلس الأمن"), Language::Ar);
    }
}
