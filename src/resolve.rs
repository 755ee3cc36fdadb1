//! Stage 4: context. Turn what the grammars found into canonical IDs and citations:
//! the body named for a list, "its resolution", footnotes and `Ibid.`, a name that takes its
//! identity from its footnote, the Security Council year of a bare number, the relation of the
//! paragraph, and the citing document's own symbol left out.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::footnote::Footnotes;
use crate::grammar::{pinpoint, ws0};
use crate::id::{InstrumentId, Organ, Session};
use crate::lang::Language;
use crate::lexicon::{BodyName, Lexicon};
use crate::model::{Citation, Document, Via};
use crate::normalise::Normalised;
use crate::parse::{NameHow, Raw, RawRef};
use crate::relation::{self, Relation};

/// The Security Council's numbering by year, from `data/sc_years.tsv`.
fn sc_years() -> &'static [(u32, u32, u32)] {
    static TABLE: OnceLock<Vec<(u32, u32, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("data/sc_years.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t').map(|x| x.parse::<u32>().ok());
                Some((f.next()??, f.next()??, f.next()??))
            })
            .collect()
    })
}

/// The year of Security Council resolution `n` from the numbering, where the known ranges
/// decide it.
pub fn sc_year_of(n: u32) -> Option<u32> {
    sc_years()
        .iter()
        .find(|&&(_, first, last)| first <= n && n <= last)
        .map(|&(y, _, _)| y)
}

/// What resolve needs to know about the citing document.
struct Context<'a> {
    lang: Language,
    own: Option<&'a InstrumentId>,
    organ: Option<Organ>,
    /// Positions after which "its" means the General Assembly (a draft recommended to it).
    draft_for_assembly: Option<usize>,
    /// The last commission named in the text, for a bare `Commission resolution`.
    sc_mentions: HashMap<u32, u32>,
}

impl Context<'_> {
    fn its_at(&self, pos: usize) -> Option<Organ> {
        match self.draft_for_assembly {
            Some(p) if pos >= p => Some(Organ::GeneralAssembly),
            _ => self.organ.clone(),
        }
    }
}

