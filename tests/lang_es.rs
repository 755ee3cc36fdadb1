//! Spanish extraction tests on real sentences of the corpus. Source of every sentence: the
//! United Nations (UNxml document repositories, via /work/shared/corpus; see
//! tests/fixtures/README.md); the United Nations must be acknowledged as the source of these
//! texts. Each case is a document (its header line, the paragraph copied as printed, NBSP and
//! all, and where needed its footnotes) with the expected `(target, start, end)` of every
//! citation in document order; spans are byte offsets into the text.

use uncite::{extract, Citation, Language, Options, Relation};

mod common;

use common::Case;

fn cites(text: &str) -> Vec<Citation> {
    extract(
        text,
        &Options {
            language: Some(Language::Es),
            ..Default::default()
        },
    )
    .citations
}

#[rustfmt::skip]
const ES: &[Case] = &[
    // A footnote of A/RES/74/194: General Assembly resolutions, then `resoluciones del Consejo de Seguridad 2133 (2014), … y 2462 (2019)`.
    (
        "security_council_list_named_after_the_keyword",
        "Naciones Unidas\nA/RES/74/194\nAsamblea General\n\t1\tResoluciones 72/194, 72/284, 73/174, 73/186 y 73/211 y resoluciones del Consejo de Seguridad 2133 (2014), 2178 (2014), 2195 (2014), 2199 (2015), 2253 (2015), 2309 (2016), 2322 (2016), 2341 (2017), 2347 (2017), 2349 (2017), 2368 (2017), 2396 (2017) y 2462 (2019).\n",
        &[("A/RES/72/194", 62, 68), ("A/RES/72/284", 70, 76), ("A/RES/73/174", 78, 84), ("A/RES/73/186", 86, 92), ("A/RES/73/211", 95, 101), ("S/RES/2133(2014)", 142, 153), ("S/RES/2178(2014)", 155, 166), ("S/RES/2195(2014)", 168, 179), ("S/RES/2199(2015)", 181, 192), ("S/RES/2253(2015)", 194, 205), ("S/RES/2309(2016)", 207, 218), ("S/RES/2322(2016)", 220, 231), ("S/RES/2341(2017)", 233, 244), ("S/RES/2347(2017)", 246, 257), ("S/RES/2349(2017)", 259, 270), ("S/RES/2368(2017)", 272, 283), ("S/RES/2396(2017)", 285, 296), ("S/RES/2462(2019)", 299, 310)],
    ),
    // A/RES/74/194: `su resolución 56/1, de 12 de septiembre de 2001,` and Security Council resolutions each dated `, de 28 de septiembre de 2001,`.
    (
        "its_with_spanish_dates",
        "Naciones Unidas\nA/RES/74/194\nAsamblea General\nLa Asamblea General,\nReafirmando su enérgica condena de los odiosos actos de terrorismo que han causado una enorme pérdida de vidas humanas, destrucción y daños, incluidos los que dieron lugar a la aprobación de su resolución 56/1, de 12 de septiembre de 2001, así como de las resoluciones del Consejo de Seguridad 1368 (2001), de 12 de septiembre de 2001, 1373 (2001), de 28 de septiembre de 2001, y 1377 (2001), de 12 de noviembre de 2001, y los ocurridos desde entonces,\n",
        &[("A/RES/56/1", 266, 282), ("S/RES/1368(2001)", 368, 379), ("S/RES/1373(2001)", 410, 421), ("S/RES/1377(2001)", 454, 465)],
    ),
    // A/RES/74/10: sessions in roman numerals, dates after each item or pair.
    (
        "roman_sessions",
        "Naciones Unidas\nA/RES/75/22\nAsamblea General\nLa Asamblea General,\nRecordando sus resoluciones 181\u{a0}(II), de 29\u{a0}de noviembre de 1947, 194\u{a0}(III), de 11\u{a0}de diciembre de 1948, 3236\u{a0}(XXIX), de 22 de noviembre de 1974, 3375\u{a0}(XXX) y 3376\u{a0}(XXX), de 10\u{a0}de noviembre de 1975, 31/20, de 24\u{a0}de noviembre de 1976, y todas sus resoluciones posteriores sobre la cuestión, incluidas las aprobadas en sus períodos extraordinarios de sesiones de emergencia, así como su resolución 73/18, de 30\u{a0}de noviembre de 2018,\n",
        &[("A/RES/181(II)", 94, 103), ("A/RES/194(III)", 134, 144), ("A/RES/3236(XXIX)", 175, 187), ("A/RES/3375(XXX)", 217, 228), ("A/RES/3376(XXX)", 231, 242), ("A/RES/31/20", 273, 278), ("A/RES/73/18", 463, 480)],
    ),
    // A/RES/76/251: `74/232 A y B` is one resolution in two parts.
    (
        "parts",
        "Naciones Unidas\nA/RES/77/1\nAsamblea General\nLa Asamblea General,\n2.\tReitera que acepta y aprecia el generoso ofrecimiento del Gobierno de Qatar de acoger en Doha la Quinta Conferencia de las Naciones Unidas sobre los Países Menos Adelantados, que se celebrará al más alto nivel posible, con los Jefes y Jefas de Estado y de Gobierno, de conformidad con el mandato especificado en sus resoluciones 73/242, 74/232 A y B, 75/227 y 76/216, insta a todas las partes interesadas pertinentes a que participen activamente en la Conferencia y espera que su resultado sea satisfactorio y ambicioso.\n",
        &[("A/RES/73/242", 400, 406), ("A/RES/74/232", 408, 420), ("A/RES/75/227", 422, 428), ("A/RES/76/216", 431, 437)],
    ),
    // A/RES/77/262: `45/248 B, sección VI, de 21 de diciembre de 1990, 55/231, …` — a section inside the list does not end it.
    (
        "section_inside_list",
        "Naciones Unidas\nA/RES/77/262\nAsamblea General\nLa Asamblea General,\n\tReafirmando sus resoluciones 41/213, de\u{a0}19\u{a0}de diciembre de 1986, 42/211, de\u{a0}21\u{a0}de diciembre de 1987, 45/248 B, sección VI, de\u{a0}21\u{a0}de diciembre de 1990, 55/231, de\u{a0}23\u{a0}de diciembre de 2000, 56/253, de\u{a0}24\u{a0}de diciembre de 2001, 58/269 y 58/270, de\u{a0}23\u{a0}de diciembre de 2003, 59/276, sección XI, de\u{a0}23\u{a0}de diciembre de 2004, 60/283, de\u{a0}7\u{a0}de julio de 2006, 61/263, de\u{a0}4\u{a0}de abril de 2007, 62/236, de\u{a0}22\u{a0}de diciembre de\u{a0}2007, 63/262, de\u{a0}24\u{a0}de diciembre de 2008, 64/243, de\u{a0}24\u{a0}de diciembre de 2009, 65/259, de\u{a0}24\u{a0}de diciembre de 2010, 66/246, de\u{a0}24\u{a0}de diciembre de 2011, 68/246, de\u{a0}27\u{a0}de diciembre de 2013, 70/247, de\u{a0}23\u{a0}de diciembre de 2015, 71/272 A, de\u{a0}23\u{a0}de diciembre de 2016, 72/261 y 72/266 A, de\u{a0}24\u{a0}de diciembre de 2017, 72/266\u{a0}B, de\u{a0}5\u{a0}de\u{a0}julio de 2018, 73/281, de\u{a0}22\u{a0}de diciembre de 2018, 74/262, de\u{a0}27\u{a0}de diciembre de 2019, 75/252, de\u{a0}31\u{a0}de diciembre de 2020, 76/245 y 76/246 A, de\u{a0}24\u{a0}de diciembre de 2021, 76/246 B, de\u{a0}13\u{a0}de abril de\u{a0}2022, y 76/271, de\u{a0}29\u{a0}de junio de 2022,\n",
        &[("A/RES/41/213", 97, 103), ("A/RES/42/211", 135, 141), ("A/RES/45/248", 173, 181), ("A/RES/55/231", 226, 232), ("A/RES/56/253", 264, 270), ("A/RES/58/269", 302, 308), ("A/RES/58/270", 311, 317), ("A/RES/59/276", 349, 355), ("A/RES/60/283", 400, 406), ("A/RES/61/263", 433, 439), ("A/RES/62/236", 466, 472), ("A/RES/63/262", 505, 511), ("A/RES/64/243", 543, 549), ("A/RES/65/259", 581, 587), ("A/RES/66/246", 619, 625), ("A/RES/68/246", 657, 663), ("A/RES/70/247", 695, 701), ("A/RES/71/272", 733, 741), ("A/RES/72/261", 773, 779), ("A/RES/72/266", 782, 790), ("A/RES/72/266", 822, 831), ("A/RES/73/281", 859, 865), ("A/RES/74/262", 897, 903), ("A/RES/75/252", 935, 941), ("A/RES/76/245", 973, 979), ("A/RES/76/246", 982, 990), ("A/RES/76/246", 1022, 1030), ("A/RES/76/271", 1061, 1067)],
    ),
    // A/RES/76/305: `resoluciones de la Asamblea General y del Consejo de Seguridad 60/180 y 1645 (2005)` — the forms decide the organ.
    (
        "two_bodies",
        "Naciones Unidas\nA/RES/76/305\nAsamblea General\nLa Asamblea General,\n\tReafirmando la resolución\u{a0}60/1\u{a0}de la Asamblea General, de\u{a0}16\u{a0}de septiembre de 2005, y las resoluciones de la Asamblea General y del Consejo de Seguridad 60/180 y 1645\u{a0}(2005), de\u{a0}20\u{a0}de diciembre de 2005, 70/262 y 2282\u{a0}(2016), de\u{a0}27\u{a0}de abril de 2016, 72/276 y 2413\u{a0}(2018), de\u{a0}26\u{a0}de abril de 2018, y 75/201 y 2558\u{a0}(2020), de\u{a0}21\u{a0}de diciembre de 2020,\n",
        &[("A/RES/60/1", 83, 100), ("A/RES/60/180", 226, 232), ("S/RES/1645(2005)", 235, 247), ("A/RES/70/262", 279, 285), ("S/RES/2282(2016)", 288, 300), ("A/RES/72/276", 328, 334), ("S/RES/2413(2018)", 337, 349), ("A/RES/75/201", 379, 385), ("S/RES/2558(2020)", 388, 400)],
    ),
    // A/RES/75/183: `la decisión adoptada por el Consejo de Derechos Humanos en su resolución 26/2` — `su` is the Council's.
    (
        "its_of_another_organ",
        "Naciones Unidas\nA/RES/75/183\nAsamblea General\nLa Asamblea General,\n\tObservando los debates locales y nacionales y las iniciativas regionales en curso sobre la pena de muerte, así como la voluntad de un número creciente de Estados Miembros de facilitar al público información sobre el uso de la pena de muerte, y también, a este respecto, la decisión adoptada por el Consejo de Derechos Humanos en su resolución 26/2, de 26 de junio de 20146, de celebrar mesas redondas de alto nivel bienales para seguir intercambiando puntos de vista sobre la cuestión de la pena de muerte,\n",
        &[("A/HRC/RES/26/2", 406, 422)],
    ),
    // S/RES/2507 (2020): `Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas`.
    (
        "chapter_vii",
        "Naciones Unidas\nS/RES/2538 (2020)\nConsejo de Seguridad\nEl Consejo de Seguridad,\n\tActuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,\n",
        &[("Charter of the United Nations", 124, 152)],
    ),
    // A/RES/74/104: `la Carta` alone is the Charter.
    (
        "charter_short",
        "Naciones Unidas\nA/RES/74/104\nAsamblea General\nLa Asamblea General,\n13.\tReafirma que, en virtud de la Carta, la Potencia administradora tiene la responsabilidad de promover el desarrollo económico y social del Territorio y preservar su identidad cultural, y solicita a la Potencia administradora que adopte medidas para recabar y utilizar eficazmente toda la asistencia posible, tanto bilateral como multilateral, a fin de fortalecer la economía del Territorio;\n",
        &[("Charter of the United Nations", 101, 106)],
    ),
    // A/RES/75/194: `las resoluciones pertinentes del Consejo de Derechos Humanos, incluidas las resoluciones 23/9, …` — the resolutions singled out are the Council's; footnote markers glued to the years (`20131`).
    (
        "singled_out_of_the_human_rights_council",
        "Naciones Unidas\nA/RES/75/194\nAsamblea General\nLa Asamblea General,\n\tRecordando sus resoluciones 54/205, de 22 de diciembre de 1999, 55/61, de 4\u{a0}de diciembre de 2000, 55/188, de 20 de diciembre de 2000, 56/186, de 21 de diciembre de 2001, y 57/244, de 20 de diciembre de 2002, y recordando también sus resoluciones 58/205, de 23 de diciembre de 2003, 59/242, de 22 de diciembre de 2004, 60/207, de 22 de diciembre de 2005, 61/209, de 20 de diciembre de 2006, 62/202, de 19 de diciembre de 2007, 63/226, de 19 de diciembre de 2008, 64/237, de 24 de diciembre de 2009, 65/169, de 20 de diciembre de 2010, 67/189 y 67/192, de 20 de diciembre de 2012, 68/195, de 18 de diciembre de 2013, 69/199, de 18 de diciembre de 2014, 71/208, de 19 de diciembre de 2016, y 73/190, de 17 de diciembre de 2018, y todas las resoluciones pertinentes del Consejo de Derechos Humanos, incluidas las resoluciones 23/9, de 13 de junio de 20131, 29/11, de 2 de julio de 20152, y 35/25, de 23 de junio de 20173, así como su resolución 74/276, de 1 de junio de 2020, y su decisión 74/568, de 31 de agosto de 2020,\n__________________\n\t1\tVéase Documentos Oficiales de la Asamblea General, sexagésimo octavo período de sesiones, suplemento núm. 53 (A/68/53), cap. V, secc. A.\n\t2\tIbid., septuagésimo período de sesiones, suplemento núm. 53 (A/70/53), cap. V, secc. A.\n\t3\tIbid., septuagésimo segundo período de sesiones, suplemento núm. 53 (A/72/53), cap. V, secc.\u{a0}A.\n",
        &[("A/RES/54/205", 96, 102), ("A/RES/55/61", 132, 137), ("A/RES/55/188", 167, 173), ("A/RES/56/186", 203, 209), ("A/RES/57/244", 241, 247), ("A/RES/58/205", 316, 322), ("A/RES/59/242", 352, 358), ("A/RES/60/207", 388, 394), ("A/RES/61/209", 424, 430), ("A/RES/62/202", 460, 466), ("A/RES/63/226", 496, 502), ("A/RES/64/237", 532, 538), ("A/RES/65/169", 568, 574), ("A/RES/67/189", 604, 610), ("A/RES/67/192", 613, 619), ("A/RES/68/195", 649, 655), ("A/RES/69/199", 685, 691), ("A/RES/71/208", 721, 727), ("A/RES/73/190", 759, 765), ("A/HRC/RES/23/9", 892, 896), ("A/HRC/RES/29/11", 923, 928), ("A/HRC/RES/35/25", 956, 961), ("A/RES/74/276", 1001, 1019), ("A/DEC/74/568", 1049, 1065), ("A/68/53", 1228, 1235), ("A/70/53", 1322, 1329), ("A/72/53", 1424, 1431)],
    ),
    // E/RES/2021/11: footnote 2 `Ibid., cap. II.` repeats footnote 1's A/CONF.219/7.
    (
        "ibid_footnote",
        "Naciones Unidas\nE/RES/2021/11\nConsejo Económico y Social\nEl Consejo Económico y Social,\n\tRecordando también la resolución\u{a0}65/280\u{a0}de la Asamblea General, de\u{a0}17\u{a0}de junio de 2011, en la que la Asamblea hizo suya la Declaración de Estambul1 y el Programa de Acción en favor de los Países Menos Adelantados para el Decenio 2011\u{2011}20202,\n__________________\n\t1\tInforme de la Cuarta Conferencia de las Naciones Unidas sobre los Países Menos Adelantados, Estambul (Turquía), 9 a 13 de mayo de 2011 (A/CONF.219/7), cap. I.\n\t2\tIbid., cap. II.\n",
        &[
            ("A/RES/65/280", 114, 133),
            // The Istanbul Programme of Action, by name.
            ("Programme of Action for the Least Developed Countries for the Decade 2011–2020", 251, 340),
            ("A/CONF.219/7", 503, 515),
            ("A/CONF.219/7", 529, 534),
        ],
    ),
    // S/RES/2549 (2020): `(S/1995/999, anexo)`.
    (
        "symbol_with_annex",
        "Naciones Unidas\nS/RES/2549 (2020)\nConsejo de Seguridad\nEl Consejo de Seguridad,\n\t\u{202f}Subrayando su compromiso de apoyar la aplicación del Acuerdo Marco General de Paz en Bosnia y Herzegovina y sus anexos (denominados colectivamente el Acuerdo de Paz (S/1995/999, anexo)), así como las decisiones pertinentes del Consejo de Aplicación del Acuerdo de Paz (CAAP),\n",
        &[("S/1995/999", 251, 261)],
    ),
    // A/RES/74/183, footnote 2: `núm. de venta: S.01.V.4`.
    (
        "sales_number",
        "Naciones Unidas\nA/RES/74/183\nAsamblea General\nLa Asamblea General,\n\tRecordando el Protocolo2,\n__________________\n\t2\tPublicación de las Naciones Unidas, núm. de venta: S.01.V.4.\n",
        &[("Sales No. 01.V.4", 153, 177)],
    ),
];

