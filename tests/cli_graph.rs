//! `uncite graph`, `deps`, `cited-by`, `path` and `rank`, run as a user runs them on the real
//! UN texts bundled in `examples/texts/` (exit codes follow ripgrep: 0 found, 1 nothing found
//! or unknown ID, 2 error).
//!
//! Every answer asserted here was checked by hand against the texts:
//! - the seed A/RES/59/153 (Chinese) cites 25 instruments (listed in [`SEED_CITES`]);
//! - S/RES/1373 (2001) is cited by the seed and is itself a text in `examples/texts/`; it
//!   reaffirms resolutions 1269 (1999), 1368 (2001), 1189 (1998), 2625 (XXV) and the Charter;
//! - A/RES/74/10 (English and Chinese) and S/RES/2508 (2020) cite nothing the others cite,
//!   except that S/RES/2508 (2020) acts under the Charter; nothing in the examples cites the
//!   seed.
//!
//! Tests that need Graphviz check `dot -V` first and print `SKIPPED: …` when it is missing.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use assert_cmd::Command;
use common::SEED_CITES;
use serde_json::Value;

const SEED: &str = "examples/texts/A_RES_59_153.zh.txt";
const S1373: &str = "examples/texts/S_RES_1373(2001).txt";
const TEXTS: &str = "examples/texts";

/// The seed's title, as the Chinese text gives it (the DOT label cuts it with an ellipsis).
const SEED_TITLE_START: &str = "在联合国毒品和犯罪问题办事处活动框架内加强国际合作和技术援助";

/// What S/RES/1373 (2001) cites that the seed does not: the depth-2 rows of the seed's deps.
const S1373_ONLY: [&str; 4] = [
    "A/RES/2625(XXV)",
    "International Convention for the Suppression of the Financing of Terrorism",
    "S/RES/1189(1998)",
    "S/RES/1368(2001)",
];

/// What S/RES/2508 (2020) cites.
const S2508_CITES: [&str; 22] = [
    "Charter of the United Nations",
    "S/2020/36",
    "S/PRST/2018/19",
    "S/RES/1556(2004)",
    "S/RES/1591(2005)",
    "S/RES/1651(2005)",
    "S/RES/1665(2006)",
    "S/RES/1672(2006)",
    "S/RES/1713(2006)",
    "S/RES/1779(2007)",
    "S/RES/1841(2008)",
    "S/RES/1891(2009)",
    "S/RES/1945(2010)",
    "S/RES/1982(2011)",
    "S/RES/2035(2012)",
    "S/RES/2091(2013)",
    "S/RES/2138(2014)",
    "S/RES/2200(2015)",
    "S/RES/2265(2016)",
    "S/RES/2340(2017)",
    "S/RES/2400(2018)",
    "S/RES/2455(2019)",
];

/// `uncite`, run from the package root so that relative paths work.
fn uncite() -> Command {
    let mut cmd = Command::cargo_bin("uncite").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run(args: &[&str]) -> Output {
    uncite().args(args).output().unwrap()
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(out)))
}

/// Exit code `code`, else panic showing stdout and stderr.
fn assert_code(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ids(rows: &Value, field: &str) -> Vec<String> {
    rows.as_array()
        .unwrap_or_else(|| panic!("not a list: {rows}"))
        .iter()
        .map(|r| r[field].as_str().unwrap().to_string())
        .collect()
}

/// A fresh directory for one test under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "uncite-cli-graph-{test}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Whether Graphviz's `dot` runs; prints `SKIPPED: …` for `test` when it does not.
fn graphviz(test: &str) -> bool {
    let ok = std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED: {test}: Graphviz `dot` is not installed (dot -V failed)");
    }
    ok
}

/// The citation edges of a DOT text as (from, to), without the legend's and time axis's.
fn dot_edges(dot: &str) -> Vec<(String, String)> {
    dot.lines()
        .map(str::trim)
        .filter(|l| l.contains("\" -> \""))
        .filter(|l| !l.starts_with("\"legend") && !l.starts_with("\"year "))
        .map(|l| {
            let q: Vec<&str> = l.split('"').collect();
            (q[1].to_string(), q[3].to_string())
        })
        .collect()
}

