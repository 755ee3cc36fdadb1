//! Footnotes: the notes' texts and the markers that point to them.
//!
//! Two layouts occur: the corpus puts every note after a rule line `__________________`, one
//! per line as TAB, marker, TAB, text (`⇥22⇥See CAC/COSP/2015/10.`), with markers glued to the
//! text (`Nations1`, `Rights,1`, `行动议程》1 和`); the seed, taken from a PDF, puts notes at
//! each page foot in the middle of the body (`¹ 第 55/59 号决议，附件。`), with superscript
//! markers (`宣言》，¹`). A marker may repeat: it points to the same note.

/// One footnote's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The marker as ASCII digits (`"1"`).
    pub marker: String,
    /// The span of the note's text (after the marker) in the normalised text.
    pub start: usize,
    pub end: usize,
}

/// A marker in the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Index into [`Footnotes::notes`].
    pub note: usize,
    pub start: usize,
    pub end: usize,
}

/// All notes and markers of a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Footnotes {
    pub notes: Vec<Note>,
    pub markers: Vec<Marker>,
}

impl Footnotes {
    /// The note whose text holds `pos`.
    pub fn note_at(&self, pos: usize) -> Option<usize> {
        self.notes
            .iter()
            .position(|n| n.start <= pos && pos < n.end)
    }

    /// The first marker of note `k`.
    pub fn first_marker(&self, k: usize) -> Option<&Marker> {
        self.markers.iter().find(|m| m.note == k)
    }
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript_value(c: char) -> Option<char> {
    SUPERSCRIPTS
        .iter()
        .position(|&s| s == c)
        .map(|d| (b'0' + d as u8) as char)
}

/// Read the notes and markers of `text` (normalised).
pub fn find(text: &str) -> Footnotes {
    find_in(text, false)
}

/// [`find`]; `before_punctuation` for the languages that print the marker before the comma
/// (French, Spanish), where a marker can end up glued to a resolution number.
pub fn find_in(text: &str, before_punctuation: bool) -> Footnotes {
    let mut notes = Vec::new();
    let mut rule_at = None;
    let mut superscript_lines = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if rule_at.is_none() && body.trim().len() >= 10 && body.trim().chars().all(|c| c == '_') {
            rule_at = Some(line_start + line.len());
        } else if rule_at.is_some() {
            // `⇥22⇥See CAC/COSP/2015/10.`; Arabic adds `()⇥`; a marker may be doubled.
            let t = body.trim_start_matches([' ', '\t']);
            let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
            if !digits.is_empty() && t[digits.len()..].starts_with(['\t', ' ']) {
                let mut rest = t[digits.len()..].trim_start_matches(['\t', ' ']);
                if let Some(r) = rest
                    .strip_prefix(digits.as_str())
                    .filter(|r| r.starts_with('\t'))
                {
                    rest = r.trim_start_matches('\t');
                }
                if let Some(r) = rest.strip_prefix("()") {
                    rest = r.trim_start_matches(['\t', ' ']);
                }
                let start = line_start + (body.len() - rest.len());
                notes.push(Note {
                    marker: digits,
                    start,
                    end: line_start + body.len(),
                });
            }
        } else {
            let t = body.trim_start_matches([' ', '\t']);
            let marker: String = t.chars().map_while(superscript_value).collect();
            if !marker.is_empty() {
                let sup_len: usize = t
                    .chars()
                    .take(marker.chars().count())
                    .map(char::len_utf8)
                    .sum();
                let rest = t[sup_len..].trim_start_matches([' ', '\t']);
                let start = line_start + (body.len() - rest.len());
                superscript_lines.push((line_start, start));
                notes.push(Note {
                    marker,
                    start,
                    end: line_start + body.len(),
                });
            }
        }
        line_start += line.len();
    }
    let body_end = rule_at.map_or(text.len(), |r| text[..r].rfind('\n').map_or(0, |k| k));
    let mut markers = Vec::new();
    let lookup = |m: &str| notes.iter().position(|n| n.marker == m);
    // Superscript markers anywhere in the body but at the head of a note line.
    for (k, c) in text[..body_end].char_indices() {
        if superscript_value(c).is_none() || superscript_lines.iter().any(|&(s, e)| k >= s && k < e)
        {
            continue;
        }
        if text[..k]
            .chars()
            .next_back()
            .and_then(superscript_value)
            .is_some()
        {
            continue;
        }
        let run: String = text[k..].chars().map_while(superscript_value).collect();
        let len: usize = text[k..]
            .chars()
            .take(run.chars().count())
            .map(char::len_utf8)
            .sum();
        if let Some(note) = lookup(&run) {
            markers.push(Marker {
                note,
                start: k,
                end: k + len,
            });
        }
    }
    if rule_at.is_some() {
        glued_markers(&text[..body_end], &notes, &mut markers, &[]);
        let before = markers.len();
        markers.sort_by_key(|m| m.start);
        glued_to_impossible_numbers(&text[..body_end], &notes, &mut markers);
        if before_punctuation {
            markers.sort_by_key(|m| m.start);
            glued_to_numbers(&text[..body_end], &notes, &mut markers);
            glued_to_list(&text[..body_end], &notes, &mut markers);
        }
        // Markers glued to numbers found, the glued markers after them are in order again
        // (`Millénaire7,` once 1–6 were found in `20/151, … 41/46`).
        if markers.len() > before {
            markers.sort_by_key(|m| m.start);
            let pre = markers.clone();
            glued_markers(&text[..body_end], &notes, &mut markers, &pre);
            markers.sort_by_key(|m| (m.start, m.end));
            markers.dedup_by(|a, b| a.start == b.start && a.end == b.end);
        }
    }
    markers.sort_by_key(|m| m.start);
    Footnotes { notes, markers }
}

