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

/// A label and an optional roman or arabic designation: `annex`, `annex II`, `para. 37`.
fn en_one(i: &str) -> IResult<&str, String> {
    let designation = |i| -> IResult<&str, String> {
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
    };
    let (i, label) = alt((
        map(alt((tag("annexes"), tag("annex"), tag("Annex"))), |_| {
            "annex"
        }),
        map(
            alt((
                tag("paras."),
                tag("paragraphs"),
                tag("para."),
                tag("paragraph"),
            )),
            |_| "para.",
        ),
        map(alt((tag("chaps."), tag("chap."), tag("chapter"))), |_| {
            "chap."
        }),
        map(alt((tag("sects."), tag("sect."), tag("section"))), |_| {
            "sect."
        }),
        map(alt((tag("arts."), tag("art."), tag("article"))), |_| "art."),
        map(tag("enclosure"), |_| "enclosure"),
        map(tag("appendix"), |_| "appendix"),
        map(tag("vol."), |_| "vol."),
    ))
    .parse(i)?;
    let (i, d) = opt((ws, designation)).parse(i)?;
    Ok((
        i,
        match d {
            Some((_, d)) => format!("{label} {d}"),
            None => label.to_string(),
        },
    ))
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
    ))
    .parse(i)
}

/// A chain of pinpoints after a reference, each after a comma: `, annex I, para. 5`.
/// Returns the pinpoints joined with `, `.
pub fn chain(i: &str) -> IResult<&str, String> {
    let mut out = Vec::new();
    let mut rest = i;
    loop {
        let step: IResult<&str, String> = nom::sequence::preceded(
            (ws0, alt((char(','), char('、'))), ws0),
            alt((en_one, zh_one)),
        )
        .parse(rest);
        match step {
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

#[cfg(test)]
mod tests {
    #[test]
    fn fixed_english_form() {
        assert_eq!(
            super::chain(", annex II, resolution").unwrap(),
            (", resolution", "annex II".into())
        );
        assert_eq!(
            super::chain(",附件二;又见").unwrap(),
            (";又见", "annex II".into())
        );
        assert_eq!(
            super::chain(", para. 37)]").unwrap(),
            (")]", "para. 37".into())
        );
        assert_eq!(super::chain(",附件。").unwrap(), ("。", "annex".into()));
        assert_eq!(
            super::chain(", chap. III").unwrap(),
            ("", "chap. III".into())
        );
    }
}
