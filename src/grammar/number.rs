//! Resolution and decision numbers as lists print them: `56/1`, `73/278 B`, `54/237 A to C`,
//! `S-26/2`, `ES-10/15`, `2004/19`, `1373 (2001)`, `2625 (XXV)`, `217 A (III)`, `3362 (S-VII)`.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, satisfy};
use nom::combinator::{map, not, opt, peek};
use nom::multi::many0;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::{number, roman, ws, ws0};
use crate::id::Session;
use crate::normalise::cyrillic_lookalike;

/// A resolution number as printed, before any body is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The consecutive or in-session number.
    pub number: u32,
    /// The session or year, where printed; `None` for a bare `1754`.
    pub session: Option<Session>,
    /// Whether the session came before a slash (`56/1`) rather than in parentheses.
    pub slash: bool,
    /// Part letters: `["A", "B", "C"]` for `A to C`.
    pub parts: Vec<String>,
}

/// `S-26`, `ES-10`, `56`, `2004` before a slash.
fn session_before(i: &str) -> IResult<&str, Session> {
    alt((
        // Arabic: `دإط-10/15` (emergency special), `دإ-26/2` (special).
        map(preceded(tag("دإط-"), number(2)), |s| {
            Session::EmergencySpecial {
                session: s,
                roman: false,
            }
        }),
        // `دا-27/2`: the hamza is sometimes left off.
        map(
            preceded(alt((tag("دإ-"), tag("دا-"))), number(2)),
            |s| Session::Special {
                session: s,
                roman: false,
            },
        ),
        map(preceded(tag("ES-"), number(2)), |s| {
            Session::EmergencySpecial {
                session: s,
                roman: false,
            }
        }),
        map(preceded(tag("S-"), number(2)), |s| Session::Special {
            session: s,
            roman: false,
        }),
        // Neither a session nor a year: `1267/1988` names two Council resolutions.
        map(
            nom::combinator::verify(number(4), |n| *n < 1000 || *n >= 1946),
            |n| {
                if n >= 1946 {
                    Session::Year(n)
                } else {
                    Session::Number(n)
                }
            },
        ),
    ))
    .parse(i)
}

/// `(2001)`, `(XXV)`, `(S-VII)`, `(ES-V)` after a number.
fn session_after(i: &str) -> IResult<&str, Session> {
    let (i, _) = char('(').parse(i)?;
    let (i, s) = alt((
        // Arabic writes the session number: `(د-25)` for `(XXV)`, `(دإ-7)`, `(دإط-5)`.
        map(preceded(tag("دإط-"), number(2)), |s| {
            Session::EmergencySpecial {
                session: s,
                roman: true,
            }
        }),
        map(preceded(tag("دإ-"), number(2)), |s| Session::Special {
            session: s,
            roman: true,
        }),
        map(preceded(tag("د-"), number(2)), Session::Roman),
        map(preceded(tag("ES-"), roman), |s| Session::EmergencySpecial {
            session: s,
            roman: true,
        }),
        map(preceded(tag("S-"), roman), |s| Session::Special {
            session: s,
            roman: true,
        }),
        map(
            nom::combinator::verify(number(4), |y| (1946..=2100).contains(y)),
            Session::Year,
        ),
        map(roman, Session::Roman),
    ))
    .parse(i)?;
    let (i, _) = char(')').parse(i)?;
    Ok((i, s))
}

/// Lower-case words a part letter may stand before (`73/278 B of 21 December`, `43/78 H du
/// 7 décembre`, `51/45 E от 10 декабря`): any other word makes the capital an article
/// (`60/1 A new …`).
const FOLLOWERS: [&str; 26] = [
    "of",
    "and",
    "to",
    "on",
    "adopted",
    "in",
    "as",
    "at",
    "by",
    "which",
    "concerning",
    "entitled",
    "annex",
    "du",
    "de",
    "des",
    "et",
    "en",
    "sur",
    "y",
    "del",
    "sobre",
    "от",
    "и",
    "о",
    "об",
];

