//! French extraction tests on real sentences of the corpus. The texts are United Nations
//! documents (UNxml document repositories, via /work/shared/corpus): the United Nations is their
//! source and must be acknowledged as such. Each case is the sentence as printed (the document
//! it comes from in the comment above it) and the expected `(target, start, end)` of every
//! citation, in document order; spans are byte offsets into the sentence, NBSP and all.

use uncite::{extract, Language, Options, Relation};

mod common;

use common::Case;

fn run(cases: &[Case]) {
    common::run(Language::Fr, cases)
}

fn fr(text: &str) -> uncite::Extraction {
    extract(
        text,
        &Options {
            language: Some(Language::Fr),
            ..Default::default()
        },
    )
}

const FR: &[Case] = &[
    // A/RES/74/11
    (
        "body_after_the_list",
        "notamment les résolutions 242 (1967), 338 (1973), 425 (1978), 1397 (2002), 1515 (2003), 1544 (2004), 1850 (2008) et 2334 (2016) du Conseil de sécurité,",
        &[("S/RES/242(1967)", 27, 37), ("S/RES/338(1973)", 39, 49), ("S/RES/425(1978)", 51, 61), ("S/RES/1397(2002)", 63, 74), ("S/RES/1515(2003)", 76, 87), ("S/RES/1544(2004)", 89, 100), ("S/RES/1850(2008)", 102, 113), ("S/RES/2334(2016)", 117, 128)],
    ),
    // A/RES/74/10
    (
        "its_resolutions_roman_sessions_and_dates",
        "Rappelant ses résolutions 181 (II) du 29 novembre 1947, 194 (III) du 11 décembre 1948, 3236 (XXIX) du 22 novembre 1974, 3375 (XXX) et 3376 (XXX) du 10 novembre 1975, et 31/20 du 24 novembre 1976 et toutes les résolutions qu’elle a adoptées par la suite sur la question,",
        &[("A/RES/181(II)", 27, 35), ("A/RES/194(III)", 57, 66), ("A/RES/3236(XXIX)", 89, 100), ("A/RES/3375(XXX)", 122, 132), ("A/RES/3376(XXX)", 136, 146), ("A/RES/31/20", 171, 176)],
    ),
    // A/RES/77/36
    (
        "part_letter_and_first_of_the_month",
        "\tRappelant ses résolutions 36/103 du 9 décembre 1981, 43/78 H du 7 décembre 1988, 53/70 du 4 décembre 1998, 54/49 du 1er décembre 1999, 55/28 du 20 novembre 2000,",
        &[("A/RES/36/103", 28, 34), ("A/RES/43/78", 56, 63), ("A/RES/53/70", 85, 90), ("A/RES/54/49", 112, 117), ("A/RES/55/28", 141, 146)],
    ),
    // A/RES/77/4
    (
        "sa_resolution_and_parts_a_to_c",
        "\tRappelant sa résolution 76/245, la section X de sa résolution 76/246 et ses résolutions 76/247 A à C, du 24 décembre 2021, ainsi que la section II de sa résolution 76/246 B du 13 avril 2022,",
        &[("A/RES/76/245", 14, 32), ("A/RES/76/246", 53, 71), ("A/RES/76/247", 79, 105), ("A/RES/76/246", 159, 179)],
    ),
    // A/RES/74/11
    (
        "sa_resolution_roman_session",
        "Rappelant sa résolution 2625 (XXV) du 24 octobre 1970, et réaffirmant qu’il importe de maintenir et de consolider la paix internationale,",
        &[("A/RES/2625(XXV)", 13, 35)],
    ),
    // S/RES/2507 (2020)
    (
        "chapter_vii_of_the_charter",
        "\tAgissant en vertu du Chapitre VII de la Charte des Nations Unies,\n1.\tDécide que, jusqu’au 31 juillet 2020, tous les États Membres devront continuer de prendre les mesures nécessaires,",
        &[("Charter of the United Nations", 41, 65)],
    ),
    // S/RES/2518 (2020)
    (
        "charter_and_la_charte",
        "\tRappelant les buts et principes énoncés dans la Charte des Nations Unies, et réaffirmant qu’il a pour responsabilité principale, en vertu de la Charte, le maintien de la paix et de la sécurité internationales,",
        &[("Charter of the United Nations", 51, 75), ("Charter of the United Nations", 151, 157)],
    ),
    // A/HRC/RES/54/29 (its cover lines, then the paragraph)
    (
        "its_own_resolutions_in_a_human_rights_council_text",
        "Nations Unies\nA/HRC/RES/54/29\nAssemblée générale\nRappelant les résolutions du Conseil de sécurité 2014 (2011) du 21 octobre 2011, 2051 (2012) du 12 juin 2012 et 2140 (2014) du 26 février 2014 et ses propres résolutions 18/19 du 29 septembre 2011, 19/29 du 23 mars 2012 et 51/39 du 7 octobre 2022,",
        &[("S/RES/2014(2011)", 104, 115), ("S/RES/2051(2012)", 136, 147), ("S/RES/2140(2014)", 167, 178), ("A/HRC/RES/18/19", 227, 232), ("A/HRC/RES/19/29", 255, 260), ("A/HRC/RES/51/39", 280, 285)],
    ),
    // E/RES/2021/8
    (
        "sales_number",
        "\t1\tRapport du Sommet mondial pour le développement social, Copenhague, 6-12 mars 1995 (publication des Nations Unies, numéro de vente : F.96.IV.8), chap. I, résolution 1, annexes I et II.",
        &[("Sales No. 96.IV.8", 119, 147), ("null", 159, 172)],
    ),
    // A/RES/74/10 (footnote 5)
    (
        "symbol_with_annex_i",
        "\t5\tA/66/371-S/2011/592, annexe I.",
        &[("A/66/371-S/2011/592", 3, 22)],
    ),
    // A/RES/75/183 (footnote marker left out)
    (
        "organ_named_before_dans_sa",
        "Prenant note également, à cet égard, de la décision prise par le Conseil des droits de l’homme, dans sa résolution 26/2 du 26 juin 2014, d’organiser des réunions-débats biennales,",
        &[("A/HRC/RES/26/2", 110, 126)],
    ),
    // A/RES/75/183 (footnote marker left out)
    (
        "singled_out_of_the_councils_resolutions",
        "Rappelant les résolutions du Conseil des droits de l’homme en la matière, dont la plus récente est la résolution 42/24 du 27 septembre 2019,",
        &[("A/HRC/RES/42/24", 107, 124)],
    ),
    // A/RES/76/87
    (
        "resolution_of_another_commission_is_not_the_assemblys",
        "13.\tRappelle que la Commission économique pour l’Amérique latine et les Caraïbes a adopté la résolution 574 (XXVII) du 16 mai 1998, demandant la mise en place des mécanismes nécessaires,",
        &[("null", 99, 122)],
    ),
    // A/RES/74/183 (two paragraphs and footnotes 2 to 5)
    (
        "footnotes_marker_glued_before_punctuation_and_ibid",
        "Rappelant les précieuses orientations que la Commission a données aux États Membres pour les aider à se doter d’un cadre législatif favorable à cet égard grâce au Guide législatif sur les projets d’infrastructure à financement privé2 et aux Dispositions législatives types sur les projets d’infrastructure à financement privé3 qui l’accompagnent, ainsi que la recommandation qu’elle a formulée dans sa résolution 58/76 du 9\u{a0}décembre 2003, tendant à ce que les États prennent dûment en considération ces textes lorsqu’ils révisent leur législation ou adoptent des lois sur la participation du secteur privé à la construction et à l’exploitation d’infrastructures publiques,\n1.\tRemercie la Commission des Nations Unies pour le droit commercial international d’avoir achevé et adopté4 les Dispositions législatives types sur les partenariats public-privé5 et le Guide législatif sur les partenariats public-privé\u{a0};\n\n__________________\n\t2\tPublication des Nations Unies, numéro de vente\u{a0}: F.01.V.4.\n\t3\tDocuments officiels de l’Assemblée générale, cinquante-huitième session, Supplément no\u{a0}17 (A/58/17), annexe\u{a0}I.\n\t4\tIbid., soixante-quatorzième session, Supplément no\u{a0}17 (A/74/17), chap. III.\n\t5\tIbid., annexe\u{a0}I.\n",
        &[("A/RES/58/76", 427, 444), ("Sales No. 01.V.4", 1018, 1046), ("A/58/17", 1150, 1157), ("A/74/17", 1232, 1239), ("A/74/17", 1256, 1261)],
    ),
];

