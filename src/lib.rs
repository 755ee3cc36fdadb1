//! # uncite
//!
//! Find every reference a United Nations text makes — resolutions and decisions of every
//! organ, document symbols (`A/59/494`, `E/CN.15/2004/8`), presidential statements, meeting
//! records, sales publications and the Charter — with its exact place in the text, and give
//! each one the canonical ID of `docs/canonical-ids.md`.
//!
//! The pipeline, one module per stage, in the order the data flows:
//!
//! text → [`normalise`] (offset map back to the source) → [`scan`] (literal prefilter) →
//! [`parse`] (nom grammars in [`grammar`], words from [`lexicon`]) → [`resolve`] (bodies,
//! "its", [`footnote`]s, `Ibid.`, SC years) → [`model::Citation`]s with canonical [`id`]s.
//! The citing document's own identity comes from its [`cover`] page.
//!
//! The front door is [`extract`]:
//!
//! ```
//! let text = "The Security Council,\n\tReaffirming its resolutions 1269 (1999) of 19 October 1999 and 1368 (2001),\n";
//! let found = uncite::extract(text, &uncite::Options::default());
//! let targets: Vec<String> = found.citations.iter().map(|c| c.target.as_ref().unwrap().to_string()).collect();
//! assert_eq!(targets, ["S/RES/1269(1999)", "S/RES/1368(2001)"]);
//! assert_eq!(found.citations[0].relation, uncite::Relation::Reaffirms);
//! assert_eq!(found.citations[0].date.as_deref(), Some("1999-10-19"));
//! assert_eq!(&text[found.citations[1].start..found.citations[1].end], "1368 (2001)");
//! ```

pub mod compare; // cross-language consistency: what some versions cite and others miss
pub mod cover; // the citing document's identity: symbol, body, session, date, meeting
pub mod error; // typed errors naming the file and the problem
pub mod eval; // accuracy against the corpus labels (`meta/expected.jsonl`)
pub mod export; // DOT (and SVG/PNG through Graphviz), JSON snapshot, GraphML, CSV
pub mod footnote; // footnote texts and the markers pointing to them
pub mod gazetteer; // named instruments: treaties, declarations, outcomes, and their names
pub mod grammar; // nom grammars: symbols, numbers, dates, pinpoints, word order
pub mod graph; // the citation graph: one node per canonical ID, edges citing → cited
pub mod id; // canonical identifiers: typed, `FromStr` and `Display`
pub mod lang; // the six official languages and detection
pub mod lexicon; // the words of each language
pub mod model; // the output: Extraction, Document, Citation (JSON schema 1)
pub mod normalise; // stage 1: fold look-alike characters, keep an offset map
pub mod parse; // stage 3: grammars at anchors → raw references
pub mod query; // deps, cited-by, path, rank over the graph
pub mod relation; // the closed vocabulary of relations and the opening verbs
pub mod resolve; // stage 4: context → canonical IDs and citations
pub mod scan; // stage 2: Aho-Corasick and memchr prefilter

use std::path::Path;

pub use error::{Error, ErrorKind, Result};
pub use gazetteer::Gazetteer;
pub use id::{InstrumentId, Kind};
pub use lang::Language;
pub use model::{Citation, Document, Extraction, Via};
pub use relation::Relation;

/// How to read a text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force a language instead of detecting it.
    pub language: Option<Language>,
    /// Which gazetteer finds named instruments.
    pub names: Names,
}

/// Which gazetteer of named instruments extraction uses.
#[derive(Debug, Clone, Default)]
pub enum Names {
    /// The built-in one (`src/data/instruments.json`).
    #[default]
    Builtin,
    /// A gazetteer of the user's ([`Gazetteer::with_file`]).
    Custom(std::sync::Arc<Gazetteer>),
    /// None: named instruments are not looked for (the Charter's own rules still run).
    Off,
}

impl Names {
    /// The gazetteer chosen, if any.
    pub fn gazetteer(&self) -> Option<&Gazetteer> {
        match self {
            Names::Builtin => Some(Gazetteer::builtin()),
            Names::Custom(g) => Some(g),
            Names::Off => None,
        }
    }
}

/// Extract the document identity and every citation of `text`.
pub fn extract(text: &str, options: &Options) -> Extraction {
    extract_named(text, "-", options)
}

/// [`extract`], recording `source` as the text's origin.
pub fn extract_named(text: &str, source: &str, options: &Options) -> Extraction {
    let norm = normalise::normalise(text);
    let language = options.language.unwrap_or_else(|| lang::detect(&norm.text));
    let lex = lexicon::for_language(language);
    let notes = footnote::find_in(
        &norm.text,
        matches!(language, Language::Fr | Language::Es | Language::Ru),
    );
    let masked = footnote::mask_markers(&norm.text, &notes);
    let gazetteer = options.names.gazetteer();
    let anchors = scan::scan(&masked, language, gazetteer);
    let raws = parse::parse(&masked, lex, &anchors, gazetteer);
    let document = cover::read(&norm.text);
    let citations = resolve::resolve(&norm, text, raws, &notes, &document, lex);
    Extraction {
        schema: model::SCHEMA,
        source: source.to_string(),
        language,
        document,
        citations,
    }
}

/// Read `path` as UTF-8 text; the error names the file and the problem.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| {
        Error::new(ErrorKind::Io {
            path: path.to_path_buf(),
            source,
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Error::new(ErrorKind::NotUtf8 {
            path: path.to_path_buf(),
            offset: e.utf8_error().valid_up_to(),
        })
    })
}

/// Read `path` (UTF-8 text) and extract it. The error names the file and the problem.
pub fn extract_file(path: &Path, options: &Options) -> Result<Extraction> {
    let text = read_text(path)?;
    Ok(extract_named(&text, &path.display().to_string(), options))
}

/// The `*.txt` files under `path` in sorted order, or `path` itself if it is a file.
pub fn text_files(path: &Path) -> Result<Vec<std::path::PathBuf>> {
    let io = |source| {
        Error::new(ErrorKind::Io {
            path: path.to_path_buf(),
            source,
        })
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let rd = std::fs::read_dir(&dir).map_err(|source| {
            Error::new(ErrorKind::Io {
                path: dir.clone(),
                source,
            })
        })?;
        for entry in rd {
            let entry = entry.map_err(|source| {
                Error::new(ErrorKind::Io {
                    path: dir.clone(),
                    source,
                })
            })?;
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}
