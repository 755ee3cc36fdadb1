//! Stage 3 driver: run the grammars at the scanner's anchors, in document order, and return
//! every reference found with its span in the normalised text. Nothing here decides an ID
//! that needs context (which body, which footnote): that is `resolve`'s job.

use nom::bytes::complete::tag;
use nom::{IResult, Parser};

use crate::gazetteer::Gazetteer;
use crate::grammar::number::{item, Item};
use crate::grammar::phrase::{self, ListItem};
use crate::grammar::{offset, pinpoint, symbol, ws, ws0};
use crate::id::{InstrumentId, Organ, Session};
use crate::lang::Language;
use crate::lexicon::{BodyName, Lexicon};
use crate::scan::{Anchor, Cue};

/// What a reference names before context is applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A document symbol, canonical.
    Symbol(String),
    /// A resolution or decision number with the body named for it, if any.
    Item {
        item: Item,
        decision: bool,
        body: Option<BodyName>,
        /// One of several numbers sharing a keyword (`via: list` when a body is named).
        listed: bool,
    },
    /// A sales number without its language letter: `04.V.7`.
    Sales(String),
    /// A named instrument: by its name, a short form or its Treaty Series number (no ID where
    /// the number is not in the gazetteer).
    Named {
        id: Option<InstrumentId>,
        how: NameHow,
    },
}

/// How a named instrument was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameHow {
    /// Its name (`Convention on the Rights of the Child`, `《联合国宪章》`).
    Title,
    /// A short form after a full mention (`the Convention`, `该公约`).
    ShortForm,
    /// Its Treaty Series registration (`Treaty Series, vol. 1577, No. 27531`).
    TreatySeries,
}

/// A reference found in the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRef {
    pub start: usize,
    pub end: usize,
    pub what: Raw,
    pub date: Option<String>,
    pub pinpoint: Option<String>,
}

/// `, resolution 14/221`, `, résolution 14/221`, `، القرار 14/221` or `，第14/221号决议` after a
/// document: a pinpoint of it.
fn resolution_pinpoint<'a>(i: &'a str, lex: &Lexicon) -> IResult<&'a str, String> {
    let (i, _) = (ws0, nom::branch::alt((tag(","), tag("、"), tag("،"))), ws0).parse(i)?;
    for k in lex.keywords {
        if let Some(r) = i.strip_prefix(k.word) {
            if let Ok((r, (_, it))) = (ws, item(false)).parse(r) {
                let w = if k.decision { "decision" } else { "resolution" };
                return Ok((r, format!("{w} {}", item_text(&it))));
            }
        }
    }
    let (r, (_, _, it, _, _, w)) = (
        tag("第"),
        ws0,
        item(false),
        ws0,
        tag("号"),
        nom::branch::alt((tag("决议"), tag("决定"))),
    )
        .parse(i)?;
    let w = if w == "决议" {
        "resolution"
    } else {
        "decision"
    };
    Ok((r, format!("{w} {}", item_text(&it))))
}

fn item_text(it: &Item) -> String {
    match it.session {
        Some(Session::Number(s)) | Some(Session::Year(s)) if it.slash => {
            format!("{s}/{}", it.number)
        }
        _ => it.number.to_string(),
    }
}

