//! Reading documents: plain-text articles (with an optional `date YYYY-MM-DD`
//! header), JSON Lines dumps, gzip-compressed files, directories and stdin.
//!
//! [`Corpus::discover`] turns the command-line inputs into a sorted list of
//! sources; [`Corpus::documents`] then streams one [`Item`] per document, so
//! memory never holds more than the document being read. A document that
//! cannot be used is an [`Item::Skip`] carrying an error that names the file
//! (and line), and the stream goes on.

mod jsonl;
mod text;
pub(crate) mod walk;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::Error;

pub use text::split_date_header;

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the input it was found under, or the JSONL `id`.
    pub id: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// Headline, when the input gives one (JSONL `title`); not extracted from.
    pub title: Option<String>,
    /// The article text; every span newsgraph reports is a byte offset into it.
    pub text: String,
}

/// What the document stream yields.
#[derive(Debug)]
pub enum Item {
    /// A usable document.
    Doc(Document),
    /// A document or file that was skipped, with the reason.
    Skip(Error),
    /// A remark about a document that is kept all the same (undecodable
    /// bytes replaced, a file name that is not UTF-8, the output file found
    /// among the inputs): worth telling the user, not a skip.
    Note(Error),
}

/// How a source is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    /// Standard input: JSONL when it starts with `{`, else one text article.
    Sniff,
}

#[derive(Debug, Clone)]
struct Source {
    /// `None` for stdin.
    path: Option<PathBuf>,
    /// Document id for a text file (relative path or file name).
    id: String,
    /// Named on the command line, not found in a directory.
    named: bool,
    format: Format,
    gzip: bool,
}

/// Limits on what one document may be.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest document text, in bytes; larger ones are skipped.
    pub max_document_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: 32 << 20,
        }
    }
}

/// The inputs of one run, resolved to files.
#[derive(Debug)]
pub struct Corpus {
    sources: Vec<Source>,
    problems: Vec<Error>,
    notes: Vec<Error>,
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// Splits `name.ext[.gz]` into (format, gzip); `None` when not an article file.
fn classify(path: &Path) -> Option<(Format, bool)> {
    // Lossy: a name that is not UTF-8 is still an article if its extension says so.
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let (stem, gzip) = match name.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (name, false),
    };
    let ext = stem.rsplit_once('.')?.1;
    if TEXT_EXTENSIONS.contains(&ext) {
        Some((Format::Text, gzip))
    } else if JSONL_EXTENSIONS.contains(&ext) {
        Some((Format::Jsonl, gzip))
    } else {
        None
    }
}