/// The nodes declared in a DOT text (`"ID"[…`), without the legend's and time axis's.
fn dot_nodes(dot: &str) -> Vec<String> {
    dot.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('"') && l.contains("\"["))
        .filter(|l| !l.starts_with("\"legend") && !l.starts_with("\"year "))
        .map(|l| l.split('"').nth(1).unwrap().to_string())
        .collect()
}

#[test]
fn graph_dot_of_the_seed_has_its_25_citations_and_renders_cleanly() {
    let out = run(&["graph", SEED, "--format", "dot"]);
    assert_code(&out, 0);
    let dot = stdout(&out);
    assert!(dot.starts_with("digraph \"uncite\" {"), "{dot}");
    assert!(dot.trim_end().ends_with('}'));

    let mut nodes = dot_nodes(dot);
    nodes.sort();
    let mut expected: Vec<String> = SEED_CITES.iter().map(|s| s.to_string()).collect();
    expected.push("A/RES/59/153".into());
    expected.sort();
    assert_eq!(nodes, expected);
    // The seed's node carries its date and the start of its Chinese title.
    let seed_line = dot
        .lines()
        .find(|l| l.trim_start().starts_with("\"A/RES/59/153\"["))
        .unwrap();
    assert!(seed_line.contains(SEED_TITLE_START), "{seed_line}");
    assert!(seed_line.contains("2004-12-20"), "{seed_line}");

    let edges = dot_edges(dot);
    assert_eq!(edges.len(), 25, "{edges:?}");
    for id in SEED_CITES {
        assert!(
            edges.contains(&("A/RES/59/153".to_string(), id.to_string())),
            "no edge A/RES/59/153 -> {id}"
        );
    }
    // 1373 (2001) appears seven times in the seed, with five relations.
    assert!(dot.contains(
        "\"A/RES/59/153\" -> \"S/RES/1373(2001)\" [style=\"solid\" color=\"#404040\" \
         tooltip=\"recalls ×3, notes ×1, welcomes ×1, commends ×1, urges ×1\""
    ));

    if !graphviz("graph_dot_of_the_seed: dot -Tsvg") {
        return;
    }
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&out.stdout)?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(svg.status.success(), "dot -Tsvg failed: {svg:?}");
    assert_eq!(
        String::from_utf8_lossy(&svg.stderr),
        "",
        "dot -Tsvg warned about our DOT"
    );
    assert!(String::from_utf8_lossy(&svg.stdout).contains("<svg"));
}

#[test]
fn graph_svg_and_png_through_graphviz() {
    if !graphviz("graph_svg_and_png_through_graphviz") {
        return;
    }
    let tmp = TempDir::new("svg-png");
    let svg = tmp.join("seed.svg");
    let out = run(&["graph", SEED, "--format", "svg", "-o", s(&svg)]);
    assert_code(&out, 0);
    assert!(out.stdout.is_empty(), "-o: nothing on stdout");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("<svg"),
        "not SVG: {}",
        &text[..200.min(text.len())]
    );
    assert!(
        text.contains(SEED_TITLE_START),
        "no Chinese title in the SVG"
    );
    assert!(text.contains("S/RES/1373(2001)"));

    let png = tmp.join("seed.png");
    let out = run(&["graph", SEED, "--format", "png", "-o", s(&png)]);
    assert_code(&out, 0);
    let bytes = std::fs::read(&png).unwrap();
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "not a PNG: {:?}",
        &bytes[..8.min(bytes.len())]
    );
    assert!(bytes.len() > 1000);
}

