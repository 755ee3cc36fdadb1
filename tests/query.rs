//! The legal-research queries on a small fixed graph read from synthetic but realistically shaped
//! texts: the 2030 Agenda (A/RES/70/1), the Addis Ababa Action Agenda and its modalities
//! resolution, two later resolutions building on them, a Secretary-General's report cited in a
//! footnote of A/RES/70/1 that cites it back, and a statement with no symbol.
//!
//! The graph (citing → cited, with the relation):
//!
//! ```text
//! A/RES/72/279 (2018-05-31) → A/RES/70/1 recalls, A/RES/71/313 recalls
//! A/RES/71/313 (2017-07-06) → A/RES/70/1 reaffirms, A/RES/69/313 recalls
//! file:speech.en.txt        → A/RES/70/1 other
//! A/RES/70/1   (2015-09-25) → A/RES/69/313 recalls, A/RES/66/288 reaffirms,
//!                             A/70/123 notes (footnote only), A/70/L.1 adopted on the proposal of
//! A/70/123     (undated)    → A/RES/70/1 other                  (the cycle)
//! A/RES/69/313 (2015-07-27) → A/RES/68/279 recalls, A/RES/66/288 reaffirms
//! A/RES/68/279 (2014-06-30) → A/RES/63/239 recalls, A/RES/66/288 recalls
//! ```
//!
//! Ten nodes, fourteen edges; A/RES/66/288, A/RES/63/239 and A/70/L.1 cite nothing.

use petgraph::graph::{DiGraph, NodeIndex};
use uncite::graph::{CitationGraph, Context, Corpus, Group, Node};
use uncite::query::{self, DepRow, RankBy, Step};
use uncite::{ErrorKind, Kind, Language, Options, Relation};

const A_RES_70_1: &str = "United Nations\nA/RES/70/1\nGeneral Assembly\nDistr.: General\n\
21 October 2015\nSeventieth session\nAgenda items 15 and 116\n\
Resolution adopted by the General Assembly on 25 September 2015\n\
[without reference to a Main Committee (A/70/L.1)]\n\
70/1.\tTransforming our world: the 2030 Agenda for Sustainable Development\n\
The General Assembly,\n\
\tRecalling its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda,\n\
\tReaffirming its resolution 66/288 of 27 July 2012, entitled \"The future we want\",\n\
\tTaking note of the report of the Secretary-General on the follow-up to the outcome of the Summit,1\n\
\tAdopts the following outcome document of the United Nations summit for the adoption of the post-2015 development agenda.\n\
__________________\n\
\t1\tA/70/123.\n";

const A_70_123: &str = "United Nations\nA/70/123\nGeneral Assembly\nDistr.: General\n\
1 October 2015\nOriginal: English\nSeventieth session\nItem 15 of the provisional agenda\n\
Follow-up to the outcome of the Summit\nReport of the Secretary-General\n\tSummary\n\
\tThe present report is submitted pursuant to General Assembly resolution 70/1, by which the Assembly adopted the 2030 Agenda for Sustainable Development.\n";

const A_RES_69_313: &str = "United Nations\nA/RES/69/313\nGeneral Assembly\nDistr.: General\n\
17 August 2015\nSixty-ninth session\nAgenda item 18\n\
Resolution adopted by the General Assembly on 27 July 2015\n\
69/313.\tAddis Ababa Action Agenda of the Third International Conference on Financing for Development\n\
The General Assembly,\n\
\tRecalling its resolution 68/279 of 30 June 2014 on the modalities for the Third International Conference on Financing for Development,\n\
\tReaffirming its resolution 66/288 of 27 July 2012,\n\
\t1.\tEndorses the Addis Ababa Action Agenda.\n";

const A_RES_68_279: &str = "United Nations\nA/RES/68/279\nGeneral Assembly\nDistr.: General\n\
9 July 2014\nSixty-eighth session\nAgenda item 19\n\
Resolution adopted by the General Assembly on 30 June 2014\n\
68/279.\tModalities for the third International Conference on Financing for Development\n\
The General Assembly,\n\
\tRecalling its resolution 63/239 of 24 December 2008, by which it adopted the Doha Declaration on Financing for Development,\n\
\tRecalling also its resolution 66/288 of 27 July 2012,\n\
\t1.\tDecides to convene the third International Conference on Financing for Development.\n";

