//! Word order: how each language puts a body, a keyword and a list of numbers together.
//!
//! - Keyword first (English, French, Spanish, Russian, Arabic): the body before the keyword
//!   (`Security Council resolutions 2133 (2014), 2178 (2014) and 2462 (2019)`, `its`, `sa`,
//!   `свою`), between the keyword and the list (`resoluciones del Consejo de Seguridad 2133
//!   (2014)`, `резолюции Совета Безопасности`, `قرارات مجلس الأمن`) or after the list
//!   (`résolutions … et 2462 (2019) du Conseil de sécurité`); a date may follow each item
//!   (`56/1 of 12 September 2001`, `du 28 septembre 2001`), in the lexicon's words.
//! - Chinese: body, date, then one `第…号决议` frame around the list —
//!   `安全理事会 1999 年 10 月 19 日第 1269 (1999) 号决议`, `第 58/136 和 58/140 号决议`,
//!   `第181(II)号、1948年12月11日第194(III)号…决议`.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::{IResult, Parser};

use super::number::{item, Item};
use super::{date, offset, ws, ws0};
use crate::lexicon::{BodyName, Lexicon};

/// One number of a list, with its span in the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub item: Item,
    pub start: usize,
    pub end: usize,
    /// The date printed with it.
    pub date: Option<String>,
    /// A body named for this item alone (`大会第60/180号和安理会第1645(2005)号`).
    pub body: Option<BodyName>,
}

/// A separator between list items, in the language's words: `, `, ` and `, `, and `, ` et `,
/// ` y `, ` и `, ` و `, `و` glued to the number in Arabic, `، `, `…`, `; `.
fn sep<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, &'a str> {
    let start = i;
    let fail = || nom::Err::Error(nom::error::Error::new(start, nom::error::ErrorKind::Tag));
    let (i, _) = ws0(i)?;
    let (i, punct) = opt(alt((tag(","), tag("،"), tag("…"), tag(";")))).parse(i)?;
    if punct == Some(";") && !i.starts_with([' ', '\n']) {
        return Err(fail());
    }
    let (mut i, _) = ws0(i)?;
    let mut joined = false;
    for w in lex.and {
        if let Some(r) = i.strip_prefix(w) {
            // Glued to a number or to a session prefix (`و33/24`, `ودإ-24/1`).
            let glued = lex.glued_and.contains(w)
                && (r.starts_with(|c: char| c.is_ascii_digit()) || item(false)(r).is_ok());
            if let Ok((r, _)) = ws(r) {
                i = r;
                joined = true;
                break;
            } else if glued {
                i = r;
                joined = true;
                break;
            }
        }
    }
    if punct.is_none() && !joined {
        return Err(fail());
    }
    let (i, _) = ws0(i)?;
    Ok((i, &start[..start.len() - i.len()]))
}

/// Whether `s` opens a numbered paragraph: `2.`, `12.\t`.
fn starts_paragraph(s: &str) -> bool {
    let d = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    d > 0 && matches!(s.as_bytes().get(d), Some(b'.') | Some(b'\t') | Some(b' '))
}