/// The ID of a resolution number given the body named for it.
fn item_id(
    raw: &crate::grammar::number::Item,
    decision: bool,
    body: Option<&BodyName>,
    listed: bool,
    pos: usize,
    ctx: &Context,
) -> (Option<InstrumentId>, Via) {
    let mut via = match body {
        Some(BodyName::Its) => Via::Its,
        Some(_) if listed => Via::List,
        Some(_) => Via::Explicit,
        None => Via::Default,
    };
    let organ = match body {
        Some(BodyName::Organ(o)) => Some(o.clone()),
        Some(BodyName::Its) => ctx.its_at(pos),
        Some(BodyName::Council) => match ctx.organ {
            Some(Organ::GeneralAssembly) | None => None,
            ref o => o.clone(),
        },
        // `решение Всемирной ассамблеи здравоохранения 2019 года`: a year, not a number.
        Some(BodyName::Other(_))
            if raw.session.is_none() && (1945..=2100).contains(&raw.number) =>
        {
            return (None, Via::Default)
        }
        Some(BodyName::Other(acr)) => {
            let number = match raw.session {
                Some(Session::Number(s)) | Some(Session::Year(s)) if raw.slash => {
                    format!("{s}/{}", raw.number)
                }
                _ => raw.number.to_string(),
            };
            // ESCAP prints its resolutions under symbols of its own (`E/ESCAP/RES/72/7`).
            if *acr == "ESCAP" && !decision && number.contains('/') {
                return (
                    Some(InstrumentId::symbol(&format!("E/ESCAP/RES/{number}"))),
                    if listed { Via::List } else { Via::Explicit },
                );
            }
            return (
                Some(InstrumentId::OtherBody {
                    body: acr.to_string(),
                    decision,
                    number,
                }),
                if listed { Via::List } else { Via::Explicit },
            );
        }
        Some(BodyName::Unknown) => return (None, Via::Default),
        None => None,
    };
    // Arabic text laid out right to left sometimes prints `149/62` for resolution 62/149: a
    // session of 100 or more that is not a year cannot be, and the number after it can.
    let swapped;
    let raw = match raw.session {
        Some(Session::Number(s))
            if raw.slash && (100..1946).contains(&s) && (1..100).contains(&raw.number) =>
        {
            swapped = crate::grammar::number::Item {
                number: s,
                session: Some(Session::Number(raw.number)),
                ..raw.clone()
            };
            &swapped
        }
        // `قرار المجلس الاقتصادي والاجتماعي 50/1984` for resolution 1984/50: the Council
        // numbers by year (the FAO Conference's `3/2005` is number and year).
        Some(Session::Number(s))
            if raw.slash
                && organ == Some(Organ::EconomicAndSocialCouncil)
                && (1..100).contains(&s)
                && (1946..2100).contains(&raw.number) =>
        {
            swapped = crate::grammar::number::Item {
                number: s,
                session: Some(Session::Year(raw.number)),
                ..raw.clone()
            };
            &swapped
        }
        _ => raw,
    };
    let Some(session) = raw.session else {
        // `resolution 1754`: only the Security Council numbers without a session.
        let is_sc = organ == Some(Organ::SecurityCouncil)
            || (organ.is_none() && ctx.organ == Some(Organ::SecurityCouncil));
        if !is_sc || decision {
            return (None, via);
        }
        let year = ctx
            .sc_mentions
            .get(&raw.number)
            .copied()
            .or_else(|| sc_year_of(raw.number));
        return match year {
            Some(y) => (
                Some(InstrumentId::Resolution {
                    organ: Organ::SecurityCouncil,
                    decision: false,
                    number: raw.number,
                    session: Session::Year(y),
                }),
                Via::Numbering,
            ),
            None => (None, Via::Numbering),
        };
    };
    let organ = match (organ, session) {
        // A year in parentheses is the Security Council's numbering.
        (_, Session::Year(_)) if !raw.slash => Organ::SecurityCouncil,
        // The Council does not number by session: a list naming several bodies
        // (`大会和安全理事会…第70/262号决议`) leaves the form to decide.
        (Some(Organ::SecurityCouncil), Session::Number(s)) if s >= 31 => {
            via = Via::Default;
            Organ::GeneralAssembly
        }
        (Some(Organ::SecurityCouncil), _) => return (None, via),
        (Some(o), Session::Year(_))
            if matches!(
                o,
                Organ::EconomicAndSocialCouncil | Organ::CommissionOnHumanRights
            ) =>
        {
            o
        }
        (Some(Organ::HumanRightsCouncil), Session::Year(_)) => return (None, via),
        (Some(Organ::GeneralAssembly), Session::Year(_)) => {
            via = Via::Default;
            Organ::EconomicAndSocialCouncil
        }
        // "its resolutions 5/3 … and 7/1" where its is the Assembly's: the Assembly numbered
        // its first thirty sessions in roman, so these are another body's (a conference of
        // States parties) that the text does not name in the lexicon's words.
        (Some(Organ::GeneralAssembly), Session::Number(s))
            if s < 31
                && raw.slash
                && matches!(body, Some(BodyName::Its))
                && ctx.organ != Some(Organ::HumanRightsCouncil) =>
        {
            return (None, via);
        }
        (Some(o), Session::Number(_))
            if matches!(o, Organ::GeneralAssembly | Organ::HumanRightsCouncil) =>
        {
            o
        }
        (Some(Organ::HumanRightsCouncil), Session::Special { roman: false, .. }) => {
            Organ::HumanRightsCouncil
        }
        (Some(Organ::EconomicAndSocialCouncil), Session::Roman(_)) => {
            Organ::EconomicAndSocialCouncil
        }
        // `Commission on Human Rights resolution 20 (XXXVI)`: its own, never the Assembly's.
        (Some(Organ::CommissionOnHumanRights), Session::Roman(_)) => Organ::CommissionOnHumanRights,
        (Some(_), _) | (None, _) => {
            if body.is_some() && !matches!(body, Some(BodyName::Its) | Some(BodyName::Council)) {
                via = Via::Default;
            }
            match session {
                Session::Year(_) => Organ::EconomicAndSocialCouncil,
                Session::Number(s) if s < 31 => {
                    // GA sessions 1–30 are numbered in roman; a small session is the Human
                    // Rights Council's only in its own texts.
                    if ctx.organ == Some(Organ::HumanRightsCouncil) {
                        Organ::HumanRightsCouncil
                    } else {
                        return (None, via);
                    }
                }
                // The Assembly numbered in roman up to its thirtieth session (1975):
                // `résolution 542 (LXXIII)` is another body's (the African Commission's).
                // The Council numbered in roman up to its sixty-third session (1977): in its
                // own texts such a number is the Council's (`第1566(L)号决议`).
                Session::Roman(r)
                    if r > 30 && r <= 63 && ctx.organ == Some(Organ::EconomicAndSocialCouncil) =>
                {
                    Organ::EconomicAndSocialCouncil
                }
                Session::Roman(r) if r > 30 => return (None, via),
                _ => Organ::GeneralAssembly,
            }
        }
    };
    // A Council text cannot cite a session of the Council later than its own: `su resolución
    // 70/1`, `its resolution 65/196` in a clause about the Assembly are the Assembly's.
    let own_session = ctx.own.and_then(|id| match id {
        InstrumentId::Symbol(s) => s
            .strip_prefix("A/HRC/")?
            .split('/')
            .find_map(|p| p.parse::<u32>().ok()),
        InstrumentId::Resolution {
            organ: Organ::HumanRightsCouncil,
            session: Session::Number(n),
            ..
        } => Some(*n),
        _ => None,
    });
    let organ = match (organ, session, own_session) {
        (Organ::HumanRightsCouncil, Session::Number(s), Some(own)) if s > own => {
            via = Via::Default;
            Organ::GeneralAssembly
        }
        (o, _, _) => o,
    };
    (
        Some(InstrumentId::Resolution {
            organ,
            decision,
            number: raw.number,
            session,
        }),
        via,
    )
}