const A_RES_71_313: &str = "United Nations\nA/RES/71/313\nGeneral Assembly\nDistr.: General\n\
10 July 2017\nSeventy-first session\nAgenda items 13 and 117\n\
Resolution adopted by the General Assembly on 6 July 2017\n\
71/313.\tWork of the Statistical Commission pertaining to the 2030 Agenda for Sustainable Development\n\
The General Assembly,\n\
\tReaffirming its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",\n\
\tRecalling its resolution 69/313 of 27 July 2015,\n\
\t1.\tAdopts the global indicator framework.\n";

const A_RES_72_279: &str = "United Nations\nA/RES/72/279\nGeneral Assembly\nDistr.: General\n\
1 June 2018\nSeventy-second session\nAgenda item 24\n\
Resolution adopted by the General Assembly on 31 May 2018\n\
72/279.\tRepositioning of the United Nations development system\n\
The General Assembly,\n\
\tRecalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",\n\
\tRecalling also its resolution 71/313 of 6 July 2017,\n\
\t1.\tWelcomes the report of the Secretary-General.\n";

const SPEECH: &str = "Statement by the delegation of Norway\nMr. President,\n\
My delegation welcomes the adoption of resolution 70/1 by the General Assembly.\n";

/// (file name, text), in the order they are added.
const TEXTS: &[(&str, &str)] = &[
    ("A_RES_70_1.txt", A_RES_70_1),
    ("A_70_123.txt", A_70_123),
    ("A_RES_69_313.txt", A_RES_69_313),
    ("A_RES_68_279.txt", A_RES_68_279),
    ("A_RES_71_313.txt", A_RES_71_313),
    ("A_RES_72_279.txt", A_RES_72_279),
    ("speech.en.txt", SPEECH),
];

fn corpus() -> Corpus {
    // The graph above counts references by number only: the titles the texts quote ("entitled
    // “Transforming our world: the 2030 Agenda …”") would add named-instrument citations of
    // the same resolutions (tests/instruments.rs covers those).
    let options = Options {
        language: Some(Language::En),
        names: uncite::Names::Off,
    };
    let mut c = Corpus::new();
    for (name, text) in TEXTS {
        let ex = uncite::extract_named(text, name, &options);
        c.add(&ex, text);
    }
    c
}

#[test]
fn the_fixed_graph_is_as_drawn() {
    let c = corpus();
    assert_eq!(c.graph.node_count(), 10);
    assert_eq!(c.graph.edge_count(), 14);
    let mut edges: Vec<(String, String, Relation, bool)> = c
        .graph
        .edge_indices()
        .map(|e| {
            let (s, t) = c.graph.edge_endpoints(e).unwrap();
            let w = &c.graph[e];
            (
                c.graph[s].id.clone(),
                c.graph[t].id.clone(),
                w.main_relation(),
                w.in_footnote,
            )
        })
        .collect();
    edges.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let expected: &[(&str, &str, Relation, bool)] = &[
        ("A/70/123", "A/RES/70/1", Relation::Other, false),
        ("A/RES/68/279", "A/RES/63/239", Relation::Recalls, false),
        ("A/RES/68/279", "A/RES/66/288", Relation::Recalls, false),
        ("A/RES/69/313", "A/RES/66/288", Relation::Reaffirms, false),
        ("A/RES/69/313", "A/RES/68/279", Relation::Recalls, false),
        ("A/RES/70/1", "A/70/123", Relation::Notes, true),
        (
            "A/RES/70/1",
            "A/70/L.1",
            Relation::AdoptedOnProposalOf,
            false,
        ),
        ("A/RES/70/1", "A/RES/66/288", Relation::Reaffirms, false),
        ("A/RES/70/1", "A/RES/69/313", Relation::Recalls, false),
        ("A/RES/71/313", "A/RES/69/313", Relation::Recalls, false),
        ("A/RES/71/313", "A/RES/70/1", Relation::Reaffirms, false),
        ("A/RES/72/279", "A/RES/70/1", Relation::Recalls, false),
        ("A/RES/72/279", "A/RES/71/313", Relation::Recalls, false),
        ("file:speech.en.txt", "A/RES/70/1", Relation::Other, false),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(s, t, r, f)| (s.to_string(), t.to_string(), *r, *f))
        .collect();
    assert_eq!(edges, expected);
    let date = |id: &str| c.graph[c.find(id).unwrap()].date.clone();
    assert_eq!(date("A/RES/70/1").as_deref(), Some("2015-09-25"));
    assert_eq!(date("A/RES/66/288").as_deref(), Some("2012-07-27")); // from the citation
    assert_eq!(date("A/70/123"), None); // a report's cover date is not read
}

