//! The graph exports: the JSON snapshot (round trip, and the clear errors of a bad file),
//! GraphML and CSV, on a graph of two real United Nations texts: General Assembly resolution
//! 59/153 in Chinese and Security Council resolution 1373 (2001) in English.

use std::path::{Path, PathBuf};

use uncite::export::{csv, graphml, snapshot};
use uncite::graph::Corpus;
use uncite::{ErrorKind, Language, Relation};

const SEED: &str = "tests/fixtures/A_RES_59_153.zh.txt";
const SC: &str = "examples/texts/S_RES_1373(2001).txt";

fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The graph of the two texts; sources are recorded as the relative paths.
fn corpus() -> Corpus {
    let mut c = Corpus::new();
    for rel in [SEED, SC] {
        let text = uncite::read_text(&root(rel)).unwrap();
        let ex = uncite::extract_named(&text, rel, &uncite::Options::default());
        c.add(&ex, &text);
    }
    c
}

/// A fresh path under the temporary directory, unique per test and process.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("uncite-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Write `content` as a snapshot file and read it back: the error message.
fn read_error(name: &str, content: &str) -> (PathBuf, String) {
    let path = temp(name);
    std::fs::write(&path, content).unwrap();
    let err = snapshot::read(&path).expect_err("the snapshot must be refused");
    assert!(
        matches!(err.kind(), ErrorKind::Snapshot { path: p, .. } if *p == path),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains(&path.display().to_string()),
        "the message names the file: {msg}"
    );
    std::fs::remove_file(&path).unwrap();
    (path, msg)
}

#[test]
fn the_two_texts_make_the_expected_graph() {
    let c = corpus();
    let ga = c.find("A/RES/59/153").expect("the seed is a node");
    let sc = c.find("S/RES/1373(2001)").expect("1373 is a node");
    assert!(c.graph[ga].is_read() && c.graph[sc].is_read());
    let e = c.graph.find_edge(ga, sc).expect("59/153 cites 1373");
    let e = &c.graph[e];
    assert_eq!(e.count, 7);
    assert!(e.contexts.contains_key(&Language::Zh));
    assert!(e.contexts[&Language::Zh].paragraph.contains("1373"));
}

#[test]
fn snapshot_round_trip() {
    let c = corpus();
    let path = temp("round-trip.json");
    snapshot::write(&c, &path).unwrap();
    assert!(
        !Path::new(&format!("{}.tmp-{}", path.display(), std::process::id())).exists(),
        "no temporary file is left"
    );
    let back = snapshot::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();

    assert_eq!(snapshot::to_string(&back), snapshot::to_string(&c));
    assert_eq!(back.graph.node_count(), c.graph.node_count());
    assert_eq!(back.graph.edge_count(), c.graph.edge_count());
    assert_eq!(graphml::to_string(&back), graphml::to_string(&c));
    assert_eq!(csv::edges(&back), csv::edges(&c));

    // The index is rebuilt: lookups by any spelling work on the read graph.
    let ga = back.find("A/RES/59/153").unwrap();
    let sc = back.find("S/RES/1373 (2001)").unwrap();
    let n = &back.graph[ga];
    assert_eq!(
        n.languages.iter().copied().collect::<Vec<_>>(),
        [Language::Zh]
    );
    assert_eq!(n.files.iter().collect::<Vec<_>>(), [SEED]);
    assert_eq!(n.date.as_deref(), Some("2004-12-20"));
    let e = &back.graph[back.graph.find_edge(ga, sc).unwrap()];
    let orig = &c.graph[c
        .graph
        .find_edge(
            c.find("A/RES/59/153").unwrap(),
            c.find("S/RES/1373(2001)").unwrap(),
        )
        .unwrap()];
    assert_eq!(e, orig);
    assert_eq!(e.count, 7);
    assert_eq!(e.contexts[&Language::Zh].file, SEED);
    assert_eq!(
        back.graph[sc].languages.iter().copied().collect::<Vec<_>>(),
        [Language::En]
    );
}