/// Relation of each line, and where each line starts.
struct Paragraphs {
    starts: Vec<usize>,
    relations: Vec<Relation>,
}

impl Paragraphs {
    fn new(text: &str, lang: Language) -> Paragraphs {
        let mut starts = Vec::new();
        let mut relations: Vec<Relation> = Vec::new();
        let mut pos = 0;
        let mut prev_line = "";
        for line in text.split_inclusive('\n') {
            let l = line.trim_end_matches('\n');
            let t = l.trim();
            let rel = if t.starts_with('[') {
                if t.contains("report") || t.contains("报告") {
                    Relation::AdoptedOnReportOf
                } else {
                    Relation::AdoptedOnProposalOf
                }
            } else if t.is_empty() {
                relations.last().copied().unwrap_or(Relation::Other)
            } else if relation::opens_with_verb(lang, l) {
                relation::from_paragraph(lang, l)
            } else {
                let prev = prev_line.trim_end();
                let continues = t.starts_with('(')
                    || prev.ends_with(':')
                    || (!prev.is_empty() && !prev.ends_with(['.', ',', ';', '。', ':', '；']));
                if continues {
                    relations.last().copied().unwrap_or(Relation::Other)
                } else {
                    Relation::Other
                }
            };
            if !t.is_empty() {
                prev_line = l;
            }
            starts.push(pos);
            relations.push(rel);
            pos += line.len();
        }
        Paragraphs { starts, relations }
    }

    fn at(&self, pos: usize) -> Relation {
        let k = self.starts.partition_point(|&s| s <= pos).saturating_sub(1);
        self.relations.get(k).copied().unwrap_or(Relation::Other)
    }
}

