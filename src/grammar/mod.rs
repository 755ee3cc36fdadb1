//! Stage 3: nom grammars, bottom-up. Small parsers shared by every language live here; the
//! document symbol grammar, resolution numbers, dates and pinpoints have a file each, and the
//! word order of each language (keyword before the list, or the Chinese `第…号决议` frame)
//! lives in [`phrase`].
//!
//! Every parser reads the normalised text (`normalise`), so NBSP is a plain space, U+2011 a
//! hyphen and full-width digits ASCII.

pub mod date;
pub mod number;
pub mod phrase;
pub mod pinpoint;
pub mod series;
pub mod symbol;

use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::combinator::{map_res, opt, recognize};
use nom::{IResult, Parser};

/// White space inside a reference: spaces, tabs and one line break (hard-wrapped speeches
/// break `resolution 1556\n(2004)`).
pub fn ws(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(|c| c == ' ' || c == '\t'),
        opt((
            tag("\n"),
            nom::bytes::complete::take_while(|c| c == ' ' || c == '\t'),
        )),
    ))
    .parse(i)
    .or_else(|_: nom::Err<nom::error::Error<&str>>| {
        recognize((
            tag("\n"),
            nom::bytes::complete::take_while(|c| c == ' ' || c == '\t'),
        ))
        .parse(i)
    })
}

/// Optional white space.
pub fn ws0(i: &str) -> IResult<&str, &str> {
    recognize(opt(ws)).parse(i)
}

/// ASCII digits (nom's `digit1` is ASCII only; full-width digits were folded by `normalise`).
pub fn digits(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_digit()).parse(i)
}

/// A number of at most `max` digits: `1373`.
pub fn number(max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        map_res(
            take_while_m_n(1, max, |c: char| c.is_ascii_digit()),
            str::parse,
        )
        .parse(i)
    }
}

/// A roman numeral in capitals, well formed: `XXV`, `III`.
pub fn roman(i: &str) -> IResult<&str, u32> {
    map_res(
        take_while1(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')),
        |s: &str| crate::id::parse_roman(s).ok_or(()),
    )
    .parse(i)
}

/// A Chinese numeral up to 99: `五十九` → 59, `十一` → 11, `二` → 2.
pub fn zh_numeral(i: &str) -> IResult<&str, u32> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|v| v as u32)
    };
    let mut chars = i.char_indices();
    let mut value = 0u32;
    let mut current = 0u32;
    let mut end = 0;
    let mut any = false;
    for (k, c) in chars.by_ref() {
        if let Some(d) = digit(c) {
            current = d;
        } else if c == '十' {
            value += if current == 0 && !any {
                10
            } else {
                current * 10
            };
            current = 0;
        } else if c == '两' {
            current = 2;
        } else {
            end = k;
            break;
        }
        any = true;
        end = k + c.len_utf8();
    }
    if !any {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((&i[end..], value + current))
}

/// The byte offset of `rest` inside `base` (both slices of one text).
pub fn offset(base: &str, rest: &str) -> usize {
    rest.as_ptr() as usize - base.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("五十九届", 59),
            ("十一届", 11),
            ("七十四", 74),
            ("二", 2),
            ("十", 10),
        ] {
            assert_eq!(zh_numeral(s).unwrap().1, v, "{s}");
        }
    }

    #[test]
    fn white_space_takes_one_line_break() {
        assert_eq!(ws(" \n(2004)").unwrap().0, "(2004)");
        assert!(ws("(2004)").is_err());
    }
}
