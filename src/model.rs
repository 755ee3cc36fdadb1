//! What extraction produces: a [`Document`] (the citing text's own identity) and its
//! [`Citation`]s in document order. This is the JSON schema (`"schema": 1`) that
//! `uncite extract` prints; see README.md.

use serde::{Deserialize, Serialize};

use crate::id::{InstrumentId, Kind};
use crate::lang::Language;
use crate::relation::Relation;

/// The version of the JSON output; bumped on any incompatible change.
pub const SCHEMA: u32 = 1;

/// One extracted text: where it came from, what it is, and what it cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Always [`SCHEMA`].
    pub schema: u32,
    /// The file the text was read from (`-` for standard input).
    pub source: String,
    /// The language the text was read in.
    pub language: Language,
    /// The citing document's own identity.
    pub document: Document,
    /// Every reference, in document order (by `start`).
    pub citations: Vec<Citation>,
}

/// The citing document's identity, read from its cover page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Its canonical symbol (`A/RES/59/153`), or null when the text names none.
    pub symbol: Option<InstrumentId>,
    /// The issuing body's English name (`General Assembly`).
    pub body: Option<String>,
    /// The session: `"59"`, `"S-26"`, `"ES-10"`, an ECOSOC year `"2021"`; null for the
    /// Security Council.
    pub session: Option<String>,
    /// The adoption date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The adopting meeting's record (`A/59/PV.74`, `S/PV.4385`).
    pub meeting: Option<InstrumentId>,
    /// The agenda item as printed after its label (`96`, `35`).
    pub agenda_item: Option<String>,
    /// The title as printed.
    pub title: Option<String>,
    /// Parts adopted together (`["A", "B", "C"]` for `A/RES/75/254 A-C`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<String>>,
}

/// How a citation's ID was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The text prints the full reference.
    Explicit,
    /// The issuing body was named once for a whole list.
    List,
    /// "its resolution": the citing document's own body.
    Its,
    /// A named instrument's name (`Convention on the Rights of the Child`).
    Name,
    /// A short form (`the Convention`, `该公约`): the latest full mention of its kind.
    ShortForm,
    /// A Treaty Series registration number (`vol. 1577, No. 27531`).
    TreatySeries,
    /// A name resolved through its footnote.
    Footnote,
    /// `Ibid.` / `同上`: the previous footnote's source.
    Ibid,
    /// A Security Council year taken from the numbering or an earlier mention.
    Numbering,
    /// No body named: the form's usual owner.
    Default,
}

/// One reference in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// The canonical ID, or null where the reference cannot be resolved (kept, never guessed).
    pub target: Option<InstrumentId>,
    /// The kind of thing cited.
    pub kind: Kind,
    /// Exactly the bytes `start..end` of the input.
    pub text: String,
    /// Byte offset of the reference in the input.
    pub start: usize,
    /// Byte offset just past the reference.
    pub end: usize,
    /// How the citing paragraph uses it.
    pub relation: Relation,
    /// The date printed with the reference, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Resolution part letters (`["A", "B"]`).
    pub part: Option<Vec<String>>,
    /// Pinpoint in a fixed English form (`annex I`, `para. 5`).
    pub pinpoint: Option<String>,
    /// The marker of the footnote the citation stands in.
    pub footnote: Option<String>,
    /// How the ID was reached.
    pub via: Via,
    /// `https://undocs.org/<ID>` where there is one.
    pub url: Option<String>,
}