/// Whether the digits `start..end` are the next note's marker glued to a resolution number
/// (`2017,335/34`: note 3, then `35/34`).
fn starts_with_next_note(
    body: &str,
    start: usize,
    end: usize,
    notes: &[Note],
    next_new: usize,
) -> bool {
    let Some(next) = notes.get(next_new) else {
        return false;
    };
    let split = start + next.marker.len();
    body[start..end].starts_with(next.marker.as_str())
        && split < end
        && crate::grammar::number::item(false)(&body[split..]).is_ok()
}

/// French, Spanish and Russian print the marker before the comma, so it can end up glued to a
/// resolution number (`résolution 76/391,` is resolution 76/39 and note 1). A note whose marker
/// was not found, between the markers of the notes before and after it (both found, at most
/// 3,000 bytes apart), takes the one number there that ends with its marker after a `/` and
/// before the comma or semicolon that closes a paragraph — only when there is exactly one.
fn glued_to_numbers(body: &str, notes: &[Note], markers: &mut Vec<Marker>) {
    let found: Vec<bool> = (0..notes.len())
        .map(|k| markers.iter().any(|m| m.note == k))
        .collect();
    let mut added = Vec::new();
    for k in 0..notes.len() {
        if found[k] {
            continue;
        }
        let prev = markers
            .iter()
            .filter(|m| m.note + 1 == k)
            .map(|m| m.end)
            .max();
        let next = markers
            .iter()
            .filter(|m| m.note == k + 1)
            .map(|m| m.start)
            .min();
        let (from, to) = match (prev, next, k) {
            (Some(p), Some(n), _) if p < n => (p, n),
            (None, Some(n), 0) => (n.saturating_sub(3000), n),
            // The only note, its marker nowhere else (`résolution 49/192,` with note 2 alone).
            (None, None, 0) if notes.len() == 1 => (0, body.len()),
            // The last note: up to 6,000 bytes after the marker before it.
            (Some(p), None, _) if k + 1 == notes.len() => {
                let mut to = (p + 6000).min(body.len());
                while !body.is_char_boundary(to) {
                    to -= 1;
                }
                (p, to)
            }
            _ => continue,
        };
        // Bytes: Cyrillic and Arabic letters take two.
        if to - from > 6000 && notes.len() > 1 {
            continue;
        }
        let mut from = from;
        while !body.is_char_boundary(from) {
            from += 1;
        }
        let window = &body[from..to];
        let marker = notes[k].marker.as_str();
        let b = window.as_bytes();
        let mut hits = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            // The marker closes its paragraph: `…de la résolution 76/391,⏎`.
            let tail = window[i..].trim_start_matches(' ');
            let after_ok = tail.starts_with([',', ';', ':'])
                && tail[1..]
                    .split('\n')
                    .next()
                    .is_some_and(|rest| rest.trim().is_empty());
            let run = &window[s..i];
            if s > 0
                && b[s - 1] == b'/'
                && after_ok
                && run.len() > marker.len()
                && run.ends_with(marker)
            {
                hits.push((from + i - marker.len(), from + i));
            }
        }
        added.extend(sole_hit(k, &hits));
    }
    markers.extend(added);
}

/// The marker of note `k` where exactly one place could hold it; none where several could.
fn sole_hit(k: usize, hits: &[(usize, usize)]) -> Option<Marker> {
    match hits {
        [(start, end)] => Some(Marker {
            note: k,
            start: *start,
            end: *end,
        }),
        _ => None,
    }
}

