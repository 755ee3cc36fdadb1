//! Canonical identifiers (`../shared/docs/canonical-ids.md`): one typed ID per cited thing,
//! written by [`Display`](std::fmt::Display) exactly as the contract spells it and read back by
//! [`FromStr`](std::str::FromStr).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// The organ whose numbering a resolution or decision follows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Organ {
    /// `A/RES/…`, `A/DEC/…`
    GeneralAssembly,
    /// `S/RES/…`
    SecurityCouncil,
    /// `E/RES/…`, `E/DEC/…`
    EconomicAndSocialCouncil,
    /// `A/HRC/RES/…`, `A/HRC/DEC/…`
    HumanRightsCouncil,
    /// `E/CN.4/RES/…`
    CommissionOnHumanRights,
}

impl Organ {
    /// The organ's English name, as the cover pages print it.
    pub fn name(&self) -> &'static str {
        match self {
            Organ::GeneralAssembly => "General Assembly",
            Organ::SecurityCouncil => "Security Council",
            Organ::EconomicAndSocialCouncil => "Economic and Social Council",
            Organ::HumanRightsCouncil => "Human Rights Council",
            Organ::CommissionOnHumanRights => "Commission on Human Rights",
        }
    }

    /// The symbol prefix of the organ's resolutions or decisions.
    fn prefix(&self, decision: bool) -> &'static str {
        match (self, decision) {
            (Organ::GeneralAssembly, false) => "A/RES/",
            (Organ::GeneralAssembly, true) => "A/DEC/",
            (Organ::SecurityCouncil, _) => "S/RES/",
            (Organ::EconomicAndSocialCouncil, false) => "E/RES/",
            (Organ::EconomicAndSocialCouncil, true) => "E/DEC/",
            (Organ::HumanRightsCouncil, false) => "A/HRC/RES/",
            (Organ::HumanRightsCouncil, true) => "A/HRC/DEC/",
            (Organ::CommissionOnHumanRights, false) => "E/CN.4/RES/",
            (Organ::CommissionOnHumanRights, true) => "E/CN.4/DEC/",
        }
    }
}

/// How a resolution's session or year is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Session {
    /// A numbered session written before the number: `56/1`, `5/1`.
    Number(u32),
    /// A year written before the number: `2004/19`; or after it for the Security Council:
    /// `1373 (2001)`.
    Year(u32),
    /// A roman session after the number: `2625 (XXV)`.
    Roman(u32),
    /// A special session: `S-26/2`, or before 1976 `3362 (S-VII)` (roman).
    Special { session: u32, roman: bool },
    /// An emergency special session: `ES-10/15`, or `2252 (ES-V)` (roman).
    EmergencySpecial { session: u32, roman: bool },
}

/// A canonical identifier of a cited thing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstrumentId {
    /// A resolution or decision of one of the organs with a numbering of its own.
    Resolution {
        organ: Organ,
        decision: bool,
        number: u32,
        session: Session,
    },
    /// A resolution of a body outside the table (`CCPCJ resolution 27/2`): no link.
    OtherBody {
        body: String,
        decision: bool,
        number: String,
    },
    /// Any document symbol (including presidential statements, meeting records and joint
    /// symbols), canonical form: no spaces, modifiers as `Add.1`, `Corr.1`.
    Symbol(String),
    /// A United Nations sales number without its language letter: `04.V.7`.
    Sales(String),
    /// A named instrument with no symbol, by its official English title.
    Named(String),
}

/// The kind of a citation's target, as the JSON output names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Resolution,
    Decision,
    PresidentialStatement,
    Document,
    MeetingRecord,
    Publication,
    Treaty,
    Instrument,
}

impl InstrumentId {
    /// A document symbol, canonicalised (spaces removed, modifiers `Add.1`, `Corr.1`, …).
    pub fn symbol(s: &str) -> InstrumentId {
        InstrumentId::Symbol(canonical_symbol(s))
    }

    /// The kind of thing this ID names.
    pub fn kind(&self) -> Kind {
        match self {
            InstrumentId::Resolution { decision: true, .. }
            | InstrumentId::OtherBody { decision: true, .. } => Kind::Decision,
            InstrumentId::Resolution { .. } | InstrumentId::OtherBody { .. } => Kind::Resolution,
            InstrumentId::Symbol(s) => symbol_kind(s),
            InstrumentId::Sales(_) => Kind::Publication,
            InstrumentId::Named(t) => {
                const TREATY: [&str; 8] = [
                    "Convention",
                    "Covenant",
                    "Protocol",
                    "Statute",
                    "Charter",
                    "Agreement",
                    "Treaty",
                    "Constitution",
                ];
                if TREATY.iter().any(|w| t.contains(w)) {
                    Kind::Treaty
                } else {
                    Kind::Instrument
                }
            }
        }
    }