#[test]
fn spanish_sentences() {
    common::run(Language::Es, ES);
}

fn case(name: &str) -> &'static str {
    ES.iter().find(|c| c.0 == name).unwrap().1
}

#[test]
fn ibid_repeats_the_footnote_before_with_its_own_pinpoint() {
    let text = case("ibid_footnote");
    let got = cites(text);
    let ibid = got.iter().find(|c| c.text == "Ibid.").unwrap();
    assert_eq!(ibid.target.as_ref().unwrap().to_string(), "A/CONF.219/7");
    assert_eq!(ibid.pinpoint.as_deref(), Some("chap. II"));
    assert_eq!(ibid.footnote.as_deref(), Some("2"));
    assert_eq!(ibid.via, uncite::Via::Ibid);
}

#[test]
fn pinpoints_and_sales_numbers() {
    let got = cites(case("symbol_with_annex"));
    assert_eq!(got[0].pinpoint.as_deref(), Some("annex"));
    let got = cites(case("sales_number"));
    assert_eq!(got[0].text, "núm. de venta: S.01.V.4");
    assert_eq!(got[0].footnote.as_deref(), Some("2"));
}

#[test]
fn dates_in_spanish() {
    let got = cites(case("its_with_spanish_dates"));
    let dates: Vec<Option<&str>> = got.iter().map(|c| c.date.as_deref()).collect();
    assert_eq!(
        dates,
        [
            Some("2001-09-12"),
            Some("2001-09-12"),
            Some("2001-09-28"),
            Some("2001-11-12")
        ]
    );
}

