//! How a document uses what it cites: one closed vocabulary for every language, read from the
//! verb that opens the paragraph holding the reference (`Recalling`, `回顾`, `1. Decides`).
//!
//! | relation | English openers | Chinese openers |
//! |---|---|---|
//! | recalls | Recalling, Recalls | 回顾, 又回顾, 忆及 |
//! | reaffirms | Reaffirming, Reaffirms | 重申 |
//! | notes | Noting, Notes, Taking note, Takes note | 注意到, 表示注意到 |
//! | welcomes | Welcoming, Welcomes | 欢迎 |
//! | considers | Having considered, Considering, Taking into account | 审议了, 考虑到 |
//! | bears in mind | Bearing in mind | 铭记 |
//! | guided by | Guided by | 以…为指导, 遵循 |
//! | acting under | Acting under | 根据…采取行动 |
//! | commends | Commending, Commends | 赞扬 |
//! | endorses | Endorsing, Endorses | 核可, 赞同 |
//! | decides | Deciding, Decides | 决定 |
//! | requests | Requesting, Requests | 请, 要求 |
//! | invites | Inviting, Invites | 邀请 |
//! | calls upon | Calling upon, Calls upon, Calls on | 吁请, 促请, 呼吁 |
//! | urges | Urging, Urges | 敦促 |
//! | recognizes | Recognizing, Recognizes | 确认, 认识到, 承认 |
//! | affirms | Affirming, Affirms | 申明 |
//! | emphasizes | Emphasizing, Stressing, Underlining, Underscoring | 强调 |
//! | expresses | Expressing, Expresses | 表示 |
//! | condemns | Condemning, Condemns | 谴责 |
//! | encourages | Encouraging, Encourages | 鼓励 |
//! | supports | Supporting, Supports | 支持 |
//! | adopts | Adopting, Adopts | 通过 |
//! | approves | Approving, Approves | 批准 |
//! | acknowledges | Acknowledging, Acknowledges | 肯定 |
//! | concerned | Concerned, Deeply concerned, Alarmed | 关切, 关注, 震惊 |
//! | determines | Determining, Determines | 断定, 认定 |
//! | authorizes | Authorizes | 授权 |
//! | demands | Demanding, Demands | 要求…立即 |
//! | adopted on the report of | the cover's `[on the report of …]` | `[根据…的报告…通过]` |
//! | adopted on the proposal of | the cover's `[without reference to a Main Committee (…)]` | `[未经发交…(…)]` |
//! | adopted at | the adopting meeting | 第74次全体会议 |
//! | adopted by | a treaty to the resolution that adopted it (the gazetteer) | |
//! | other | any other opener | |

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::lang::Language;

/// How a citing paragraph uses a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    #[serde(rename = "recalls")]
    Recalls,
    #[serde(rename = "reaffirms")]
    Reaffirms,
    #[serde(rename = "notes")]
    Notes,
    #[serde(rename = "welcomes")]
    Welcomes,
    #[serde(rename = "considers")]
    Considers,
    #[serde(rename = "bears in mind")]
    BearsInMind,
    #[serde(rename = "guided by")]
    GuidedBy,
    #[serde(rename = "acting under")]
    ActingUnder,
    #[serde(rename = "commends")]
    Commends,
    #[serde(rename = "endorses")]
    Endorses,
    #[serde(rename = "decides")]
    Decides,
    #[serde(rename = "requests")]
    Requests,
    #[serde(rename = "invites")]
    Invites,
    #[serde(rename = "calls upon")]
    CallsUpon,
    #[serde(rename = "urges")]
    Urges,
    #[serde(rename = "recognizes")]
    Recognizes,
    #[serde(rename = "affirms")]
    Affirms,
    #[serde(rename = "emphasizes")]
    Emphasizes,
    #[serde(rename = "expresses")]
    Expresses,
    #[serde(rename = "condemns")]
    Condemns,
    #[serde(rename = "encourages")]
    Encourages,
    #[serde(rename = "supports")]
    Supports,
    #[serde(rename = "adopts")]
    Adopts,
    #[serde(rename = "approves")]
    Approves,
    #[serde(rename = "acknowledges")]
    Acknowledges,
    #[serde(rename = "concerned")]
    Concerned,
    #[serde(rename = "determines")]
    Determines,
    #[serde(rename = "authorizes")]
    Authorizes,
    #[serde(rename = "demands")]
    Demands,
    #[serde(rename = "adopted on the report of")]
    AdoptedOnReportOf,
    #[serde(rename = "adopted on the proposal of")]
    AdoptedOnProposalOf,
    #[serde(rename = "adopted at")]
    AdoptedAt,
    /// A treaty to the resolution that adopted it: from the gazetteer, not from a text.
    #[serde(rename = "adopted by")]
    AdoptedBy,
    #[serde(rename = "other")]
    Other,
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = serde_json::to_value(self).ok();
        f.write_str(s.as_ref().and_then(|v| v.as_str()).unwrap_or("other"))
    }
}

use Relation::*;