/// The slash numbers of `window` (`20/151`): the start of the whole token, the start and end
/// of the digits after the slash. Symbols (`A/74/521`, `74/521/Add.1`) and years (`2000/22`)
/// are left out.
fn slash_numbers(window: &str) -> Vec<(usize, usize, usize)> {
    let b = window.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'/' || i == 0 || !b[i - 1].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut s = i;
        while s > 0 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        let mut e = i + 1;
        while e < b.len() && b[e].is_ascii_digit() {
            e += 1;
        }
        let session_ok = i - s <= 2
            && (s == 0
                || !(b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'/' || b[s - 1] == b'.'));
        let end_ok = e > i + 1
            && (e == b.len()
                || !(b[e].is_ascii_alphanumeric()
                    || b[e] == b'/'
                    || (b[e] == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_digit))));
        if session_ok && end_ok {
            out.push((s, i + 1, e));
        }
        i = e;
    }
    out
}

/// Per note: whether a marker of it is in `markers`.
fn found_notes(notes: &[Note], markers: &[Marker]) -> Vec<bool> {
    (0..notes.len())
        .map(|k| markers.iter().any(|m| m.note == k))
        .collect()
}

/// Where a marker of note `k` may stand in `body`: after the last marker of the note before it,
/// and before the first marker that `ends` accepts (the note after it).
fn between(
    body: &str,
    markers: &[Marker],
    k: usize,
    ends: impl Fn(&Marker) -> bool,
) -> (usize, usize) {
    let from = markers
        .iter()
        .filter(|m| m.note + 1 == k)
        .map(|m| m.end)
        .max()
        .unwrap_or(0);
    let to = markers
        .iter()
        .filter(|m| ends(m))
        .map(|m| m.start)
        .min()
        .unwrap_or(body.len());
    (from, to)
}

/// The number `run` without the note marker glued to its end (`5211` with marker `1` is
/// `521`), if it ends with it and a number is left (no leading zero).
fn without_marker<'a>(run: &'a str, marker: &str) -> Option<&'a str> {
    let stripped = run.strip_suffix(marker).filter(|s| !s.is_empty())?;
    (!stripped.starts_with('0')).then_some(stripped)
}

/// A note whose marker was not found, glued to a resolution number that cannot be one: an
/// Assembly number above 400 (`résolution 74/521,` is 74/52 and note 1; `резолюции 73/1759 и`;
/// `резолюции 75/1002;`), or Chinese with a space before 号 (`第39/176 号` is 39/17 and note 6).
/// Between the markers of the notes before and after it when found; exactly one such number.
fn glued_to_impossible_numbers(body: &str, notes: &[Note], markers: &mut Vec<Marker>) {
    let found = found_notes(notes, markers);
    let mut added = Vec::new();
    for k in 0..notes.len() {
        // A note found only later (`résolution 72/2521, …` then `le rapport1,`): before that.
        let (from, to) = between(body, markers, k, |m| {
            m.note == k + 1 || (found[k] && m.note == k)
        });
        if from >= to {
            continue;
        }
        let window = &body[from..to];
        let marker = notes[k].marker.as_str();
        let mut hits = Vec::new();
        for (s, d, e) in slash_numbers(window) {
            let run = &window[d..e];
            let Some(stripped) = without_marker(run, marker) else {
                continue;
            };
            let session: u32 = window[s..d - 1].parse().unwrap_or(0);
            // Decisions run from 401 to 999: above 400 only after the word "resolution".
            let value = run.parse::<u32>().unwrap_or(0);
            let mut lead = s.saturating_sub(40);
            while !window.is_char_boundary(lead) {
                lead += 1;
            }
            let after_resolution = ["résolution", "resolución", "резолюц", "resolution", "قرار"]
                .iter()
                .any(|w| window[lead..s].to_lowercase().contains(w));
            let impossible = (31..=99).contains(&session)
                && (value > 999 || (value > 400 && after_resolution))
                && stripped.parse::<u32>().unwrap_or(u32::MAX) <= 400;
            let zh_spaced = s >= 3 && window[..s].ends_with('第') && window[e..].starts_with(" 号");
            if impossible || zh_spaced {
                hits.push((from + e - marker.len(), from + e));
            }
        }
        added.extend(sole_hit(k, &hits));
    }
    markers.extend(added);
}