// ---------------------------------------------------------------------------------------------
// deps

/// (depth, id, relation, via, in footnote)
type Dep = (usize, &'static str, Relation, &'static str, bool);

fn dep_rows(rows: &[DepRow]) -> Vec<(usize, &str, Relation, &str, bool)> {
    rows.iter()
        .map(|r| {
            (
                r.depth,
                r.id.as_str(),
                r.relation,
                r.via.as_str(),
                r.in_footnote,
            )
        })
        .collect()
}

const DEPS_72_279: &[Dep] = &[
    (1, "A/RES/70/1", Relation::Recalls, "A/RES/72/279", false),
    (1, "A/RES/71/313", Relation::Recalls, "A/RES/72/279", false),
    (2, "A/70/123", Relation::Notes, "A/RES/70/1", true),
    (
        2,
        "A/70/L.1",
        Relation::AdoptedOnProposalOf,
        "A/RES/70/1",
        false,
    ),
    (2, "A/RES/66/288", Relation::Reaffirms, "A/RES/70/1", false),
    // Also cited by A/RES/71/313 at depth 1, but A/RES/70/1 comes first.
    (2, "A/RES/69/313", Relation::Recalls, "A/RES/70/1", false),
    (3, "A/RES/68/279", Relation::Recalls, "A/RES/69/313", false),
    (4, "A/RES/63/239", Relation::Recalls, "A/RES/68/279", false),
];

#[test]
fn deps_at_each_depth() {
    let c = corpus();
    let all = query::deps(&c, "A/RES/72/279", None).unwrap();
    assert_eq!(dep_rows(&all), DEPS_72_279);
    for (max, n) in [(0, 0), (1, 2), (2, 6), (3, 7), (4, 8), (9, 8)] {
        let rows = query::deps(&c, "A/RES/72/279", Some(max)).unwrap();
        assert_eq!(dep_rows(&rows), &DEPS_72_279[..n], "max_depth {max}");
    }
}

#[test]
fn deps_through_the_cycle_list_each_instrument_once_at_its_shortest_depth() {
    let c = corpus();
    let rows = query::deps(&c, "A/RES/70/1", None).unwrap();
    // A/70/123 cites A/RES/70/1 back: the root is not a row, and the search ends.
    // A/RES/66/288 is cited at depths 1, 2 and 3: it is listed once, at 1.
    let expected: &[Dep] = &[
        (1, "A/70/123", Relation::Notes, "A/RES/70/1", true),
        (
            1,
            "A/70/L.1",
            Relation::AdoptedOnProposalOf,
            "A/RES/70/1",
            false,
        ),
        (1, "A/RES/66/288", Relation::Reaffirms, "A/RES/70/1", false),
        (1, "A/RES/69/313", Relation::Recalls, "A/RES/70/1", false),
        (2, "A/RES/68/279", Relation::Recalls, "A/RES/69/313", false),
        (3, "A/RES/63/239", Relation::Recalls, "A/RES/68/279", false),
    ];
    assert_eq!(dep_rows(&rows), expected);
    let r = &rows[4];
    assert_eq!(r.kind, Kind::Resolution);
    assert_eq!(r.date.as_deref(), Some("2014-06-30"));
    assert_eq!(
        r.title.as_deref(),
        Some("Modalities for the third International Conference on Financing for Development")
    );
    assert_eq!(r.relations, [Relation::Recalls]);
    assert!(r.pinpoints.is_empty());
    assert_eq!(rows[0].kind, Kind::Document);
    assert_eq!(rows[0].title, None);

    // From the report, the cycle leads through A/RES/70/1 to everything else.
    let rows = query::deps(&c, "A/70/123", None).unwrap();
    let ids: Vec<(usize, &str)> = rows.iter().map(|r| (r.depth, r.id.as_str())).collect();
    assert_eq!(
        ids,
        [
            (1, "A/RES/70/1"),
            (2, "A/70/L.1"),
            (2, "A/RES/66/288"),
            (2, "A/RES/69/313"),
            (3, "A/RES/68/279"),
            (4, "A/RES/63/239"),
        ]
    );
}