#[test]
fn snapshot_is_deterministic_and_versioned() {
    let s = snapshot::to_string(&corpus());
    assert_eq!(s, snapshot::to_string(&corpus()));
    assert!(
        s.starts_with(r#"{"format":"uncite-graph","version":1,"nodes":["#),
        "{}",
        &s[..80]
    );
    // Reading the texts in the other order gives the same bytes.
    let mut other = Corpus::new();
    for rel in [SC, SEED] {
        let text = uncite::read_text(&root(rel)).unwrap();
        other.add(
            &uncite::extract_named(&text, rel, &Default::default()),
            &text,
        );
    }
    assert_eq!(snapshot::to_string(&other), s);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    let ids: Vec<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "nodes sorted by id");
    assert_eq!(snapshot::VERSION, 1);
}

#[test]
fn a_newer_snapshot_is_refused() {
    let (_, msg) = read_error(
        "newer.json",
        r#"{"format":"uncite-graph","version":2,"nodes":[],"edges":[]}"#,
    );
    assert!(
        msg.contains("snapshot version 2 is newer than this uncite reads (1): upgrade uncite"),
        "{msg}"
    );
    let (_, msg) = read_error(
        "no-version.json",
        r#"{"format":"uncite-graph","nodes":[],"edges":[]}"#,
    );
    assert!(msg.contains("no version"), "{msg}");
    let (_, msg) = read_error(
        "odd-version.json",
        r#"{"format":"uncite-graph","version":"one","nodes":[],"edges":[]}"#,
    );
    assert!(msg.contains("not a version number"), "{msg}");
}

#[test]
fn a_wrong_format_is_refused() {
    let (_, msg) = read_error(
        "wrong-format.json",
        r#"{"format":"gephi","version":1,"nodes":[],"edges":[]}"#,
    );
    assert!(msg.contains("not a uncite graph snapshot"), "{msg}");
    assert!(msg.contains("\"gephi\""), "{msg}");
    // An extraction (schema 1 output) is not a snapshot either.
    let (_, msg) = read_error(
        "extraction.json",
        r#"{"schema":1,"source":"-","citations":[]}"#,
    );
    assert!(msg.contains("not a uncite graph snapshot"), "{msg}");
}

#[test]
fn a_file_that_is_not_json_is_refused() {
    let (_, msg) = read_error("not-json.json", "digraph { a -> b }\n");
    assert!(msg.contains("not JSON"), "{msg}");
    // Half a snapshot (what an interrupted non-atomic write would leave).
    let whole = snapshot::to_string(&corpus());
    let mut half = whole.len() / 2;
    while !whole.is_char_boundary(half) {
        half -= 1;
    }
    let (_, msg) = read_error("half.json", &whole[..half]);
    assert!(msg.contains("not JSON"), "{msg}");
}

#[test]
fn an_edge_to_an_unknown_node_is_refused() {
    let mut v: serde_json::Value = serde_json::from_str(&snapshot::to_string(&corpus())).unwrap();
    v["edges"][0]["to"] = "A/RES/99/999".into();
    let (_, msg) = read_error("unknown-node.json", &v.to_string());
    assert!(msg.contains("unknown node \"A/RES/99/999\""), "{msg}");
}

#[test]
fn a_missing_snapshot_names_the_file() {
    let path = temp("does-not-exist.json");
    let err = snapshot::read(&path).unwrap_err();
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
}

#[test]
fn writing_into_a_missing_directory_names_the_file() {
    let path = temp("no-such-dir").join("graph.json");
    let err = snapshot::write(&corpus(), &path).unwrap_err();
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    assert!(err.to_string().contains("cannot write"), "{err}");
}

/// The corpus with a title holding every character XML escapes, and a comma and a quote.
fn corpus_with_awkward_title() -> Corpus {
    let mut c = corpus();
    let ix = c.find("S/RES/1373(2001)").unwrap();
    c.graph[ix].title =
        Some("Threats \"to\" peace & security, <terrorism> l'acte\u{c}".to_string());
    c
}

