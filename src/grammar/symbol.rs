//! Document symbols: `A/59/494`, `E/CN.15/2004/8`, `S/RES/2508 (2020)`, `A/56/1026-S/2002/932`,
//! `A/CONF.157/24 (Part I)`, and condensed lists `A/56/160 and Corr.1 and Add.1`.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{opt, peek, recognize, verify};
use nom::multi::{many0, many1};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::{digits, offset, ws, ws0};

/// Series that open a symbol with no digit of their own kept short: the parent organs and the
/// bodies with series of their own.
const SERIES: &[&str] = &[
    "A", "S", "E", "ST", "T", "CCPR", "CRC", "CAT", "CEDAW", "CERD", "CAC", "CTOC", "FCCC", "TD",
    "UNEP", "DP", "NPT", "CD", "ICCD", "CMW", "CRPD", "CED", "SPT", "DC", "UNW", "ECE", "ITLOS",
    "ISBA", "APLC", "BWC", "CCW", "TRANS", "JIU", "UNCTAD", "IDB", "PBC", "UNICEF", "HSP", "ESCAP",
];

/// The series: capitals before the first `/` (`A`, `E`, `CCPR`, `UNEP`).
fn series(i: &str) -> IResult<&str, &str> {
    terminated(
        take_while_m_n(1, 8, |c: char| c.is_ascii_uppercase()),
        char('/'),
    )
    .parse(i)
}

/// A special or emergency special session component: `S-26`, `ES-10`.
fn special(i: &str) -> IResult<&str, &str> {
    recognize((alt((tag("ES-"), tag("S-"))), digits)).parse(i)
}

/// A lettered component with dotted numbers: `RES`, `C.6`, `CN.15`, `AC.109`, `PV.74`,
/// `Add.1`, `Sub.2`, `EA.4`, `COP(14)`.
fn word(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
        take_while(|c: char| c.is_ascii_alphabetic()),
        many0((char('.'), take_while1(|c: char| c.is_ascii_alphanumeric()))),
        opt((char('('), digits, char(')'))),
    ))
    .parse(i)
}

/// One component after a `/`.
fn component(i: &str) -> IResult<&str, &str> {
    alt((special, recognize((digits, opt((char('.'), digits)))), word)).parse(i)
}

/// A trailing volume or part: ` (Part I)`, `(Vol. I)`, `(SUPP)`.
fn volume(i: &str) -> IResult<&str, &str> {
    recognize((
        ws0,
        char('('),
        alt((
            tag("Parts"),
            tag("Part"),
            tag("PART"),
            tag("Vol."),
            tag("VOL."),
            tag("Vol"),
            tag("SUPP"),
            tag("Supp"),
            tag("Sect."),
            tag("SECT."),
            tag("Introduction"),
            tag("INTRODUCTION"),
            // Arabic prints the introduction in Arabic: `A/77/6 (المقدمة)`.
            tag("المقدمة"),
        )),
        opt(ws),
        take_while(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()),
        opt(alt((
            recognize((
                ws,
                tag("and"),
                ws,
                take_while1(|c: char| c.is_ascii_uppercase()),
            )),
            // Chinese: `NPT/CONF.2000/28 (Part I和II)`.
            recognize((
                ws0,
                tag("和"),
                ws0,
                take_while1(|c: char| c.is_ascii_uppercase()),
            )),
        ))),
        char(')'),
    ))
    .parse(i)
}

/// The year of a Security Council resolution printed with its symbol: `S/RES/2508 (2020)`.
fn sc_year(i: &str) -> IResult<&str, &str> {
    recognize((
        ws0,
        char('('),
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char(')'),
    ))
    .parse(i)
}

/// The slash between components; Russian once prints a space after it before the number of
/// a joint symbol (`GOV/INF/2005/ 10-GC(49)/INF/6`), Chinese before a session and number
/// (`A/HRC/ 28/61`).
fn slash(i: &str) -> IResult<&str, &str> {
    alt((
        terminated(
            tag("/ "),
            peek(alt((
                recognize((digits, char('-'))),
                recognize((digits, char('/'), digits)),
            ))),
        ),
        tag("/"),
    ))
    .parse(i)
}