#[test]
fn deps_of_a_leaf_and_of_an_unknown_id() {
    let c = corpus();
    assert!(query::deps(&c, "A/RES/63/239", None).unwrap().is_empty());
    assert_eq!(
        query::table(&query::deps(&c, "A/RES/63/239", None).unwrap()),
        "(cites nothing)\n"
    );
    let err = query::deps(&c, "A/RES/99/1", None).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::UnknownId { id } if id == "A/RES/99/1"),
        "{err}"
    );
    // IDs are read as printed.
    assert_eq!(query::deps(&c, " A/RES/70/1 ", Some(1)).unwrap().len(), 4);
}

#[test]
fn deps_table_is_an_indented_tree() {
    let c = corpus();
    let rows = query::deps(&c, "A/RES/72/279", None).unwrap();
    let expected = "\
A/RES/72/279
  A/RES/70/1          recalls                     (via A/RES/72/279)  2015-09-25  Transforming our world: the 2030 Agenda for Sustainable Development
    A/70/123          notes [fn]                  (via A/RES/70/1)
    A/70/L.1          adopted on the proposal of  (via A/RES/70/1)
    A/RES/66/288      reaffirms                   (via A/RES/70/1)    2012-07-27
    A/RES/69/313      recalls                     (via A/RES/70/1)    2015-07-27  Addis Ababa Action Agenda of the Third International Conference on Financing for Development
      A/RES/68/279    recalls                     (via A/RES/69/313)  2014-06-30  Modalities for the third International Conference on Financing for Development
        A/RES/63/239  recalls                     (via A/RES/68/279)  2008-12-24
  A/RES/71/313        recalls                     (via A/RES/72/279)  2017-07-06  Work of the Statistical Commission pertaining to the 2030 Agenda for Sustainable Development
";
    assert_eq!(query::table(&rows), expected);
}

// ---------------------------------------------------------------------------------------------
// cited-by

#[test]
fn cited_by_newest_first_with_paragraphs() {
    let c = corpus();
    let rows = query::cited_by(&c, "A/RES/70/1").unwrap();
    type Summary<'a> = (&'a str, Option<&'a str>, &'a [Relation], usize, bool);
    let summary: Vec<Summary> = rows
        .iter()
        .map(|r| {
            (
                r.id.as_str(),
                r.date.as_deref(),
                r.relations.as_slice(),
                r.count,
                r.in_footnote,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "A/RES/72/279",
                Some("2018-05-31"),
                &[Relation::Recalls][..],
                1,
                false
            ),
            (
                "A/RES/71/313",
                Some("2017-07-06"),
                &[Relation::Reaffirms][..],
                1,
                false
            ),
            // Undated last, by ID.
            ("A/70/123", None, &[Relation::Other][..], 1, false),
            ("file:speech.en.txt", None, &[Relation::Other][..], 1, false),
        ]
    );
    assert_eq!(
        rows[0].title.as_deref(),
        Some("Repositioning of the United Nations development system")
    );
    let start = A_RES_72_279.find("resolution 70/1").unwrap();
    assert_eq!(
        rows[0].contexts,
        [Context {
            language: Language::En,
            file: "A_RES_72_279.txt".to_string(),
            paragraph: "Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\",".to_string(),
            start,
            end: start + "resolution 70/1".len(),
        }]
    );
    assert_eq!(
        rows[2].contexts[0].paragraph,
        "The present report is submitted pursuant to General Assembly resolution 70/1, by which the Assembly adopted the 2030 Agenda for Sustainable Development."
    );
    assert_eq!(
        rows[3].contexts[0].paragraph,
        "My delegation welcomes the adoption of resolution 70/1 by the General Assembly."
    );
}

