//! The library's one error type. Every variant names the file (and line)
//! it is about, so a message can be shown to the user as it is.

use std::path::PathBuf;

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A document was read but cannot be used (not UTF-8, binary, empty, too large).
    #[error("{origin}: {reason}")]
    BadDocument {
        /// File, and line for JSON Lines (`file:line`).
        origin: String,
        /// Why it was skipped.
        reason: String,
    },
    /// A user lexicon file is malformed.
    #[error("{path}:{line}: {reason}")]
    Lexicon {
        /// The lexicon file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// Writing the output failed.
    #[error("cannot write {path}: {source}")]
    Output {
        /// Where the output was going.
        path: String,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// Shorthand for results in this crate.
pub type Result<T> = std::result::Result<T, Error>;