/// Parse the references at `anchors` (from `scan`) in `text`, the normalised text.
pub fn parse(
    text: &str,
    lex: &Lexicon,
    anchors: &[Anchor],
    gazetteer: Option<&Gazetteer>,
) -> Vec<RawRef> {
    let mut out = Vec::new();
    let mut covered = 0usize;
    // The end and body of the last Chinese frame, to carry the body along a chain of frames.
    let mut last_frame: Option<(usize, Option<BodyName>)> = None;
    for a in anchors {
        if a.pos < covered {
            continue;
        }
        let found = match a.cue {
            Cue::Slash => symbols(text, a.pos, lex, &mut out),
            Cue::Keyword { decision, len, .. } if lex.lang == Language::Zh => zh_keyword(
                text,
                a.pos,
                len,
                decision,
                covered,
                lex,
                &mut last_frame,
                &mut out,
            ),
            Cue::Keyword { decision, its, len } => {
                keyword_first(text, a.pos, len, decision, its, lex, &mut out)
            }
            Cue::Paren if lex.lang == Language::Zh => None,
            Cue::Paren => bare_sc_list(text, a.pos, lex, &mut out),
            Cue::Charter { len } => {
                out.push(named(a.pos, a.pos + len, Some(charter()), NameHow::Title));
                Some(a.pos + len)
            }
            Cue::CharterShort { len } => charter_short(text, a.pos, len, lex, &mut out),
            Cue::Sales { len } => sales(text, a.pos, len, &mut out),
            // Named instruments are read after this loop, all at once.
            Cue::ShortForm { .. } | Cue::TreatySeries { .. } | Cue::NameStart { .. } => None,
        };
        if let Some(end) = found {
            covered = covered.max(end);
        }
    }
    // A number with no body next to it takes the organ named last before it in the same
    // sentence (`the relevant resolutions of the Human Rights Council on …, 21/23 of 28 September
    // 2012`, `回顾人权委员会关于死刑问题的所有决议，最后一项是2005年4月20日第2005/59号决议`).
    for r in out.iter_mut() {
        if let Raw::Item {
            item,
            body: body @ None,
            ..
        } = &mut r.what
        {
            if item.slash {
                *body = organ_in_sentence(text, r.start, lex)
                    .or_else(|| council_in_sentence(text, r.start, lex));
            }
        }
        // A year-numbered resolution of "the Commission" (`Commission resolutions 2002/68`,
        // `قراري اللجنة 2002/68`), or of no body where the sentence names the Commission on
        // Human Rights and the Human Rights Council, whose numbers have no years, is the
        // Commission on Human Rights'.
        if let Raw::Item { item, body, .. } = &mut r.what {
            let chr = BodyName::Organ(Organ::CommissionOnHumanRights);
            let open = matches!(
                body,
                None | Some(BodyName::Unknown) | Some(BodyName::Organ(Organ::HumanRightsCouncil))
            );
            if item.slash
                && matches!(item.session, Some(Session::Year(y)) if y <= 2006)
                && open
                && sentence_names(text, r.start, lex, &chr)
            {
                *body = Some(chr);
            }
            // `Economic and Social Council resolution 1984/50 … and … Council resolutions
            // 1989/64 and 1996/15` (fr `ses résolutions`): no council but the Economic and
            // Social Council numbers by year.
            let ecosoc = BodyName::Organ(Organ::EconomicAndSocialCouncil);
            if item.slash
                && matches!(item.session, Some(Session::Year(_)))
                && matches!(body, Some(BodyName::Council) | Some(BodyName::Its))
                && sentence_names(text, r.start, lex, &ecosoc)
            {
                *body = Some(ecosoc);
            }
        }
        // "its" before a session number below 31 (`as reflected in its resolutions 2/5 … and
        // 3/3`) is not the Assembly's, whose first sessions are roman: a body outside the
        // organs named before it in the sentence (the Environment Assembly) is the one.
        if let Raw::Item {
            item,
            body: body @ Some(BodyName::Its),
            ..
        } = &mut r.what
        {
            // So is a session no organ has reached (`ومقرراتها 250/2002 و275/2003 و428/12`
            // of the African Commission named before).
            if item.slash
                && matches!(item.session, Some(Session::Number(s)) if !(31..100).contains(&s))
            {
                if let Some(b @ BodyName::Other(_)) = organ_in_sentence(text, r.start, lex) {
                    *body = Some(b);
                }
            }
        }
    }
    // A number reached both by a list that skipped a description and by an anchor inside it.
    out.sort_by_key(|r| (r.start, r.end));
    out.dedup_by(|a, b| a.start == b.start && a.end == b.end);
    // A list resumed after a description (`its resolutions 20/17 of 6 July 2012, on the
    // situation …, 22/18 of …, in which it established …, 25/36 of …`, `resoluciones 38/5, …,
    // sobre …; 44/15, …`): the numbers after it with no body of their own in the sentence take
    // the body of the number before them.
    let mut last: Option<(usize, BodyName)> = None;
    for r in out.iter_mut() {
        let Raw::Item { item, body, .. } = &mut r.what else {
            continue;
        };
        match body {
            Some(b) => last = Some((r.end, b.clone())),
            None if item.slash => {
                let resumed = last.as_ref().filter(|(e, _)| {
                    let Some(gap) = text.get(*e..r.start) else {
                        return false;
                    };
                    !gap.contains(['。', '\n', '؛'])
                        && gap.rfind(';').is_none_or(|k| {
                            let after = gap[k + 1..].trim();
                            !gap[..k].contains(';')
                                && ["", "y", "et", "and", "и", "e"].contains(&after)
                        })
                });
                if let Some((_, b)) = resumed {
                    let b = b.clone();
                    *body = Some(b.clone());
                    last = Some((r.end, b));
                }
            }
            None => last = None,
        }
    }
    // `decision 13/1 adopted by the Open-ended Working Group on Ageing`, `la decisión 13/1
    // adoptada por el Grupo de Trabajo …`, `المقرر 13/1 الذي اعتمده الفريق العامل …`: a body
    // outside the table named as the one that adopted it, just after the number.
    const ADOPTED_BY: [&str; 7] = [
        " adopted by the ",
        " adoptada por el ",
        " adoptada por la ",
        " adoptée par le ",
        " adoptée par la ",
        " الذي اعتمده ",
        " التي اعتمدها ",
    ];
    for r in out.iter_mut() {
        let Raw::Item { body, .. } = &mut r.what else {
            continue;
        };
        if body.is_some() {
            continue;
        }
        let Some(rest) = text.get(r.end..) else {
            continue;
        };
        let Some(named) = ADOPTED_BY.iter().find_map(|a| rest.strip_prefix(a)) else {
            continue;
        };
        *body = body_at_start(named, lex).filter(|b| matches!(b, BodyName::Other(_)));
    }
    // `la résolution 91 et les décisions 250/2002, 275/2003 et 428/12 de la Commission
    // africaine …`: a number with no session and no body, joined by "and" to a list of the next
    // keyword, takes that list's body outside the table.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (head, tail) = out.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        let Raw::Item {
            body: Some(nb @ BodyName::Other(_)),
            ..
        } = &b.what
        else {
            continue;
        };
        let Raw::Item { item, body, .. } = &mut a.what else {
            continue;
        };
        if body.is_some() || item.session.is_some() {
            continue;
        }
        let Some(gap) = text.get(a.end..b.start) else {
            continue;
        };
        let joined = gap.chars().count() <= 20
            && !gap.contains(['。', '\n', ';', '؛', ','])
            && lex.and.iter().any(|w| {
                gap.trim_start()
                    .strip_prefix(w)
                    .is_some_and(|r| r.starts_with(' '))
            });
        if joined {
            *body = Some(nb.clone());
        }
    }
    if let Some(g) = gazetteer {
        named_instruments(text, lex, g, anchors, &mut out);
        out.sort_by_key(|r| (r.start, r.end));
    }
    out
}

