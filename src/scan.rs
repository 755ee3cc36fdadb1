//! Stage 2: a cheap literal prefilter. One Aho-Corasick pass finds the keywords of the
//! document's language (`resolution`, `résolutions`, `резолюцию`, `القرار`, `号决议`,
//! `Sales No.`, `Charter of the United Nations`) and memchr finds every `/` and `(`: the
//! grammars run only at these anchors, so extraction stays linear in the input. In Russian and
//! Arabic the same pass finds where the gazetteer's names may start (`Cue::NameStart`).

use aho_corasick::{AhoCorasick, MatchKind};

use crate::gazetteer::Gazetteer;
use crate::lang::{Language, PerLanguage};
use crate::lexicon::{self, Lexicon};

/// What an anchor promises the grammars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A `/`: maybe a document symbol around it.
    Slash,
    /// A `(`: maybe a Security Council number `1591 (2005)` listed without its keyword.
    Paren,
    /// A resolution keyword (`resolutions`, `号决议`) of `len` bytes; `its` when the word itself
    /// says "its" (Arabic `قراره`).
    Keyword {
        decision: bool,
        its: bool,
        len: usize,
    },
    /// A name of the Charter (`len` bytes).
    Charter { len: usize },
    /// A short form of the Charter (`the Charter`, `la Charte`) of `len` bytes, to check.
    CharterShort { len: usize },
    /// A sales-number label (`len` bytes).
    Sales { len: usize },
    /// A short form of a named instrument (`the Convention`): entry `form` of the lexicon's
    /// `short_forms`.
    ShortForm { form: usize },
    /// A Treaty Series label (`len` bytes): a registration number may follow.
    TreatySeries { len: usize },
    /// Where a named instrument may start: the gazetteer's `beginning` is printed here. Only
    /// for the languages whose names the gazetteer looks for in this same pass (see `scan`).
    NameStart { beginning: usize },
}

/// A candidate position in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub pos: usize,
    pub cue: Cue,
}

struct Automaton {
    ac: AhoCorasick,
    cues: Vec<Cue>,
}

/// The literals the scan looks for in `lex`'s language, and what each promises.
pub(crate) fn patterns(lex: &Lexicon) -> (Vec<&'static str>, Vec<Cue>) {
    let mut patterns: Vec<&'static str> = Vec::new();
    let mut cues = Vec::new();
    for k in lex.keywords {
        patterns.push(k.word);
        cues.push(Cue::Keyword {
            decision: k.decision,
            its: k.its,
            len: k.word.len(),
        });
    }
    for c in lex.charter {
        patterns.push(c);
        cues.push(Cue::Charter { len: c.len() });
    }
    for c in lex.charter_short {
        patterns.push(c);
        cues.push(Cue::CharterShort { len: c.len() });
    }
    for s in lex.sales {
        patterns.push(s);
        cues.push(Cue::Sales { len: s.len() });
    }
    for (form, (s, _)) in lex.short_forms.iter().enumerate() {
        patterns.push(s);
        cues.push(Cue::ShortForm { form });
    }
    for s in lex.treaty_series {
        patterns.push(s);
        cues.push(Cue::TreatySeries { len: s.len() });
    }
    (patterns, cues)
}

fn automaton(lex: &Lexicon) -> Automaton {
    let (patterns, cues) = patterns(lex);
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("the lexicon's patterns build an automaton");
    Automaton { ac, cues }
}

fn automaton_for(lang: Language) -> &'static Automaton {
    static AUTOMATA: PerLanguage<Automaton> = PerLanguage::new();
    AUTOMATA.get_or_init(lang, || automaton(lexicon::for_language(lang)))
}

/// Whether the match `start..end` stands as a word of its own. Chinese keywords are closed by
/// `号` and need no boundary; Arabic attaches conjunctions and prepositions before a word
/// (`وقرار`, `بالقرار`), so only Latin and Cyrillic words are checked on both sides.
fn whole_word(text: &str, start: usize, end: usize, lang: Language) -> bool {
    match lang {
        Language::Zh | Language::Ar => true,
        _ => {
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
        }
    }
}