/// One symbol without joint parts: `E/CN.15/2004/8`, `A/74/1*`.
fn single(i: &str) -> IResult<&str, &str> {
    let (rest, sym) = verify(
        recognize((series, component, many0(preceded(slash, component)))),
        |s: &str| {
            let first = s.split('/').next().unwrap_or("");
            let has_digit = s.bytes().any(|b| b.is_ascii_digit());
            has_digit && (SERIES.contains(&first) || s.matches('/').count() >= 2)
        },
    )
    .parse(i)?;
    // `A/75/457Add.1`: a modifier glued to the number, its slash left out.
    let (rest, _) = opt((alt((tag("Add."), tag("Corr."), tag("Rev."))), digits)).parse(rest)?;
    let (rest, _) = if sym.starts_with("S/RES/") {
        opt(sc_year).parse(rest)?
    } else {
        (rest, None)
    };
    let (rest, vol) = opt(volume).parse(rest)?;
    // `A/76/6 (Sect. 3)/Add.9`: modifiers may follow the part or volume.
    let (rest, _) = if vol.is_some() {
        many0(preceded(char('/'), component)).parse(rest)?
    } else {
        (rest, vec![])
    };
    let (rest, _) = opt(char('*')).parse(rest)?;
    Ok((rest, &i[..offset(i, rest)]))
}

/// A symbol, joint symbols included: `A/56/1026-S/2002/932`.
pub fn symbol(i: &str) -> IResult<&str, &str> {
    recognize((single, many0(preceded(char('-'), single)))).parse(i)
}

/// Whether `s` is exactly one symbol.
pub fn is_symbol(s: &str) -> bool {
    matches!(symbol(s), Ok(("", _)))
}

/// A condensed continuation: ` and Corr.1`, `, Add.2`, `和Corr.1`, ` and 28` (after `SR.27`).
fn continuation(i: &str) -> IResult<&str, &str> {
    alt((continuation_spaced, continuation_glued)).parse(i)
}

/// Arabic glues `و` (and) to a modifier: `A/61/636-S/2006/980 وCorr.1`.
fn continuation_glued(i: &str) -> IResult<&str, &str> {
    preceded(
        (ws, tag("و")),
        recognize((alt((tag("Add."), tag("Corr."), tag("Rev."))), digits)),
    )
    .parse(i)
}

fn continuation_spaced(i: &str) -> IResult<&str, &str> {
    preceded(
        alt((
            recognize((ws0, char(','), ws0, opt((tag("and"), ws)))),
            // `A/75/162 et Add.1`, `y Corr.1`, `и Add.1`, `و Corr.1`.
            recognize((
                ws,
                alt((tag("and"), tag("et"), tag("y"), tag("и"), tag("و"))),
                ws,
            )),
            recognize((ws0, alt((tag("和"), tag("及"), tag("、"))), ws0)),
        )),
        recognize(alt((
            recognize((
                alt((
                    tag("Add."),
                    tag("Corr."),
                    tag("Rev."),
                    tag("Amend."),
                    tag("ADD."),
                    tag("CORR."),
                    tag("REV."),
                )),
                digits,
            )),
            recognize(many1(take_while_m_n(1, 4, |c: char| c.is_ascii_digit()))),
        ))),
    )
    .parse(i)
}

/// A symbol found in a text, with its span in the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSymbol {
    /// The canonical symbol.
    pub symbol: String,
    pub start: usize,
    pub end: usize,
}