/// Named instruments: every gazetteer name that stands on its own (not inside another title
/// or a body's name), then short forms (`the Convention`) resolved to the latest full mention of
/// their kind, then Treaty Series numbers in footnotes.
fn named_instruments(
    text: &str,
    lex: &Lexicon,
    g: &Gazetteer,
    anchors: &[Anchor],
    out: &mut Vec<RawRef>,
) {
    let mut found_before: Vec<(usize, usize)> = out
        .iter()
        .filter(|r| matches!(r.what, Raw::Named { .. }))
        .map(|r| (r.start, r.end))
        .collect();
    // The Charter's rules found it inside a longer title (`Declaration on Principles of
    // International Law … in accordance with the Charter of the United Nations`): a title
    // inside a title is not a citation by itself.
    let mut inner: Vec<(usize, usize)> = Vec::new();
    // Full mentions: (start, end, entry).
    let mut full: Vec<(usize, usize, usize)> = Vec::new();
    for m in g.find_at(text, lex.lang, anchors) {
        let (mut s, mut e) = (m.start, m.end);
        if lex.lang == Language::Zh {
            let closes_inside = text[s..e].contains('》');
            if text[..s].ends_with('《') && (text[e..].starts_with('》') || closes_inside) {
                // `《联合国宪章》`, `《…公约》及其各项议定书`: the marks are part of the reference.
                s -= '《'.len_utf8();
                if !closes_inside {
                    e += '》'.len_utf8();
                }
            } else if inside_book_title(text, s) && !closes_inside {
                continue;
            }
        }
        if inside_name(text, s, e, lex) {
            continue;
        }
        // The Charter's own rules found it already, or found a title inside this one.
        if let Some(k) = found_before.iter().position(|&(a, b)| a < e && s < b) {
            let (a, b) = found_before[k];
            if s <= a && b <= e && (s, e) != (a, b) {
                inner.push((a, b));
                found_before.swap_remove(k);
            } else {
                continue;
            }
        }
        full.push((s, e, m.entry));
        for id in g.targets(m.entry).iter().cloned() {
            out.push(named(s, e, Some(id), NameHow::Title));
        }
    }
    out.retain(|r| !(matches!(r.what, Raw::Named { .. }) && inner.contains(&(r.start, r.end))));
    // Short forms, and the titles of unknown instruments that end a short form's reach.
    let mut resets: Vec<(usize, &[&str])> = Vec::new();
    for a in anchors {
        match a.cue {
            Cue::ShortForm { form } => {
                let (word, nouns) = lex.short_forms[form];
                let start = a.pos + short_form_article(word);
                let end = a.pos + word.len();
                // `full` is in text order: the mentions before this one end at `before`.
                let before = full.partition_point(|&(s, _, _)| s < end);
                if full[..before]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|&(s, e, _)| s < end && start < e)
                {
                    continue;
                }
                let rest = &text[end..];
                if lex.lang != Language::Zh && rest.starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                // `la Agenda 2030`, `the Convention on …`, `the Agreement between …`: the title of
                // an instrument, not a short form; if unknown, later short forms do not reach
                // back past it.
                let head: String = rest.chars().take(16).collect::<String>().to_lowercase();
                let titled = rest.strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                });
                if titled || lex.title_connectors.iter().any(|c| head.starts_with(c)) {
                    resets.push((a.pos, nouns));
                    continue;
                }
                // The latest full mention of its kind before it, unless an unknown title of the
                // kind came between.
                let latest = full[..before].iter().rev().find(|&&(s, _, k)| {
                    s < a.pos
                        && g.entries()[k].kind != crate::gazetteer::EntryKind::Collective
                        && nouns.contains(&g.entries()[k].noun.as_str())
                });
                let Some(&(s, _, k)) = latest else {
                    continue;
                };
                let noun = g.entries()[k].noun.as_str();
                if resets
                    .iter()
                    .rev()
                    .take_while(|&&(p, _)| p > s)
                    .any(|&(p, ns)| p < a.pos && ns.contains(&noun))
                {
                    continue;
                }
                if inside_name(text, a.pos, end, lex) {
                    continue;
                }
                let id = g.targets(k).first().cloned();
                out.push(named(start, end, id, NameHow::ShortForm));
            }
            Cue::TreatySeries { len } => {
                let Ok((rest, numbers)) = crate::grammar::series::after_label(&text[a.pos + len..])
                else {
                    continue;
                };
                let end = offset(text, rest);
                // `《条约汇编》`: the mark belongs to the reference.
                let start = a.pos
                    - if text[..a.pos].ends_with('《') {
                        '《'.len_utf8()
                    } else {
                        0
                    };
                treaty_series_refs(g, start, end, &numbers, out);
            }
            _ => {}
        }
    }
    // `Ibid., vol. 634, No. 9068`, `同上，第634卷，第9068号`: the Treaty Series again, another
    // registration number.
    // One search per word (`Ibid` also finds `Ibid.`); Russian and Arabic notes may print the
    // English word.
    let mut words: Vec<&str> = lex
        .ibid
        .iter()
        .copied()
        .chain((lex.lang != Language::Zh).then_some("Ibid"))
        .map(|w| w.trim_end_matches('.'))
        .collect();
    words.sort_unstable();
    words.dedup();
    for w in words {
        for at in memchr::memmem::find_iter(text.as_bytes(), w) {
            let after = &text[at + w.len()..];
            let after = after.strip_prefix('.').unwrap_or(after);
            let Ok((rest, numbers)) = crate::grammar::series::after_label(after) else {
                continue;
            };
            let end = offset(text, rest);
            treaty_series_refs(g, at, end, &numbers, out);
        }
    }
}

/// One reference per registration number at `start..end`: the treaty registered under it, or
/// no ID where the gazetteer does not know the number.
fn treaty_series_refs(
    g: &Gazetteer,
    start: usize,
    end: usize,
    numbers: &[u32],
    out: &mut Vec<RawRef>,
) {
    for &n in numbers {
        let id = g.by_treaty_series(n).map(|e| e.instrument_id());
        out.push(named(start, end, id, NameHow::TreatySeries));
    }
}

/// The bytes of a short form's article, left out of the reference: `the `, `la `, `l'`, `该`.
fn short_form_article(form: &str) -> usize {
    if let Some(rest) = form
        .strip_prefix('该')
        .or_else(|| form.strip_prefix("上述"))
    {
        return form.len() - rest.len();
    }
    if form.starts_with(char::is_lowercase) {
        if let Some(k) = form.find([' ', '\'', '’']) {
            return k + form[k..].chars().next().map_or(1, char::len_utf8);
        }
    }
    0
}

/// Whether `start..end` is part of another title or a body's name: `Conference of the Parties
/// to the United Nations Framework Convention on Climate Change`, `《联合国气候变化框架公约》缔约方大会`.
pub(crate) fn inside_name(text: &str, start: usize, end: usize, lex: &Lexicon) -> bool {
    use crate::gazetteer::fold;
    let inside = crate::gazetteer::folded_inside(lex.lang);
    let (folded_before, folded_after) = (&inside.before, &inside.after);
    // Enough of the text before for the longest phrase, the letters glued to it and the
    // character before it.
    let from = crate::gazetteer::folded_back(&text[..start], inside.longest_before + 16);
    let mut before = fold(&text[from..start], lex.lang).text;
    if lex.lang == Language::Ar {
        // Letters glued to the name: `البروتوكول الاختياري لاتفاقية`.
        for _ in 0..2 {
            if before.ends_with(['و', 'ف', 'ب', 'ل', 'ك']) {
                before.pop();
            }
        }
        before.truncate(before.trim_end().len());
    }
    let inside_before = folded_before.iter().any(|w| {
        before.strip_suffix(w.as_str()).is_some_and(|head| {
            // Arabic glues a letter to the first word too: `لمؤتمر الأطراف في`.
            let head = match lex.lang {
                Language::Ar => head.trim_end_matches(['و', 'ف', 'ب', 'ل', 'ك']),
                _ => head,
            };
            lex.lang == Language::Zh || !head.ends_with(char::is_alphanumeric)
        })
    });
    if inside_before || folded_after.is_empty() {
        return inside_before;
    }
    let mut to = (end + 60).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let spaced = text[end..].starts_with(char::is_whitespace);
    let after = fold(&text[end..to], lex.lang).text;
    lex.inside_after
        .iter()
        .zip(folded_after)
        .any(|(w, f)| (spaced || !w.starts_with(' ')) && after.starts_with(f.as_str()))
}

