//! The `uncite` command line, run as a user runs it: standard input, files, directories,
//! the three output formats, and ripgrep's exit codes (0 found, 1 nothing found, 2 error).
//!
//! The fixtures in `tests/fixtures/cli/` are real UN texts (see the README there).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// From S/RES/1373 (2001), first preambular paragraph.
const RECALLING: &str = "\tRecalling its resolutions 1269 (1999) of 19 October 1999 and 1368 (2001) of 12 September 2001,\n";

const EN: &str = "tests/fixtures/cli/en/S_RES_2508(2020).txt";
const ZH: &str = "tests/fixtures/cli/zh/S_RES_2508(2020).txt";
const FIXTURES: &str = "tests/fixtures/cli";

/// `uncite`, run from the package root so that relative fixture paths work.
fn uncite() -> Command {
    let mut cmd = Command::cargo_bin("uncite").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

fn stdout_lines(out: &std::process::Output) -> Vec<Value> {
    let s = std::str::from_utf8(&out.stdout).expect("stdout is UTF-8");
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn targets(ex: &Value) -> Vec<String> {
    ex["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["target"].as_str().unwrap_or("?").to_string())
        .collect()
}

/// Every citation's `start..end` must be exactly its `text` in the input bytes.
fn assert_offsets(ex: &Value, input: &[u8]) {
    let cits = ex["citations"].as_array().unwrap();
    assert!(!cits.is_empty());
    for c in cits {
        let start = c["start"].as_u64().unwrap() as usize;
        let end = c["end"].as_u64().unwrap() as usize;
        assert!(start < end && end <= input.len(), "bad span in {c}");
        assert_eq!(
            &input[start..end],
            c["text"].as_str().unwrap().as_bytes(),
            "span {start}..{end} is not the citation's text: {c}"
        );
    }
}

fn check_recalling(out: &std::process::Output) {
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines = stdout_lines(out);
    assert_eq!(lines.len(), 1, "one JSON line for one input");
    let ex = &lines[0];
    assert_eq!(ex["schema"], 1);
    assert_eq!(ex["source"], "-");
    assert_eq!(ex["language"], "en");
    assert_eq!(targets(ex), ["S/RES/1269(1999)", "S/RES/1368(2001)"]);
    assert_eq!(ex["citations"][0]["text"], "1269 (1999)");
    assert_eq!(ex["citations"][0]["date"], "1999-10-19");
    assert_eq!(ex["citations"][1]["date"], "2001-09-12");
    assert_offsets(ex, RECALLING.as_bytes());
}

#[test]
fn stdin_without_path() {
    let out = uncite()
        .arg("extract")
        .write_stdin(RECALLING)
        .output()
        .unwrap();
    check_recalling(&out);
}

#[test]
fn stdin_as_dash() {
    let out = uncite()
        .args(["extract", "-"])
        .write_stdin(RECALLING)
        .output()
        .unwrap();
    check_recalling(&out);
}

#[test]
fn english_file() {
    let out = uncite().args(["extract", EN]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    let ex = &lines[0];
    assert_eq!(ex["source"], EN);
    assert_eq!(ex["language"], "en");
    assert_eq!(ex["document"]["symbol"], "S/RES/2508(2020)");
    assert_eq!(ex["document"]["body"], "Security Council");
    assert_eq!(ex["document"]["date"], "2020-02-11");
    assert_eq!(ex["document"]["meeting"], "S/PV.8718");
    let t = targets(ex);
    // The preamble's list, the presidential statement, the panel's report, the Charter,
    // and the operative paragraphs' "resolution 1556 (2004)".
    for want in [
        "S/RES/1591(2005)",
        "S/RES/1651(2005)",
        "S/RES/2455(2019)",
        "S/PRST/2018/19",
        "S/2020/36",
        "Charter of the United Nations",
        "S/RES/1556(2004)",
        "S/RES/1945(2010)",
    ] {
        assert!(t.iter().any(|x| x == want), "{want} missing from {t:?}");
    }
    // Never cites itself.
    assert!(!t.iter().any(|x| x == "S/RES/2508(2020)"), "{t:?}");
    assert_offsets(ex, &fixture(EN));
}

#[test]
fn chinese_file() {
    let out = uncite().args(["extract", ZH]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    let ex = &lines[0];
    assert_eq!(ex["language"], "zh");
    assert_eq!(ex["document"]["symbol"], "S/RES/2508(2020)");
    let t = targets(ex);
    for want in [
        "S/RES/1591(2005)",
        "S/RES/2455(2019)",
        "S/PRST/2018/19",
        "S/2020/36",
        "Charter of the United Nations",
        "S/RES/1556(2004)",
    ] {
        assert!(t.iter().any(|x| x == want), "{want} missing from {t:?}");
    }
    // Offsets are bytes of the original text, also for multi-byte characters.
    assert_offsets(ex, &fixture(ZH));
    let c = ex["citations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["target"] == "S/RES/1556(2004)")
        .unwrap();
    assert_eq!(c["text"], "第1556(2004)号决议");
}

#[test]
fn format_json_is_one_array() {
    let out = uncite()
        .args(["extract", "--format", "json", EN, ZH])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON value");
    let arr = v.as_array().expect("a JSON array");
    assert_eq!(arr.len(), 2);
    assert_eq!(arr[0]["source"], EN);
    assert_eq!(arr[1]["source"], ZH);
    for ex in arr {
        assert_eq!(ex["schema"], 1);
        assert_eq!(ex["document"]["symbol"], "S/RES/2508(2020)");
    }
    // The same extraction as the default JSON lines.
    let jsonl = uncite().args(["extract", EN]).output().unwrap();
    assert_eq!(arr[0], stdout_lines(&jsonl)[0]);
}

#[test]
fn format_table_header_and_one_line_per_citation() {
    let counts: Vec<usize> = [EN, ZH]
        .iter()
        .map(|p| {
            let out = uncite().args(["extract", p]).output().unwrap();
            stdout_lines(&out)[0]["citations"].as_array().unwrap().len()
        })
        .collect();
    let out = uncite()
        .args(["extract", "--format", "table", EN, ZH])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let s = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = s.lines().collect();
    let headers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("# "))
        .collect();
    assert_eq!(headers.len(), 2, "one header per document:\n{s}");
    assert_eq!(headers[0], 0);
    assert_eq!(
        headers[1],
        1 + counts[0],
        "EN citations then ZH header:\n{s}"
    );
    assert_eq!(lines.len(), 2 + counts[0] + counts[1]);
    assert!(lines[0].contains(EN) && lines[0].contains("S/RES/2508(2020)"));
    assert!(lines[0].contains(&format!("{} citations", counts[0])));
    assert!(lines[headers[1]].contains(ZH) && lines[headers[1]].contains("zh"));
    // A citation line starts with its byte offset.
    for l in lines.iter().filter(|l| !l.starts_with("# ")) {
        let first = l.split_whitespace().next().unwrap();
        assert!(first.parse::<usize>().is_ok(), "no offset in {l:?}");
    }
    assert!(s.contains("S/PRST/2018/19"));
}

#[test]
fn directory_gives_one_line_per_txt_in_sorted_order() {
    let out = uncite().args(["extract", FIXTURES]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let lines = stdout_lines(&out);
    let sources: Vec<&str> = lines
        .iter()
        .map(|l| l["source"].as_str().unwrap())
        .collect();
    // README.md is not a text.
    assert_eq!(sources, [EN, ZH]);
    assert_eq!(lines[0]["language"], "en");
    assert_eq!(lines[1]["language"], "zh");
}

#[test]
fn missing_file_exits_2_and_names_it() {
    let out = uncite()
        .args(["extract", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt"), "stderr: {err}");
}

#[test]
fn missing_file_does_not_hide_good_file() {
    let out = uncite()
        .args(["extract", EN, "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], EN);
    assert_eq!(lines[0]["document"]["symbol"], "S/RES/2508(2020)");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt"), "stderr: {err}");
}

#[test]
fn non_utf8_file_exits_2() {
    let path: PathBuf =
        std::env::temp_dir().join(format!("uncite-cli-test-{}-latin.txt", std::process::id()));
    std::fs::write(&path, [0xff, 0xfe, 0x41]).unwrap();
    let out = uncite().arg("extract").arg(&path).output().unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&path.display().to_string()), "stderr: {err}");
    assert!(err.contains("not UTF-8"), "stderr: {err}");
}

#[test]
fn non_utf8_stdin_exits_2() {
    let out = uncite()
        .arg("extract")
        .write_stdin(vec![0xffu8, 0xfe, 0x41])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not UTF-8"), "stderr: {err}");
}

#[test]
fn nothing_found_exits_1_but_prints_the_document() {
    let out = uncite()
        .arg("extract")
        .write_stdin("Hello world.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["citations"], Value::Array(vec![]));
    assert!(out.stderr.is_empty());
}

#[test]
fn eval_missing_corpus_exits_2() {
    let out = uncite().args(["eval", "no/such/corpus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/corpus"), "stderr: {err}");
    assert!(err.starts_with("uncite"), "stderr: {err}");
}