/// Parse a symbol at the start of `i` and any condensed continuation after it; `base` is the
/// whole normalised text, for offsets.
///
/// `A/56/160 and Corr.1 and Add.1` gives `A/56/160`, `A/56/160/Corr.1`, `A/56/160/Add.1`;
/// `A/C.6/56/SR.27 and 28` gives `A/C.6/56/SR.27` and `A/C.6/56/SR.28`.
pub fn symbols_at<'a>(base: &'a str, i: &'a str) -> Option<(Vec<FoundSymbol>, &'a str)> {
    let (mut rest, first) = symbol(i).ok()?;
    let canon = crate::id::canonical_symbol(first);
    let start = offset(base, i);
    let mut out = vec![FoundSymbol {
        symbol: canon.clone(),
        start,
        end: start + first.len(),
    }];
    let last_is_numbered = canon
        .rsplit('/')
        .next()
        .map(|c| {
            c.contains('.')
                && c.rsplit('.')
                    .next()
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        })
        .unwrap_or(false);
    while let Ok((r, cont)) = continuation(rest) {
        // A bare number continues only a component like `SR.27`; a modifier must not run into
        // a longer word (`Add.1` of `Additional`).
        if r.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/') {
            break;
        }
        let is_bare = cont.bytes().all(|b| b.is_ascii_digit());
        let sym = if is_bare {
            if !last_is_numbered {
                break;
            }
            let prev = &out.last()?.symbol;
            let (head, _) = prev.rsplit_once('.')?;
            format!("{head}.{cont}")
        } else {
            let m = crate::id::canonical_symbol(cont);
            let prev = &out.last()?.symbol;
            if m.starts_with("Corr.") {
                format!("{prev}/{m}")
            } else {
                // `Add.` and `Rev.` attach to the base symbol, not to a corrigendum.
                let base_sym = strip_modifiers(&canon);
                format!("{base_sym}/{m}")
            }
        };
        let s = offset(base, r) - cont.len();
        out.push(FoundSymbol {
            symbol: sym,
            start: s,
            end: s + cont.len(),
        });
        rest = r;
    }
    Some((out, rest))
}

fn strip_modifiers(sym: &str) -> &str {
    let mut s = sym;
    while let Some((head, last)) = s.rsplit_once('/') {
        if last.starts_with("Corr.") {
            s = head;
        } else {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(s: &str) -> Vec<String> {
        symbols_at(s, s)
            .map(|(v, _)| v.into_iter().map(|f| f.symbol).collect())
            .unwrap_or_default()
    }

    #[test]
    fn symbols_as_printed() {
        let cases: &[(&str, &[&str])] = &[
            ("A/59/494)通过]", &["A/59/494"]),
            ("E/CN.15/2004/8，附件一。", &["E/CN.15/2004/8"]),
            ("A/67/738.", &["A/67/738"]),
            ("S/RES/2508 (2020)", &["S/RES/2508(2020)"]),
            ("A/56/1026-S/2002/932, annex II", &["A/56/1026-S/2002/932"]),
            ("A/ES-10/273 and A/ES-10/273/Corr.1", &["A/ES-10/273"]),
            (
                "A/56/160 and Corr.1 and Add.1",
                &["A/56/160", "A/56/160/Corr.1", "A/56/160/Add.1"],
            ),
            ("A/75/162 et Add.1", &["A/75/162", "A/75/162/Add.1"]),
            (
                "A/C.6/56/SR.27 and 28",
                &["A/C.6/56/SR.27", "A/C.6/56/SR.28"],
            ),
            (
                "A/CONF.157/24 (Part I), chap. III",
                &["A/CONF.157/24(PartI)"],
            ),
            ("ICCD/COP(14)/23/Add.1", &["ICCD/COP(14)/23/Add.1"]),
            ("A/74/L.14和A/74/L.14/Add.1", &["A/74/L.14"]),
            ("UNEP/EA.4/RES.10", &["UNEP/EA.4/RES.10"]),
            ("S/PRST/2018/19)", &["S/PRST/2018/19"]),
            ("GOV/INF/2005/ 10-GC(49)/INF/6, доб.", &["GOV/INF/2005/10"]),
            ("A/HRC/ 28/61、A/HRC/31/52", &["A/HRC/28/61"]),
        ];
        for (s, want) in cases {
            assert_eq!(all(s), *want, "{s}");
        }
    }

    #[test]
    fn not_symbols() {
        for s in ["and/or", "UN/DESA", "A/B", "56/1"] {
            assert!(all(s).is_empty(), "{s}");
        }
    }
}
