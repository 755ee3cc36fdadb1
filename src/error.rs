//! Typed errors: every error names what failed and where.

use std::fmt;
use std::path::PathBuf;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file or directory could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A text is not UTF-8; `offset` is the first bad byte.
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    /// A string is not a canonical identifier.
    #[error("not a canonical identifier: {input:?}")]
    BadId { input: String },
    /// An ID asked for is not in the graph.
    #[error("{id} is not in the graph (no text read cites it or is it)")]
    UnknownId { id: String },
    /// A graph snapshot cannot be read or written.
    #[error("{}: {problem}", path.display())]
    Snapshot { path: PathBuf, problem: String },
    /// Graphviz failed or is missing.
    #[error("{problem}")]
    Graphviz { problem: String },
    /// A gazetteer file cannot be read or an entry is invalid.
    #[error("gazetteer {}: {problem}", path.display())]
    Gazetteer { path: PathBuf, problem: String },
    /// A corpus folder lacks what the accuracy run needs.
    #[error("{}: {problem}", path.display())]
    Corpus { path: PathBuf, problem: String },
}

/// The library's error type.
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error {
            kind: Box::new(kind),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