#[test]
fn graphml_is_well_formed_and_complete() {
    let c = corpus_with_awkward_title();
    let xml = graphml::to_string(&c);
    assert_eq!(xml.matches("<node ").count(), c.graph.node_count());
    assert_eq!(xml.matches("</node>").count(), c.graph.node_count());
    assert_eq!(xml.matches("<edge ").count(), c.graph.edge_count());
    assert_eq!(xml.matches("</edge>").count(), c.graph.edge_count());
    assert!(xml.contains("edgedefault=\"directed\""));
    for (name, ty) in [
        ("label", "string"),
        ("kind", "string"),
        ("group", "string"),
        ("title", "string"),
        ("date", "string"),
        ("session", "string"),
        ("languages", "string"),
        ("files", "int"),
        ("year", "int"),
    ] {
        assert!(
            xml.contains(&format!(
                "for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\""
            )),
            "node key {name}"
        );
    }
    for (name, ty) in [
        ("count", "int"),
        ("relation", "string"),
        ("relations", "string"),
        ("pinpoints", "string"),
        ("parts", "string"),
        ("in_footnote", "boolean"),
        ("dates", "string"),
        ("weight", "double"),
    ] {
        assert!(
            xml.contains(&format!(
                "for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\""
            )),
            "edge key {name}"
        );
    }
    // Every data key is declared.
    let declared: Vec<&str> = xml
        .split("<key id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    for used in xml.split("<data key=\"").skip(1) {
        let key = &used[..used.find('"').unwrap()];
        assert!(declared.contains(&key), "undeclared key {key}");
    }
    // Every edge's ends are nodes.
    for edge in xml.split("<edge ").skip(1) {
        for attr in ["source=\"", "target=\""] {
            let at = edge.find(attr).unwrap() + attr.len();
            let id = &edge[at..at + edge[at..].find('"').unwrap()];
            assert!(xml.contains(&format!("<node id=\"{id}\">")), "{id}");
        }
    }
    assert!(xml.contains("<data key=\"relations\">"));
    assert!(xml.contains("<data key=\"label\">S/RES/1373(2001)</data>"));
    assert_well_formed(&xml);
    assert_eq!(xml, graphml::to_string(&c), "deterministic");
}

#[test]
fn graphml_escapes_titles() {
    let xml = graphml::to_string(&corpus_with_awkward_title());
    assert!(
        xml.contains(
            "<data key=\"title\">Threats &quot;to&quot; peace &amp; security, &lt;terrorism&gt; l&apos;acte </data>"
        ),
        "{xml}"
    );
    assert!(!xml.contains('\u{c}'), "no form feed in XML 1.0");
    assert_well_formed(&xml);
}

/// A hand check of well-formedness: tags balance, every `&` starts a known entity, no `<`
/// inside text, attribute values quoted.
fn assert_well_formed(xml: &str) {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("XML declaration");
    let mut stack: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt]);
        let gt = rest[lt..].find('>').expect("tag closed") + lt;
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "< inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closing tag {name}");
        } else {
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name = tag.split_whitespace().next().expect("tag name");
            // Attributes: name="value" pairs, values without < or raw quotes.
            let mut attrs = &tag[name.len()..];
            while !attrs.trim().is_empty() {
                let eq = attrs.find("=\"").expect("attribute = \"value\"");
                let end = attrs[eq + 2..].find('"').expect("attribute value closed") + eq + 2;
                check_text(&attrs[eq + 2..end]);
                attrs = &attrs[end + 1..];
            }
            if !self_closing {
                stack.push(name.to_string());
            }
        }
        rest = &rest[gt + 1..];
    }
    check_text(rest);
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(rest.trim().is_empty());
}

fn check_text(text: &str) {
    assert!(!text.contains('>'), "raw > in {text:?}");
    for (k, _) in text.match_indices('&') {
        let ent = &text[k..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|e| ent.starts_with(e)),
            "bare & in {text:?}"
        );
    }
    assert!(
        !text
            .chars()
            .any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}'),
        "control character in {text:?}"
    );
}

/// Split RFC 4180 CSV into records (a hand parser: quoted fields, doubled quotes, CRLF).
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        if quoted {
            if ch == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(ch);
            }
        } else {
            match ch {
                '"' => {
                    assert!(field.is_empty(), "quote inside an unquoted field");
                    quoted = true;
                }
                ',' => record.push(std::mem::take(&mut field)),
                '\r' => assert_eq!(chars.next(), Some('\n'), "CRLF"),
                '\n' => panic!("bare LF ends a record"),
                _ => field.push(ch),
            }
            if ch == '\r' {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "last record ends with CRLF"
    );
    records
}