#[test]
fn cited_by_in_a_footnote_only() {
    let c = corpus();
    let rows = query::cited_by(&c, "A/70/123").unwrap();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.id, "A/RES/70/1");
    assert_eq!(r.date.as_deref(), Some("2015-09-25"));
    assert_eq!(r.relations, [Relation::Notes]);
    assert!(r.in_footnote);
    let ctx = &r.contexts[0];
    assert_eq!(&A_RES_70_1[ctx.start..ctx.end], "A/70/123");
    assert_eq!(ctx.paragraph, "1\tA/70/123.");
    // Nothing cites the latest resolution.
    assert!(query::cited_by(&c, "A/RES/72/279").unwrap().is_empty());
    assert!(query::cited_by(&c, "S/RES/1/1946").is_err());
}

#[test]
fn cited_by_table() {
    let c = corpus();
    let rows = query::cited_by(&c, "A/RES/66/288").unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["A/RES/70/1", "A/RES/69/313", "A/RES/68/279"]);
    let expected = "\
2015-09-25  A/RES/70/1    1×  reaffirms  Transforming our world: the 2030 Agenda for Sustainable Development
    en  A_RES_70_1.txt:429  Reaffirming its resolution 66/288 of 27 July 2012, entitled \"The future we want\",
2015-07-27  A/RES/69/313  1×  reaffirms  Addis Ababa Action Agenda of the Third International Conference on Financing for Development
    en  A_RES_69_313.txt:446  Reaffirming its resolution 66/288 of 27 July 2012,
2014-06-30  A/RES/68/279  1×  recalls    Modalities for the third International Conference on Financing for Development
    en  A_RES_68_279.txt:422  Recalling also its resolution 66/288 of 27 July 2012,
";
    assert_eq!(query::table(&rows), expected);
}

// ---------------------------------------------------------------------------------------------
// path

fn chain(ids_and_relations: &[(&str, Option<Relation>)]) -> Vec<Step> {
    ids_and_relations
        .iter()
        .map(|(id, relation)| Step {
            id: id.to_string(),
            relation: *relation,
        })
        .collect()
}

#[test]
fn shortest_path_breaks_ties_by_id() {
    let c = corpus();
    // Two chains of four citations, through A/RES/70/1 and through A/RES/71/313: the first.
    let p = query::path(&c, "A/RES/72/279", "A/RES/63/239", false, 0).unwrap();
    assert_eq!(
        p,
        [chain(&[
            ("A/RES/72/279", None),
            ("A/RES/70/1", Some(Relation::Recalls)),
            ("A/RES/69/313", Some(Relation::Recalls)),
            ("A/RES/68/279", Some(Relation::Recalls)),
            ("A/RES/63/239", Some(Relation::Recalls)),
        ])]
    );
    // Through the cycle.
    let p = query::path(&c, "A/70/123", "A/RES/66/288", false, 0).unwrap();
    assert_eq!(
        p,
        [chain(&[
            ("A/70/123", None),
            ("A/RES/70/1", Some(Relation::Other)),
            ("A/RES/66/288", Some(Relation::Reaffirms)),
        ])]
    );
    // Citations run one way only.
    assert!(query::path(&c, "A/RES/63/239", "A/RES/72/279", false, 0)
        .unwrap()
        .is_empty());
    // A document reaches itself by no citation.
    assert_eq!(
        query::path(&c, "A/RES/70/1", "A/RES/70/1", false, 0).unwrap(),
        [chain(&[("A/RES/70/1", None)])]
    );
    assert!(query::path(&c, "A/RES/70/1", "A/RES/1/1", false, 0).is_err());
}

