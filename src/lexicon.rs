//! One lexicon per language: the words the grammars look for. A language is this table plus
//! its word order (`grammar::phrase`); the pipeline is the same for all.

use crate::id::Organ;
use crate::lang::Language;

/// A body named before (or after) a list of resolutions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyName {
    /// One of the organs with a numbering of its own.
    Organ(Organ),
    /// "its", `其`: the citing document's body.
    Its,
    /// "the Council", `理事会`: the citing council, whichever it is.
    Council,
    /// A body outside the contract's table, by its English acronym (`CCPCJ`).
    Other(&'static str),
    /// A name that decides nothing (`the Commission` with no commission named before).
    Unknown,
}

/// The words of one language.
#[derive(Debug)]
pub struct Lexicon {
    /// The language.
    pub lang: Language,
    /// Words that introduce resolutions or decisions (`true` for decisions).
    pub keywords: &'static [(&'static str, bool)],
    /// Body names, longest first within a prefix family.
    pub bodies: &'static [(&'static str, BodyName)],
    /// Words for `Ibid.`
    pub ibid: &'static [&'static str],
    /// Names of the Charter of the United Nations.
    pub charter: &'static [&'static str],
    /// Labels of a sales number.
    pub sales: &'static [&'static str],
    /// Headings after which "its" means the General Assembly (a draft recommended to it).
    pub draft_for_assembly: &'static [&'static str],
}

use BodyName::*;
use Organ::*;

/// English.
pub static EN: Lexicon = Lexicon {
    lang: Language::En,
    keywords: &[
        ("resolutions", false),
        ("resolution", false),
        ("Resolutions", false),
        ("Resolution", false),
        ("decisions", true),
        ("decision", true),
        ("Decisions", true),
        ("Decision", true),
    ],
    bodies: &[
        ("Security Council", Organ(SecurityCouncil)),
        ("General Assembly", Organ(GeneralAssembly)),
        (
            "Economic and Social Council",
            Organ(EconomicAndSocialCouncil),
        ),
        ("Human Rights Council", Organ(HumanRightsCouncil)),
        ("Commission on Human Rights", Organ(CommissionOnHumanRights)),
        (
            "Commission on Crime Prevention and Criminal Justice",
            Other("CCPCJ"),
        ),
        ("Commission on Narcotic Drugs", Other("CND")),
        ("Commission on the Status of Women", Other("CSW")),
        ("Commission on Population and Development", Other("CPD")),
        ("Commission for Social Development", Other("CSocD")),
        (
            "Commission on Science and Technology for Development",
            Other("CSTD"),
        ),
        ("Statistical Commission", Other("Statistical Commission")),
        ("United Nations Environment Assembly", Other("UNEA")),
        ("Environment Assembly", Other("UNEA")),
        ("World Health Assembly", Other("WHA")),
        (
            "Sub-Commission on the Promotion and Protection of Human Rights",
            Other("Sub-Commission"),
        ),
        ("Governing Council", Other("Governing Council")),
        ("Executive Board", Other("Executive Board")),
        ("Conference of the Parties", Other("COP")),
        ("Board of Governors", Other("IAEA Board of Governors")),
        ("General Conference", Other("General Conference")),
        ("Council", Council),
        ("Assembly", Organ(GeneralAssembly)),
        ("Commission", Unknown),
        ("its", Its),
        ("Its", Its),
    ],
    ibid: &["Ibid.", "Ibid"],
    charter: &["Charter of the United Nations", "United Nations Charter"],
    sales: &["Sales No.", "Sales Nos."],
    draft_for_assembly: &[
        "for adoption by the General Assembly",
        "recommended to the General Assembly",
    ],
};

/// Chinese.
pub static ZH: Lexicon = Lexicon {
    lang: Language::Zh,
    keywords: &[("号决议", false), ("号决定", true)],
    bodies: &[
        ("安全理事会", Organ(SecurityCouncil)),
        ("安理会", Organ(SecurityCouncil)),
        ("经济及社会理事会", Organ(EconomicAndSocialCouncil)),
        ("经社理事会", Organ(EconomicAndSocialCouncil)),
        ("人权理事会", Organ(HumanRightsCouncil)),
        ("人权委员会", Organ(CommissionOnHumanRights)),
        ("预防犯罪和刑事司法委员会", Other("CCPCJ")),
        ("麻醉药品委员会", Other("CND")),
        ("妇女地位委员会", Other("CSW")),
        ("环境大会", Other("UNEA")),
        ("世界卫生大会", Other("WHA")),
        ("缔约方大会", Other("COP")),
        ("大会", Organ(GeneralAssembly)),
        ("理事会", Council),
        ("其", Its),
    ],
    ibid: &["同上"],
    charter: &["《联合国宪章》", "《宪章》"],
    sales: &["出售品编号", "销售品编号"],
    draft_for_assembly: &["供大会通过的决议草案", "建议大会通过"],
};

/// The lexicon of a language; the languages without their own yet read with English words.
pub fn for_language(lang: Language) -> &'static Lexicon {
    match lang {
        Language::Zh => &ZH,
        _ => &EN,
    }
}