/// Several notes in a row whose markers were not found, glued one each to the numbers of a
/// list (`les résolutions 20/151, 23/162, 27/173, 30/124 et 35/45 et 41/46 du Conseil`): the
/// one run of as many consecutive numbers, joined by commas and conjunctions only, whose
/// numbers end with the markers in order.
fn glued_to_list(body: &str, notes: &[Note], markers: &mut Vec<Marker>) {
    let found = found_notes(notes, markers);
    let mut added = Vec::new();
    let mut k = 0;
    while k < notes.len() {
        if found[k] {
            k += 1;
            continue;
        }
        let mut last = k;
        while last + 1 < notes.len() && !found[last + 1] {
            last += 1;
        }
        let run = last - k + 1;
        let first = k;
        k = last + 1;
        if run < 2 {
            continue;
        }
        let (from, to) = between(body, markers, first, |m| m.note == last + 1);
        if from >= to {
            continue;
        }
        let window = &body[from..to];
        let nums = slash_numbers(window);
        let ends = |j: usize, n: usize| {
            let (_, d, e) = nums[j];
            without_marker(&window[d..e], &notes[n].marker).is_some()
        };
        let joined = |j: usize| {
            let gap = window[nums[j].2..nums[j + 1].0].trim();
            ["", ",", "et", "y", "и", ", et", ", y", ", и"].contains(&gap)
        };
        // The longest list: the notes after it may be glued elsewhere.
        for count in (2..=run).rev() {
            let mut hits = Vec::new();
            for j in 0..nums.len() {
                if j + count > nums.len() {
                    break;
                }
                if (0..count).all(|t| ends(j + t, first + t))
                    && (0..count - 1).all(|t| joined(j + t))
                {
                    hits.push(j);
                }
            }
            if let [j] = hits[..] {
                for t in 0..count {
                    let e = nums[j + t].2;
                    let len = notes[first + t].marker.len();
                    added.push(Marker {
                        note: first + t,
                        start: from + e - len,
                        end: from + e,
                    });
                }
                break;
            }
        }
    }
    markers.extend(added);
}