#[test]
fn all_paths_up_to_a_length() {
    let c = corpus();
    let via_70_1 = chain(&[
        ("A/RES/72/279", None),
        ("A/RES/70/1", Some(Relation::Recalls)),
        ("A/RES/69/313", Some(Relation::Recalls)),
        ("A/RES/68/279", Some(Relation::Recalls)),
        ("A/RES/63/239", Some(Relation::Recalls)),
    ]);
    let via_71_313 = chain(&[
        ("A/RES/72/279", None),
        ("A/RES/71/313", Some(Relation::Recalls)),
        ("A/RES/69/313", Some(Relation::Recalls)),
        ("A/RES/68/279", Some(Relation::Recalls)),
        ("A/RES/63/239", Some(Relation::Recalls)),
    ]);
    let via_both = chain(&[
        ("A/RES/72/279", None),
        ("A/RES/71/313", Some(Relation::Recalls)),
        ("A/RES/70/1", Some(Relation::Reaffirms)),
        ("A/RES/69/313", Some(Relation::Recalls)),
        ("A/RES/68/279", Some(Relation::Recalls)),
        ("A/RES/63/239", Some(Relation::Recalls)),
    ]);
    let all = |k| query::path(&c, "A/RES/72/279", "A/RES/63/239", true, k).unwrap();
    assert!(all(3).is_empty());
    assert_eq!(all(4), [via_70_1.clone(), via_71_313.clone()]);
    assert_eq!(
        all(5),
        [via_70_1.clone(), via_71_313.clone(), via_both.clone()]
    );
    assert_eq!(all(20), [via_70_1, via_71_313, via_both]);

    // To A/RES/66/288: one chain of 2, three of 3 (the report's cycle is never walked), ….
    let p = query::path(&c, "A/RES/71/313", "A/RES/66/288", true, 3).unwrap();
    let ids: Vec<Vec<&str>> = p
        .iter()
        .map(|ch| ch.iter().map(|s| s.id.as_str()).collect())
        .collect();
    assert_eq!(
        ids,
        [
            vec!["A/RES/71/313", "A/RES/69/313", "A/RES/66/288"],
            vec!["A/RES/71/313", "A/RES/70/1", "A/RES/66/288"],
            vec![
                "A/RES/71/313",
                "A/RES/69/313",
                "A/RES/68/279",
                "A/RES/66/288"
            ],
            vec!["A/RES/71/313", "A/RES/70/1", "A/RES/69/313", "A/RES/66/288"],
        ]
    );
    assert_eq!(
        query::table(&p[..2]),
        "\
2  A/RES/71/313 --recalls--> A/RES/69/313 --reaffirms--> A/RES/66/288
2  A/RES/71/313 --reaffirms--> A/RES/70/1 --reaffirms--> A/RES/66/288
"
    );
    assert_eq!(query::table(&Vec::<Vec<Step>>::new()), "(no path)\n");
}

// ---------------------------------------------------------------------------------------------
// rank

fn ranked(rows: &[query::RankRow]) -> Vec<(usize, &str, f64, usize)> {
    rows.iter()
        .map(|r| (r.rank, r.id.as_str(), r.score, r.cited_by))
        .collect()
}

#[test]
fn rank_by_in_degree() {
    let c = corpus();
    let rows = query::rank(&c, RankBy::InDegree, 0, 100, None);
    // A/RES/72/279 and the speech are cited by nothing: not ranked.
    assert_eq!(
        ranked(&rows),
        [
            (1, "A/RES/70/1", 4.0, 4),
            (2, "A/RES/66/288", 3.0, 3),
            (3, "A/RES/69/313", 2.0, 2),
            (4, "A/70/123", 1.0, 1),
            (5, "A/70/L.1", 1.0, 1),
            (6, "A/RES/63/239", 1.0, 1),
            (7, "A/RES/68/279", 1.0, 1),
            (8, "A/RES/71/313", 1.0, 1),
        ]
    );
    assert_eq!(rows[0].kind, Kind::Resolution);
    let top = query::rank(&c, RankBy::InDegree, 0, 2, None);
    assert_eq!(top.len(), 2);
    assert_eq!(
        query::table(&top),
        "\
rank  score  cited by  id            title
   1      4         4  A/RES/70/1    Transforming our world: the 2030 Agenda for Sustainable Development
   2      3         3  A/RES/66/288
"
    );
}