    /// `https://undocs.org/<ID>` where the ID is a document path, else `None`.
    pub fn url(&self) -> Option<String> {
        match self {
            InstrumentId::Resolution { .. } | InstrumentId::Symbol(_) => {
                Some(format!("https://undocs.org/{self}"))
            }
            _ => None,
        }
    }

    /// The parts of a joint symbol (`A/56/1026-S/2002/932`), or the ID itself.
    pub fn parts(&self) -> Vec<String> {
        let s = self.to_string();
        match self {
            InstrumentId::Symbol(sym) => split_joint(sym).into_iter().map(str::to_string).collect(),
            _ => vec![s],
        }
    }
}

/// Split a joint symbol at the `-` that starts a new series (`A/56/1026-S/2002/932`).
fn split_joint(sym: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let b = sym.as_bytes();
    for (i, _) in sym.match_indices('-') {
        // A new part starts with a series: letters then '/'.
        let rest = &sym[i + 1..];
        let letters = rest.bytes().take_while(|c| c.is_ascii_uppercase()).count();
        if letters > 0
            && rest.as_bytes().get(letters) == Some(&b'/')
            && i > 0
            && b[i - 1].is_ascii_alphanumeric()
        {
            // `A/ES-10/…` and `A/RES/S-26/2`: a dash after a series letter group inside one
            // symbol is followed by digits, not by a series and a slash.
            parts.push(&sym[start..i]);
            start = i + 1;
        }
    }
    parts.push(&sym[start..]);
    parts
}

fn symbol_kind(s: &str) -> Kind {
    if s.starts_with("S/PRST/") {
        Kind::PresidentialStatement
    } else if s.contains("/PV.") || s.contains("/SR.") {
        Kind::MeetingRecord
    } else if s.contains("/RES/") || s.contains("/RES.") {
        Kind::Resolution
    } else if s.contains("/DEC/") {
        Kind::Decision
    } else {
        Kind::Document
    }
}

/// The canonical spelling of a printed symbol: white space removed, a reissue `*` dropped,
/// modifiers spelled `Add.`, `Corr.`, `Rev.`, `Amend.`, `Summary`.
pub fn canonical_symbol(printed: &str) -> String {
    let mut compact: String = printed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '*')
        .collect();
    // `A/75/457Add.1`: the slash a modifier glued to the number left out.
    for m in ["Add.", "Corr.", "Rev."] {
        if let Some(k) = compact.find(m) {
            if k > 0 && compact.as_bytes()[k - 1].is_ascii_digit() {
                compact.insert(k, '/');
            }
        }
    }
    // The Arabic and Chinese spellings of a volume: `(المقدمة)`, `(PartI和II)`; capitals
    // `(PARTI)` as `(PartI)`.
    compact = compact.replace("(المقدمة)", "(Introduction)");
    compact = compact
        .replace("(PARTS", "(Parts")
        .replace("(PART", "(Part");
    if let Some(k) = compact.find("(Part") {
        if let Some(e) = compact[k..].find(')').map(|e| k + e) {
            let inner = &compact[k + 1..e];
            if inner.contains('和') {
                let items = inner.trim_start_matches("Parts").trim_start_matches("Part");
                let items = items.replace('和', "and");
                compact = format!("{}(Parts{items}){}", &compact[..k], &compact[e + 1..]);
            }
        }
    }
    compact
        .split('/')
        .map(|comp| {
            // `Res.1` of `UNEP/EA.4/Res.1` is written `RES.1`, as in `UNEP/EA.2/RES.21`.
            const MODS: [&str; 6] = ["Add.", "Corr.", "Rev.", "Amend.", "Summary", "RES."];
            for m in MODS {
                if comp.len() >= m.len() && comp[..m.len()].eq_ignore_ascii_case(m) {
                    return format!("{m}{}", &comp[m.len()..]);
                }
            }
            comp.to_string()
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `XXV` for 25.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// 25 for `XXV`; `None` for anything that is not a well-formed roman numeral.
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    let val = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        b'D' => Some(500),
        b'M' => Some(1000),
        _ => None,
    };
    let b = s.as_bytes();
    // Simple and strict: accept only the canonical spelling of the value.
    let mut total = 0u32;
    let mut i = 0;
    while i < b.len() {
        let v = val(b[i])?;
        let next = b.get(i + 1).and_then(|&c| val(c));
        if let Some(n) = next.filter(|&n| n > v) {
            total += n - v;
            i += 2;
        } else {
            total += v;
            i += 1;
        }
    }
    (roman(total) == s).then_some(total)
}

