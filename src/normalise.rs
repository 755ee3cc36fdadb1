//! Stage 1: fold the look-alike characters of UN texts into one form the grammars read,
//! keeping a map from every normalised byte back to the original input.
//!
//! What changes (and nothing else):
//! - spaces: NBSP (U+00A0), narrow NBSP (U+202F), thin and figure spaces, the ideographic
//!   space (U+3000) become `' '`;
//! - dashes: U+2010, U+2011 (non-breaking hyphen), U+2012, U+2013, U+2212 become `-`;
//! - full-width ASCII forms (U+FF01–U+FF5E: `（`, `）`, `：`, `，`, `１`) and Arabic-Indic digits
//!   (`٢٠٠١`) become their ASCII form;
//! - a Cyrillic capital that looks Latin next to a symbol's slash becomes Latin (`А/66/371`);
//! - invisible marks vanish: Arabic vowel marks (`المؤرَّخ`) and the tatweel, LRM, RLM, ALM, zero-width space and joiners, BOM, bidi embeddings
//!   and isolates (U+202A–U+202E, U+2066–U+2069), and the `**` bold markers of PDF-derived text.

/// A normalised copy of a text with its offset map.
#[derive(Debug, Clone)]
pub struct Normalised {
    /// The normalised text the scanner and the grammars read.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original where its character starts.
    starts: Vec<u32>,
    /// For each byte of `text`, the byte offset in the original where its character ends.
    ends: Vec<u32>,
}

impl Normalised {
    /// The original byte span of the normalised span `start..end` (`start < end`).
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }

    /// The original byte offset of the normalised offset `pos`.
    pub fn source_offset(&self, pos: usize) -> usize {
        if pos < self.starts.len() {
            self.starts[pos] as usize
        } else {
            self.ends.last().copied().unwrap_or(0) as usize
        }
    }
}

fn fold(c: char) -> Option<char> {
    match c {
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}'
        | '\u{3000}' => Some(' '),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => Some('-'),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21),
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30),
        '\u{200B}'..='\u{200F}'
        | '\u{FEFF}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}' => None,
        // Arabic vowel marks and the tatweel: `المؤرَّخ` is `المؤرخ`.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
        _ => Some(c),
    }
}

/// The Latin capital a Cyrillic one looks like (`А` → `A`).
pub(crate) fn cyrillic_lookalike(c: char) -> Option<char> {
    const PAIRS: [(char, char); 11] = [
        ('А', 'A'),
        ('В', 'B'),
        ('С', 'C'),
        ('Е', 'E'),
        ('Н', 'H'),
        ('К', 'K'),
        ('М', 'M'),
        ('О', 'O'),
        ('Р', 'P'),
        ('Т', 'T'),
        ('Х', 'X'),
    ];
    PAIRS.iter().find(|(k, _)| *k == c).map(|(_, l)| *l)
}

/// Normalise `input`; see the module docs for what changes.
///
/// ```
/// let n = uncite::normalise::normalise("resolution 2334\u{a0}(2016)");
/// assert_eq!(n.text, "resolution 2334 (2016)");
/// assert_eq!(n.source_span(11, 22), (11, 23));
/// ```
pub fn normalise(input: &str) -> Normalised {
    let mut text = String::with_capacity(input.len());
    let mut starts = Vec::with_capacity(input.len());
    let mut ends = Vec::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut iter = input.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let end = i + c.len_utf8();
        if c == '*' && bytes.get(i + 1) == Some(&b'*') {
            iter.next();
            continue;
        }
        let Some(mut f) = fold(c) else { continue };
        // A Cyrillic capital that looks Latin, glued to a symbol's slash (`А/66/371`).
        if let Some(latin) = cyrillic_lookalike(f) {
            if iter.peek().is_some_and(|&(_, n)| n == '/') || text.ends_with('/') {
                f = latin;
            }
        }
        let before = text.len();
        text.push(f);
        for _ in before..text.len() {
            starts.push(i as u32);
            ends.push(end as u32);
        }
    }
    Normalised { text, starts, ends }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_spans_across_removed_and_folded_characters() {
        let src = "A/HRC/\u{200E}RES/5/1 and 第１３７３（２００１）号";
        let n = normalise(src);
        assert_eq!(n.text, "A/HRC/RES/5/1 and 第1373(2001)号");
        let s = n.text.find("1373").unwrap();
        let (a, b) = n.source_span(s, s + "1373(2001)".len());
        assert_eq!(&src[a..b], "１３７３（２００１）");
        let (a, b) = n.source_span(0, "A/HRC/RES/5/1".len());
        assert_eq!(&src[a..b], "A/HRC/\u{200E}RES/5/1");
    }

    #[test]
    fn drops_bold_markers() {
        assert_eq!(normalise("1. **赞扬**联合国").text, "1. 赞扬联合国");
    }
}