#[test]
fn rank_by_pagerank() {
    let c = corpus();
    let all = query::pagerank(&c.graph, 0.85, 200, 1e-12);
    assert!((all.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    let pr = |id: &str| all[c.find(id).unwrap().index()];
    // Cited by nothing: both get only the teleport share, and they are equal.
    assert!((pr("A/RES/72/279") - pr("file:speech.en.txt")).abs() < 1e-12);
    // Each cited only by A/RES/70/1, with the same quarter of its rank.
    assert!((pr("A/70/123") - pr("A/70/L.1")).abs() < 1e-12);
    // Every rank is its teleport share, its share of the dangling rank (A/RES/66/288,
    // A/RES/63/239, A/70/L.1) and its citers' rank split over what they cite.
    let n = 10.0;
    let dangling = pr("A/RES/66/288") + pr("A/RES/63/239") + pr("A/70/L.1");
    let base = 0.15 / n + 0.85 * dangling / n;
    let equations: &[(&str, &[(&str, f64)])] = &[
        (
            "A/RES/70/1",
            &[
                ("A/70/123", 1.0),
                ("A/RES/71/313", 2.0),
                ("A/RES/72/279", 2.0),
                ("file:speech.en.txt", 1.0),
            ],
        ),
        ("A/70/123", &[("A/RES/70/1", 4.0)]),
        ("A/70/L.1", &[("A/RES/70/1", 4.0)]),
        (
            "A/RES/66/288",
            &[
                ("A/RES/70/1", 4.0),
                ("A/RES/69/313", 2.0),
                ("A/RES/68/279", 2.0),
            ],
        ),
        (
            "A/RES/69/313",
            &[("A/RES/70/1", 4.0), ("A/RES/71/313", 2.0)],
        ),
        ("A/RES/68/279", &[("A/RES/69/313", 2.0)]),
        ("A/RES/63/239", &[("A/RES/68/279", 2.0)]),
        ("A/RES/71/313", &[("A/RES/72/279", 2.0)]),
        ("A/RES/72/279", &[]),
        ("file:speech.en.txt", &[]),
    ];
    for (id, citers) in equations {
        let want = base + 0.85 * citers.iter().map(|(u, out)| pr(u) / out).sum::<f64>();
        assert!((pr(id) - want).abs() < 1e-10, "{id}: {} vs {want}", pr(id));
    }
    // A/RES/71/313 is cited only by A/RES/72/279, which has the least rank.
    assert!(pr("A/RES/71/313") > pr("A/RES/72/279"));

    let rows = query::rank(&c, RankBy::Pagerank, 0, 100, None);
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    // A/RES/70/1 first (four citers, one in a cycle); A/RES/66/288 second (three citers, two
    // of them giving half their rank); the chain's ranks fall along it; the two quarters of
    // A/RES/70/1 tie and go by ID; A/RES/71/313 last (half the rank of an uncited document).
    assert_eq!(
        ids,
        [
            "A/RES/70/1",
            "A/RES/66/288",
            "A/RES/69/313",
            "A/RES/68/279",
            "A/70/123",
            "A/70/L.1",
            "A/RES/63/239",
            "A/RES/71/313",
        ]
    );
    for w in rows.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    let scores: Vec<f64> = rows.iter().map(|r| (r.score * 1e6).round() / 1e6).collect();
    assert_eq!(
        scores,
        [0.203074, 0.176218, 0.114768, 0.093378, 0.087756, 0.087756, 0.084288, 0.063558]
    );
    assert_eq!(rows[0].cited_by, 4);
}

#[test]
fn rank_by_recent_citations() {
    let c = corpus();
    // The latest year read is 2018; the last two years' documents are A/RES/72/279 and
    // A/RES/71/313.
    let rows = query::rank(&c, RankBy::Recent, 2, 100, None);
    assert_eq!(
        ranked(&rows),
        [
            (1, "A/RES/70/1", 2.0, 4),
            (2, "A/RES/69/313", 1.0, 2),
            (3, "A/RES/71/313", 1.0, 1),
        ]
    );
    let rows = query::rank(&c, RankBy::Recent, 1, 100, None);
    assert_eq!(
        ranked(&rows),
        [(1, "A/RES/70/1", 1.0, 4), (2, "A/RES/71/313", 1.0, 1)]
    );
    // In 2015: A/RES/70/1, A/RES/69/313 and the report (its year from its symbol).
    let rows = query::rank(&c, RankBy::Recent, 1, 100, Some(2015));
    assert_eq!(
        ranked(&rows),
        [
            (1, "A/RES/66/288", 2.0, 3),
            (2, "A/70/123", 1.0, 1),
            (3, "A/70/L.1", 1.0, 1),
            (4, "A/RES/68/279", 1.0, 1),
            (5, "A/RES/69/313", 1.0, 2),
            (6, "A/RES/70/1", 1.0, 4),
        ]
    );
    assert!(query::rank(&c, RankBy::Recent, 0, 100, None).is_empty());
    assert!(query::rank(&c, RankBy::Recent, 5, 100, Some(1990)).is_empty());
    assert_eq!(
        query::table(&Vec::<query::RankRow>::new()),
        "(nothing is cited)\n"
    );
}

#[test]
fn rank_by_parses_its_names() {
    assert_eq!("in-degree".parse::<RankBy>(), Ok(RankBy::InDegree));
    assert_eq!("pagerank".parse::<RankBy>(), Ok(RankBy::Pagerank));
    assert_eq!("recent".parse::<RankBy>(), Ok(RankBy::Recent));
    assert!("PageRank".parse::<RankBy>().is_err());
}

// ---------------------------------------------------------------------------------------------
// pagerank on graphs built directly

fn bare(id: String) -> Node {
    Node {
        id,
        kind: Kind::Document,
        group: Group::Document,
        title: None,
        date: None,
        session: None,
        languages: Default::default(),
        files: Default::default(),
    }
}

#[test]
fn pagerank_spreads_a_dangling_nodes_rank() {
    // a → b, a → c, b → c; c cites nothing. With d = 0.85, N = 3 and D = r(c):
    //   r(a) = 0.05 + 0.85 r(c) / 3
    //   r(b) = r(a) + 0.85 r(a) / 2
    //   r(c) = r(a) + 0.85 (r(a) / 2 + r(b))
    // solved below from the first two lines and the sum.
    let mut g = CitationGraph::new();
    let a = g.add_node(bare("a".into()));
    let b = g.add_node(bare("b".into()));
    let cc = g.add_node(bare("c".into()));
    g.add_edge(a, b, Default::default());
    g.add_edge(a, cc, Default::default());
    g.add_edge(b, cc, Default::default());
    let r = query::pagerank(&g, 0.85, 1000, 1e-15);
    assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    // r(b) = 1.425 r(a); r(c) = 1 − 2.425 r(a); r(a) = 0.05 + 0.85 (1 − 2.425 r(a)) / 3.
    let ra = (0.05 + 0.85 / 3.0) / (1.0 + 0.85 * 2.425 / 3.0);
    let expected = [ra, 1.425 * ra, 1.0 - 2.425 * ra];
    for (got, want) in r.iter().zip(expected) {
        assert!((got - want).abs() < 1e-12, "{r:?} vs {expected:?}");
    }
    // The third line holds too.
    assert!((r[2] - (r[0] + 0.85 * (r[0] / 2.0 + r[1]))).abs() < 1e-12);
}

#[test]
fn pagerank_of_ten_thousand_nodes_and_fifty_thousand_edges() {
    let mut g: CitationGraph = DiGraph::with_capacity(10_000, 50_000);
    for k in 0..10_000 {
        g.add_node(bare(format!("D/{k}")));
    }
    // A fixed pseudo-random graph (64-bit LCG); some nodes cite nothing.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (x >> 33) as usize % 10_000
    };
    while g.edge_count() < 50_000 {
        let (s, t) = (next(), next());
        if s != t {
            g.add_edge(NodeIndex::new(s), NodeIndex::new(t), Default::default());
        }
    }
    let r = query::pagerank(&g, 0.85, 100, 1e-12);
    assert_eq!(r.len(), 10_000);
    assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-6);
    assert!(r.iter().all(|&v| v > 0.0));
}