/// Paragraph openings from the corpus (A/RES/74/10, A/RES/75/194, E/RES/2021/27,
/// S/RES/2507 (2020), A/RES/75/112, A/RES/74/113, E/RES/2021/13, A/RES/74/104 and others)
/// and the relation they give.
#[test]
fn openers() {
    use uncite::relation::from_paragraph;
    let cases: &[(&str, Relation)] = &[
        (
            "\tRecordando sus resoluciones 181\u{a0}(II), de 29 de noviembre de 1947,",
            Relation::Recalls,
        ),
        (
            "\tRecordando también la resolución\u{a0}65/280\u{a0}de la Asamblea General",
            Relation::Recalls,
        ),
        ("5.\tRecuerda su resolución 74/6", Relation::Recalls),
        (
            "\tReafirmando la resolución\u{a0}60/1\u{a0}de la Asamblea General",
            Relation::Reaffirms,
        ),
        (
            "1.\tToma nota del informe del Director General de la Organización Mundial de la Salud",
            Relation::Notes,
        ),
        (
            "\tTomando nota también de la terminación del mandato",
            Relation::Notes,
        ),
        (
            "\tAcogiendo con beneplácito la aprobación de la resolución\u{a0}48/13",
            Relation::Welcomes,
        ),
        (
            "3.\tSolicita al Secretario General que en 2023 le presente un informe",
            Relation::Requests,
        ),
        (
            "6.\tExhorta a las Potencias administradoras a que cooperen plenamente",
            Relation::CallsUpon,
        ),
        (
            "9.\tInsta a la Potencia administradora a asegurar la soberanía permanente",
            Relation::Urges,
        ),
        (
            "\tActuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,",
            Relation::ActingUnder,
        ),
        (
            "\tGuiada por los propósitos y principios de la Carta de las Naciones Unidas,",
            Relation::GuidedBy,
        ),
        (
            "\tHaciendo hincapié en la importancia",
            Relation::Emphasizes,
        ),
        ("\tProfundamente preocupada por", Relation::Concerned),
        ("8.\tAlienta a los Estados Miembros", Relation::Encourages),
    ];
    for (p, want) in cases {
        assert_eq!(from_paragraph(Language::Es, p), *want, "{p}");
    }
    // The relation reaches the citations of the paragraph.
    let got = cites(case("chapter_vii"));
    assert_eq!(got[0].relation, Relation::ActingUnder);
    let got = cites(case("its_of_another_organ"));
    assert_eq!(got[0].relation, Relation::Notes);
}
