//! The citing document's own identity, read from its cover page and closing lines: symbol,
//! body, session, adoption date, agenda item, title and the adopting meeting.
//!
//! The seed prints no symbol, only `59/153.` before its title; the cover names the General
//! Assembly, so it is `A/RES/59/153`. Meetings are derived: `第74次全体会议` at the end of a
//! General Assembly resolution of the 59th session is `A/59/PV.74`; `at its 4385th meeting`
//! in a Security Council text is `S/PV.4385`.

use crate::grammar::{date, symbol, zh_numeral};
use crate::id::{InstrumentId, Organ};
use crate::model::Document;

const HEAD_LINES: usize = 16;

fn ordinal_en(word: &str) -> Option<u32> {
    const UNITS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = [
        "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet",
    ];
    let w = word.to_lowercase();
    if let Some(k) = UNITS.iter().position(|u| *u == w) {
        return Some(k as u32 + 1);
    }
    let (tens, unit) = match w.split_once('-') {
        Some((t, u)) => (t.to_string(), Some(u.to_string())),
        None => (w.clone(), None),
    };
    let t = TENS
        .iter()
        .position(|p| tens.starts_with(p) && (tens.ends_with("ieth") || tens.ends_with('y')))?;
    let u = match unit {
        Some(u) => UNITS.iter().position(|x| *x == u)? as u32 + 1,
        None => 0,
    };
    Some((t as u32 + 2) * 10 + u)
}

/// `Seventy-fourth session` → `74`; `Tenth emergency special session` → `ES-10`;
/// `2021 session` → `2021`.
fn session_en(line: &str) -> Option<String> {
    let l = line.trim();
    let lower = l.to_lowercase();
    let idx = lower.find(" session")?;
    if lower.len() > idx + " session".len() + 2 || idx == 0 {
        return None;
    }
    let head = &l[..idx];
    let words: Vec<&str> = head.split_whitespace().collect();
    let first = words.first()?;
    let n = first.parse::<u32>().ok().or_else(|| ordinal_en(first))?;
    let tail = words[1..].join(" ").to_lowercase();
    Some(match tail.as_str() {
        "" => n.to_string(),
        "emergency special" => format!("ES-{n}"),
        "special" => format!("S-{n}"),
        _ => return None,
    })
}

/// `第五十九届会议` → `59`; `第十届紧急特别会议` → `ES-10`; `2021年届会` → `2021`.
fn session_zh(line: &str) -> Option<String> {
    let l = line.trim();
    if let Some(y) = l.strip_suffix("年届会") {
        return y.parse::<u32>().ok().map(|y| y.to_string());
    }
    let rest = l.strip_prefix('第')?;
    let (r, n) = zh_numeral(rest).ok()?;
    match r {
        "届会议" => Some(n.to_string()),
        "届紧急特别会议" => Some(format!("ES-{n}")),
        "届特别会议" => Some(format!("S-{n}")),
        _ => None,
    }
}

fn organ_of_symbol(sym: &str) -> Option<Organ> {
    if sym.starts_with("A/HRC/") {
        Some(Organ::HumanRightsCouncil)
    } else if sym.starts_with("E/CN.4/") {
        Some(Organ::CommissionOnHumanRights)
    } else if sym.starts_with("A/") {
        Some(Organ::GeneralAssembly)
    } else if sym.starts_with("S/") {
        Some(Organ::SecurityCouncil)
    } else if sym.starts_with("E/") {
        Some(Organ::EconomicAndSocialCouncil)
    } else {
        None
    }
}

fn organ_named(line: &str) -> Option<Organ> {
    let l = line.trim().trim_end_matches([',', '，']);
    Some(match l {
        "General Assembly" | "大会" => Organ::GeneralAssembly,
        "Security Council" | "安全理事会" => Organ::SecurityCouncil,
        "Economic and Social Council" | "经济及社会理事会" => {
            Organ::EconomicAndSocialCouncil
        }
        "Human Rights Council" | "人权理事会" => Organ::HumanRightsCouncil,
        _ => return None,
    })
}

/// The first date in `s`, English or Chinese.
fn first_date(s: &str) -> Option<String> {
    for (k, _) in s.char_indices() {
        let rest = &s[k..];
        if let Ok((_, d)) = date::en(rest) {
            if k == 0 || !s[..k].ends_with(|c: char| c.is_ascii_digit()) {
                return Some(d);
            }
        }
        if let Ok((_, d)) = date::zh(rest) {
            if k == 0 || !s[..k].ends_with(|c: char| c.is_ascii_digit()) {
                return Some(d);
            }
        }
    }
    None
}