/// Skip a paragraph's number (`1.`, `(a)`, `12.`) and the white space after it.
fn skip_number(p: &str) -> &str {
    let t = p.trim_start_matches([' ', '\t']);
    let bytes = t.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let t = if digits > 0 && bytes.get(digits) == Some(&b'.') {
        &t[digits + 1..]
    } else if bytes.first() == Some(&b'(') {
        match t.find(')') {
            Some(k) if k <= 5 => &t[k + 1..],
            _ => t,
        }
    } else {
        t
    };
    t.trim_start_matches([' ', '\t'])
}

/// The relation a paragraph's opening verb gives to what it cites.
///
/// ```
/// use uncite::{Language, Relation, relation::from_paragraph};
/// assert_eq!(from_paragraph(Language::En, "\tRecalling also its resolution 58/292"), Relation::Recalls);
/// assert_eq!(from_paragraph(Language::Zh, "又回顾其 2001 年 9 月 12 日第 56/1 号决议"), Relation::Recalls);
/// assert_eq!(from_paragraph(Language::Zh, "1. 赞扬联合国毒品和犯罪问题办事处"), Relation::Commends);
/// ```
pub fn from_paragraph(lang: Language, paragraph: &str) -> Relation {
    opener(lang, skip_number(paragraph)).unwrap_or(Other)
}

fn opener(lang: Language, t: &str) -> Option<Relation> {
    let lex = crate::lexicon::for_language(lang);
    match lang {
        Language::Zh => zh_opener(t, lex),
        _ => word_opener(t, lex),
    }
}

/// Whether a paragraph opens with a known verb (used to join a paragraph split by a page break).
pub fn opens_with_verb(lang: Language, paragraph: &str) -> bool {
    opener(lang, skip_number(paragraph)).is_some()
}

fn word_opener(t: &str, lex: &crate::lexicon::Lexicon) -> Option<Relation> {
    let mut rest = t;
    for _ in 0..6 {
        let lower: String = rest.chars().take(40).flat_map(char::to_lowercase).collect();
        if let Some(&(_, r)) = lex.openers.iter().find(|(w, _)| lower.starts_with(w)) {
            return Some(r);
        }
        let word_end = rest.find([' ', ',', '،']).unwrap_or(rest.len());
        let word = rest[..word_end].to_lowercase();
        if !lex.opener_adverbs.contains(&word.as_str()) {
            return None;
        }
        rest = rest[word_end..].trim_start_matches([' ', ',', '،']);
    }
    None
}

fn zh_opener(t: &str, lex: &crate::lexicon::Lexicon) -> Option<Relation> {
    let mut rest = t;
    for _ in 0..4 {
        if let Some(&(w, r)) = lex.openers.iter().find(|(w, _)| rest.starts_with(w)) {
            // `以…为指导` guides; `根据…采取行动` acts under; other `以`/`根据` openers do not.
            let line_end = rest.find(['，', '。', ',']).unwrap_or(rest.len());
            let clause = &rest[..line_end];
            return match w {
                "以" => clause.contains("为指导").then_some(GuidedBy),
                "根据" => clause.contains("采取行动").then_some(ActingUnder),
                _ => Some(r),
            };
        }
        let adv = lex.opener_adverbs.iter().find(|a| rest.starts_with(**a))?;
        rest = &rest[adv.len()..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_openers_from_real_paragraphs() {
        let cases: &[(Language, &str, Relation)] = &[
            (
                Language::En,
                "\tReaffirming that the United Nations has a permanent responsibility",
                Reaffirms,
            ),
            (
                Language::En,
                "1.\tExpresses its appreciation to the Committee",
                Expresses,
            ),
            (
                Language::En,
                "4.\tFurther requests the Committee to continue",
                Requests,
            ),
            (
                Language::En,
                "\tActing under Chapter VII of the Charter of the United Nations,",
                ActingUnder,
            ),
            (
                Language::En,
                "\tTaking note of the application of Palestine",
                Notes,
            ),
            (
                Language::En,
                "\t\t“The Security Council recalls the statement of its President",
                Recalls,
            ),
            (
                Language::En,
                "Having considered the report of the Committee",
                Considers,
            ),
            (Language::Zh, "\t回顾其以往关于苏丹的决议", Recalls),
            (
                Language::Zh,
                "根据《联合国宪章》第七章采取行动，",
                ActingUnder,
            ),
            (Language::Zh, "又赞赏地注意到 2004 年 2 月 24 日", Notes),
            (Language::Zh, "5. 邀请尚未加入这些文书的会员国", Invites),
            (Language::Zh, "13. 吁请会员国尽量加强国际合作", CallsUpon),
            (Language::Zh, "合安全理事会关于反恐怖主义的", Other),
        ];
        for (lang, p, want) in cases {
            assert_eq!(from_paragraph(*lang, p), *want, "{p}");
        }
    }

    #[test]
    fn displays_the_json_name() {
        assert_eq!(BearsInMind.to_string(), "bears in mind");
        assert_eq!(AdoptedOnReportOf.to_string(), "adopted on the report of");
    }
}