/// Whether a name at `start` stands inside a longer `《…》` title that opened before it.
fn inside_book_title(text: &str, start: usize) -> bool {
    let line = &text[text[..start].rfind('\n').map_or(0, |k| k + 1)..start];
    match (line.rfind('《'), line.rfind('》')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

fn charter() -> InstrumentId {
    InstrumentId::Named("Charter of the United Nations".into())
}

/// A named instrument's reference at `start..end`, found `how`.
fn named(start: usize, end: usize, id: Option<InstrumentId>, how: NameHow) -> RawRef {
    RawRef {
        start,
        end,
        what: Raw::Named { id, how },
        date: None,
        pinpoint: None,
    }
}

/// A short form of the Charter (`the Charter`, `la Charte`, `la Carta`): the Charter of the
/// United Nations unless another charter follows (`the Charter of the Organization of American
/// States`, `la Charte africaine`).
fn charter_short(
    text: &str,
    pos: usize,
    len: usize,
    lex: &Lexicon,
    out: &mut Vec<RawRef>,
) -> Option<usize> {
    let short = &text[pos..pos + len];
    // Drop the article: the reference is `Charter`, `Charte`, `Carta`.
    let noun_at = short.rfind(' ').map_or(pos, |k| pos + k + 1);
    let rest = &text[pos + len..];
    let mut end = pos + len;
    if let Some(full) = lex
        .charter
        .iter()
        .find(|c| text[noun_at..].starts_with(**c))
    {
        end = noun_at + full.len();
    } else if rest.starts_with(|c: char| c.is_alphanumeric())
        || lex
            .body_links
            .iter()
            .chain(["of", "de", "des"].iter())
            .any(|l| !l.is_empty() && rest.starts_with(&format!(" {l}")))
        || rest.starts_with(" africaine")
        || rest.starts_with(" Africana")
        // `la Charte internationale … de l’éducation physique`, `la Carta Internacional de la
        // Educación Física`: another charter.
        || [" internationale", " Internacional", " internacional"].iter().any(|w| rest.starts_with(w))
        // `la Carta sobre la Seguridad y la Protección Marítimas`: another charter.
        || [" sobre ", " on ", " sur "].iter().any(|w| rest.starts_with(w))
    {
        return None;
    }
    out.push(named(noun_at, end, Some(charter()), NameHow::Title));
    Some(end)
}

/// `Sales No. E.04.V.7`, `出售品编号：C.04.V.7` → `04.V.7`.
fn sales(text: &str, pos: usize, len: usize, out: &mut Vec<RawRef>) -> Option<usize> {
    let rest = &text[pos + len..];
    let rest = rest.trim_start_matches([' ', ':']);
    let (r, (_, yy, _, rom, _, n)) = (
        nom::multi::many0((
            nom::character::complete::satisfy(|c: char| c.is_ascii_uppercase()),
            tag("."),
        )),
        nom::bytes::complete::take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        tag("."),
        crate::grammar::roman,
        tag("."),
        crate::grammar::digits,
    )
        .parse(rest)
        .ok()?;
    let end = offset(text, r);
    out.push(RawRef {
        start: pos,
        end,
        what: Raw::Sales(format!("{yy}.{}.{n}", crate::id::roman(rom))),
        date: None,
        pinpoint: None,
    });
    Some(end)
}

/// A symbol around the `/` at `pos`, with condensed continuations and pinpoints.
fn symbols(text: &str, pos: usize, lex: &Lexicon, out: &mut Vec<RawRef>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut start = pos;
    while start > 0
        && (bytes[start - 1].is_ascii_alphanumeric()
            || bytes[start - 1] == b'.'
            || bytes[start - 1] == b'-')
    {
        start -= 1;
    }
    if bytes.get(start).is_some_and(|b| b.is_ascii_digit()) && lex.lang != Language::Zh {
        return dated_list(text, start, lex, out);
    }
    if !bytes.get(start).is_some_and(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let (found, rest) = symbol::symbols_at(text, &text[start..])?;
    let mut rest = rest;
    let mut pins = Vec::new();
    // `Supplement No. 25 (A/52/25), annex, decision 19/1`: the pinpoints after the parenthesis
    // still narrow the symbol inside it.
    if let Some(after_paren) = rest.strip_prefix(')') {
        if pinpoint::chain(after_paren, lex).is_ok() {
            rest = after_paren;
        }
    }
    loop {
        if let Ok((r, p)) = pinpoint::chain(rest, lex) {
            pins.push(p);
            rest = r;
        } else if let Ok((r, p)) = resolution_pinpoint(rest, lex) {
            pins.push(p);
            rest = r;
        } else {
            break;
        }
    }
    let pin = (!pins.is_empty()).then(|| pins.join(", "));
    let n = found.len();
    for (k, f) in found.into_iter().enumerate() {
        out.push(RawRef {
            start: f.start,
            end: f.end,
            what: Raw::Symbol(f.symbol),
            date: None,
            pinpoint: if k + 1 == n { pin.clone() } else { None },
        });
    }
    Some(offset(text, rest))
}

/// Numbers listed with their dates after a description, away from their keyword
/// (`قرارات مجلس حقوق الإنسان بشأن حقوق الإنسان لكبار السن، 21/23 المؤرخ 28 أيلول/سبتمبر
/// 2012`): taken when the first number carries a date and the paragraph has spoken of
/// resolutions before it.
fn dated_list(text: &str, start: usize, lex: &Lexicon, out: &mut Vec<RawRef>) -> Option<usize> {
    // French names the subject of each group and lists its numbers in parentheses: `ses
    // propres résolutions sur … (9/10 du 24 septembre 2008, …), ses décisions sur … (2/105 du
    // 27 novembre 2006)`; the keyword last before the parenthesis says which.
    let paren = start > 0 && text.as_bytes()[start - 1] == b'(' && lex.lang == Language::Fr;
    if start > 0 && matches!(text.as_bytes()[start - 1], b'/' | b'-' | b'.' | b'(') && !paren {
        return None;
    }
    let para_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    let para = &text[para_start..start];
    if !lex
        .keywords
        .iter()
        .any(|k| !k.decision && para.contains(k.word))
    {
        return None;
    }
    let decision = paren
        && lex
            .keywords
            .iter()
            .filter_map(|k| para.rfind(k.word).map(|p| (p + k.word.len(), k.decision)))
            .max()
            .is_some_and(|(_, d)| d);
    let (items, _, first_run_end) = phrase::list(text, start, false, lex)?;
    if !items[0].item.slash || items[0].date.is_none() {
        return None;
    }
    push_items(items, decision, None, None, None, out);
    // A description skipped inside the list may hold references of its own.
    Some(first_run_end)
}

/// The sentence before `start`, at most 400 characters back whatever the script.
fn sentence_before(text: &str, start: usize) -> &str {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(399)
        .map_or(0, |(k, _)| k);
    let head = &text[from..start];
    head.rfind(['。', '\n', '\t', ';', '؛'])
        .map_or(head, |k| &head[k..])
}

/// The organ named last before `start` in its sentence (at most 400 characters back, whatever
/// the script), if any.
fn organ_in_sentence(text: &str, start: usize, lex: &Lexicon) -> Option<BodyName> {
    let sentence = sentence_before(text, start);
    let mut best: Option<(usize, &BodyName)> = None;
    for (name, body) in lex.bodies {
        if !matches!(body, BodyName::Organ(_) | BodyName::Other(_)) || name.chars().count() < 4 {
            continue;
        }
        if let Some(k) = sentence.rfind(name) {
            let end = k + name.len();
            if best.is_none_or(|(e, _)| end > e) {
                best = Some((end, body));
            }
        }
    }
    best.map(|(_, b)| b.clone())
}

/// Whether the sentence before `start` (at most 400 characters back) names `body`.
fn sentence_names(text: &str, start: usize, lex: &Lexicon, body: &BodyName) -> bool {
    let sentence = sentence_before(text, start);
    lex.bodies
        .iter()
        .any(|(name, b)| b == body && sentence.contains(name))
}

/// "the Council" (`理事会`, `المجلس`) named before `start` in its sentence with no organ after it
/// (`还回顾理事会2012年7月6日关于…的第20/17号决议，…，关于…的2014年3月28日第25/36号`).
fn council_in_sentence(text: &str, start: usize, lex: &Lexicon) -> Option<BodyName> {
    let sentence = sentence_before(text, start);
    let last_end = |pred: &dyn Fn(&BodyName) -> bool| {
        lex.bodies
            .iter()
            .filter(|(_, b)| pred(b))
            .filter_map(|(name, _)| sentence.rfind(name).map(|k| k + name.len()))
            .max()
    };
    let council = last_end(&|b| matches!(b, BodyName::Council))?;
    let other = last_end(&|b| !matches!(b, BodyName::Council | BodyName::Its));
    (other.is_none_or(|o| council > o)).then_some(BodyName::Council)
}

/// "its" in a clause that names another body is that body's (`the adoption by the Economic
/// Commission for Latin America and the Caribbean of its resolution 574 (XXVII)`): an organ
/// named in the clause, or no known body at all. Otherwise the citing document's.
/// Arabic "its" (`قراره`, `قرارها`) in a clause that names a body of the same gender just
/// before is that body's: `إعلان الجمعية العامة في قرارها 59/113` in a Council text is the
/// Assembly's, `ما قرره مجلس حقوق الإنسان في قراره 26/2` in an Assembly text the Council's.
fn ar_its_in_clause(text: &str, pos: usize, len: usize, lex: &Lexicon) -> BodyName {
    let mut from = pos.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..pos];
    let clause = head
        .rfind(['،', ',', '؛', ';', '\n', '(', '“', '”'])
        .map_or(head, |k| {
            &head[k + head[k..].chars().next().map_or(1, char::len_utf8)..]
        });
    let feminine = text[pos..pos + len].ends_with("ها");
    let mut best: Option<(usize, &BodyName)> = None;
    for (name, body) in lex.bodies {
        if !matches!(
            body,
            BodyName::Organ(_) | BodyName::Other(_) | BodyName::Council
        ) {
            continue;
        }
        let fem_name = ["الجمعية", "لجنة", "جمعية", "اللجنة"]
            .iter()
            .any(|w| name.starts_with(w));
        if fem_name != feminine {
            continue;
        }
        if let Some(k) = clause.rfind(name) {
            let end = k + name.len();
            if best.is_none_or(|(e, _)| end > e) {
                best = Some((end, body));
            }
        }
    }
    best.map_or(BodyName::Its, |(_, b)| b.clone())
}

fn its_in_clause(text: &str, pos: usize, lex: &Lexicon) -> BodyName {
    let mut from = pos.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..pos];
    let clause = head
        .rfind([',', ';', '\n', '('])
        .map_or(head, |k| &head[k + 1..]);
    // The words that name the body before "its": `by the`, `of the`; Spanish `por el`, `del`
    // (`la decisión adoptada por el Consejo de Derechos Humanos en su resolución 26/2`).
    let links: &[&str] = match lex.lang {
        // `Recuerda que la Comisión Económica para América Latina y el Caribe aprobó … su
        // resolución 574 (XXVII)`: the subject named after `que`.
        Language::Es => &[
            " por el ", " por la ", " del ", " de la ", " que la ", " que el ",
        ],
        _ => &[" by the ", " of the "],
    };
    let Some((by, link)) = links
        .iter()
        .find_map(|l| clause.rfind(l).map(|k| (k, l.len())))
    else {
        return BodyName::Its;
    };
    let named = &clause[by + link.min(clause.len() - by)..];
    for (name, body) in lex.bodies {
        if name.len() > 8 && named.starts_with(name) {
            return match body {
                // A body the table names to decide nothing (ECLAC) is still not the citing one.
                BodyName::Organ(_) | BodyName::Other(_) | BodyName::Unknown => body.clone(),
                _ => BodyName::Its,
            };
        }
    }
    const BODY_WORDS: [&str; 9] = [
        "Commission",
        "Conference",
        "Committee",
        "Organization",
        "Board",
        "Union",
        "Agency",
        "Forum",
        "Court",
    ];
    const BODY_WORDS_ES: [&str; 9] = [
        "Comisión",
        "Conferencia",
        "Comité",
        "Organización",
        "Junta",
        "Unión",
        "Organismo",
        "Foro",
        "Corte",
    ];
    let words = if lex.lang == Language::Es {
        BODY_WORDS_ES
    } else {
        BODY_WORDS
    };
    let capitalised = named.starts_with(|c: char| c.is_uppercase());
    if capitalised && words.iter().any(|w| named.contains(w)) {
        BodyName::Unknown
    } else {
        BodyName::Its
    }
}

fn push_items(
    items: Vec<ListItem>,
    decision: bool,
    body: Option<BodyName>,
    single_span: Option<(usize, usize)>,
    pin: Option<String>,
    out: &mut Vec<RawRef>,
) {
    let n = items.len();
    for (k, li) in items.into_iter().enumerate() {
        let (start, end) = if n == 1 {
            single_span.unwrap_or((li.start, li.end))
        } else {
            (li.start, li.end)
        };
        out.push(RawRef {
            start,
            end,
            what: Raw::Item {
                item: li.item,
                decision,
                body: li.body.or_else(|| body.clone()),
                listed: n > 1,
            },
            date: li.date,
            pinpoint: if k + 1 == n { pin.clone() } else { None },
        });
    }
}

/// Keyword first, in any of the languages that write it so: the body before the keyword
/// (`Security Council resolutions`, `its resolution`, `sa résolution`), in the keyword
/// (`قراره`), between the keyword and the list (`resoluciones del Consejo de Seguridad`,
/// `резолюции Совета Безопасности`) or after the list (`… du Conseil de sécurité`).
#[allow(clippy::too_many_arguments)]
fn keyword_first(
    text: &str,
    pos: usize,
    len: usize,
    decision: bool,
    its: bool,
    lex: &Lexicon,
    out: &mut Vec<RawRef>,
) -> Option<usize> {
    let after_kw = &text[pos + len..];
    // Arabic sometimes glues the number to the keyword (`والقرار5/2`).
    let (mut r, _) = match ws(after_kw) {
        Ok(x) => x,
        Err(_)
            if lex.lang == Language::Ar && after_kw.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            (after_kw, "")
        }
        Err(_) => return None,
    };
    let mut body = if its {
        Some(BodyName::Its)
    } else {
        phrase::body_before(text, pos, lex)
    };
    if let Some((b, rest)) = phrase::linked_body(&after_kw[..after_kw.len()], lex) {
        // Two bodies joined (`resoluciones de la Asamblea General y del Consejo de Seguridad
        // 60/180 y 1645 (2005)`): the last one is named, the forms decide (as in English).
        let (b, rest) = rest
            .trim_start_matches([' ', '\u{a0}'])
            .split_once(' ')
            .filter(|(w, _)| lex.and.contains(w))
            .and_then(|(w, _)| {
                let after_and = &rest.trim_start_matches([' ', '\u{a0}'])[w.len()..];
                phrase::linked_body(after_and, lex)
            })
            .or_else(|| {
                // Arabic glues `and` to the second body (`قراري الجمعية العامة ومجلس الأمن
                // 70/262 و 2282 (2016)`).
                let t = rest.trim_start_matches([' ', '\u{a0}']);
                lex.glued_and.iter().find_map(|g| {
                    let after = t.strip_prefix(g)?;
                    lex.bodies.iter().find_map(|(name, body)| {
                        if matches!(body, BodyName::Its) || name.chars().count() < 6 {
                            return None;
                        }
                        let a = after.strip_prefix(name)?;
                        (!a.starts_with(|c: char| c.is_alphanumeric())).then(|| (body.clone(), a))
                    })
                })
            })
            .unwrap_or((b, rest));
        if let Ok((rest, _)) = ws(rest) {
            if item(true)(rest).is_ok() {
                body = Some(b);
                r = rest;
            }
        }
    }
    let start = offset(text, r);
    let (items, end, first_run_end) = phrase::list(text, start, true, lex)?;
    let skipped = first_run_end < end;
    if body == Some(BodyName::Its) && lex.lang == Language::Ar {
        body = Some(ar_its_in_clause(text, pos, len, lex));
    }
    if body == Some(BodyName::Its) && matches!(lex.lang, Language::En | Language::Es) {
        body = Some(its_in_clause(text, pos, lex));
    }
    let mut end = end;
    if let Some((b, r)) = phrase::linked_body(&text[end..], lex) {
        if body.is_none() {
            body = Some(b);
        }
        end = offset(text, r);
    }
    if body.is_none() && lex.lang == Language::Fr {
        body = fr_adopted_after(&text[end..], lex);
    }
    if body.is_none() && lex.lang == Language::Ar {
        body = ar_adopted_after(&text[end..], lex);
    }
    if body.is_none() && lex.lang == Language::En {
        body = en_adoption_by(text, pos, end, lex);
    }
    if lex.lang == Language::Fr {
        body = fr_body_in_sentence(text, pos, body, lex);
    }
    if body.is_none() && lex.lang == Language::Es {
        body = es_body_included(text, pos, lex);
    }
    if body.is_none() && lex.lang == Language::Es {
        body = es_adopted_by(&text[..pos], lex);
    }
    let pin = pinpoint::chain(&text[end..], lex).ok().map(|(r, p)| {
        end = offset(text, r);
        p
    });
    let single = (pos, items[0].end);
    // `paragraph 4 of resolution 2035 (2012)`: the pinpoint printed before a single reference.
    let pin = match (pin, items.len()) {
        (None, 1) if lex.lang == Language::En => {
            let mut from = pos.saturating_sub(48);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            pinpoint::before(&text[from..pos])
        }
        (p, _) => p,
    };
    push_items(items, decision, body, Some(single), pin, out);
    // After a skipped description, anchors inside it are still read (see `phrase::list`).
    Some(if skipped { first_run_end } else { end })
}