/// Where the title of a named instrument before a footnote marker starts, if there is one:
/// `《…维也纳宣言》，¹` or `the Legislative Guide to the … Protocols2`.
fn name_before(text: &str, marker: usize, lang: Language) -> Option<(usize, usize)> {
    let head = text[..marker].trim_end_matches([' ', ',', ';', ':']);
    let end = head.len();
    if lang == Language::Zh {
        let inner = head.strip_suffix('》')?;
        let open = inner.rfind('《')?;
        if inner[open..].contains('\n') {
            return None;
        }
        // The title of an instrument, not of an initiative or a report: `《…维也纳宣言》`,
        // `《…立法指南》`, not `《阿拉伯和平倡议》`.
        const ZH_INSTRUMENT: [&str; 16] = [
            "宣言",
            "纲领",
            "战略",
            "议程",
            "指南",
            "原则",
            "规则",
            "框架",
            "公约",
            "议定书",
            "计划",
            "共识",
            "契约",
            "守则",
            "准则",
            "标准",
        ];
        if !ZH_INSTRUMENT.iter().any(|w| inner.ends_with(w)) {
            return None;
        }
        return Some((open, end));
    }
    // A run of capitalised words with small connecting words, ending at the marker.
    const SMALL: [&str; 12] = [
        "of", "the", "and", "on", "for", "to", "in", "against", "with", "from", "at", "by",
    ];
    const INSTRUMENT: [&str; 18] = [
        "Declaration",
        "Guide",
        "Strategy",
        "Agenda",
        "Programme",
        "Plan",
        "Principles",
        "Rules",
        "Guidelines",
        "Framework",
        "Platform",
        "Consensus",
        "Compact",
        "Standards",
        "Code",
        "Manual",
        "Handbook",
        "Law",
    ];
    let mut start = end;
    let mut caps = 0;
    for word in head.rsplit(' ') {
        let w = word.trim_matches(|c: char| c == '“' || c == '”' || c == '"');
        if w.is_empty() || w.contains(['\n', '\t', '(', ')', ';']) {
            break;
        }
        if w.chars().next().is_some_and(|c| c.is_uppercase()) {
            caps += 1;
        } else if !SMALL.contains(&w) {
            break;
        }
        start -= word.len() + usize::from(start != end);
        if start == 0 {
            break;
        }
    }
    let mut name = &head[start.min(end)..end];
    while let Some((first, rest)) = name.split_once(' ') {
        if SMALL.contains(&first) {
            name = rest;
        } else {
            break;
        }
    }
    let start = end - name.len();
    // `the Declaration of the Conference1` is a short form, not a name: a name that starts
    // with its instrument word needs two more capitalised words.
    let starts_generic = INSTRUMENT.iter().any(|w| name.starts_with(w));
    let enough = if starts_generic { caps >= 3 } else { caps >= 2 };
    (enough && INSTRUMENT.iter().any(|w| name.contains(w))).then_some((start, end))
}

