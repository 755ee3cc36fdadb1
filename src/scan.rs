//! Stage 2: a cheap literal prefilter. One Aho-Corasick pass finds the keywords of the
//! document's language (`resolution`, `号决议`, `Sales No.`, `Charter of the United Nations`)
//! and memchr finds every `/` and `(`: the grammars run only at these anchors, so extraction
//! stays linear in the input.

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

use crate::lang::Language;
use crate::lexicon::{self, Lexicon};

/// What an anchor promises the grammars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A `/`: maybe a document symbol around it.
    Slash,
    /// A `(`: maybe a Security Council number `1591 (2005)` listed without its keyword.
    Paren,
    /// A resolution keyword (`resolutions`, `号决议`) of `len` bytes.
    Keyword { decision: bool, len: usize },
    /// A name of the Charter (`len` bytes).
    Charter { len: usize },
    /// `the Charter`, a short form to check.
    TheCharter,
    /// A sales-number label (`len` bytes).
    Sales { len: usize },
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

fn automaton(lex: &'static Lexicon) -> Automaton {
    let mut patterns: Vec<&str> = Vec::new();
    let mut cues = Vec::new();
    for (k, decision) in lex.keywords {
        patterns.push(k);
        cues.push(Cue::Keyword {
            decision: *decision,
            len: k.len(),
        });
    }
    for c in lex.charter {
        patterns.push(c);
        cues.push(Cue::Charter { len: c.len() });
    }
    if lex.lang != Language::Zh {
        patterns.push("the Charter");
        cues.push(Cue::TheCharter);
    }
    for s in lex.sales {
        patterns.push(s);
        cues.push(Cue::Sales { len: s.len() });
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("the lexicon's patterns build an automaton");
    Automaton { ac, cues }
}

fn automaton_for(lang: Language) -> &'static Automaton {
    static EN: OnceLock<Automaton> = OnceLock::new();
    static ZH: OnceLock<Automaton> = OnceLock::new();
    match lang {
        Language::Zh => ZH.get_or_init(|| automaton(&lexicon::ZH)),
        _ => EN.get_or_init(|| automaton(&lexicon::EN)),
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
            // Latin keywords are whole words: `resolution` but not `irresolution`.
            lang == Language::Zh
                || !bytes[..m.start()]
                    .last()
                    .is_some_and(|b| b.is_ascii_alphabetic())
                    && !bytes.get(m.end()).is_some_and(|b| b.is_ascii_alphabetic())
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
