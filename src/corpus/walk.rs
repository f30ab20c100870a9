//! From command-line inputs to files: paths named, directories walked in
//! file-name order, `-` for stdin (no input at all means stdin too).
//!
//! One walk for both readers of files: articles ([`super::Corpus::discover`])
//! and `merge`'s part files ([`crate::merge::Parts::discover`]). They differ
//! only in what they keep ([`Walk`]); each sorts and de-duplicates what it
//! gets as it needs.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// What a directory walk keeps and follows.
pub(crate) struct Walk<'a> {
    /// Follow symbolic links. A link leading back to a directory above it
    /// is noted and not followed.
    pub follow_links: bool,
    /// Names of entries inside a directory that are passed over, with
    /// everything under them.
    pub skip_name: &'a dyn Fn(&OsStr) -> bool,
    /// Files found in a directory that are kept. A link that leads nowhere
    /// is not worth a warning when it would not have been kept anyway.
    pub keep: &'a dyn Fn(&Path) -> bool,
    /// The problem reported for a directory where nothing is kept
    /// ("directory holds no part files").
    pub empty: &'a str,
}

/// A file of the inputs.
#[derive(Debug)]
pub(crate) struct Found {
    /// Path as given or as found under its input directory.
    pub path: PathBuf,
    /// Path relative to its input directory; `None` for a file named on the
    /// command line.
    pub rel: Option<PathBuf>,
}

/// What [`walk`] found.
#[derive(Debug, Default)]
pub(crate) struct Inputs {
    /// Files, in input order and, within a directory, in file-name order.
    pub files: Vec<Found>,
    /// Stdin is an input (`-`, or no input at all).
    pub stdin: bool,
    /// Missing paths, unreadable directories, directories with nothing kept.
    pub problems: Vec<Error>,
    /// Remarks: directory loops not followed.
    pub notes: Vec<Error>,
}

/// Resolves `inputs` to files as `how` says.
pub(crate) fn walk<P: AsRef<Path>>(inputs: &[P], how: &Walk<'_>) -> Inputs {
    let mut found = Inputs {
        stdin: inputs.is_empty(),
        ..Inputs::default()
    };
    for input in inputs {
        let root = input.as_ref();
        if root.as_os_str() == "-" {
            found.stdin = true;
            continue;
        }
        match std::fs::metadata(root) {
            Err(source) => found.problems.push(Error::Io {
                path: root.to_path_buf(),
                source,
            }),
            Ok(m) if m.is_dir() => walk_dir(root, how, &mut found),
            Ok(_) => found.files.push(Found {
                path: root.to_path_buf(),
                rel: None,
            }),
        }
    }
    found
}

fn walk_dir(root: &Path, how: &Walk<'_>, found: &mut Inputs) {
    let before = found.files.len();
    let walk = walkdir::WalkDir::new(root)
        .follow_links(how.follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !(how.skip_name)(e.file_name()));
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                if let Some(ancestor) = e.loop_ancestor() {
                    found.notes.push(Error::BadDocument {
                        origin: path.display().to_string(),
                        reason: format!(
                            "directory loop (leads back to {}); not followed",
                            ancestor.display()
                        ),
                    });
                } else if e
                    .io_error()
                    .is_some_and(|io| io.kind() == io::ErrorKind::NotFound)
                    && !(how.keep)(&path)
                {
                    // A dangling link that would not be read anyway.
                } else {
                    let source = match e.io_error() {
                        // walkdir's own message would name the path again.
                        Some(io) => io::Error::new(io.kind(), io.to_string()),
                        None => e.into(),
                    };
                    found.problems.push(Error::Io { path, source });
                }
                continue;
            }
        };
        if entry.file_type().is_file() && (how.keep)(entry.path()) {
            let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
            found.files.push(Found {
                rel: Some(rel.to_path_buf()),
                path: entry.path().to_path_buf(),
            });
        }
    }
    if found.files.len() == before {
        found.problems.push(Error::BadDocument {
            origin: root.display().to_string(),
            reason: how.empty.into(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Named files, files in a directory (relative paths, name order), a
    /// pruned folder, a missing path, an empty directory and stdin.
    #[test]
    fn walks_as_told() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("d");
        std::fs::create_dir_all(d.join("_skip")).unwrap();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::create_dir_all(dir.path().join("empty")).unwrap();
        for f in [
            "d/b.txt",
            "d/a.txt",
            "d/x.bin",
            "d/_skip/c.txt",
            "d/sub/e.txt",
            "n.bin",
        ] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let how = Walk {
            follow_links: false,
            skip_name: &|n| n.to_string_lossy().starts_with('_'),
            keep: &|p| p.extension().is_some_and(|e| e == "txt"),
            empty: "nothing here",
        };
        let p = |s: &str| dir.path().join(s);
        let inputs = [p("n.bin"), p("d"), p("missing"), p("empty"), "-".into()];
        let found = walk(&inputs, &how);
        let got: Vec<_> = found
            .files
            .iter()
            .map(|f| (f.path.clone(), f.rel.clone()))
            .collect();
        let rel = |s: &str| Some(PathBuf::from(s));
        assert_eq!(
            got,
            [
                (p("n.bin"), None),
                (p("d/a.txt"), rel("a.txt")),
                (p("d/b.txt"), rel("b.txt")),
                (p("d/sub/e.txt"), rel("sub/e.txt")),
            ]
        );
        assert!(found.stdin);
        assert_eq!(found.problems.len(), 2, "{:?}", found.problems);
        assert!(found.problems[1].to_string().contains("nothing here"));
        assert!(walk(&[] as &[PathBuf], &how).stdin);
    }
}