#[test]
fn csv_nodes_one_row_each_quoted_where_needed() {
    let mut c = corpus_with_awkward_title();
    let ix = c.find("A/RES/59/153").unwrap();
    c.graph[ix].title = Some("line one\nline two".to_string());
    let text = csv::nodes(&c);
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), c.graph.node_count() + 1);
    assert_eq!(
        rows[0],
        "id,kind,group,title,date,session,year,languages,files,in_degree,out_degree"
            .split(',')
            .collect::<Vec<_>>()
    );
    assert!(
        rows.iter().all(|r| r.len() == 11),
        "every row has 11 fields"
    );
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted by id");
    let sc = rows.iter().find(|r| r[0] == "S/RES/1373(2001)").unwrap();
    assert_eq!(
        sc[3],
        "Threats \"to\" peace & security, <terrorism> l'acte\u{c}"
    );
    assert!(text.contains(
        "S/RES/1373(2001),resolution,security_council,\"Threats \"\"to\"\" peace & security, <terrorism> l'acte\u{c}\""
    ));
    let ga = rows.iter().find(|r| r[0] == "A/RES/59/153").unwrap();
    assert_eq!(ga[3], "line one\nline two");
    assert_eq!(&ga[4..], ["2004-12-20", "59", "2004", "zh", "1", "0", "25"]);
    // 1373 cites 1189 (1998), 1269 (1999), 1368 (2001), 2625 (XXV), the Charter and the
    // Financing of Terrorism Convention; 59/153 cites it.
    assert_eq!((sc[9].as_str(), sc[10].as_str()), ("1", "6"), "{sc:?}");
}

#[test]
fn csv_edges_one_row_each() {
    let c = corpus();
    let text = csv::edges(&c);
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), c.graph.edge_count() + 1);
    assert_eq!(
        rows[0],
        "source,target,count,relation,relations,pinpoints,parts,in_footnote,dates,languages"
            .split(',')
            .collect::<Vec<_>>()
    );
    assert!(rows.iter().all(|r| r.len() == 10));
    let pairs: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert!(
        pairs.windows(2).all(|w| w[0] < w[1]),
        "sorted by (source, target)"
    );
    let e = rows
        .iter()
        .find(|r| r[0] == "A/RES/59/153" && r[1] == "S/RES/1373(2001)")
        .unwrap();
    assert_eq!(e[2], "7");
    assert_eq!(e[9], "zh");
    let ga = c.find("A/RES/59/153").unwrap();
    let sc = c.find("S/RES/1373(2001)").unwrap();
    let edge = &c.graph[c.graph.find_edge(ga, sc).unwrap()];
    assert_eq!(e[3], edge.main_relation().to_string());
    assert!(e[4].contains(&format!("{}:", edge.main_relation())));
    let n: usize = e[4]
        .split(';')
        .map(|p| p.rsplit(':').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(n, 7, "relation counts add up to the count");
    // "Reaffirming its resolutions 1269 (1999) of 19 October 1999 and 1368 (2001) …"
    let r = rows
        .iter()
        .find(|r| r[0] == "S/RES/1373(2001)" && r[1] == "S/RES/1269(1999)")
        .unwrap();
    assert_eq!(r[3], Relation::Reaffirms.to_string());
    assert!(r[8].contains("1999-10-19"), "{r:?}");
    assert_eq!(r[9], "en");
}

#[test]
fn csv_write_puts_two_files_next_to_the_path() {
    let c = corpus();
    let path = temp("graph.csv");
    let (n, e) = csv::write(&c, &path).unwrap();
    assert_eq!(n, temp("graph.nodes.csv"));
    assert_eq!(e, temp("graph.edges.csv"));
    assert_eq!(std::fs::read_to_string(&n).unwrap(), csv::nodes(&c));
    assert_eq!(std::fs::read_to_string(&e).unwrap(), csv::edges(&c));
    std::fs::remove_file(n).unwrap();
    std::fs::remove_file(e).unwrap();
    assert_eq!(
        csv::paths(Path::new("out/graph")).unwrap(),
        (
            PathBuf::from("out/graph.nodes.csv"),
            PathBuf::from("out/graph.edges.csv")
        )
    );
    assert!(csv::paths(Path::new("/")).is_err());
}
