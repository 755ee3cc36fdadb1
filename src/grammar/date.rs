//! Dates printed with references: `28 September 2001`, `2001 年 9 月 28 日`, `2001年9月28日`.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::verify;
use nom::{IResult, Parser};

use super::{number, ws, ws0};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn iso(y: u32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn day(i: &str) -> IResult<&str, u32> {
    verify(number(2), |d| (1..=31).contains(d)).parse(i)
}

fn year(i: &str) -> IResult<&str, u32> {
    verify(number(4), |y| (1900..=2100).contains(y)).parse(i)
}

/// An English month name: `September`.
fn month_en(i: &str) -> IResult<&str, u32> {
    for (k, m) in MONTHS.iter().enumerate() {
        if let Some(rest) = i.strip_prefix(m) {
            return Ok((rest, k as u32 + 1));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// `28 September 2001` → `2001-09-28`.
pub fn en(i: &str) -> IResult<&str, String> {
    let (i, d) = day(i)?;
    let (i, _) = ws(i)?;
    let (i, m) = month_en(i)?;
    let (i, _) = ws(i)?;
    let (i, y) = year(i)?;
    Ok((i, iso(y, m, d)))
}

/// A date as the language's [`DateSpec`](crate::lexicon::DateSpec) writes it, without the
/// words before it: `28 September 2001`, `1er décembre 1999`, `28 de septiembre de 2001`,
/// `28 сентября 2001 года`, `28 أيلول/سبتمبر 2001`.
pub fn with<'a>(spec: &crate::lexicon::DateSpec, i: &'a str) -> IResult<&'a str, String> {
    let fail = |i| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let (i, d) = day(i)?;
    let i = i
        .strip_prefix("er")
        .or_else(|| i.strip_prefix('º'))
        .unwrap_or(i);
    let (i, _) = ws(i)?;
    let between = |i: &'a str| -> &'a str {
        for b in spec.between {
            if let Some(r) = i.strip_prefix(b) {
                if let Ok((r, _)) = ws(r) {
                    return r;
                }
            }
        }
        i
    };
    let i = between(i);
    let (i, m) = spec
        .months
        .iter()
        .filter(|(name, _)| i.starts_with(name))
        .max_by_key(|(name, _)| name.len())
        .map(|(name, m)| (&i[name.len()..], *m))
        .ok_or_else(|| fail(i))?;
    let (i, _) = ws(i)?;
    let i = between(i);
    let (mut i, y) = year(i)?;
    for a in spec.after {
        if let Some(r) = ws(i).ok().and_then(|(r, _)| r.strip_prefix(a)) {
            i = r;
            break;
        }
    }
    Ok((i, iso(y, m, d)))
}

/// `2001 年 9 月 28 日` or `2001年9月28日` → `2001-09-28`.
pub fn zh(i: &str) -> IResult<&str, String> {
    let (i, y) = year(i)?;
    let (i, _) = (ws0, tag("年"), ws0).parse(i)?;
    let (i, m) = verify(number(2), |m| (1..=12).contains(m)).parse(i)?;
    let (i, _) = (ws0, tag("月"), ws0).parse(i)?;
    let (i, d) = day(i)?;
    let (i, _) = (ws0, alt((tag("日"), tag("号")))).parse(i)?;
    Ok((i, iso(y, m, d)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_languages() {
        assert_eq!(
            super::en("28 September 2001,").unwrap(),
            (",", "2001-09-28".to_string())
        );
        assert_eq!(
            super::zh("2001 年 9 月 28 日第").unwrap(),
            ("第", "2001-09-28".to_string())
        );
        assert_eq!(
            super::zh("2019年12月3日大会").unwrap(),
            ("大会", "2019-12-03".to_string())
        );
    }
}