#[test]
fn graph_svg_without_graphviz_says_how_to_install_it() {
    let tmp = TempDir::new("no-dot");
    let empty = tmp.join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let svg = tmp.join("seed.svg");
    let out = uncite()
        .env("PATH", &empty)
        .args(["graph", SEED, "--format", "svg", "-o", s(&svg)])
        .output()
        .unwrap();
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("`dot`"), "{err}");
    assert!(err.contains("not found"), "{err}");
    assert!(err.contains("install Graphviz"), "{err}");
    assert!(err.contains("apt-get install graphviz"), "{err}");
    assert!(!svg.exists(), "no SVG is written without Graphviz");

    // DOT needs nothing else.
    let out = uncite()
        .env("PATH", &empty)
        .args(["graph", SEED, "--format", "dot"])
        .output()
        .unwrap();
    assert_code(&out, 0);
    assert!(stdout(&out).starts_with("digraph"));
    assert_eq!(dot_edges(stdout(&out)).len(), 25);
}

#[test]
fn graph_focus_draws_a_neighbourhood() {
    // Nothing in the examples cites the seed: its cited-by neighbourhood is itself alone.
    let out = run(&[
        "graph",
        TEXTS,
        "--focus",
        "A/RES/59/153",
        "--depth",
        "1",
        "--direction",
        "cited-by",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let g = json(&out);
    assert_eq!(ids(&g["nodes"], "id"), ["A/RES/59/153"]);
    assert_eq!(g["edges"], Value::Array(vec![]));
    let out = run(&[
        "graph",
        TEXTS,
        "--focus",
        "A/RES/59/153",
        "--depth",
        "1",
        "--direction",
        "cited-by",
    ]);
    assert_code(&out, 0);
    assert_eq!(dot_nodes(stdout(&out)), ["A/RES/59/153"]);
    assert!(dot_edges(stdout(&out)).is_empty());
    assert!(stdout(&out).contains("label=\"A/RES/59/153\" labelloc=\"t\""));

    // S/RES/1373 (2001) is a text read and cited by the seed.
    let out = run(&[
        "graph",
        TEXTS,
        "--focus",
        "S/RES/1373(2001)",
        "--direction",
        "cited-by",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let g = json(&out);
    assert_eq!(ids(&g["nodes"], "id"), ["A/RES/59/153", "S/RES/1373(2001)"]);
    let edges = g["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1);
    assert_eq!(edges[0]["from"], "A/RES/59/153");
    assert_eq!(edges[0]["to"], "S/RES/1373(2001)");
    assert_eq!(edges[0]["count"], 7);

    // The other way: what 1373 (2001) cites.
    let out = run(&[
        "graph",
        TEXTS,
        "--focus",
        "S/RES/1373 (2001)",
        "--direction",
        "cites",
    ]);
    assert_code(&out, 0);
    let mut nodes = dot_nodes(stdout(&out));
    nodes.sort();
    assert_eq!(
        nodes,
        [
            "A/RES/2625(XXV)",
            "Charter of the United Nations",
            "International Convention for the Suppression of the Financing of Terrorism",
            "S/RES/1189(1998)",
            "S/RES/1269(1999)",
            "S/RES/1368(2001)",
            "S/RES/1373(2001)",
        ]
    );
    let edges = dot_edges(stdout(&out));
    assert_eq!(edges.len(), 6);
    assert!(edges.iter().all(|(from, _)| from == "S/RES/1373(2001)"));

    // An ID nobody read or cited.
    let out = run(&["graph", TEXTS, "--focus", "S/RES/9999(2099)"]);
    assert_code(&out, 1);
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("S/RES/9999(2099)"), "{err}");
    assert!(err.contains("is not in the graph"), "{err}");
}

#[test]
fn snapshot_answers_the_queries_as_the_texts_do() {
    let tmp = TempDir::new("snapshot");
    let snap = tmp.join("snap.json");
    let out = run(&["graph", TEXTS, "--format", "json", "-o", s(&snap)]);
    assert_code(&out, 0);
    assert!(out.stdout.is_empty());
    let g: Value = serde_json::from_str(&std::fs::read_to_string(&snap).unwrap()).unwrap();
    assert_eq!(g["format"], "uncite-graph");
    assert_eq!(g["version"], 1);
    // 26 nodes of the seed, 24 + itself of A/RES/74/10, 4 more of 1373 (2001) and the
    // resolution that adopted the Financing of Terrorism Convention, 21 + itself of 2508 (2020)
    // (the Charter is shared); one edge per (citing, cited) pair, and the "adopted by" edge.
    assert_eq!(g["nodes"].as_array().unwrap().len(), 78);
    assert_eq!(g["edges"].as_array().unwrap().len(), 78);
    let read: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| !n["files"].as_array().unwrap().is_empty())
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        read,
        [
            "A/RES/59/153",
            "A/RES/74/10",
            "S/RES/1373(2001)",
            "S/RES/2508(2020)"
        ]
    );
    let no_tmp: Vec<_> = std::fs::read_dir(&tmp.0)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(no_tmp, ["snap.json"], "a temporary file was left behind");

    let queries: [&[&str]; 7] = [
        &["deps", "A/RES/59/153", "--all"],
        &["deps", "A/RES/74/10"],
        &["cited-by", "S/RES/1373(2001)"],
        &["cited-by", "S/RES/1269(1999)"],
        &[
            "path",
            "A/RES/59/153",
            "S/RES/1269(1999)",
            "--all",
            "--max-len",
            "3",
        ],
        &["rank", "--by", "in-degree", "--top", "10"],
        &["rank", "--by", "recent", "--years", "5", "--top", "100"],
    ];
    for q in queries {
        let from_texts = run(&[q, &[TEXTS, "--format", "json"]].concat());
        let from_snap = run(&[q, &["--graph", s(&snap), "--format", "json"]].concat());
        assert_code(&from_texts, 0);
        assert_code(&from_snap, 0);
        assert_eq!(json(&from_texts), json(&from_snap), "{q:?}");
        assert!(!json(&from_snap).as_array().unwrap().is_empty(), "{q:?}");
    }

    // PageRank: the same order and the same scores, up to rounding (the sums run over the
    // nodes in a different order).
    let q = [
        "rank", "--by", "pagerank", "--top", "30", "--format", "json",
    ];
    let from_texts = json(&run(&[&q[..], &[TEXTS]].concat()));
    let from_snap = json(&run(&[&q[..], &["--graph", s(&snap)]].concat()));
    assert_eq!(ids(&from_texts, "id"), ids(&from_snap, "id"));
    for (a, b) in from_texts
        .as_array()
        .unwrap()
        .iter()
        .zip(from_snap.as_array().unwrap())
    {
        let (x, y) = (a["score"].as_f64().unwrap(), b["score"].as_f64().unwrap());
        assert!((x - y).abs() < 1e-12, "{a} vs {b}");
        assert_eq!(a["cited_by"], b["cited_by"]);
    }
}

#[test]
fn graph_graphml_and_csv() {
    let out = run(&["graph", SEED, "--format", "graphml"]);
    assert_code(&out, 0);
    let xml = stdout(&out);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    assert!(xml.contains("<key id=\"kind\" for=\"node\""));
    assert!(xml.contains("<key id=\"relation\" for=\"edge\""));
    assert!(xml.contains("<graph id=\"uncite\" edgedefault=\"directed\">"));
    assert_eq!(xml.matches("<node ").count(), 26);
    assert_eq!(xml.matches("<edge ").count(), 25);
    for id in SEED_CITES {
        assert!(
            xml.contains(&format!("<data key=\"label\">{id}</data>")),
            "no node labelled {id}"
        );
    }
    assert!(xml.contains(SEED_TITLE_START));
    assert!(xml.trim_end().ends_with("</graphml>"));

    let tmp = TempDir::new("csv");
    let base = tmp.join("seed");
    let out = run(&["graph", SEED, "--format", "csv", "-o", s(&base)]);
    assert_code(&out, 0);
    assert!(stderr(&out).contains("seed.nodes.csv"));
    let nodes = std::fs::read_to_string(tmp.join("seed.nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(tmp.join("seed.edges.csv")).unwrap();
    let node_lines: Vec<&str> = nodes.lines().collect();
    let edge_lines: Vec<&str> = edges.lines().collect();
    assert_eq!(
        node_lines[0].trim_end(),
        "id,kind,group,title,date,session,year,languages,files,in_degree,out_degree"
    );
    assert_eq!(node_lines.len(), 1 + 26);
    assert_eq!(
        edge_lines[0].trim_end(),
        "source,target,count,relation,relations,pinpoints,parts,in_footnote,dates,languages"
    );
    assert_eq!(edge_lines.len(), 1 + 25);
    assert!(nodes.contains("\r\n"), "RFC 4180: CRLF line ends");
    assert!(edge_lines.iter().any(|l| l
        .trim_end()
        .starts_with("A/RES/59/153,A/59/494,1,adopted on the report of,")));
    // The seed itself: cited by none of them, citing 25.
    assert!(node_lines.iter().any(
        |l| l.starts_with("A/RES/59/153,resolution,general_assembly,")
            && l.trim_end().ends_with(",0,25")
    ));

    let out = run(&["graph", SEED, "--format", "csv"]);
    assert_code(&out, 2);
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("--format csv writes two files"), "{err}");
    assert!(err.contains("give -o FILE"), "{err}");
}

#[test]
fn deps_of_the_seed() {
    let out = run(&[
        "deps",
        "A/RES/59/153",
        SEED,
        "--depth",
        "1",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let rows = json(&out);
    assert_eq!(ids(&rows, "id"), SEED_CITES);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["depth"], 1, "{r}");
        assert_eq!(r["via"], "A/RES/59/153", "{r}");
    }
    let row = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(row("A/59/494")["relation"], "adopted on the report of");
    assert_eq!(row("S/RES/1269(1999)")["date"], "1999-10-19");
    assert_eq!(row("S/RES/1373(2001)")["date"], "2001-09-28");
    assert_eq!(row("Sales No. 04.V.7")["kind"], "publication");
    assert_eq!(row("Charter of the United Nations")["kind"], "treaty");

    // On every example, --all follows S/RES/1373 (2001), whose text is there, to depth 2.
    let out = run(&["deps", "A/RES/59/153", TEXTS, "--all", "--format", "json"]);
    assert_code(&out, 0);
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    // 25 at depth 1, 4 more through 1373 (2001), and the resolution that adopted the Financing
    // of Terrorism Convention (the gazetteer's "adopted by" edge) at depth 3.
    assert_eq!(rows.len(), 25 + 4 + 1);
    let depth1: Vec<&str> = rows
        .iter()
        .filter(|r| r["depth"] == 1)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        depth1, SEED_CITES,
        "1269 (1999) and the Charter stay at depth 1"
    );
    let depth2: Vec<&Value> = rows.iter().filter(|r| r["depth"] == 2).collect();
    assert_eq!(
        depth2
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        S1373_ONLY
    );
    for r in depth2 {
        assert_eq!(r["via"], "S/RES/1373(2001)", "{r}");
        let want = if r["id"].as_str().unwrap().contains("Convention") {
            "calls upon"
        } else {
            "reaffirms"
        };
        assert_eq!(r["relation"], want, "{r}");
    }
    let depth3: Vec<&Value> = rows.iter().filter(|r| r["depth"] == 3).collect();
    assert_eq!(depth3.len(), 1);
    assert_eq!(depth3[0]["id"], "A/RES/54/109");
    assert_eq!(depth3[0]["relation"], "adopted by");
    assert_eq!(
        depth3[0]["via"],
        "International Convention for the Suppression of the Financing of Terrorism"
    );

    // S/RES/2508 (2020) cites no text in the examples: --all stops at depth 1.
    let out = run(&[
        "deps",
        "S/RES/2508(2020)",
        TEXTS,
        "--all",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let rows = json(&out);
    assert_eq!(ids(&rows, "id"), S2508_CITES);
    assert!(rows.as_array().unwrap().iter().all(|r| r["depth"] == 1));

    // The table is an indented tree: the depth-2 rows sit under 1373 (2001).
    let out = run(&["deps", "A/RES/59/153", TEXTS, "--all", "--format", "table"]);
    assert_code(&out, 0);
    let table = stdout(&out);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "A/RES/59/153");
    assert_eq!(lines.len(), 1 + 30, "{table}");
    let at = lines
        .iter()
        .position(|l| l.starts_with("  S/RES/1373(2001) "))
        .unwrap_or_else(|| panic!("{table}"));
    // Under 1373 (2001): its four, and under the Convention the resolution that adopted it.
    let under: Vec<&str> = lines[at + 1..at + 6].to_vec();
    let mut k = 0;
    for id in S1373_ONLY {
        let l = under[k];
        assert!(l.starts_with(&format!("    {id} ")), "{l}");
        assert!(l.contains("(via S/RES/1373(2001))"), "{l}");
        k += 1;
        if id.contains("Convention") {
            assert!(under[k].starts_with("      A/RES/54/109 "), "{table}");
            assert!(under[k].contains("adopted by"), "{table}");
            k += 1;
        }
    }
    assert!(lines[1].starts_with("  A/59/494 "), "{table}");
    assert!(lines[1].contains("adopted on the report of"));
    assert!(table.contains("(via A/RES/59/153)"));

    // An unknown ID: nothing found.
    let out = run(&["deps", "S/RES/9999(2099)", TEXTS]);
    assert_code(&out, 1);
    assert!(
        stderr(&out).contains("S/RES/9999(2099)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn cited_by_lists_the_citers_with_their_paragraphs() {
    let out = run(&["cited-by", "S/RES/1373(2001)", TEXTS, "--format", "json"]);
    assert_code(&out, 0);
    let rows = json(&out);
    assert_eq!(ids(&rows, "id"), ["A/RES/59/153"]);
    let r = &rows[0];
    assert_eq!(r["date"], "2004-12-20");
    assert!(r["title"].as_str().unwrap().starts_with(SEED_TITLE_START));
    assert_eq!(r["count"], 7, "1373 (2001) appears seven times in the seed");
    let relations: Vec<&str> = r["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        relations,
        ["recalls", "notes", "welcomes", "commends", "urges"]
    );
    let cx = &r["contexts"][0];
    assert_eq!(cx["language"], "zh");
    assert_eq!(cx["file"], SEED);
    let paragraph = cx["paragraph"].as_str().unwrap();
    assert!(paragraph.contains("第 1373 (2001) 号决议"), "{paragraph}");
    assert!(
        paragraph.starts_with("回顾其关于预防和打击恐怖主义"),
        "{paragraph}"
    );
    // start..end are byte offsets of the citation in the file.
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let (start, end) = (
        cx["start"].as_u64().unwrap() as usize,
        cx["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        std::str::from_utf8(&text[start..end]).unwrap(),
        "第 1373 (2001) 号决议"
    );

    // S/RES/1269 (1999): two citers, newest first, each with its own paragraph.
    let out = run(&["cited-by", "S/RES/1269(1999)", TEXTS, "--format", "json"]);
    assert_code(&out, 0);
    let rows = json(&out);
    assert_eq!(ids(&rows, "id"), ["A/RES/59/153", "S/RES/1373(2001)"]);
    assert_eq!(rows[1]["date"], "2001-09-28");
    assert_eq!(rows[1]["contexts"][0]["file"], S1373);
    assert_eq!(
        rows[1]["contexts"][0]["paragraph"],
        // The text has no-break spaces between day and month.
        "Reaffirming its resolutions 1269 (1999) of 19\u{a0}October 1999 and 1368 (2001) of 12\u{a0}September 2001,"
    );
    assert_eq!(rows[1]["relations"][0], "reaffirms");

    // Nobody in the examples cites the seed: nothing found.
    let out = run(&["cited-by", "A/RES/59/153", TEXTS, "--format", "json"]);
    assert_code(&out, 1);
    assert_eq!(json(&out), Value::Array(vec![]));
}

#[test]
fn path_finds_the_direct_chain_and_the_one_through_1373() {
    let out = run(&[
        "path",
        "A/RES/59/153",
        "S/RES/1269(1999)",
        TEXTS,
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let paths = json(&out);
    assert_eq!(
        paths,
        serde_json::json!([[
            {"id": "A/RES/59/153", "relation": null},
            {"id": "S/RES/1269(1999)", "relation": "recalls"}
        ]])
    );

    let out = run(&[
        "path",
        "A/RES/59/153",
        "S/RES/1269(1999)",
        TEXTS,
        "--all",
        "--max-len",
        "3",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(
        json(&out),
        serde_json::json!([
            [
                {"id": "A/RES/59/153", "relation": null},
                {"id": "S/RES/1269(1999)", "relation": "recalls"}
            ],
            [
                {"id": "A/RES/59/153", "relation": null},
                {"id": "S/RES/1373(2001)", "relation": "recalls"},
                {"id": "S/RES/1269(1999)", "relation": "reaffirms"}
            ]
        ])
    );
    let out = run(&[
        "path",
        "A/RES/59/153",
        "S/RES/1269(1999)",
        TEXTS,
        "--all",
        "--max-len",
        "3",
    ]);
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "1  A/RES/59/153 --recalls--> S/RES/1269(1999)\n\
         2  A/RES/59/153 --recalls--> S/RES/1373(2001) --reaffirms--> S/RES/1269(1999)\n"
    );

    // --max-len 1 keeps only the direct citation.
    let out = run(&[
        "path",
        "A/RES/59/153",
        "S/RES/1269(1999)",
        TEXTS,
        "--all",
        "--max-len",
        "1",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    assert_eq!(json(&out).as_array().unwrap().len(), 1);

    // Only through 1373 (2001): the shortest chain has two steps.
    let out = run(&["path", "A/RES/59/153", "S/RES/1368(2001)", TEXTS]);
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "2  A/RES/59/153 --recalls--> S/RES/1373(2001) --reaffirms--> S/RES/1368(2001)\n"
    );

    // Both known, no chain: nothing found.
    let out = run(&["path", "S/RES/2508(2020)", "S/RES/1269(1999)", TEXTS]);
    assert_code(&out, 1);
}

#[test]
fn rank_by_in_degree_pagerank_and_recent() {
    // The Charter is cited by the seed (联合国宪章), 1373 (2001) and 2508 (2020) (宪章);
    // 1269 (1999) by the seed and 1373 (2001); everything else once (ties by ID).
    let out = run(&[
        "rank",
        TEXTS,
        "--by",
        "in-degree",
        "--top",
        "3",
        "--format",
        "json",
    ]);
    assert_code(&out, 0);
    let rows = json(&out);
    assert_eq!(
        ids(&rows, "id"),
        [
            "Charter of the United Nations",
            "S/RES/1269(1999)",
            "A/56/1026-S/2002/932"
        ]
    );
    let scores: Vec<f64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    assert_eq!(scores, [3.0, 2.0, 1.0]);
    assert_eq!(rows[0]["cited_by"], 3);
    assert_eq!(rows[0]["kind"], "treaty");
    assert_eq!(rows[2]["rank"], 3);

    let out = run(&["rank", TEXTS, "--by", "pagerank", "--format", "json"]);
    assert_code(&out, 0);
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 20, "--top defaults to 20");
    // The Financing of Terrorism Convention passes all its rank to the one resolution that
    // adopted it ("adopted by"), which comes first.
    assert_eq!(rows[0]["id"], "A/RES/54/109");
    assert_eq!(rows[1]["id"], "Charter of the United Nations");
    assert_eq!(rows[2]["id"], "S/RES/1269(1999)");
    // 1373 (2001)'s own citations come next: 1373 (2001) passes on the seed's rank.
    let next: Vec<&str> = rows[3..7]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(next, S1373_ONLY);
    let scores: Vec<f64> = rows.iter().map(|r| r["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores.iter().all(|&x| x > 0.0 && x < 1.0));

    // The latest text read is of 2020: five years back reach A/RES/74/10 (2019) and
    // S/RES/2508 (2020), 24 + 22 instruments each cited once in the window.
    let out = run(&[
        "rank", TEXTS, "--by", "recent", "--years", "5", "--top", "100", "--format", "json",
    ]);
    assert_code(&out, 0);
    let rows = json(&out);
    let got = ids(&rows, "id");
    assert_eq!(got.len(), 46);
    assert!(rows.as_array().unwrap().iter().all(|r| r["score"] == 1.0));
    assert!(got.contains(&"Charter of the United Nations".to_string()));
    assert!(got.contains(&"S/RES/1515(2003)".to_string()));
    for old in ["S/RES/1269(1999)", "A/59/494", "S/RES/1368(2001)"] {
        assert!(
            !got.contains(&old.to_string()),
            "{old} is cited only before 2016"
        );
    }
    // One year: 2020 only, S/RES/2508 (2020)'s citations.
    let out = run(&[
        "rank", TEXTS, "--by", "recent", "--years", "1", "--top", "100", "--format", "json",
    ]);
    assert_code(&out, 0);
    let mut got = ids(&json(&out), "id");
    got.sort();
    assert_eq!(got, S2508_CITES);

    let out = run(&["rank", TEXTS, "--by", "nonsense"]);
    assert_code(&out, 2);
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("'nonsense'"), "{err}");
    assert!(err.contains("in-degree, pagerank or recent"), "{err}");
}

#[test]
fn a_snapshot_from_a_newer_uncite_is_refused() {
    let tmp = TempDir::new("newer");
    let snap = tmp.join("newer.json");
    std::fs::write(
        &snap,
        r#"{"format":"uncite-graph","version":99,"nodes":[],"edges":[]}"#,
    )
    .unwrap();
    for args in [
        &["graph", "--graph", s(&snap)][..],
        &["deps", "A/RES/59/153", "--graph", s(&snap)][..],
    ] {
        let out = run(args);
        assert_code(&out, 2);
        assert!(out.stdout.is_empty());
        let err = stderr(&out);
        assert!(err.contains(s(&snap)), "names the file: {err}");
        assert!(err.contains("version 99 is newer"), "{err}");
        assert!(err.contains("upgrade uncite"), "{err}");
    }
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_rest_drawn() {
    let tmp = TempDir::new("bad-utf8");
    let dir = tmp.join("texts");
    std::fs::create_dir(&dir).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join(SEED), dir.join("A_RES_59_153.zh.txt")).unwrap();
    std::fs::copy(root.join(S1373), dir.join("S_RES_1373(2001).txt")).unwrap();
    std::fs::write(
        dir.join("B_bad.txt"),
        b"Recalling resolution 1269 (1999) \xff\xfe of 19 October 1999,\n",
    )
    .unwrap();
    let snap = tmp.join("out.json");
    let out = run(&["graph", s(&dir), "--format", "json", "-o", s(&snap)]);
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("B_bad.txt"), "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    let g: Value = serde_json::from_str(&std::fs::read_to_string(&snap).unwrap()).unwrap();
    // The seed's 26 nodes and 25 edges, plus 1373 (2001)'s 4 new instruments and 6 edges, and
    // the resolution that adopted the Financing of Terrorism Convention ("adopted by").
    assert_eq!(g["nodes"].as_array().unwrap().len(), 31);
    assert_eq!(g["edges"].as_array().unwrap().len(), 32);

    // DOT on stdout too, and a query still answers, with exit 2.
    let out = run(&["graph", s(&dir)]);
    assert_code(&out, 2);
    assert_eq!(dot_edges(stdout(&out)).len(), 32);
    let out = run(&["deps", "A/RES/59/153", s(&dir), "--all", "--format", "json"]);
    assert_code(&out, 2);
    assert_eq!(json(&out).as_array().unwrap().len(), 30);
}