impl Corpus {
    /// Resolves inputs (files, directories searched recursively, `-` for
    /// stdin; none means stdin). Files are sorted by path so that the order
    /// in which they are listed or found does not change the output; stdin
    /// comes last. Missing paths and directories without articles become
    /// problems reported by [`Corpus::documents`]. Paths need not be UTF-8:
    /// such a file is read, and its document id is the lossy name (U+FFFD
    /// for each undecodable byte), with a note.
    pub fn discover<P: AsRef<Path>>(inputs: &[P]) -> Corpus {
        // Links are followed (a linked article is read, once); a link
        // leading back to a directory above it is noted, not followed.
        let found = walk::walk(
            inputs,
            &walk::Walk {
                follow_links: true,
                skip_name: &|_| false,
                keep: &|path| classify(path).is_some(),
                empty: "directory holds no articles (.txt, .md, .jsonl, .ndjson, optionally .gz)",
            },
        );
        let (problems, mut notes, stdin) = (found.problems, found.notes, found.stdin);
        let mut sources = Vec::with_capacity(found.files.len());
        for f in found.files {
            let source = match &f.rel {
                Some(rel) => {
                    let (format, gzip) = classify(&f.path).expect("kept files are articles");
                    Source {
                        id: lossy_id(rel, &f.path, &mut notes),
                        path: Some(f.path),
                        named: false,
                        format,
                        gzip,
                    }
                }
                None => {
                    let root = &f.path;
                    // A file named directly is read even with another extension: as text.
                    let (format, gzip) = classify(root).unwrap_or((
                        Format::Text,
                        root.extension()
                            .is_some_and(|e| e.eq_ignore_ascii_case("gz")),
                    ));
                    let name = Path::new(root.file_name().unwrap_or(root.as_os_str()));
                    Source {
                        id: lossy_id(name, root, &mut notes),
                        path: Some(f.path.clone()),
                        named: true,
                        format,
                        gzip,
                    }
                }
            };
            sources.push(source);
        }
        sources.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.id.cmp(&b.id)));
        // The same file named twice ("d", "./d/a.txt") is read once.
        let mut seen = std::collections::HashSet::new();
        sources.retain(|s| {
            let p = s.path.as_ref().expect("files have paths");
            seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        });
        if stdin {
            sources.push(Source {
                path: None,
                id: "-".into(),
                named: true,
                format: Format::Sniff,
                gzip: false,
            });
        }
        Corpus {
            sources,
            problems,
            notes,
        }
    }

    /// Keeps the run from reading the file it is about to write.
    ///
    /// When `output` is an existing regular file that is also an input
    /// (the same file through any path, hard link or symbolic link: same
    /// device and inode), an input named on the command line is an error,
    /// returned before anything is read; a file found inside an input
    /// directory is left out with a note, as `tar` leaves out its own archive.
    pub fn exclude_output(&mut self, output: &Path) -> Result<(), Error> {
        let Some(out_id) = file_id(output) else {
            return Ok(());
        };
        let mut refused = None;
        let mut notes = Vec::new();
        self.sources.retain(|s| {
            let Some(path) = &s.path else { return true };
            if file_id(path) != Some(out_id) {
                return true;
            }
            if s.named {
                refused.get_or_insert_with(|| path.clone());
            } else {
                notes.push(Error::BadDocument {
                    origin: path.display().to_string(),
                    reason: "is the output file; not read as input".into(),
                });
            }
            false
        });
        if let Some(input) = refused {
            return Err(Error::Output {
                path: output.display().to_string(),
                source: std::io::Error::other(format!(
                    "it is also an input ({}); nothing read or written",
                    input.display()
                )),
            });
        }
        self.notes.extend(notes);
        Ok(())
    }

    /// Total size in bytes of the inputs, when known: every source a plain
    /// file (not stdin, not gzip, whose text is larger than the file).
    pub fn known_size(&self) -> Option<u64> {
        self.sources.iter().try_fold(0u64, |sum, s| {
            let path = s.path.as_ref().filter(|_| !s.gzip)?;
            Some(sum + std::fs::metadata(path).ok()?.len())
        })
    }

    /// Number of files (and stdin) to read.
    pub fn source_count(&self) -> usize {
        self.sources.len()
    }

    /// Streams the documents, problems found while resolving inputs first.
    pub fn documents(self, limits: Limits) -> impl Iterator<Item = Item> {
        let problems = (self.notes.into_iter().map(Item::Note))
            .chain(self.problems.into_iter().map(Item::Skip));
        let docs = self
            .sources
            .into_iter()
            .flat_map(move |s| SourceReader::open(s, limits));
        problems.chain(docs)
    }
}

/// The document id for a relative path: its text, `\\` made `/`; a name that
/// is not UTF-8 is converted lossily, with a note.
fn lossy_id(rel: &Path, path: &Path, notes: &mut Vec<Error>) -> String {
    let id = rel.to_string_lossy().replace('\\', "/");
    if rel.to_str().is_none() {
        notes.push(Error::BadDocument {
            origin: path.display().to_string(),
            reason: format!("file name is not UTF-8; read with document id {id:?}"),
        });
    }
    id
}

/// Device and inode of an existing regular file (followed through links).
fn file_id(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        // No inode here: the canonical path stands in for it.
        let _ = meta;
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::fs::canonicalize(path).ok()?.hash(&mut h);
        Some((0, h.finish()))
    }
}

/// Reads documents from any byte stream the way stdin is read: gzip when
/// it starts with the gzip magic bytes, JSON Lines when its first non-blank
/// byte is `{`, else one text article whose id and origin are `origin`.
pub fn read_stream(
    reader: impl Read + Send + 'static,
    origin: &str,
    limits: Limits,
) -> impl Iterator<Item = Item> {
    SourceReader::from_reader(
        Box::new(reader),
        origin.to_string(),
        origin.to_string(),
        Format::Sniff,
        false,
        limits,
    )
}

/// Reads one source lazily: a text file yields one item, a JSONL file one a line.
enum SourceReader {
    /// A text file's document (or skip), after any note about it.
    Items(std::vec::IntoIter<Item>),
    Lines(jsonl::Lines),
}

impl SourceReader {
    fn one(item: Item) -> SourceReader {
        SourceReader::Items(vec![item].into_iter())
    }