/// The number before `th meeting` / `次会议` / `次全体会议`.
fn meeting_number(line: &str) -> Option<(u32, bool)> {
    let plenary = line.contains("plenary meeting") || line.contains("全体会议");
    for pat in [
        "th plenary meeting",
        "st plenary meeting",
        "nd plenary meeting",
        "rd plenary meeting",
        "th meeting",
        "st meeting",
        "nd meeting",
        "rd meeting",
        "次全体会议",
        "次会议",
    ] {
        if let Some(k) = line.find(pat) {
            let head = &line[..k];
            let digits: String = head
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if let Ok(n) = digits.parse() {
                return Some((n, plenary));
            }
        }
    }
    None
}

/// `59/153.`, `74/10.Committee…`, `2021/1.⇥Working arrangements`: the number and the title.
fn numbered_title(line: &str) -> Option<(String, String)> {
    let t = line.trim_start();
    let num_len = t.find('.')?;
    let num = &t[..num_len];
    let (a, b) = num.split_once('/')?;
    let a_ok = a.bytes().all(|c| c.is_ascii_digit())
        || a.strip_prefix("ES-")
            .or(a.strip_prefix("S-"))
            .is_some_and(|x| x.bytes().all(|c| c.is_ascii_digit()));
    if a.is_empty() || b.is_empty() || !a_ok || !b.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let title = t[num_len + 1..].trim();
    Some((num.to_string(), title.to_string()))
}

/// Read the document's identity from the normalised text.
pub fn read(text: &str) -> Document {
    let mut doc = Document::default();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let head = &lines[..lines.len().min(HEAD_LINES)];
    let mut organ = None;
    let mut named_organ = None;
    for line in head {
        let l = line.trim();
        if doc.symbol.is_none() {
            if let Ok((rest, sym)) = symbol::symbol(l) {
                let rest = rest.trim();
                let parts_ok = rest.is_empty()
                    || rest.chars().all(|c| {
                        c.is_ascii_uppercase() || c == '-' || c == ',' || c == ' ' || c == '*'
                    });
                if parts_ok && sym.contains('/') {
                    let id = InstrumentId::symbol(sym);
                    organ = organ_of_symbol(&id.to_string());
                    doc.symbol = Some(id);
                    if !rest.is_empty() {
                        doc.parts = Some(expand_parts(rest));
                    }
                    continue;
                }
            }
        }
        if named_organ.is_none() {
            named_organ = organ_named(l);
        }
        if doc.session.is_none() {
            doc.session = session_en(l).or_else(|| session_zh(l));
        }
        if doc.agenda_item.is_none() {
            for label in ["Agenda items", "Agenda item", "议程项目"] {
                if let Some(r) = l.strip_prefix(label) {
                    doc.agenda_item = Some(r.trim().to_string());
                }
            }
        }
        if doc.date.is_none()
            && (l.contains("dopted")
                || l.ends_with("决议")
                || l.contains("会议通过")
                || l.contains("held on"))
        {
            doc.date = first_date(l);
        }
        if doc.meeting.is_none()
            && (l.contains("dopted") || l.contains("会议通过") || l.starts_with("At the "))
        {
            if let Some((n, false)) = meeting_number(l) {
                doc.meeting = Some(InstrumentId::Symbol(format!("S/PV.{n}")));
            }
        }
        if doc.title.is_none() {
            if let Some((num, title)) = numbered_title(l) {
                let mut title = title;
                for b in ["The General Assembly,", "大会,", "大会，", "大会"] {
                    if let Some(t) = title.strip_suffix(b) {
                        title = t.trim_end().to_string();
                    }
                }
                doc.title = Some(title);
                if doc.symbol.is_none() {
                    let o = named_organ.clone().unwrap_or(Organ::GeneralAssembly);
                    let prefix = match o {
                        Organ::HumanRightsCouncil => "A/HRC/RES/",
                        Organ::EconomicAndSocialCouncil => "E/RES/",
                        _ => "A/RES/",
                    };
                    if let Ok(id) = format!("{prefix}{num}").parse::<InstrumentId>() {
                        organ = Some(o);
                        doc.symbol = Some(id);
                    }
                }
            }
        }
    }
    let organ = organ.or(named_organ);
    if organ == Some(Organ::SecurityCouncil) {
        doc.session = None;
    }
    doc.body = organ.as_ref().map(|o| o.name().to_string());
    // The adopting meeting, at the end of a resolution (`38th plenary meeting`, `第74次全体会议`).
    if doc.meeting.is_none() {
        let tail = &lines[lines.len().saturating_sub(40)..];
        for line in tail.iter().rev() {
            let l = line.trim();
            if l.len() > 40 {
                continue;
            }
            if let Some((n, plenary)) = meeting_number(l) {
                doc.meeting = match (&organ, &doc.session) {
                    (Some(Organ::GeneralAssembly), Some(s)) if plenary => {
                        Some(InstrumentId::Symbol(format!("A/{s}/PV.{n}")))
                    }
                    (Some(Organ::EconomicAndSocialCouncil), Some(s)) => {
                        Some(InstrumentId::Symbol(format!("E/{s}/SR.{n}")))
                    }
                    (Some(Organ::HumanRightsCouncil), Some(s)) => {
                        Some(InstrumentId::Symbol(format!("A/HRC/{s}/SR.{n}")))
                    }
                    (Some(Organ::SecurityCouncil), _) => {
                        Some(InstrumentId::Symbol(format!("S/PV.{n}")))
                    }
                    _ => None,
                };
                if doc.meeting.is_some() {
                    if doc.date.is_none() {
                        doc.date = tail
                            .iter()
                            .rev()
                            .find_map(|l| (l.trim().len() < 40).then(|| first_date(l)).flatten());
                    }
                    break;
                }
            }
        }
    }
    doc
}

