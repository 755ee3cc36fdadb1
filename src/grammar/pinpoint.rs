//! Pinpoints after a reference, written in one fixed English form whatever the language:
//! `, annex II` / `，附件二` → `annex II`; `, para. 37` / `，第 37 段` → `para. 37`;
//! `, chap. III` / `，第三章` → `chap. III`; `, art. 51` / `第51条` → `art. 51`; and a resolution
//! or decision printed as part of a document (`A/52/25, annex, decision 19/1`).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;
use nom::combinator::{map, opt, recognize};
use nom::{IResult, Parser};

use super::{digits, roman, ws, ws0, zh_numeral};
use crate::id::roman as to_roman;
use crate::lexicon::Lexicon;

/// A designation after a label: `II`, `37`, `3-5`, `A`, or an ordinal word (`الثاني`).
fn designation<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, String> {
    for (word, n) in lex.ordinals {
        if let Some(r) = i.strip_prefix(word) {
            return Ok((r, to_roman(*n)));
        }
    }
    // Arabic spells the letters of sections (`الفرع جيم`: sect. C).
    if lex.lang == crate::Language::Ar {
        const LETTERS: [(&str, &str); 8] = [
            ("ألف", "A"),
            ("باء", "B"),
            ("جيم", "C"),
            ("دال", "D"),
            ("هاء", "E"),
            ("واو", "F"),
            ("زاي", "G"),
            ("حاء", "H"),
        ];
        for (word, letter) in LETTERS {
            if let Some(r) = i.strip_prefix(word) {
                if !r.starts_with(|c: char| c.is_alphabetic()) {
                    return Ok((r, letter.to_string()));
                }
            }
        }
    }
    alt((
        map(roman, to_roman),
        map(
            recognize((
                digits,
                opt((alt((char('-'), char('.'))), digits)),
                opt(take_while1(|c: char| c.is_ascii_lowercase() && c < 'i')),
            )),
            |s: &str| s.to_string(),
        ),
        map(take_while1(|c: char| c.is_ascii_uppercase()), |s: &str| {
            s.to_string()
        }),
    ))
    .parse(i)
}

/// A label from the lexicon and an optional designation: `annex`, `annex II`, `para. 37`,
/// `annexe I`, `párr. 5`, `приложение I`, `المرفق الثاني`.
fn labelled<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, String> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let (rest, label) = lex
        .pinpoints
        .iter()
        .filter(|(printed, _)| i.starts_with(printed))
        .max_by_key(|(printed, _)| printed.len())
        .map(|(printed, fixed)| (&i[printed.len()..], *fixed))
        .ok_or_else(fail)?;
    if rest.starts_with(|c: char| c.is_alphabetic()) {
        return Err(fail());
    }
    match ws(rest).ok().and_then(|(r, _)| designation(r, lex).ok()) {
        Some((r, d)) => Ok((r, format!("{label} {d}"))),
        None => Ok((rest, label.to_string())),
    }
}

/// `附件二`, `第 37 段`, `第三章`, `第51条`, `第二节`.
fn zh_one(i: &str) -> IResult<&str, String> {
    alt((
        map((tag("附件"), opt(zh_numeral)), |(_, n)| match n {
            Some(n) => format!("annex {}", to_roman(n)),
            None => "annex".to_string(),
        }),
        map(
            (tag("第"), ws0, digits, ws0, tag("段")),
            |(_, _, d, _, _)| format!("para. {d}"),
        ),
        map(
            (tag("第"), ws0, digits, ws0, tag("条")),
            |(_, _, d, _, _)| format!("art. {d}"),
        ),
        map((tag("第"), zh_numeral, tag("章")), |(_, n, _)| {
            format!("chap. {}", to_roman(n))
        }),
        map((tag("第"), zh_numeral, tag("节")), |(_, n, _)| {
            format!("sect. {}", to_roman(n))
        }),
        // `C节`: a section lettered in Latin.
        map(
            (take_while1(|c: char| c.is_ascii_uppercase()), tag("节")),
            |(l, _): (&str, _)| format!("sect. {l}"),
        ),
    ))
    .parse(i)
}

/// A chain of pinpoints after a reference, each after a comma: `, annex I, para. 5`,
/// `，附件二`, `، المرفق الأول`. Returns the pinpoints joined with `, `.
pub fn chain<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, String> {
    let mut out = Vec::new();
    let mut rest = i;
    loop {
        let Ok((after_comma, _)) = (ws0, alt((char(','), char('、'), char('،'))), ws0).parse(rest)
        else {
            break;
        };
        let step = if lex.lang == crate::Language::Zh {
            zh_one(after_comma)
        } else {
            labelled(after_comma, lex)
        };
        match step {
            // `, paragraph 9 of resolution 1556 (2004)` pinpoints what follows, not what precedes.
            Ok((r, _)) if r.starts_with(" of ") => break,
            Ok((r, p)) => {
                out.push(p);
                rest = r;
            }
            Err(_) => break,
        }
    }
    if out.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Many1,
        )));
    }
    Ok((rest, out.join(", ")))
}

/// A pinpoint printed before the reference it narrows: `paragraph 4 of `, `paragraphs 7 and 8
/// of ` just before `resolution 2035 (2012)`; returns it in the fixed form (`para. 4`).
pub fn before(head: &str) -> Option<String> {
    let h = head.strip_suffix(" of ")?;
    let start = h.rfind("paragraph").or_else(|| h.rfind("para."))?;
    let tail = &h[start..];
    let nums: Vec<&str> = tail
        .split(|c: char| c == ' ' || c == ',')
        .skip(1)
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let ok = !nums.is_empty()
        && nums.iter().all(|w| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'(' || b == b')')
        });
    (ok && tail.len() < 40).then(|| format!("para. {}", nums.join(", ")))
}

#[cfg(test)]
fn chain_en(i: &str) -> IResult<&str, String> {
    let lex = crate::lexicon::for_language(if i.contains(|c: char| c > '\u{2E80}') {
        crate::Language::Zh
    } else {
        crate::Language::En
    });
    chain(i, lex)
}

#[cfg(test)]
mod tests {
    #[test]
    fn pinpoints_printed_before() {
        assert_eq!(
            super::before("modified by paragraph 7 of ").as_deref(),
            Some("para. 7")
        );
        assert_eq!(
            super::before("imposed by paragraphs 7 and 8 of ").as_deref(),
            Some("para. 7, 8")
        );
        assert_eq!(super::before("in accordance with "), None);
        assert_eq!(
            super::chain_en(", paragraph 9 of resolution"),
            Err(nom::Err::Error(nom::error::Error::new(
                ", paragraph 9 of resolution",
                nom::error::ErrorKind::Many1
            )))
        );
    }

    #[test]
    fn fixed_english_form() {
        assert_eq!(
            super::chain_en(", annex II, resolution").unwrap(),
            (", resolution", "annex II".into())
        );
        assert_eq!(
            super::chain_en(",附件二;又见").unwrap(),
            (";又见", "annex II".into())
        );
        assert_eq!(
            super::chain_en(", para. 37)]").unwrap(),
            (")]", "para. 37".into())
        );
        assert_eq!(super::chain_en(",附件。").unwrap(), ("。", "annex".into()));
        assert_eq!(
            super::chain_en(", chap. III").unwrap(),
            ("", "chap. III".into())
        );
    }
}