/// Every anchor in `text`, in order of position. With `names`, a gazetteer that finds the
/// names of `lang` by walking its automaton over the whole text (Russian, Arabic: no anchors
/// of their own), that walk is this one: one automaton holds the scan's literals and the
/// names' beginnings, and every place a name may start is a `Cue::NameStart`.
pub fn scan(text: &str, lang: Language, names: Option<&Gazetteer>) -> Vec<Anchor> {
    let auto = automaton_for(lang);
    let bytes = text.as_bytes();
    let mut out: Vec<Anchor> = Vec::new();
    // The literals found, leftmost-longest: (start, end, pattern).
    let found: Vec<(usize, usize, usize)> = match names.and_then(|g| g.shared_pass(lang)) {
        Some(pass) => {
            // Every match, overlapping; the literals' case is checked here (the names'
            // beginnings ignore ASCII case), then the leftmost-longest kept.
            let mut literals: Vec<(usize, usize, usize)> = Vec::new();
            for m in pass.ac.find_overlapping_iter(text) {
                let p = m.pattern().as_usize();
                match p.checked_sub(pass.literals.len()) {
                    Some(form) => out.push(Anchor {
                        pos: m.start(),
                        cue: Cue::NameStart {
                            beginning: pass.form_of[form],
                        },
                    }),
                    None if text.as_bytes()[m.range()] == *pass.literals[p].as_bytes() => {
                        literals.push((m.start(), m.end(), p))
                    }
                    None => {}
                }
            }
            literals.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
            let mut end = 0;
            literals.retain(|&(s, e, _)| {
                let keep = s >= end;
                if keep {
                    end = e;
                }
                keep
            });
            literals
        }
        None => auto
            .ac
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect(),
    };
    out.extend(
        found
            .into_iter()
            .filter(|&(start, end, p)| {
                // Keywords are whole words: `resolution` but not `irresolution`.
                matches!(
                    auto.cues[p],
                    Cue::Sales { .. } | Cue::Charter { .. } | Cue::TreatySeries { .. }
                ) || whole_word(text, start, end, lang)
            })
            .map(|(start, _, p)| Anchor {
                pos: start,
                cue: auto.cues[p],
            }),
    );
    out.extend(memchr::memchr_iter(b'/', bytes).map(|pos| Anchor {
        pos,
        cue: Cue::Slash,
    }));
    out.extend(
        memchr::memchr_iter(b'(', bytes)
            .filter(|&p| p > 0 && (bytes[p - 1].is_ascii_digit() || bytes[p - 1] == b' '))
            .map(|pos| Anchor {
                pos,
                cue: Cue::Paren,
            }),
    );
    out.sort_by_key(|a| a.pos);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Russian and Arabic resolutions of the hand-checked sample (United Nations texts).
    const SHARED: &[(Language, &str)] = &[
        (
            Language::Ru,
            include_str!("../tests/fixtures/instruments/ga/ru/A_RES_74_64.txt"),
        ),
        (
            Language::Ru,
            include_str!("../tests/fixtures/instruments/sc/ru/S_RES_2548(2020).txt"),
        ),
        (
            Language::Ar,
            include_str!("../tests/fixtures/instruments/ga/ar/A_RES_74_64.txt"),
        ),
        (
            Language::Ar,
            include_str!("../tests/fixtures/instruments/sc/ar/S_RES_2548(2020).txt"),
        ),
    ];

    /// Where the scan's walk finds the names' beginnings too, it finds the same literals as
    /// without, and the gazetteer finds the same names from its starts as on its own.
    #[test]
    fn the_shared_pass_changes_nothing_but_the_walks() {
        let g = Gazetteer::builtin();
        for &(lang, text) in SHARED {
            let text = crate::normalise::normalise(text).text;
            assert!(g.shared_pass(lang).is_some(), "{lang}");
            let alone = scan(&text, lang, None);
            let shared = scan(&text, lang, Some(g));
            let literals: Vec<Anchor> = shared
                .iter()
                .filter(|a| !matches!(a.cue, Cue::NameStart { .. }))
                .copied()
                .collect();
            assert_eq!(literals, alone, "{lang}");
            let names = g.find_at(&text, lang, &shared);
            assert!(!names.is_empty(), "{lang}: no name found");
            assert_eq!(names, g.find(&text, lang), "{lang}");
        }
        // The literals keep their case in the shared walk: a footnote of A/RES/74/64 finds the
        // Treaty Series label as printed, not in capitals.
        let note = "4\tUnited Nations, Treaty Series, vol. 2349, No. 42146.";
        for (text, found) in [(note.to_string(), true), (note.to_uppercase(), false)] {
            for names in [None, Some(g)] {
                let series = scan(&text, Language::Ru, names)
                    .iter()
                    .any(|a| matches!(a.cue, Cue::TreatySeries { .. }));
                assert_eq!(series, found, "{text:?}");
            }
        }
        // The other languages look for their names' anchors instead.
        assert!(g.shared_pass(Language::En).is_none());
        assert!(g.shared_pass(Language::Zh).is_none());
    }
}