    fn open(source: Source, limits: Limits) -> SourceReader {
        let origin = source
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "<stdin>".into());
        let reader: Box<dyn Read + Send> = match &source.path {
            Some(p) => match File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    return SourceReader::one(Item::Skip(Error::Io {
                        path: p.clone(),
                        source: e,
                    }))
                }
            },
            None => Box::new(io::stdin()),
        };
        SourceReader::from_reader(
            reader,
            origin,
            source.id,
            source.format,
            source.gzip,
            limits,
        )
    }

    fn from_reader(
        reader: Box<dyn Read + Send>,
        origin: String,
        id: String,
        format: Format,
        gzip: bool,
        limits: Limits,
    ) -> SourceReader {
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        let mut gzip = gzip;
        let mut format = format;
        if format == Format::Sniff {
            match reader.fill_buf() {
                Ok(buf) => {
                    gzip = buf.starts_with(&[0x1f, 0x8b]);
                }
                Err(e) => return SourceReader::one(io_skip(&origin, e)),
            }
        }
        let mut reader: Box<dyn BufRead + Send> = if gzip {
            Box::new(BufReader::with_capacity(
                1 << 16,
                flate2::read::MultiGzDecoder::new(reader),
            ))
        } else {
            Box::new(reader)
        };
        if format == Format::Sniff {
            format = match sniff_jsonl(&mut reader) {
                Ok(true) => Format::Jsonl,
                Ok(false) => Format::Text,
                Err(e) => return SourceReader::one(io_skip(&origin, e)),
            };
        }
        match format {
            Format::Jsonl => SourceReader::Lines(jsonl::Lines::new(reader, origin, limits)),
            _ => SourceReader::Items(text::read_article(reader, &origin, id, limits).into_iter()),
        }
    }
}

impl Iterator for SourceReader {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        match self {
            SourceReader::Items(items) => items.next(),
            SourceReader::Lines(lines) => lines.next(),
        }
    }
}

/// True when the first non-blank byte is `{`.
fn sniff_jsonl(reader: &mut Box<dyn BufRead + Send>) -> io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        let full = buf.len();
        let body = buf.strip_prefix(b"\xef\xbb\xbf").unwrap_or(buf);
        match body.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => return Ok(body[i] == b'{'),
            None => {
                // Only a BOM and whitespace so far: no part of any JSON line.
                // All of it is consumed, the BOM too, or a lone BOM would be
                // read again for ever.
                reader.consume(full);
            }
        }
    }
}

fn io_skip(origin: &str, e: io::Error) -> Item {
    Item::Skip(Error::BadDocument {
        origin: origin.to_string(),
        reason: format!("read error: {e}"),
    })
}

/// Checks a `YYYY-MM-DD` date (month 01–12, day 01–31).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let year: u32 = s[..4].parse().unwrap_or(0);
    let month: u32 = s[5..7].parse().unwrap_or(0);
    let day: u32 = s[8..10].parse().unwrap_or(0);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Leading bytes searched for a NUL, which marks a file as binary (as git
/// and grep decide); a NUL further on is kept (the exporters drop it).
const BINARY_SNIFF: usize = 8 << 10;

/// Bytes to text. A NUL in the first 8 KB makes it binary: `Err(reason)`.
/// Invalid UTF-8 is decoded lossily (U+FFFD for each invalid sequence, so
/// byte offsets after it refer to the decoded text) and the second value
/// says where, for one warning.
fn decode(bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    if let Some(at) = memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF)]) {
        return Err(format!(
            "binary data (NUL byte at byte offset {at}), not text"
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count();
            let bad = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let note = format!(
                "invalid UTF-8 at byte offset {at} (line {line}); \
                 {bad} invalid sequence(s) read as U+FFFD, document kept"
            );
            Ok((text, Some(note)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (s, ok) in [
            ("2020-06-24", true),
            ("2020-13-01", false),
            ("2020-6-24", false),
            ("20200624xx", false),
            ("2020-06-00", false),
            ("2020-02-29", true),
            ("2021-02-29", false),
            ("2020-04-31", false),
        ] {
            assert_eq!(is_date(s), ok, "{s}");
        }
    }

    #[test]
    fn classifies_extensions() {
        assert_eq!(classify(Path::new("a/b.txt")), Some((Format::Text, false)));
        assert_eq!(
            classify(Path::new("b.JSONL.gz")),
            Some((Format::Jsonl, true))
        );
        assert_eq!(
            classify(Path::new("b.ndjson")),
            Some((Format::Jsonl, false))
        );
        assert_eq!(classify(Path::new("b.md.gz")), Some((Format::Text, true)));
        assert_eq!(classify(Path::new("b.json")), None);
        assert_eq!(classify(Path::new("README")), None);
    }

    #[test]
    fn decodes_lossily_and_spots_binary() {
        assert_eq!(
            decode(b"fine text".to_vec()),
            Ok(("fine text".into(), None))
        );
        let e = decode(b"a\0b".to_vec()).unwrap_err();
        assert!(e.contains("binary") && e.contains("offset 1"), "{e}");
        let (text, note) = decode(b"line one\n\x93quoted\x94 \xff here".to_vec()).unwrap();
        assert_eq!(text, "line one\n\u{fffd}quoted\u{fffd} \u{fffd} here");
        let note = note.unwrap();
        assert!(
            note.contains("byte offset 9 (line 2)") && note.contains("3 invalid"),
            "{note}"
        );
        // A NUL past the first 8 KB does not make a file binary.
        let mut late = vec![b'a'; BINARY_SNIFF];
        late.push(0);
        assert!(decode(late).is_ok());
    }
}
