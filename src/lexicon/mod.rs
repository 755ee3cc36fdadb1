//! One lexicon per language: the words the grammars look for. A language is its table here
//! plus its word order (`grammar::phrase`: keyword first, or the Chinese `第…号决议` frame);
//! the pipeline is the same for all.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

use crate::id::Organ;
use crate::lang::Language;
use crate::relation::Relation;

/// A body named before, inside or after a list of resolutions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyName {
    /// One of the organs with a numbering of its own.
    Organ(Organ),
    /// "its", `其`, `sa`, `su`, `свою`: the citing document's body.
    Its,
    /// "the Council", `理事会`: the citing council, whichever it is.
    Council,
    /// A body outside the contract's table, by its English acronym (`CCPCJ`).
    Other(&'static str),
    /// A name that decides nothing (`the Commission` with no commission named before).
    Unknown,
}

/// A word that introduces resolutions or decisions: `resolutions`, `résolution`, `резолюцию`,
/// `قراره` (its resolution), `号决议`.
#[derive(Debug, Clone, Copy)]
pub struct Keyword {
    pub word: &'static str,
    /// It introduces decisions, not resolutions.
    pub decision: bool,
    /// The word itself says "its" (Arabic `قراره`, `قرارها`).
    pub its: bool,
}

/// Shorthands for lexicon tables.
pub(crate) const fn res(word: &'static str) -> Keyword {
    Keyword {
        word,
        decision: false,
        its: false,
    }
}
pub(crate) const fn dec(word: &'static str) -> Keyword {
    Keyword {
        word,
        decision: true,
        its: false,
    }
}
pub(crate) const fn its_res(word: &'static str) -> Keyword {
    Keyword {
        word,
        decision: false,
        its: true,
    }
}
pub(crate) const fn its_dec(word: &'static str) -> Keyword {
    Keyword {
        word,
        decision: true,
        its: true,
    }
}

/// How a language writes a date after a reference: `of 28 September 2001`,
/// `du 28 septembre 2001`, `, de 28 de septiembre de 2001`, `от 28 сентября 2001 года`,
/// `المؤرخ 28 أيلول/سبتمبر 2001`.
#[derive(Debug)]
pub struct DateSpec {
    /// Words before the date (`of`, `du`, `de`, `от`, `المؤرخ`).
    pub before: &'static [&'static str],
    /// Words that may stand between day, month and year (`de`).
    pub between: &'static [&'static str],
    /// Month names in every form printed, with their number.
    pub months: &'static [(&'static str, u32)],
    /// Words that may follow the year (`года`, `г.`).
    pub after: &'static [&'static str],
}

/// The words of one language.
#[derive(Debug)]
pub struct Lexicon {
    /// The language.
    pub lang: Language,
    /// Words that introduce resolutions or decisions, every inflected form.
    pub keywords: &'static [Keyword],
    /// Body names (and "its" words), longest first within a prefix family.
    pub bodies: &'static [(&'static str, BodyName)],
    /// Words that link a keyword or a list to the body that follows (`of the`, `du`, `de l’`,
    /// `del`; the empty string where the name follows directly, as Russian genitives do).
    pub body_links: &'static [&'static str],
    /// Words that join list items (`and`, `as well as`; `et`; `y`; `и`; `و`).
    pub and: &'static [&'static str],
    /// Joiners that may be glued to the number after them (Arabic `و2462`).
    pub glued_and: &'static [&'static str],
    /// Dates printed with references.
    pub date: DateSpec,
    /// Words that open a description between two items of a list (` on `, ` entitled `).
    pub describers: &'static [&'static str],
    /// Pinpoint labels as printed, and their fixed English form (`annexe` → `annex`).
    pub pinpoints: &'static [(&'static str, &'static str)],
    /// Ordinal words used as designations (Arabic `الأول` = I), with their value.
    pub ordinals: &'static [(&'static str, u32)],
    /// Words for `Ibid.`
    pub ibid: &'static [&'static str],
    /// Names of the Charter of the United Nations.
    pub charter: &'static [&'static str],
    /// Short forms of the Charter (`the Charter`), taken unless another charter follows.
    pub charter_short: &'static [&'static str],
    /// Short forms of a named instrument (`the Convention`, `le Pacte`, `该公约`) and the nouns
    /// they stand for: the latest full mention of such an instrument is the one meant.
    pub short_forms: &'static [(&'static str, &'static [&'static str])],
    /// Lower-case words after a short form that make it a title of its own (`Convention on …`).
    pub title_connectors: &'static [&'static str],
    /// Folded words before a name that put it inside another title or a body's name
    /// (`conference of the parties to the `, `protocol to the `).
    pub inside_before: &'static [&'static str],
    /// Folded words after a name that put it inside a body's name (` organization`, `缔约方大会`).
    pub inside_after: &'static [&'static str],
    /// Folded parts of the words that instruments' names are made of (`onvention`, `公约`),
    /// rare in running text: names are looked for only just before one of them. A part cut
    /// after a word's first letter stands for the word in either case; a name holding none of
    /// them gets one of its own (`gazetteer::Matcher`). None (Russian, Arabic): the scan's pass
    /// over the whole text looks for the names' beginnings.
    pub name_anchors: &'static [&'static str],
    /// Labels of the United Nations Treaty Series (`Treaty Series`, `Recueil des Traités`).
    pub treaty_series: &'static [&'static str],
    /// Labels of a sales number.
    pub sales: &'static [&'static str],
    /// Headings after which "its" means the General Assembly (a draft recommended to it).
    pub draft_for_assembly: &'static [&'static str],
    /// Paragraph openers and their relation, lower case, matched as prefixes.
    pub openers: &'static [(&'static str, Relation)],
    /// Words that may stand before an opener (`Also`, `Further`, `The Security Council`).
    pub opener_adverbs: &'static [&'static str],
}

/// The lexicon of a language.
pub fn for_language(lang: Language) -> &'static Lexicon {
    match lang {
        Language::En => &en::EN,
        Language::Zh => &zh::ZH,
        Language::Fr => &fr::FR,
        Language::Es => &es::ES,
        Language::Ru => &ru::RU,
        Language::Ar => &ar::AR,
    }
}

/// All six lexicons.
pub fn all() -> [&'static Lexicon; 6] {
    Language::ALL.map(for_language)
}