#[test]
fn french_sentences() {
    run(FR);
}

#[test]
fn spans_are_the_printed_words() {
    for (name, text, _) in FR {
        for c in fr(text).citations {
            assert_eq!(&text[c.start..c.end], c.text, "case {name}");
        }
    }
}

/// Part letters, dates, pinpoints and footnote markers of the cases above.
#[test]
fn parts_dates_pinpoints_and_footnotes() {
    let by_name = |n: &str| FR.iter().find(|c| c.0 == n).unwrap().1;
    let ex = fr(by_name("part_letter_and_first_of_the_month"));
    assert_eq!(
        ex.citations[1].part.as_deref(),
        Some(&["H".to_string()][..])
    );
    assert_eq!(ex.citations[3].date.as_deref(), Some("1999-12-01"));
    let ex = fr(by_name("sa_resolution_and_parts_a_to_c"));
    assert_eq!(
        ex.citations[2].part.as_deref(),
        Some(&["A".to_string(), "B".to_string(), "C".to_string()][..])
    );
    assert_eq!(ex.citations[3].date.as_deref(), Some("2022-04-13"));
    let ex = fr(by_name("symbol_with_annex_i"));
    assert_eq!(ex.citations[0].pinpoint.as_deref(), Some("annex I"));
    let ex = fr(by_name(
        "footnotes_marker_glued_before_punctuation_and_ibid",
    ));
    let ibid = ex.citations.last().unwrap();
    assert_eq!(ibid.text, "Ibid.");
    assert_eq!(ibid.via, uncite::Via::Ibid);
    assert_eq!(ibid.pinpoint.as_deref(), Some("annex I"));
    assert_eq!(ibid.footnote.as_deref(), Some("5"));
    let markers: Vec<Option<&str>> = ex.citations.iter().map(|c| c.footnote.as_deref()).collect();
    assert_eq!(markers, [None, Some("2"), Some("3"), Some("4"), Some("5")]);
}

