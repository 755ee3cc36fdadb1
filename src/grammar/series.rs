//! The United Nations Treaty Series reference of a footnote, after its label:
//! `Treaty Series, vol. 2178, No. 38349`, `Recueil des Traités, vol. 1577, no 27531`,
//! `Treaty Series, vol. 75, núms. 970 a 973`, `《条约汇编》，第2225、2237、2241和2326卷，第39574号`.
//! What it names is the registration number(s); volumes are read and passed over.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::multi::many0;
use nom::{IResult, Parser};

use super::{number, ws0};

/// A separator between two numbers of a list: `, `, ` and `, ` et `, ` y `, `、`, `和`.
fn list_sep(i: &str) -> IResult<&str, &str> {
    alt((
        tag(", "),
        tag(" and "),
        tag(" et "),
        tag(" y "),
        tag(" и "),
        tag("、"),
        tag("和"),
    ))
    .parse(i)
}

/// `2225, 2237, 2241 and 2326`, `2171 و 2173`.
fn number_list(i: &str) -> IResult<&str, Vec<u32>> {
    let (i, first) = number(6)(i)?;
    let (i, rest) = many0((alt((list_sep, tag(" و "))), number(6)).map(|(_, n)| n)).parse(i)?;
    Ok((i, std::iter::once(first).chain(rest).collect()))
}

/// `vol. 2178`, `vols. 2225, 2237 and 2326`, `第2178卷`.
fn volumes(i: &str) -> IResult<&str, Vec<u32>> {
    alt((
        (
            alt((
                tag("vols."),
                tag("vol."),
                tag("т."),
                tag("المجلدات"),
                tag("المجلدان"),
                tag("المجلد"),
            )),
            ws0,
            number_list,
        )
            .map(|(_, _, v)| v),
        (tag("第"), number_list, tag("卷")).map(|(_, v, _)| v),
    ))
    .parse(i)
}

/// `970–973`, `970 a 973`, `970-973`: a range; a single number otherwise.
fn registration(i: &str) -> IResult<&str, Vec<u32>> {
    let (i, first) = number(7)(i)?;
    let (i, last) = opt((
        alt((
            tag("–"),
            tag("-"),
            tag(" a "),
            tag(" à "),
            tag(" to "),
            tag("至"),
        )),
        number(7),
    )
        .map(|(_, n)| n))
    .parse(i)?;
    Ok(match last {
        Some(l) if l > first && l - first < 10 => (i, (first..=l).collect()),
        _ => (i, vec![first]),
    })
}

/// `970–973 and 17512`: registrations and ranges of them.
fn registrations(i: &str) -> IResult<&str, Vec<u32>> {
    let (i, first) = registration(i)?;
    let (i, rest) =
        many0((alt((list_sep, tag(" و "), tag(" و"))), registration).map(|(_, n)| n)).parse(i)?;
    Ok((
        i,
        first
            .into_iter()
            .chain(rest.into_iter().flatten())
            .collect(),
    ))
}

/// `No. 38349`, `Nos. 970–973`, `Nos. 17512 and 17513`, `no 27531`, `núm. 38349`, `№ 38349`,
/// `الرقمان 17512 و 17513`, `第38349号`.
fn numbers(i: &str) -> IResult<&str, Vec<u32>> {
    alt((
        (
            alt((
                tag("Nos."),
                tag("No."),
                tag("núms."),
                tag("núm."),
                tag("nos"),
                tag("no"),
                tag("nº"),
                tag("n°"),
                tag("№"),
                tag("الأرقام"),
                tag("الرقمان"),
                tag("الرقم"),
            )),
            ws0,
            registrations,
        )
            .map(|(_, _, v)| v),
        (tag("第"), registrations, tag("号")).map(|(_, v, _)| v),
    ))
    .parse(i)
}

/// After the label: `, vol. 2178, No. 38349` → `[38349]`.
pub fn after_label(i: &str) -> IResult<&str, Vec<u32>> {
    let sep = |i| (opt(tag("》")), alt((tag(","), tag("，"), tag("،"))), ws0).parse(i);
    let (i, (_, _, _, n)) = (sep, volumes, sep, numbers).parse(i)?;
    Ok((i, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_languages_forms() {
        for (s, n) in [
            (", vol. 2178, No. 38349.", vec![38349]),
            (", vol. 1577, no 27531.", vec![27531]),
            (", vol. 2445, núm. 44004.", vec![44004]),
            (", vols. 2225, 2237, 2241 and 2326, No. 39574.", vec![39574]),
            (", vol. 75, Nos. 970–973.", vec![970, 971, 972, 973]),
            (", vol. 75, núms. 970 a 973.", vec![970, 971, 972, 973]),
            ("》，第2225、2237、2241和2326卷，第39574号。", vec![39574]),
            ("》，第75卷，第970-973号。", vec![970, 971, 972, 973]),
            // After `Ibid.`: the same series, another number.
            (", vol. 634, No. 9068.", vec![9068]),
            ("، المجلد 2171، الرقم 27531.", vec![27531]),
            (", vol. 1125, Nos. 17512 and 17513.", vec![17512, 17513]),
            ("، المجلد 1125، الرقمان 17512 و 17513.", vec![17512, 17513]),
            ("، المجلدان 2171 و 2173، الرقم 27531.", vec![27531]),
            ("，第1125卷，第17512和17513号。", vec![17512, 17513]),
        ] {
            assert_eq!(after_label(s).map(|(_, v)| v), Ok(n), "{s}");
        }
    }

    #[test]
    fn a_page_is_not_a_registration() {
        assert!(after_label(", vol. 1978, pág. 1197.").is_err());
    }
}