/// Arabic names of the part letters in abjad order, which UN texts map to A–Z in turn
/// (`217 ألف (د-3)` is `217 A (III)`, `53/77 فاء` is `53/77 Q`, `55/33 تاء` is `55/33 V`).
const ARABIC_PARTS: [&str; 26] = [
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
    "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
];

/// One part letter standing alone: `B`, `Q` (`53/77 Q`), `باء`.
fn letter(i: &str) -> IResult<&str, char> {
    for (k, name) in ARABIC_PARTS.iter().enumerate() {
        if let Some(r) = i.strip_prefix(name) {
            if !r.starts_with(|c: char| c.is_alphabetic()) {
                return Ok((r, (b'A' + k as u8) as char));
            }
        }
    }
    // Russian texts print the part in Cyrillic capitals that look Latin (`50/70 М`, `51/45 Е`).
    let (i, c) = satisfy(|c| c.is_ascii_uppercase() || cyrillic_lookalike(c).is_some()).parse(i)?;
    let c = cyrillic_lookalike(c).unwrap_or(c);
    // A capital glued to more letters starts a word (`32/3 Совета`), not a part; letters of
    // scripts written beside Chinese or Arabic (`B号`) do not count.
    let (i, _) = not(peek(satisfy(|c: char| {
        c.is_ascii_alphanumeric()
            || (c.is_alphabetic() && (c as u32) < 0x0590)
            || c == '/'
            || c == '.'
            || c == '’'
    })))
    .parse(i)?;
    Ok((i, c))
}

/// A joiner between part letters: ` to `, `-`, ` and `, `, `, `至`, `和`.
fn part_joiner(i: &str) -> IResult<&str, bool> {
    alt((
        map(
            alt((
                preceded(
                    ws,
                    nom::sequence::terminated(
                        alt((tag("to"), tag("à"), tag("a"), tag("إلى"), tag("до"))),
                        peek(ws),
                    ),
                ),
                tag("至"),
            )),
            |_| true,
        ),
        map(preceded(ws0, char('-')), |_| true),
        map(
            alt((
                preceded(
                    ws,
                    nom::sequence::terminated(
                        alt((tag("and"), tag("et"), tag("y"), tag("и"), tag("و"))),
                        peek(ws),
                    ),
                ),
                // Arabic glues `و` to the next part: `ألف وباء`.
                preceded(ws, tag("و")),
                tag("和"),
                tag(","),
            )),
            |_| false,
        ),
    ))
    .parse(i)
}

/// Part letters after a number: ` B`, ` A to C`, ` A and B`, `A至C`.
fn parts(i: &str) -> IResult<&str, Vec<String>> {
    let (i, first) = preceded(ws0, letter).parse(i)?;
    let (i, more) = many0((part_joiner, preceded(ws0, letter))).parse(i)?;
    let mut out = vec![first];
    for (range, c) in more {
        let from = *out.last().unwrap_or(&c);
        if range && from < c {
            out.extend((from as u8 + 1..=c as u8).map(char::from));
        } else {
            out.push(c);
        }
    }
    // An article, not a part: `60/1 A new ...` (a part is followed by punctuation, a number or
    // a few words: `of`, `and`, `to`, `on`, `号`).
    let next_word: String = i
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower_next = next_word
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase());
    if i.starts_with(' ') && lower_next && !FOLLOWERS.contains(&next_word.as_str()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i, out.into_iter().map(String::from).collect()))
}

/// `56/1`, `S-26/2`, `2004/19`, with parts.
fn slash_item(i: &str) -> IResult<&str, Item> {
    let (i, session) = session_before(i)?;
    let (i, _) = char('/').parse(i)?;
    let (i, n) = number(4).parse(i)?;
    let (i, _) = not(peek(satisfy(|c: char| c.is_ascii_digit() || c == '/'))).parse(i)?;
    let (i, parts) = opt(parts).parse(i)?;
    Ok((
        i,
        Item {
            number: n,
            session: Some(session),
            slash: true,
            parts: parts.unwrap_or_default(),
        },
    ))
}

