//! `merge`: `extract` output read back and folded into one graph.
//!
//! Parts are files or directories of files as Spark, Dask or `split` leave
//! them (`part-00000`, `part-00000.gz`, `0.part`, `xaa`), plain or gzip
//! (recognised by its magic bytes, whatever the name). In a directory, files
//! and folders whose names start with `_` or `.` (`_SUCCESS`, `_temporary/`,
//! `.part-00000.crc`) and `*.crc` checksum files are skipped. A missing final
//! newline is accepted, blank lines ignored.
//!
//! Each line becomes a [`DocSummary`] ([`jsonl::parse`]) and goes through the
//! same [`GraphBuilder::add`] as `build`'s documents, so `merge` of the parts
//! equals `build` of their inputs, in any order and grouping of the parts. A
//! document id seen twice is folded in once: the second copy is reported and
//! skipped. A bad line, an unreadable file or a truncated gzip stream is
//! reported with its file (and line) and skipped, and the run goes on.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::corpus::walk;
use crate::error::Error;
use crate::export::jsonl;
use crate::graph::{DocSummary, GraphBuilder};

/// Lines parsed in parallel at a time.
const BATCH_LINES: usize = 4096;
/// Bytes of lines parsed in parallel at a time.
const BATCH_BYTES: usize = 8 << 20;

/// The part files of one merge, resolved from the command-line inputs.
#[derive(Debug)]
pub struct Parts {
    /// `None` is stdin.
    files: Vec<Option<PathBuf>>,
    problems: Vec<Error>,
}

/// True for names a job leaves beside its parts: markers, temporary
/// folders, hidden files and checksums.
fn is_bookkeeping(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.') || name.ends_with(".crc")
}

impl Parts {
    /// Resolves inputs: files, directories searched recursively, `-` for
    /// stdin (none means stdin). Files are sorted by path.
    pub fn discover<P: AsRef<Path>>(inputs: &[P]) -> Parts {
        let found = walk::walk(
            inputs,
            &walk::Walk {
                follow_links: false,
                skip_name: &|name| is_bookkeeping(&name.to_string_lossy()),
                keep: &|_| true,
                empty: "directory holds no part files",
            },
        );
        let mut files: Vec<Option<PathBuf>> =
            found.files.into_iter().map(|f| Some(f.path)).collect();
        files.sort();
        files.dedup();
        if found.stdin {
            files.push(None);
        }
        Parts {
            files,
            problems: found.problems,
        }
    }

    /// The first part file found (`None` when there is none or it is stdin).
    pub fn first_file(&self) -> Option<&Path> {
        self.files.first()?.as_deref()
    }

    /// Number of files (and stdin) to read.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }
}

/// What a merge read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct MergeCount {
    /// Documents folded into the graph.
    pub documents: u64,
    /// Lines, files and duplicate documents skipped (each reported).
    pub skipped: u64,
}

/// A line waiting to be parsed, with where it came from.
struct Pending {
    file: usize,
    line: u64,
    text: String,
}

/// Reads every part and folds its documents into `graph`, parsing on
/// `pool`'s threads. Every skip goes to `on_skip` as it happens, and every
/// document folded in to `on_doc` with the length of its line, in file and
/// line order.
pub fn merge(
    parts: Parts,
    pool: &rayon::ThreadPool,
    graph: &mut GraphBuilder,
    mut on_skip: impl FnMut(Error),
    mut on_doc: impl FnMut(&DocSummary<'_>, usize),
) -> MergeCount {
    let mut count = MergeCount::default();
    for e in parts.problems {
        count.skipped += 1;
        on_skip(e);
    }
    let names: Vec<String> = parts
        .files
        .iter()
        .map(|f| match f {
            Some(p) => p.display().to_string(),
            None => "<stdin>".into(),
        })
        .collect();
    // Where each document id was first read: (file, line).
    let mut seen: FxHashMap<String, (usize, u64)> = FxHashMap::default();
    let mut batch: Vec<Pending> = Vec::new();
    let mut bytes = 0;
    let mut fold =
        |batch: &mut Vec<Pending>, count: &mut MergeCount, on_skip: &mut dyn FnMut(Error)| {
            let parsed: Vec<Result<DocSummary<'_>, String>> =
                pool.install(|| batch.par_iter().map(|p| jsonl::parse(&p.text)).collect());
            for (p, doc) in batch.iter().zip(parsed) {
                let origin = || format!("{}:{}", names[p.file], p.line);
                match doc {
                    Err(reason) => {
                        count.skipped += 1;
                        on_skip(Error::BadDocument {
                            origin: origin(),
                            reason,
                        });
                    }
                    Ok(doc) => {
                        if let Some(&(f, l)) = seen.get(&*doc.id) {
                            count.skipped += 1;
                            on_skip(Error::BadDocument {
                                origin: origin(),
                                reason: format!(
                                    "document {:?} already read at {}:{}; counted once",
                                    doc.id, names[f], l
                                ),
                            });
                            continue;
                        }
                        seen.insert(doc.id.to_string(), (p.file, p.line));
                        graph.add_summary(&doc);
                        on_doc(&doc, p.text.len());
                        count.documents += 1;
                    }
                }
            }
            batch.clear();
        };
    for (file, path) in parts.files.iter().enumerate() {
        let mut reader = match open(path.as_deref()) {
            Ok(r) => r,
            Err(e) => {
                count.skipped += 1;
                on_skip(e);
                continue;
            }
        };
        let mut line = 0u64;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            line += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    count.skipped += 1;
                    on_skip(Error::BadDocument {
                        origin: format!("{}:{line}", names[file]),
                        reason: format!("read error: {e}; the rest of the file is skipped"),
                    });
                    break;
                }
            }
            let text = match std::str::from_utf8(&buf) {
                Ok(t) => t.trim(),
                Err(e) => {
                    count.skipped += 1;
                    on_skip(Error::BadDocument {
                        origin: format!("{}:{line}", names[file]),
                        reason: format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to()),
                    });
                    continue;
                }
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            if text.is_empty() {
                continue;
            }
            bytes += text.len();
            batch.push(Pending {
                file,
                line,
                text: text.to_string(),
            });
            if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
                fold(&mut batch, &mut count, &mut on_skip);
                bytes = 0;
            }
        }
        // Warnings stay in file order: a file's lines are folded before the next opens.
        fold(&mut batch, &mut count, &mut on_skip);
        bytes = 0;
    }
    count
}

/// Opens a part, decompressing gzip (recognised by its magic bytes).
fn open(path: Option<&Path>) -> Result<Box<dyn BufRead>, Error> {
    let io_err = |source: io::Error| Error::Io {
        path: path.map_or_else(|| PathBuf::from("<stdin>"), Path::to_path_buf),
        source,
    };
    let raw: Box<dyn Read> = match path {
        Some(p) => Box::new(File::open(p).map_err(io_err)?),
        None => Box::new(io::stdin()),
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    let gzip = reader
        .fill_buf()
        .map_err(io_err)?
        .starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookkeeping_names() {
        for (name, skip) in [
            ("_SUCCESS", true),
            ("_temporary", true),
            (".part-00000.gz.crc", true),
            ("part-00000.crc", true),
            ("part-00000", false),
            ("part-00000.gz", false),
            ("0.part", false),
            ("xaa", false),
        ] {
            assert_eq!(is_bookkeeping(name), skip, "{name}");
        }
    }
}