/// A Security Council number listed with no keyword of its own (`in particular 1591 (2005),
/// 1651 (2005) …`), taken only when the paragraph has spoken of resolutions before it.
fn bare_sc_list(text: &str, pos: usize, lex: &Lexicon, out: &mut Vec<RawRef>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut start = pos;
    while start > 0 && bytes[start - 1] == b' ' {
        start -= 1;
    }
    let digits_end = start;
    while start > 0 && bytes[start - 1].is_ascii_digit() {
        start -= 1;
    }
    if start == digits_end
        || start > 0
            && (bytes[start - 1].is_ascii_alphanumeric()
                || matches!(bytes[start - 1], b'/' | b'-' | b'.'))
    {
        return None;
    }
    let para_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    let para = &text[para_start..start];
    let spoke_of_resolutions = lex.keywords.iter().any(|k| para.contains(k.word))
        || ["resolution", "決議", "决议"]
            .iter()
            .any(|k| para.contains(k));
    if !spoke_of_resolutions || para.ends_with('第') {
        return None;
    }
    let (items, _, _) = phrase::list(text, start, false, lex)?;
    let items: Vec<ListItem> = items
        .into_iter()
        .take_while(|li| !li.item.slash && matches!(li.item.session, Some(Session::Year(_))))
        .collect();
    let end = items.last()?.end;
    push_items(items, false, None, None, None, out);
    Some(end)
}