/// `1373 (2001)`, `2625 (XXV)`, `217 A (III)`, `1556\n(2004)`.
fn paren_item(i: &str) -> IResult<&str, Item> {
    let (i, n) = number(4).parse(i)?;
    let (i, parts) = opt(parts).parse(i)?;
    let (i, _) = ws0(i)?;
    let (i, session) = session_after(i)?;
    Ok((
        i,
        Item {
            number: n,
            session: Some(session),
            slash: false,
            parts: parts.unwrap_or_default(),
        },
    ))
}

/// A bare consecutive number: `1754` (a Security Council resolution cited without its year).
fn bare_item(i: &str) -> IResult<&str, Item> {
    let (i, n) = number(4).parse(i)?;
    let (i, _) = not(peek(satisfy(|c: char| c.is_ascii_digit() || c == '/'))).parse(i)?;
    // `58.16` (a World Health Assembly number) is not resolution 58.
    let (i, _) = not(peek((char('.'), satisfy(|c: char| c.is_ascii_digit())))).parse(i)?;
    // Nor are its other prints: Arabic `63-22` (63.22), a decision `73(12)` (WHA73(12)).
    let (i, _) = not(peek((char('-'), satisfy(|c: char| c.is_ascii_digit())))).parse(i)?;
    let (i, _) = not(peek((
        char('('),
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        char(')'),
    )))
    .parse(i)?;
    Ok((
        i,
        Item {
            number: n,
            session: None,
            slash: false,
            parts: Vec::new(),
        },
    ))
}

/// One resolution number in any printed form; `bare` allows a number with no session.
pub fn item(bare: bool) -> impl Fn(&str) -> IResult<&str, Item> {
    move |i| {
        if bare {
            alt((slash_item, paren_item, bare_item)).parse(i)
        } else {
            alt((slash_item, paren_item)).parse(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it(s: &str) -> (Item, &str) {
        let (rest, item) = item(false)(s).unwrap();
        (item, rest)
    }

    #[test]
    fn world_health_assembly_numbers() {
        for s in ["58.16 of 25 May", "63-22 المؤرخ", "73(12) of 3 August"] {
            assert!(item(true)(s).is_err(), "{s}");
        }
    }

    #[test]
    fn printed_forms() {
        let (i, rest) = it("73/278 B of 21 December");
        assert_eq!(
            (i.number, i.session, i.parts.clone(), rest),
            (
                278,
                Some(Session::Number(73)),
                vec!["B".into()],
                " of 21 December"
            )
        );
        let (i, _) = it("54/237 A to C");
        assert_eq!(i.parts, ["A", "B", "C"]);
        let (i, _) = it("1373 (2001)");
        assert_eq!(i.session, Some(Session::Year(2001)));
        let (i, _) = it("217 A (III)");
        assert_eq!(
            (i.number, i.session, i.parts),
            (217, Some(Session::Roman(3)), vec!["A".into()])
        );
        let (i, _) = it("3362 (S-VII)");
        assert_eq!(
            i.session,
            Some(Session::Special {
                session: 7,
                roman: true
            })
        );
        let (i, _) = it("ES-10/15 of 20 July 2004");
        assert_eq!(
            i.session,
            Some(Session::EmergencySpecial {
                session: 10,
                roman: false
            })
        );
        let (i, _) = it("2004/19");
        assert_eq!(i.session, Some(Session::Year(2004)));
        let (i, _) = it("1556\n(2004)");
        assert_eq!(i.session, Some(Session::Year(2004)));
        let (i, rest) = it("53/243 A and B号");
        assert_eq!((i.parts, rest), (vec!["A".into(), "B".into()], "号"));
    }

    #[test]
    fn not_items() {
        assert!(item(false)("60/1 A new")
            .map(|(_, i)| i.parts.is_empty())
            .unwrap_or(true));
        assert!(item(false)("1373").is_err());
        assert!(item(false)("A/59/494").is_err());
    }
}