/// `text` with every body marker blanked to spaces (same byte length), so that a marker glued
/// to a number (`2017,335/34`) does not join it.
pub fn mask_markers(text: &str, notes: &Footnotes) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in &notes.markers {
        bytes[m.start..m.end].fill(b' ');
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Digits glued to the text before them (`Nations1`, `Rights,1`, `》1`), accepted only in the
/// order the notes are numbered: a new marker must be the next note; a repeat may come any time.
/// `pre`: markers already found (sorted), which count as seen from where they stand.
fn glued_markers(body: &str, notes: &[Note], markers: &mut Vec<Marker>, pre: &[Marker]) {
    let bytes = body.as_bytes();
    let mut next_new = 0usize; // index of the next note expected to appear for the first time
    let mut seen = vec![false; notes.len()];
    let mut i = 0;
    let mut p = 0;
    while i < bytes.len() {
        while p < pre.len() && pre[p].start <= i {
            seen[pre[p].note] = true;
            next_new = next_new.max(pre[p].note + 1);
            p += 1;
        }
        if !bytes[i].is_ascii_digit() || i == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let before = body[..start].chars().next_back().unwrap_or(' ');
        let after = body[i..].chars().next().unwrap_or(' ');
        let glued = before.is_alphabetic() || ",.;:)》”’\"'」]、".contains(before);
        let run = &body[start..i];
        // Arabic prints the marker in parentheses glued to the word: `السنوي(1)،`.
        if before == '(' && after == ')' && start >= 2 {
            let before_paren = body[..start - 1].chars().next_back().unwrap_or(' ');
            // After a digit only when the digits are a year (`حزيران/يونيه 2013(1) و`).
            let after_year = {
                let head = body[..start - 1].as_bytes();
                let n = head.len();
                n > 4
                    && head[n - 4..].iter().all(u8::is_ascii_digit)
                    && (head[n - 4..].starts_with(b"19") || head[n - 4..].starts_with(b"20"))
                    && head[n - 5] == b' '
            };
            let k = notes.iter().position(|n| n.marker == run);
            if let Some(k) = k.filter(|&k| {
                !before_paren.is_whitespace()
                    && (!before_paren.is_ascii_digit() || after_year)
                    && (seen[k] || k == next_new)
            }) {
                if !seen[k] {
                    seen[k] = true;
                    next_new = k + 1;
                }
                markers.push(Marker {
                    note: k,
                    start: start - 1,
                    end: i + 1,
                });
                continue;
            }
        }
        // A marker glued to a year (`22 March 20196 and 42/18`: 2019, then note 6).
        let year_then_marker = run.len() > 4
            && (run.starts_with("19") || run.starts_with("20"))
            && notes.get(next_new).is_some_and(|n| n.marker == run[4..])
            && !(after.is_ascii_alphanumeric() || matches!(after, '/' | '(' | '-'));
        if year_then_marker {
            seen[next_new] = true;
            markers.push(Marker {
                note: next_new,
                start: start + 4,
                end: i,
            });
            next_new += 1;
            continue;
        }
        // In Chinese a marker stands before white space or punctuation (`号2 和`, `决议，3⏎`);
        // digits between characters are dates and numbers (`2016年12月19日`).
        if !before.is_ascii() && !(after.is_whitespace() || "，,。；;、)）".contains(after)) {
            continue;
        }
        let whole_is_note = notes.iter().any(|n| n.marker == body[start..i]);
        let after_ok = !(after.is_ascii_alphanumeric() || matches!(after, '/' | '(' | '-'));
        if !glued || (whole_is_note && !after_ok) {
            continue;
        }
        if !whole_is_note
            && !(matches!(before, ',' | ';')
                && starts_with_next_note(body, start, i, notes, next_new))
        {
            continue;
        }
        // A symbol (`A/74/L.14`, `Add.1`) or an acronym with a number (`G77`, `COP26`).
        let token_start = body[..start]
            .rfind(|c: char| c.is_whitespace() || "（(".contains(c))
            .map_or(0, |k| k + 1);
        let token = &body[token_start..start];
        if before.is_ascii()
            && (token.contains('/')
                || token.ends_with("Add.")
                || token.ends_with("Corr.")
                || token.ends_with("Rev."))
        {
            continue;
        }
        if before.is_ascii_uppercase()
            && token.chars().filter(|c| c.is_ascii_alphabetic()).count() <= 3
            && token.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        {
            continue;
        }
        let mut m = &body[start..i];
        // A marker glued to the number after it: `34/8 of 23 March 2017,335/34` is note 3
        // before resolution 35/34.
        if !whole_is_note {
            let split = start + notes[next_new].marker.len();
            m = &body[start..split];
            i = split;
        }
        let Some(k) = notes.iter().position(|n| n.marker == m) else {
            continue;
        };
        // A new marker is the next note, or one a note or two further when a marker went
        // unseen (glued to a number, say).
        if seen[k] || (next_new..=next_new + 2).contains(&k) {
            if !seen[k] {
                seen[k] = true;
                next_new = k + 1;
            }
            markers.push(Marker {
                note: k,
                start,
                end: i,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_layout() {
        let t = "Having considered the report of the Committee,1\nthe Arab Peace Initiative2 and G77 and resolution 2334 (2016) and the road map,3 endorsed\n__________________\n\t1\tOfficial Records (A/74/35).\n\t2\tA/56/1026-S/2002/932, annex II.\n\t3\tS/2003/529, annex.\n";
        let f = find(t);
        assert_eq!(f.notes.len(), 3);
        assert_eq!(&t[f.notes[2].start..f.notes[2].end], "S/2003/529, annex.");
        let m: Vec<&str> = f.markers.iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(m, ["1", "2", "3"]);
    }

    #[test]
    fn markers_glued_to_numbers() {
        // A list whose numbers each carry the next note's marker.
        let t = "et les résolutions 20/151, 23/162 et 27/173 du Conseil,\n__________________\n\t1\tA/67/53.\n\t2\tA/68/53.\n\t3\tA/69/53.\n";
        let f = find_in(t, true);
        let m: Vec<&str> = f.markers.iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(m, ["1", "2", "3"]);
        // An Assembly resolution number above 400 after "резолюции".
        let t = "доклад об осуществлении резолюции 73/1759 и рекомендации;\n__________________\n\t9\tA/75/1.\n";
        let f = find_in(t, true);
        assert_eq!(f.markers.len(), 1);
        assert_eq!(&t[f.markers[0].start..f.markers[0].end], "9");
        // A decision number is no resolution's: `第74/568号决定` keeps its digits.
        let t = "第74/568号决定，\n__________________\n\t8\tA/75/1.\n";
        assert!(find(t).markers.is_empty());
    }

    #[test]
    fn seed_layout() {
        let t = "《维也纳宣言》，¹\n\n¹ 第 55/59 号决议，附件。\n\n《指南》² 已\n\n² 联合国出版物。\n又《指南》，² 努力";
        let f = find(t);
        assert_eq!(
            f.notes
                .iter()
                .map(|n| n.marker.as_str())
                .collect::<Vec<_>>(),
            ["1", "2"]
        );
        assert_eq!(f.markers.len(), 3);
        assert_eq!(f.markers[2].note, 1);
    }
}