/// The date printed after an item: ` of 28 September 2001`, ` du 28 septembre 2001`,
/// `, de 28 de septiembre de 2001`, ` от 28 сентября 2001 года`, ` المؤرخ 28 أيلول/سبتمبر 2001`.
fn item_date<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, String> {
    let (i, _) = (ws0, opt(alt((tag(","), tag("،")))), ws0).parse(i)?;
    for b in lex.date.before {
        if let Some(r) = i.strip_prefix(b) {
            if let Ok((r, _)) = ws(r) {
                if let Ok(ok) = date::with(&lex.date, r) {
                    return Ok(ok);
                }
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A list of numbers starting at `start`: `2133 (2014), 2178 (2014) and 2462 (2019)`,
/// `181 (II) du 29 novembre 1947, 194 (III) du 11 décembre 1948 et 31/20`. `bare` admits
/// numbers without a session (`resolution 1754`). Returns the items, the end of the list, and
/// the end of its first unbroken run: a description skipped between two items (`…, entitled
/// “Implementation of General Assembly resolution 46/152 …”, 1992/22 of …`) may hold
/// references of its own, so only the first run is taken as covered.
pub fn list(
    base: &str,
    start: usize,
    bare: bool,
    lex: &Lexicon,
) -> Option<(Vec<ListItem>, usize, usize)> {
    let mut i = &base[start..];
    let mut out: Vec<ListItem> = Vec::new();
    let mut first_run_end = None;
    loop {
        let parsed = item(bare)(i);
        let Ok((r, it)) = parsed else { break };
        // A bare number continues a list only of bare numbers or Security Council numbers.
        if it.session.is_none() && out.iter().any(|x| x.item.slash) {
            break;
        }
        let s = offset(base, i);
        let e = offset(base, r);
        let (r, d) = match item_date(r, lex) {
            Ok((r, d)) => (r, Some(d)),
            Err(_) => (r, None),
        };
        out.push(ListItem {
            item: it,
            start: s,
            end: e,
            date: d,
            body: None,
        });
        let end = offset(base, r);
        match sep(r, lex) {
            // A list does not run into the next numbered paragraph (`…2035 (2012);\n2.\tDecides`).
            Ok((after, sep))
                if item(bare)(after).is_ok()
                    && !(sep.contains('\n') && starts_paragraph(after)) =>
            {
                i = after
            }
            _ if unpunctuated_next(r, &out, lex).is_some() => {
                i = unpunctuated_next(r, &out, lex).unwrap_or(r);
            }
            _ => match skip_description(base, end, &out, lex) {
                Some(next) => {
                    first_run_end.get_or_insert(end);
                    i = &base[next..];
                }
                None => return Some((out, end, first_run_end.unwrap_or(end))),
            },
        }
    }
    let end = out.last()?.end;
    Some((out, end, first_run_end.unwrap_or(end)))
}

/// The next item after a dated one when the comma between them was left out (a misprint:
/// `2017/9 от 7 июня 2017 года 2018/7 от 12 июня 2018 года`): only a dated item of the same
/// shape on the same line continues the list.
fn unpunctuated_next<'a>(r: &'a str, items: &[ListItem], lex: &Lexicon) -> Option<&'a str> {
    let prev = items.last()?;
    prev.date.as_ref()?;
    let (after, gap) = ws(r).ok()?;
    if gap.contains('\n') {
        return None;
    }
    let (rest, next) = item(false)(after).ok()?;
    let same_shape = next.slash == prev.item.slash
        && std::mem::discriminant(&next.session) == std::mem::discriminant(&prev.item.session);
    (same_shape && item_date(rest, lex).is_ok()).then_some(after)
}

/// After an item described by its title (`74/270 of 2 April 2020 on global solidarity to fight
/// the coronavirus disease 2019 (COVID-19) and 74/274 of 20 April 2020 on …`), the position of
/// the next item of the same shape, if the list goes on within the clause.
fn skip_description(base: &str, end: usize, items: &[ListItem], lex: &Lexicon) -> Option<usize> {
    let rest = &base[end..];
    lex.describers.iter().find(|d| rest.starts_with(**d))?;
    let prev = &items.last()?.item;
    // 400 characters, not bytes: a Cyrillic or Arabic title takes two bytes a letter.
    let limit = rest.char_indices().nth(400).map_or(rest.len(), |(k, _)| k);
    let window = &rest[..limit];
    let mut stop = window.find([';', '\n', '؛']).unwrap_or(window.len());
    // Another keyword outside quotation marks starts a list of its own (`… on women, peace and
    // security and resolutions 1612 (2005), …`).
    for kw in lex.keywords {
        let mut from = 0;
        while let Some(k) = window[from..stop.min(window.len())].find(kw.word) {
            let at = from + k;
            let opened = window[..at].matches(['“', '«']).count();
            let closed = window[..at].matches(['”', '»']).count();
            if opened <= closed {
                stop = at;
                break;
            }
            from = at + kw.word.len();
        }
    }
    let window = &window[..stop];
    for (at, _) in window
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ' ' | '،'))
    {
        let Ok((after, _)) = sep(&rest[at..], lex) else {
            continue;
        };
        if let Ok((r, next)) = item(false)(after) {
            let same_shape = next.slash == prev.slash
                && std::mem::discriminant(&next.session) == std::mem::discriminant(&prev.session);
            let follows_well = item_date(r, lex).is_ok()
                || lex.describers.iter().any(|d| r.starts_with(d))
                || r.starts_with([',', ';', '،'])
                || r.is_empty();
            if same_shape && follows_well {
                return Some(offset(base, after));
            }
        }
    }
    None
}

