//! Stage 2: a cheap literal prefilter. One Aho-Corasick pass finds the keywords of the
//! document's language (`resolution`, `résolutions`, `резолюцию`, `القرار`, `号决议`,
//! `Sales No.`, `Charter of the United Nations`) and memchr finds every `/` and `(`: the
//! grammars run only at these anchors, so extraction stays linear in the input.

use aho_corasick::{AhoCorasick, MatchKind};

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

fn automaton(lex: &Lexicon) -> Automaton {
    let mut patterns: Vec<&str> = Vec::new();
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

/// Every anchor in `text`, in order of position.
pub fn scan(text: &str, lang: Language) -> Vec<Anchor> {
    let auto = automaton_for(lang);
    let bytes = text.as_bytes();
    let mut out: Vec<Anchor> = auto
        .ac
        .find_iter(text)
        .filter(|m| {
            // Keywords are whole words: `resolution` but not `irresolution`.
            matches!(
                auto.cues[m.pattern().as_usize()],
                Cue::Sales { .. } | Cue::Charter { .. } | Cue::TreatySeries { .. }
            ) || whole_word(text, m.start(), m.end(), lang)
        })
        .map(|m| Anchor {
            pos: m.start(),
            cue: auto.cues[m.pattern().as_usize()],
        })
        .collect();
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