impl fmt::Display for InstrumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstrumentId::Resolution {
                organ,
                decision,
                number,
                session,
            } => {
                let p = organ.prefix(*decision);
                match *session {
                    Session::Number(s) => write!(f, "{p}{s}/{number}"),
                    Session::Year(y) if *organ == Organ::SecurityCouncil => {
                        write!(f, "{p}{number}({y})")
                    }
                    Session::Year(y) => write!(f, "{p}{y}/{number}"),
                    Session::Roman(s) => write!(f, "{p}{number}({})", roman(s)),
                    Session::Special {
                        session,
                        roman: false,
                    } => write!(f, "{p}S-{session}/{number}"),
                    Session::Special {
                        session,
                        roman: true,
                    } => {
                        write!(f, "{p}{number}(S-{})", roman(session))
                    }
                    Session::EmergencySpecial {
                        session,
                        roman: false,
                    } => {
                        write!(f, "{p}ES-{session}/{number}")
                    }
                    Session::EmergencySpecial {
                        session,
                        roman: true,
                    } => {
                        write!(f, "{p}{number}(ES-{})", roman(session))
                    }
                }
            }
            InstrumentId::OtherBody {
                body,
                decision,
                number,
            } => {
                let word = if *decision { "decision" } else { "resolution" };
                write!(f, "{body} {word} {number}")
            }
            InstrumentId::Symbol(s) => f.write_str(s),
            InstrumentId::Sales(s) => write!(f, "Sales No. {s}"),
            InstrumentId::Named(t) => f.write_str(t),
        }
    }
}