/// An organ named inside a Chinese frame, before or after a date: `安理会`, `大会`.
fn zh_organ_name(i: &str) -> IResult<&str, BodyName> {
    for (name, body) in crate::lexicon::for_language(crate::Language::Zh).bodies {
        if *name != "其" && *name != "理事会" {
            if let Some(r) = i.strip_prefix(name) {
                return Ok((r.trim_start_matches(' '), body.clone()));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A separator inside a Chinese frame: `、`, `和`, `及`, `以及`, `,`, `与`, then an optional body
/// and date (which belong to the next item) and `第`: `号和安理会第1645(2005)号`,
/// `号、2010年10月29日大会第65/7号`.
fn zh_sep(i: &str) -> IResult<&str, (Option<String>, Option<BodyName>)> {
    let (i, _) = (
        ws0,
        alt((
            tag("、"),
            tag("和"),
            tag("以及"),
            tag("及"),
            tag(","),
            tag("与"),
            tag("…"),
        )),
        ws0,
    )
        .parse(i)?;
    // Each item with its own title: `第59/156号、题为“…”的2018年12月17日第73/189号`.
    let (i, _) = opt((
        tag("题为“"),
        nom::bytes::complete::take_until("”"),
        tag("”的"),
        ws0,
    ))
    .parse(i)?;
    let (i, body) = opt(zh_organ_name).parse(i)?;
    let (i, d) = opt(nom::sequence::terminated(date::zh, ws0)).parse(i)?;
    let (i, body) = match body {
        Some(b) => (i, Some(b)),
        None => opt(zh_organ_name).parse(i)?,
    };
    let (i, _) = (opt(tag("第")), ws0).parse(i)?;
    Ok((i, (d, body)))
}

/// A Chinese frame's list, from its first number to the `号决议` or `号决定` that closes it:
/// returns the items, the end of the frame and whether it names decisions.
pub fn zh_frame(base: &str, start: usize) -> Option<(Vec<ListItem>, usize, bool)> {
    let mut i = &base[start..];
    let mut out = Vec::new();
    let mut pending_date = None;
    let mut pending_body = None;
    loop {
        let (r, it) = item(true)(i).ok()?;
        out.push(ListItem {
            item: it,
            start: offset(base, i),
            end: offset(base, r),
            date: pending_date.take(),
            body: pending_body.take(),
        });
        let (r, _) = ws0(r).ok()?;
        let (r, hao) = opt(tag::<_, _, nom::error::Error<&str>>("号"))
            .parse(r)
            .ok()?;
        let r = r.trim_start_matches(' ');
        if hao.is_some() || r.starts_with('决') {
            if let Some(rest) = r.strip_prefix("决议") {
                return Some((out, offset(base, rest), false));
            }
            if let Some(rest) = r.strip_prefix("决定") {
                return Some((out, offset(base, rest), true));
            }
        }
        let (after, (d, b)) = zh_sep(r).ok()?;
        pending_date = d;
        pending_body = b;
        i = after;
    }
}

/// The body named just before a keyword: `Security Council resolutions`, `its resolution`,
/// `sa résolution`, `свою резолюцию`.
pub fn body_before(base: &str, kw_start: usize, lex: &Lexicon) -> Option<BodyName> {
    let before = base[..kw_start].trim_end_matches([' ', '\t']);
    let before = before
        .strip_suffix("’s")
        .or_else(|| before.strip_suffix("'s"))
        .unwrap_or(before);
    for (name, body) in lex.bodies {
        if let Some(head) = before.strip_suffix(name) {
            if !head.ends_with(|c: char| c.is_alphanumeric() || c == '-') {
                return Some(body.clone());
            }
        }
    }
    None
}

/// A body linked to what precedes it: ` of the General Assembly`, ` du Conseil de sécurité`,
/// ` de l’Assemblée générale`, ` del Consejo de Seguridad`, ` Совета Безопасности`,
/// ` مجلس الأمن`. Returns the body and the rest after it.
pub fn linked_body<'a>(rest: &'a str, lex: &Lexicon) -> Option<(BodyName, &'a str)> {
    let (r, _) = ws(rest).ok()?;
    for link in lex.body_links {
        let Some(after_link) = r.strip_prefix(link) else {
            continue;
        };
        // `de l’Assemblée`: an elided link needs no space; a word link does.
        let after_link = if link.is_empty() || link.ends_with(['’', '\'']) {
            after_link
        } else {
            match ws(after_link) {
                Ok((a, _)) => a,
                Err(_) => continue,
            }
        };
        for (name, body) in lex.bodies {
            if matches!(body, BodyName::Its) || name.chars().count() < 6 {
                continue;
            }
            if let Some(after) = after_link.strip_prefix(name) {
                if !after.starts_with(|c: char| c.is_alphanumeric()) {
                    return Some((body.clone(), after));
                }
            }
        }
    }
    None
}

/// The body named in the Chinese clause before a frame: the rightmost body name between the
/// last clause break and `end` (`安全理事会 1999 年 10 月 19 日第`, `其 2001 年 9 月 12 日第`).
pub fn zh_body_before(base: &str, end: usize, lex: &Lexicon) -> Option<BodyName> {
    let mut from = end.saturating_sub(600);
    while !base.is_char_boundary(from) {
        from += 1;
    }
    let window = &base[from..end];
    // The clause starts after the last break outside quotation marks (a title in `“…”` may
    // hold any punctuation).
    let mut clause_start = 0;
    let mut depth = 0i32;
    for (k, c) in window.char_indices() {
        match c {
            '“' | '《' => depth += 1,
            '”' | '》' => depth = (depth - 1).max(0),
            ',' | '。' | ';' | '\n' | '、' if depth == 0 => clause_start = k + c.len_utf8(),
            _ => {}
        }
    }
    let clause = &window[clause_start..];
    // A name inside a title (`题为“建立《…公约》及其各项议定书…”的`) is not the issuing body.
    let mut quoted = Vec::new();
    let mut depth = 0i32;
    for (k, c) in clause.char_indices() {
        match c {
            '“' => depth += 1,
            '”' => depth = (depth - 1).max(0),
            _ if depth > 0 => quoted.push(k),
            _ => {}
        }
    }
    let mut best: Option<(usize, usize, &BodyName)> = None;
    for (name, body) in lex.bodies {
        let mut search = clause;
        let mut base_off = 0;
        while let Some(k) = search.find(name) {
            let at = base_off + k;
            let after = &clause[at + name.len()..];
            // `其他`, `其中`, `其后`, `其余` are not "its".
            let is_its_word =
                *name == "其" && after.starts_with(['他', '中', '后', '余', '它', '间']);
            if !is_its_word && quoted.binary_search(&at).is_err() {
                let end_at = at + name.len();
                if best.is_none_or(|(e, l, _)| end_at > e || (end_at == e && name.len() > l)) {
                    best = Some((end_at, name.len(), body));
                }
            }
            base_off = at + name.len();
            search = &clause[base_off..];
        }
    }
    // `人权理事会在其2014年6月26日第26/2号决议中`: "its" right after a body and `在` is that body's.
    if let Some((end_at, len, BodyName::Its)) = best {
        let head = clause[..end_at - len].trim_end_matches(' ');
        if let Some(head) = head.strip_suffix('在') {
            let named = lex
                .bodies
                .iter()
                .filter(|(name, b)| *name != "其" && !matches!(b, BodyName::Its))
                .filter(|(name, _)| head.ends_with(name))
                .max_by_key(|(name, _)| name.len());
            if let Some((_, b)) = named {
                return Some(b.clone());
            }
        }
    }
    best.map(|(_, _, b)| b.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_lists() {
        let s = "its resolutions 181 (II) of 29 November 1947, 3375 (XXX) and 3376 (XXX) of 10 November 1975, 31/20 of 24 November 1976 and all";
        let k = s.find("181").unwrap();
        let (items, _, _) = list(
            s,
            k,
            false,
            &crate::lexicon::for_language(crate::Language::En),
        )
        .unwrap();
        let texts: Vec<&str> = items.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(texts, ["181 (II)", "3375 (XXX)", "3376 (XXX)", "31/20"]);
        assert_eq!(items[0].date.as_deref(), Some("1947-11-29"));
        assert_eq!(
            body_before(s, 4, crate::lexicon::for_language(crate::Language::En)),
            Some(BodyName::Its)
        );
    }

    #[test]
    fn chinese_frames() {
        let s = "第181(II)号、1948年12月11日第194(III)号、1976年11月24日第31/20号决议和其后";
        let (items, end, dec) = zh_frame(s, "第".len()).unwrap();
        let texts: Vec<&str> = items.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(texts, ["181(II)", "194(III)", "31/20"]);
        assert_eq!(items[1].date.as_deref(), Some("1948-12-11"));
        assert_eq!(
            &s[..end],
            "第181(II)号、1948年12月11日第194(III)号、1976年11月24日第31/20号决议"
        );
        assert!(!dec);
        let s = "第 58/136 和 58/140 号决议, 大会";
        let (items, _, _) = zh_frame(s, "第 ".len()).unwrap();
        assert_eq!(items.len(), 2);
        assert!(zh_frame("第七十四届会议", "第".len()).is_none());
    }

    #[test]
    fn chinese_bodies() {
        let s = "回顾安全理事会 1999 年 10 月 19 日第";
        assert_eq!(
            zh_body_before(
                s,
                s.len() - "第".len(),
                crate::lexicon::for_language(crate::Language::Zh)
            ),
            Some(BodyName::Organ(crate::id::Organ::SecurityCouncil))
        );
        let s = "又回顾其 2001 年 9 月 12 日第";
        assert_eq!(
            zh_body_before(
                s,
                s.len(),
                crate::lexicon::for_language(crate::Language::Zh)
            ),
            Some(BodyName::Its)
        );
        let s = "及其他相关联合国决议的框架内第";
        assert_eq!(
            zh_body_before(
                s,
                s.len(),
                crate::lexicon::for_language(crate::Language::Zh)
            ),
            None
        );
    }
}