/// The relation of a paragraph from its French opener.
#[test]
fn openers() {
    let cases: &[(&str, Relation)] = &[
        // A/RES/75/93
        ("\tRappelant sa résolution 194 (III) du 11 décembre 1948,", Relation::Recalls),
        // A/RES/75/93
        ("\tRappelant également sa résolution 302 (IV) du 8 décembre 1949,", Relation::Recalls),
        // E/RES/2021/26
        ("\tRéaffirmant ses résolutions 1994/24 du 26 juillet 1994 et 1995/2 du 3 juillet 1995,", Relation::Reaffirms),
        // A/RES/76/220
        ("Prend note de la résolution 76/4 du 28 octobre 2021 sur l’examen du fonctionnement du système redynamisé des coordonnateurs résidents, notamment des modalités de financement de celui‑ci, et attend avec intérêt sa pleine application ;", Relation::Notes),
        // A/RES/76/185 (abridged)
        ("\tSe félicitant de la résolution 10/6 de la Conférence des Parties,", Relation::Welcomes),
        // S/RES/2507 (2020)
        ("\tAgissant en vertu du Chapitre VII de la Charte des Nations Unies,", Relation::ActingUnder),
        // E/RES/2021/8
        ("12.\tEngage les organisations non gouvernementales à participer, conformément à sa résolution 1996/31 du 25 juillet 1996, aux travaux de la Commission ;", Relation::Urges),
        // A/RES/75/102
        (
            "5.\tPrie le Comité spécial de continuer à s’acquitter, conformément aux procédures établies, des fonctions qu’elle lui a confiées par sa résolution 1970 (XVIII).",
            Relation::Requests,
        ),
        // S/RES/2524 (2020)
        (
            "11.\tDemande à la MINUATS de coopérer avec le Groupe d’experts sur le Soudan créé par la résolution 1591 (2005) afin de faciliter les travaux du Groupe d’experts ;",
            Relation::CallsUpon,
        ),
    ];
    for (text, want) in cases {
        let ex = fr(text);
        assert!(!ex.citations.is_empty(), "{text}");
        for c in &ex.citations {
            assert_eq!(c.relation, *want, "{text}");
        }
    }
}