impl Serialize for InstrumentId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for InstrumentId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn num(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `S-26`, `ES-10`, `26` → a session written before the number.
fn session_before(s: &str, year_form: bool) -> Option<Session> {
    if let Some(k) = s.strip_prefix("ES-") {
        return Some(Session::EmergencySpecial {
            session: num(k)?,
            roman: false,
        });
    }
    if let Some(k) = s.strip_prefix("S-") {
        return Some(Session::Special {
            session: num(k)?,
            roman: false,
        });
    }
    let n = num(s)?;
    Some(if year_form {
        Session::Year(n)
    } else {
        Session::Number(n)
    })
}

/// `(XXV)`, `(S-IV)`, `(ES-V)`, `(2001)` after the number.
fn session_after(s: &str) -> Option<Session> {
    if let Some(r) = s.strip_prefix("ES-") {
        return Some(Session::EmergencySpecial {
            session: parse_roman(r)?,
            roman: true,
        });
    }
    if let Some(r) = s.strip_prefix("S-") {
        return Some(Session::Special {
            session: parse_roman(r)?,
            roman: true,
        });
    }
    if let Some(y) = num(s) {
        return Some(Session::Year(y));
    }
    Some(Session::Roman(parse_roman(s)?))
}

fn parse_resolution(s: &str) -> Option<InstrumentId> {
    const PREFIXES: [(&str, Organ, bool); 9] = [
        ("A/HRC/RES/", Organ::HumanRightsCouncil, false),
        ("A/HRC/DEC/", Organ::HumanRightsCouncil, true),
        ("E/CN.4/RES/", Organ::CommissionOnHumanRights, false),
        ("E/CN.4/DEC/", Organ::CommissionOnHumanRights, true),
        ("A/RES/", Organ::GeneralAssembly, false),
        ("A/DEC/", Organ::GeneralAssembly, true),
        ("S/RES/", Organ::SecurityCouncil, false),
        ("E/RES/", Organ::EconomicAndSocialCouncil, false),
        ("E/DEC/", Organ::EconomicAndSocialCouncil, true),
    ];
    let (rest, organ, decision) = PREFIXES
        .iter()
        .find_map(|(p, o, d)| s.strip_prefix(p).map(|r| (r, o.clone(), *d)))?;
    let year_form = matches!(
        organ,
        Organ::EconomicAndSocialCouncil | Organ::CommissionOnHumanRights
    );
    let (number, session) = if let Some(open) = rest.find('(') {
        let inner = rest[open + 1..].strip_suffix(')')?;
        (num(&rest[..open])?, session_after(inner)?)
    } else {
        let (sess, n) = rest.split_once('/')?;
        (num(n)?, session_before(sess, year_form)?)
    };
    // The Security Council numbers by year only; everything else by its own form.
    match (&organ, session) {
        (Organ::SecurityCouncil, Session::Year(_)) => {}
        (Organ::SecurityCouncil, _) => return None,
        _ => {}
    }
    let id = InstrumentId::Resolution {
        organ,
        decision,
        number,
        session,
    };
    (id.to_string() == s).then_some(id)
}

impl FromStr for InstrumentId {
    type Err = Error;

    /// Read a canonical ID: `S/RES/1373(2001)`, `A/RES/2625(XXV)`, `Sales No. 04.V.7`,
    /// `CCPCJ resolution 27/2`, any document symbol, or a treaty title.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || {
            Error::new(ErrorKind::BadId {
                input: s.to_string(),
            })
        };
        let s = s.trim();
        if s.is_empty() {
            return Err(bad());
        }
        if let Some(id) = parse_resolution(s) {
            return Ok(id);
        }
        if let Some(rest) = s.strip_prefix("Sales No. ") {
            return if rest.split('.').count() >= 3 && !rest.contains(' ') {
                Ok(InstrumentId::Sales(rest.to_string()))
            } else {
                Err(bad())
            };
        }
        for word in [" resolution ", " decision "] {
            if let Some((body, number)) = s.split_once(word) {
                if !body.contains('/') && !number.contains(' ') && !number.is_empty() {
                    return Ok(InstrumentId::OtherBody {
                        body: body.to_string(),
                        decision: word == " decision ",
                        number: number.to_string(),
                    });
                }
            }
        }
        const RESOLUTION_SERIES: [&str; 6] = [
            "S/RES/",
            "A/RES/",
            "E/RES/",
            "A/HRC/RES/",
            "A/DEC/",
            "E/DEC/",
        ];
        if RESOLUTION_SERIES.iter().any(|p| s.starts_with(p)) {
            // A resolution symbol that does not follow its organ's numbering.
            return Err(bad());
        }
        if s.contains('/') && !s.contains(' ') {
            if crate::grammar::symbol::is_symbol(s) {
                return Ok(InstrumentId::Symbol(canonical_symbol(s)));
            }
            return Err(bad());
        }
        // A title may hold a slash (`… Serious Drought and/or Desertification …`); a symbol
        // printed with spaces does not start with a word in lower case letters.
        let first_word_is_a_word = s
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().any(char::is_lowercase) && !w.contains('/'));
        if s.contains('/') && !first_word_is_a_word {
            return Err(bad());
        }
        Ok(InstrumentId::Named(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_form_of_the_contract() {
        for s in [
            "S/RES/1373(2001)",
            "A/RES/56/1",
            "A/RES/59/153",
            "A/RES/2625(XXV)",
            "A/RES/217(III)",
            "A/RES/S-26/2",
            "A/RES/ES-10/15",
            "A/RES/1874(S-IV)",
            "A/RES/2252(ES-V)",
            "E/RES/2004/19",
            "E/RES/1503(XLVIII)",
            "A/HRC/RES/5/1",
            "A/HRC/RES/S-28/1",
            "E/CN.4/RES/2005/80",
            "A/DEC/58/551",
            "E/DEC/2004/259",
            "A/HRC/DEC/5/1",
            "S/PRST/2004/5",
            "S/PV.4385",
            "A/59/PV.74",
            "A/C.6/78/SR.36",
            "E/2023/SR.26",
            "A/59/494",
            "E/CN.15/2004/8",
            "A/59/494/Add.1",
            "A/C.3/59/L.10/Rev.1",
            "A/56/1026-S/2002/932",
            "Sales No. 04.V.7",
            "Charter of the United Nations",
            "CCPCJ resolution 27/2",
            "E/ESCAP/RES/72/7",
        ] {
            let id: InstrumentId = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(id.to_string(), s);
        }
    }

    #[test]
    fn kinds_and_links() {
        let id: InstrumentId = "S/PRST/2004/5".parse().unwrap();
        assert_eq!(id.kind(), Kind::PresidentialStatement);
        assert_eq!(id.url().unwrap(), "https://undocs.org/S/PRST/2004/5");
        let id: InstrumentId = "Sales No. 04.V.7".parse().unwrap();
        assert_eq!((id.kind(), id.url()), (Kind::Publication, None));
        assert_eq!(
            "A/59/PV.74".parse::<InstrumentId>().unwrap().kind(),
            Kind::MeetingRecord
        );
        let joint: InstrumentId = "A/56/1026-S/2002/932".parse().unwrap();
        assert_eq!(joint.parts(), ["A/56/1026", "S/2002/932"]);
        let es: InstrumentId = "A/ES-10/273".parse().unwrap();
        assert_eq!(es.parts(), ["A/ES-10/273"]);
    }

    #[test]
    fn rejects_what_is_not_an_id() {
        for s in ["", "S/RES/56/1", "and/or", "A/RES/2625(XXVV)"] {
            assert!(s.parse::<InstrumentId>().is_err(), "{s}");
        }
    }

    #[test]
    fn canonical_symbol_folds_modifier_case_and_spaces() {
        assert_eq!(canonical_symbol("A/56/160/ADD.1"), "A/56/160/Add.1");
        assert_eq!(canonical_symbol("S/RES/2508 (2020)"), "S/RES/2508(2020)");
        assert_eq!(canonical_symbol("A/74/1*"), "A/74/1");
    }
}