/// Resolve the references the grammars found into citations, in document order.
pub fn resolve(
    norm: &Normalised,
    source: &str,
    raws: Vec<RawRef>,
    notes: &Footnotes,
    doc: &Document,
    lex: &Lexicon,
) -> Vec<Citation> {
    let text = norm.text.as_str();
    let organ = doc.body.as_deref().and_then(|b| {
        [
            Organ::GeneralAssembly,
            Organ::SecurityCouncil,
            Organ::EconomicAndSocialCouncil,
            Organ::HumanRightsCouncil,
        ]
        .into_iter()
        .find(|o| o.name() == b)
    });
    let draft_for_assembly = lex
        .draft_for_assembly
        .iter()
        .filter_map(|p| text.find(p))
        .min();
    // Security Council numbers printed with their year, for a later bare `resolution 1754`.
    let mut sc_mentions = HashMap::new();
    for r in &raws {
        if let Raw::Item { item, .. } = &r.what {
            if let (false, Some(Session::Year(y))) = (item.slash, item.session) {
                sc_mentions.entry(item.number).or_insert(y);
            }
        }
    }
    let ctx = Context {
        lang: lex.lang,
        own: doc.symbol.as_ref(),
        organ,
        draft_for_assembly,
        sc_mentions,
    };
    let paragraphs = Paragraphs::new(text, ctx.lang);
    let relation_at = |pos: usize| -> (Relation, Option<usize>) {
        match notes.note_at(pos) {
            Some(k) => {
                let rel = notes
                    .first_marker(k)
                    .map_or(Relation::Other, |m| paragraphs.at(m.start));
                (rel, Some(k))
            }
            None => (paragraphs.at(pos), None),
        }
    };

    let mut cites: Vec<(usize, usize, Citation)> = Vec::new();
    let make = |start: usize,
                end: usize,
                target: Option<InstrumentId>,
                via: Via,
                date: Option<String>,
                part: Option<Vec<String>>,
                pin: Option<String>| {
        let (relation, note) = relation_at(start);
        let kind = target
            .as_ref()
            .map_or(crate::id::Kind::Resolution, |t| t.kind());
        let url = target.as_ref().and_then(|t| t.url());
        let (s, e) = norm.source_span(start, end);
        (
            start,
            end,
            Citation {
                target,
                kind,
                text: source[s..e].to_string(),
                start: s,
                end: e,
                relation,
                date,
                part,
                pinpoint: pin,
                footnote: note.map(|k| notes.notes[k].marker.clone()),
                via,
                url,
            },
        )
    };

    for r in raws {
        let (target, via, part) = match &r.what {
            Raw::Symbol(s) => (
                Some(
                    s.parse()
                        .unwrap_or_else(|_| InstrumentId::Symbol(s.clone())),
                ),
                Via::Explicit,
                None,
            ),
            Raw::Sales(s) => (Some(InstrumentId::Sales(s.clone())), Via::Explicit, None),
            Raw::Named { id, how } => (
                id.clone(),
                match how {
                    NameHow::Title => Via::Name,
                    NameHow::ShortForm => Via::ShortForm,
                    NameHow::TreatySeries => Via::TreatySeries,
                },
                None,
            ),
            Raw::Item {
                item,
                decision,
                body,
                listed,
            } => {
                let (mut t, mut v) =
                    item_id(item, *decision, body.as_ref(), *listed, r.start, &ctx);
                // A bare number in a Council text that the text gave the Council before
                // (`sa résolution 47/21` … `conformément à la résolution 47/21`), or dated in
                // the Council's years and not the Assembly's session, is the Council's.
                let bare = body.is_none() && v == Via::Default;
                if let (
                    Some(Organ::HumanRightsCouncil),
                    Some(InstrumentId::Resolution {
                        organ: Organ::GeneralAssembly,
                        decision: d,
                        number,
                        session,
                    }),
                ) = (&ctx.organ, &t)
                {
                    let council = InstrumentId::Resolution {
                        organ: Organ::HumanRightsCouncil,
                        decision: *d,
                        number: *number,
                        session: *session,
                    };
                    // `resolution 47/4 of 12 July 2021, in which the Council …`: the
                    // Assembly's forty-seventh session met in 1992–1993, the Council's in 2021.
                    let year = r
                        .date
                        .as_deref()
                        .and_then(|d| d.get(..4))
                        .and_then(|y| y.parse::<u32>().ok());
                    let not_assembly = match (year, session) {
                        (Some(y), Session::Number(s)) => {
                            let council_year = 2006 + (s.saturating_sub(1)) / 3;
                            !(1945 + s..=1947 + s).contains(&y)
                                && (council_year..=council_year + 1).contains(&y)
                        }
                        _ => false,
                    };
                    if not_assembly
                        || (bare
                            && cites
                                .iter()
                                .any(|(_, _, c)| c.target.as_ref() == Some(&council)))
                    {
                        t = Some(council);
                        if bare {
                            v = Via::Its;
                        }
                    }
                }
                let part = (!item.parts.is_empty()).then(|| item.parts.clone());
                (t, v, part)
            }
        };
        cites.push(make(r.start, r.end, target, via, r.date, part, r.pinpoint));
    }

    // Ibid.: the previous note's source, unless the note prints its own reference first.
    let mut note_source: Vec<Option<(InstrumentId, Option<String>)>> =
        vec![None; notes.notes.len()];
    let mut order: Vec<usize> = (0..notes.notes.len()).collect();
    order.sort_by_key(|&k| notes.notes[k].start);
    let mut prev: Option<usize> = None;
    for k in order {
        let n = &notes.notes[k];
        let body = &text[n.start..n.end];
        let ibid = lex
            .ibid
            .iter()
            .chain(["Ibid.", "同上"].iter())
            .find(|w| body.starts_with(**w));
        let first_here = cites
            .iter()
            .filter(|(s, _, c)| *s >= n.start && *s < n.end && c.target.is_some())
            .min_by_key(|(s, _, _)| *s)
            .map(|(s, _, c)| {
                (
                    *s,
                    c.target
                        .clone()
                        .unwrap_or(InstrumentId::Named(String::new())),
                    c.pinpoint.clone(),
                )
            });
        if let Some(w) = ibid {
            let after = n.start + w.len();
            let clause_end = text[after..n.end]
                .find([';', '。', '；'])
                .map_or(n.end, |p| after + p);
            let explicit_first = first_here.as_ref().is_some_and(|(s, _, _)| *s < clause_end);
            if !explicit_first {
                let src = prev.and_then(|p| note_source[p].clone());
                let rest = text[after..n.end].trim_start_matches(['.']);
                let pin = pinpoint::chain(rest, lex).ok().map(|(_, p)| p);
                let pin = pin.or_else(|| {
                    // `Ibid., annex` with no comma after `Ibid.` still pinpoints.
                    ws0(rest).ok().and_then(|(r, _)| {
                        pinpoint::chain(&format!(",{r}"), lex).ok().map(|(_, p)| p)
                    })
                });
                let target = src.as_ref().map(|(t, _)| t.clone());
                cites.push(make(
                    n.start,
                    after,
                    target.clone(),
                    Via::Ibid,
                    None,
                    None,
                    pin.clone(),
                ));
                note_source[k] = target.map(|t| (t, pin));
                prev = Some(k);
                continue;
            }
        }
        note_source[k] = first_here.map(|(_, t, p)| (t, p));
        prev = Some(k);
    }

    // A name followed by a marker takes its identity from the note, unless it is a citation
    // already (a known instrument keeps its own ID; the note's references stand as they are).
    let mut named_spans = Vec::new();
    for m in &notes.markers {
        let Some((s, e)) = name_before(text, m.start, ctx.lang) else {
            continue;
        };
        // `the draft Doha Programme of Action2`: a draft, or a title inside a body's name, is
        // not the instrument.
        if crate::parse::inside_name(text, s, e, lex) {
            continue;
        }
        if named_spans.contains(&(s, e)) || cites.iter().any(|(cs, ce, _)| *cs < e && *ce > s) {
            continue;
        }
        let Some((target, pin)) = note_source[m.note].clone() else {
            continue;
        };
        named_spans.push((s, e));
        cites.push(make(s, e, Some(target), Via::Footnote, None, None, pin));
    }

    let own_parts: Vec<String> = ctx.own.map(|o| o.parts()).unwrap_or_default();
    let mut out: Vec<Citation> = cites
        .into_iter()
        .map(|(_, _, c)| c)
        .filter(|c| match &c.target {
            Some(t) => !own_parts.contains(&t.to_string()),
            None => true,
        })
        .collect();
    out.sort_by_key(|c| (c.start, c.end));
    out
}