fn expand_parts(s: &str) -> Vec<String> {
    let letters: Vec<char> = s.chars().filter(|c| c.is_ascii_uppercase()).collect();
    if s.contains('-') && letters.len() == 2 && letters[0] < letters[1] {
        (letters[0]..=letters[1]).map(String::from).collect()
    } else {
        letters.into_iter().map(String::from).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions() {
        assert_eq!(session_en("Seventy-fourth session").as_deref(), Some("74"));
        assert_eq!(
            session_en("Tenth emergency special session").as_deref(),
            Some("ES-10")
        );
        assert_eq!(session_en("2021 session").as_deref(), Some("2021"));
        assert_eq!(session_zh("第五十九届会议").as_deref(), Some("59"));
        assert_eq!(session_zh("第二十六届特别会议").as_deref(), Some("S-26"));
    }

    #[test]
    fn english_cover() {
        let t = "United Nations\nA/RES/75/254 A-C\nGeneral Assembly\nDistr.: General\n8 January 2021\nSeventy-fifth session\nAgenda item 141\nProposed programme budget for 2021\nResolutions adopted by the General Assembly on 31 December 2020\n[on the report of the Fifth Committee (A/75/682, para. 63)]\n75/254.\tQuestions relating to the proposed programme budget\nThe General Assembly,\n46th plenary meeting\n31 December 2020\n";
        let d = read(t);
        assert_eq!(d.symbol.unwrap().to_string(), "A/RES/75/254");
        assert_eq!(d.parts.unwrap(), ["A", "B", "C"]);
        assert_eq!(d.session.as_deref(), Some("75"));
        assert_eq!(d.date.as_deref(), Some("2020-12-31"));
        assert_eq!(d.agenda_item.as_deref(), Some("141"));
        assert_eq!(d.meeting.unwrap().to_string(), "A/75/PV.46");
        assert_eq!(
            d.title.as_deref(),
            Some("Questions relating to the proposed programme budget")
        );
    }

    #[test]
    fn security_council_cover() {
        let t = "United Nations\nS/RES/1373 (2001)\nSecurity Council\nDistr.: General\n28 September 2001\n\t\tResolution 1373 (2001)\nAdopted by the Security Council at its 4385th meeting, on28 September 2001\n";
        let d = read(t);
        assert_eq!(d.symbol.unwrap().to_string(), "S/RES/1373(2001)");
        assert_eq!(d.meeting.unwrap().to_string(), "S/PV.4385");
        assert_eq!(d.session, None);
        assert_eq!(d.body.as_deref(), Some("Security Council"));
    }
}