/// Chinese: a `号决议` / `号决定` closes a frame; find the frame's first number in the clause
/// before it, then the body before that.
#[allow(clippy::too_many_arguments)]
fn zh_keyword(
    text: &str,
    pos: usize,
    len: usize,
    decision_kw: bool,
    covered: usize,
    lex: &Lexicon,
    last_frame: &mut Option<(usize, Option<BodyName>)>,
    out: &mut Vec<RawRef>,
) -> Option<usize> {
    let kw_end = pos + len;
    let mut from = pos.saturating_sub(4000).max(covered);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The frame cannot cross a clause break that no list uses.
    if let Some(k) = text[from..pos].rfind(['。', ';', '\n', '《', '》']) {
        from += k + text[from + k..].chars().next().map_or(1, char::len_utf8);
    }
    let bytes = text.as_bytes();
    let mut p = from;
    while p < pos {
        let starts_item = bytes[p].is_ascii_digit()
            || bytes[p..].starts_with(b"ES-")
            || bytes[p..].starts_with(b"S-");
        let boundary_ok = p == 0
            || !(bytes[p - 1].is_ascii_alphanumeric()
                || matches!(bytes[p - 1], b'/' | b'-' | b'.' | b'('));
        if starts_item && boundary_ok {
            if let Some((items, end, decision)) = phrase::zh_frame(text, p) {
                if end == kw_end && decision == decision_kw {
                    // `第` just before the first number belongs to the frame.
                    let before = text[..p].trim_end_matches(' ');
                    let frame_start = if before.ends_with('第') {
                        before.len() - '第'.len_utf8()
                    } else {
                        p
                    };
                    let mut body = phrase::zh_body_before(text, frame_start, lex);
                    if body.is_none() {
                        if let Some((prev_end, prev_body)) = last_frame.as_ref() {
                            let between = &text[*prev_end..frame_start];
                            let only_joiners = between
                                .chars()
                                .all(|c| c.is_ascii_digit() || " 、和及以年月日".contains(c));
                            // `第22/18号决议，关于延长独立专家任务的2014年3月28日第25/36号`: a
                            // description naming no body resumes the same list.
                            let rest = between.trim_start_matches(['，', '、', ' ']);
                            let described = between.chars().count() <= 60
                                && rest.starts_with("关于")
                                && !rest.contains(['，', '；'])
                                && !lex.bodies.iter().any(|(name, _)| between.contains(name));
                            if only_joiners || described {
                                body = prev_body.clone();
                            }
                        }
                    }
                    *last_frame = Some((end, body.clone()));
                    // A date just before the frame belongs to its first number
                    // (`1947年11月29日第181(II)号`).
                    let mut items = items;
                    if items[0].date.is_none() {
                        let head = text[..frame_start].trim_end_matches(' ');
                        let mut k = head.len().saturating_sub(24);
                        while !head.is_char_boundary(k) {
                            k += 1;
                        }
                        items[0].date = (k..head.len())
                            .filter(|&j| head.is_char_boundary(j))
                            .find_map(|j| {
                                crate::grammar::date::zh(&head[j..])
                                    .ok()
                                    .filter(|(r, _)| r.trim().is_empty())
                                    .map(|(_, d)| d)
                            });
                    }
                    let mut end = end;
                    let pin = pinpoint::chain(&text[end..], lex).ok().map(|(r, pp)| {
                        end = offset(text, r);
                        pp
                    });
                    push_items(items, decision, body, Some((frame_start, kw_end)), pin, out);
                    return Some(end);
                }
            }
        }
        p += text[p..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// French: the body of a keyword that names none of its own, or whose `sa` belongs to another
/// organ, from the sentence before it. `… par le Conseil des droits de l’homme, dans sa
/// résolution 26/2` (the organ just before `dans sa`); `toutes ses autres résolutions
/// pertinentes, notamment les résolutions 39/18 …`, `les résolutions du Conseil des droits de
/// l’homme sur la question, dont la plus récente est la résolution 42/24` (the body of the
/// plural keyword that the list singles out).
fn fr_body_in_sentence(
    text: &str,
    pos: usize,
    body: Option<BodyName>,
    lex: &Lexicon,
) -> Option<BodyName> {
    let mut from = pos.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..pos];
    let head = head.rfind([';', '\n']).map_or(head, |k| &head[k + 1..]);
    let organ_at_end = |h: &str| {
        lex.bodies.iter().find_map(|(name, b)| {
            (name.len() > 8
                && matches!(b, BodyName::Organ(_) | BodyName::Other(_))
                && h.ends_with(name))
            .then(|| b.clone())
        })
    };
    match body {
        Some(BodyName::Its) => {
            // `[organ][,] [a,] dans sa résolution`
            let h = head.trim_end();
            let Some(h) = h.strip_suffix("sa").or_else(|| h.strip_suffix("ses")) else {
                return body;
            };
            let Some(h) = h.trim_end().strip_suffix("dans") else {
                return body;
            };
            let h = h.trim_end().trim_end_matches(',');
            let h = h.strip_suffix(" a").unwrap_or(h).trim_end_matches(',');
            organ_at_end(h.trim_end()).or(body)
        }
        None => {
            if let Some(b) = fr_adopted_by(head, lex) {
                return Some(b);
            }
            const SINGLING: [&str; 9] = [
                "ainsi que",
                "notamment",
                "y compris",
                "en particulier",
                "dont la plus récente est",
                "dont les plus récentes sont",
                "dont la dernière en date est",
                "dont les dernières en date sont",
                "les dernières en date étant",
            ];
            let h = head.trim_end();
            let h = ["la", "les", "sa", "ses"]
                .iter()
                .find_map(|a| h.strip_suffix(a))
                .unwrap_or(h)
                .trim_end()
                .trim_end_matches(',')
                .trim_end();
            let Some(h) = SINGLING.iter().find_map(|w| h.strip_suffix(w)) else {
                return None;
            };
            // The nearest plural keyword before: its body, before it or linked after it.
            let plural = lex
                .keywords
                .iter()
                .filter(|k| k.word.ends_with('s'))
                .filter_map(|k| h.rfind(k.word).map(|at| (at, k.word.len())))
                .max()?;
            let (at, len) = plural;
            let kw_pos = offset(text, &h[at..]);
            if let Some(b) = phrase::body_before(text, kw_pos, lex) {
                return Some(b);
            }
            let mut rest = &h[at + len..];
            for adj in [
                " pertinentes",
                " antérieures",
                " précédentes",
                " ultérieures",
            ] {
                rest = rest.strip_prefix(adj).unwrap_or(rest);
            }
            phrase::linked_body(rest, lex).map(|(b, _)| b)
        }
        other => other,
    }
}

/// Spanish: a resolution singled out of a list of another body's just before it takes that
/// body (`las resoluciones pertinentes del Consejo de Derechos Humanos, incluidas las
/// resoluciones 23/9, …`, `…, la más reciente de las cuales es la resolución 42/24`), when no
/// number stands between the body and the keyword.
fn es_body_included(text: &str, pos: usize, lex: &Lexicon) -> Option<BodyName> {
    const SINGLING: [&str; 9] = [
        "incluida la",
        "incluidas las",
        "incluso la",
        "en particular la",
        "en particular las",
        "entre ellas la",
        "entre ellas las",
        "la más reciente de las cuales es la",
        "las más recientes de las cuales son las",
    ];
    let mut from = pos.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..pos];
    let head = head.rfind([';', '\n']).map_or(head, |k| &head[k + 1..]);
    let h = head.trim_end();
    let singled = SINGLING.iter().find_map(|w| h.strip_suffix(w))?;
    let h = singled.trim_end().trim_end_matches(',').trim_end();
    // The organ closes the phrase before (`del Consejo de Derechos Humanos [sobre el tema]`).
    let (at, name, body) = lex
        .bodies
        .iter()
        .filter(|(name, b)| name.len() > 8 && matches!(b, BodyName::Organ(_) | BodyName::Other(_)))
        .filter_map(|(name, b)| h.rfind(name).map(|k| (k, *name, b)))
        .max_by_key(|(k, name, _)| (*k, name.len()))?;
    let between = &h[at + name.len()..];
    let linked = ["del ", "de la "].iter().any(|l| h[..at].ends_with(l));
    let keyword_before = lex.keywords.iter().any(|k| h[..at].contains(k.word));
    (linked
        && keyword_before
        && !between.contains(|c: char| c.is_ascii_digit())
        && between.len() < 40)
        .then(|| body.clone())
}

/// French: the body named after the list as the one that adopted it (`la résolution 32/3
/// adoptée le 30 juin 2016 par le Conseil des droits de l’homme`).
fn fr_adopted_after(rest: &str, lex: &Lexicon) -> Option<BodyName> {
    let r = rest.trim_start_matches([' ', ',']);
    let r = ["adoptées ", "adoptée ", "adoptés ", "adopté "]
        .iter()
        .find_map(|w| r.strip_prefix(w))?;
    let at = r.find("par ").filter(|&k| k <= 40)?;
    if r[..at].contains([',', ';', '«', '“', '(']) {
        return None;
    }
    let named = &r[at + "par ".len()..];
    let named = ["le ", "la ", "les ", "l’", "l'"]
        .iter()
        .find_map(|a| named.strip_prefix(a))
        .unwrap_or(named);
    body_at_start(named, lex)
}

/// The organ or outside body whose name `s` starts with, as a whole word (`Conseil des droits
/// de l’homme, dans …`): the lookup every "named after" rule below shares.
fn body_at_start(s: &str, lex: &Lexicon) -> Option<BodyName> {
    lex.bodies.iter().find_map(|(name, b)| {
        (name.len() > 8
            && matches!(b, BodyName::Organ(_) | BodyName::Other(_))
            && s.strip_prefix(name)
                .is_some_and(|a| !a.starts_with(|c: char| c.is_alphanumeric())))
        .then(|| b.clone())
    })
}

/// Arabic: the body named after the list as the one that adopted it (`القرار 4/1 المؤرخ 15
/// آذار/مارس 2019 الذي اتخذته جمعية الأمم المتحدة للبيئة`).
fn ar_adopted_after(rest: &str, lex: &Lexicon) -> Option<BodyName> {
    let r = rest.trim_start_matches([' ', '،']);
    let r = [
        "الذي اتخذته ",
        "الذي اتخذه ",
        "التي اتخذتها ",
        "التي اتخذها ",
    ]
    .iter()
    .find_map(|w| r.strip_prefix(w))?;
    body_at_start(r, lex)
}

/// English: `the adoption of resolution 2000/22 of 18 August 2000, on the promotion of …, by
/// the Subcommission on the Promotion and Protection of Human Rights`: the body after `by the`
/// in the same sentence, when the keyword follows `adoption of`.
fn en_adoption_by(text: &str, pos: usize, end: usize, lex: &Lexicon) -> Option<BodyName> {
    if !text[..pos].trim_end().ends_with("adoption of") {
        return None;
    }
    let rest = &text[end..];
    let sentence = &rest[..rest.find(['\n', ';']).unwrap_or(rest.len())];
    let at = sentence.find(" by the ").filter(|&k| k <= 200)?;
    if sentence[..at].contains(['“', '"']) {
        return None;
    }
    let named = &sentence[at + " by the ".len()..];
    body_at_start(named, lex)
}

/// Spanish: `la Comisión Económica para América Latina y el Caribe aprobó la resolución 574
/// (XXVII)`: the body of the table named as the subject just before `aprobó`.
fn es_adopted_by(head: &str, lex: &Lexicon) -> Option<BodyName> {
    let mut from = head.len().saturating_sub(300);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let head = &head[from..];
    let clause = head
        .rfind([',', ';', '\n', '('])
        .map_or(head, |k| &head[k + 1..]);
    let at = clause.rfind(" aprobó ")?;
    let after = &clause[at + " aprobó ".len()..];
    if after.len() > 40 || after.contains(['«', '“', '"']) {
        return None;
    }
    let subject = &clause[..at];
    lex.bodies.iter().find_map(|(name, b)| {
        (name.len() > 8
            && matches!(
                b,
                BodyName::Organ(_) | BodyName::Other(_) | BodyName::Unknown
            )
            && subject.ends_with(name))
        .then(|| b.clone())
    })
}

/// French: `la Commission économique pour l’Amérique latine et les Caraïbes a adopté le 16 mai
/// 1998 la résolution 574 (XXVII)`: the body that adopted it, named as the subject; a body
/// outside the lexicon decides nothing.
fn fr_adopted_by(head: &str, lex: &Lexicon) -> Option<BodyName> {
    let clause = head.rfind([',', '(']).map_or(head, |k| &head[k + 1..]);
    let at = clause.rfind(" a adopté")?;
    let after = &clause[at + " a adopté".len()..];
    if after.len() > 32 || after.contains(['«', '“']) {
        return None;
    }
    let subject = &clause[..at];
    for (name, b) in lex.bodies {
        if name.len() > 8 && matches!(b, BodyName::Organ(_) | BodyName::Other(_)) {
            if subject.ends_with(name) {
                return Some(b.clone());
            }
        }
    }
    const BODY_WORDS: [&str; 6] = [
        "Commission",
        "Comité",
        "Conférence",
        "Organisation",
        "Conseil d’administration",
        "Union",
    ];
    BODY_WORDS
        .iter()
        .any(|w| subject.contains(w))
        .then_some(BodyName::Unknown)
}
