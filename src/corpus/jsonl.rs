//! JSON Lines dumps: one `{"id", "date"?, "title"?, "text"}` object a line.

use std::borrow::Cow;
use std::io::BufRead;

use serde::Deserialize;

use super::{is_date, Document, Item, Limits};
use crate::error::Error;

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default, borrow)]
    date: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    title: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    text: Option<Cow<'a, str>>,
}

/// Iterator over the documents of one JSONL stream.
pub(super) struct Lines {
    reader: Box<dyn BufRead + Send>,
    origin: String,
    limits: Limits,
    line_no: usize,
    buf: Vec<u8>,
    done: bool,
    /// Whether invalid UTF-8 was already reported for this file.
    warned_utf8: bool,
    /// The line's document, held back while a note about it goes first.
    pending: Option<Item>,
}

impl Lines {
    pub(super) fn new(reader: Box<dyn BufRead + Send>, origin: String, limits: Limits) -> Lines {
        Lines {
            reader,
            origin,
            limits,
            line_no: 0,
            buf: Vec::new(),
            done: false,
            warned_utf8: false,
            pending: None,
        }
    }

    fn skipped(&self, reason: String) -> Item {
        Item::Skip(Error::BadDocument {
            origin: format!("{}:{}", self.origin, self.line_no),
            reason,
        })
    }

    /// Reads one line, but never keeps more than the limit in memory.
    fn read_line(&mut self) -> std::io::Result<(bool, bool)> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let avail = self.reader.fill_buf()?;
            if avail.is_empty() {
                return Ok((any, too_long));
            }
            any = true;
            let (chunk, found) = match memchr::memchr(b'\n', avail) {
                Some(i) => (&avail[..=i], true),
                None => (avail, false),
            };
            let n = chunk.len();
            if self.buf.len() + n > self.limits.max_document_bytes + 2 {
                too_long = true;
            } else {
                self.buf.extend_from_slice(chunk);
            }
            self.reader.consume(n);
            if found {
                return Ok((true, too_long));
            }
        }
    }

    /// The current line's item. A line with invalid UTF-8 is decoded
    /// lossily like a text file; the first such line of a file comes with a
    /// note (and `pending` holds its item), later ones are read silently.
    fn parse(&mut self) -> Item {
        let raw = trim_ascii(&self.buf);
        let raw = if self.line_no == 1 {
            raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
        } else {
            raw
        };
        match std::str::from_utf8(raw) {
            Ok(line) => self.parse_line(line),
            Err(e) => {
                let at = e.valid_up_to();
                let line = String::from_utf8_lossy(raw).into_owned();
                let item = self.parse_line(&line);
                if self.warned_utf8 {
                    return item;
                }
                self.warned_utf8 = true;
                self.pending = Some(item);
                Item::Note(Error::BadDocument {
                    origin: format!("{}:{}", self.origin, self.line_no),
                    reason: format!(
                        "invalid UTF-8 at byte {at} of the line, read as U+FFFD; \
                         later lines of this file are decoded the same way without a note"
                    ),
                })
            }
        }
    }

    fn parse_line(&self, line: &str) -> Item {
        if !line.starts_with('{') {
            return self.skipped("not a JSON object".into());
        }
        let parsed: Line = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) if e.is_data() => return self.skipped(format!("bad field: {e}")),
            Err(e) => return self.skipped(format!("not a JSON object: {e}")),
        };
        let Some(text) = parsed.text else {
            return self.skipped("no \"text\" field".into());
        };
        if text.len() > self.limits.max_document_bytes {
            return self.skipped(format!(
                "\"text\" longer than {} bytes (--max-doc-bytes)",
                self.limits.max_document_bytes
            ));
        }
        if text.trim().is_empty() {
            return self.skipped("empty \"text\"".into());
        }
        if text.contains('\0') {
            return self.skipped("binary data (NUL) in \"text\"".into());
        }
        let id = match parsed.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{}:{}", self.origin, self.line_no),
        };
        // Dates may come as full timestamps: the day is what is kept.
        let date = parsed
            .date
            .as_deref()
            .and_then(|d| d.get(..10))
            .filter(|d| is_date(d))
            .map(str::to_string);
        Item::Doc(Document {
            id,
            date,
            title: parsed.title.map(Cow::into_owned),
            text: text.into_owned(),
        })
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &b[start..end]
}

impl Iterator for Lines {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.pending.take() {
            return Some(item);
        }
        while !self.done {
            self.line_no += 1;
            let (any, too_long) = match self.read_line() {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(self.skipped(format!("read error: {e}; rest of file skipped")));
                }
            };
            if !any {
                self.done = true;
                break;
            }
            if too_long {
                return Some(self.skipped(format!(
                    "line longer than {} bytes (--max-doc-bytes)",
                    self.limits.max_document_bytes
                )));
            }
            if trim_ascii(&self.buf).is_empty() {
                continue;
            }
            return Some(self.parse());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> Vec<Result<Document, String>> {
        let reader: Box<dyn BufRead + Send> =
            Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        Lines::new(reader, "d.jsonl".into(), Limits::default())
            .map(|i| match i {
                Item::Doc(d) => Ok(d),
                Item::Skip(e) => Err(e.to_string()),
                Item::Note(e) => Err(format!("note {e}")),
            })
            .collect()
    }

    #[test]
    fn good_and_bad_lines() {
        let got = items(concat!(
            "{\"id\": \"a\", \"date\": \"2020-01-02T10:00:00Z\", \"text\": \"One.\"}\n",
            "\n",
            "not json\n",
            "{\"id\": \"c\"}\n",
            "{\"id\": 7, \"text\": \"Two \\\"quoted\\\".\"}\n",
            "[\"id1\", \"2020-01-01\", \"t\", \"India.\"]\n",
            "{\"text\": 5}",
        ));
        assert_eq!(got.len(), 6);
        assert_eq!(got[4].as_ref().unwrap_err(), "d.jsonl:6: not a JSON object");
        assert!(got[5]
            .as_ref()
            .unwrap_err()
            .starts_with("d.jsonl:7: bad field"));
        let a = got[0].as_ref().unwrap();
        assert_eq!(
            (a.id.as_str(), a.date.as_deref()),
            ("a", Some("2020-01-02"))
        );
        assert!(got[1]
            .as_ref()
            .unwrap_err()
            .starts_with("d.jsonl:3: not a JSON object"));
        assert_eq!(got[2].as_ref().unwrap_err(), "d.jsonl:4: no \"text\" field");
        let d = got[3].as_ref().unwrap();
        assert_eq!((d.id.as_str(), d.text.as_str()), ("7", "Two \"quoted\"."));
    }

    #[test]
    fn invalid_utf8_lines_are_kept_with_one_note_per_file() {
        let input = b"{\"id\": \"a\", \"text\": \"India \x93said\x94.\"}\n\
            {\"id\": \"b\", \"text\": \"Russia \xff.\"}\n\
            {\"id\": \"c\", \"text\": \"Fine.\"}\n";
        let reader: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(input.to_vec()));
        let got: Vec<String> = Lines::new(reader, "d.jsonl".into(), Limits::default())
            .map(|i| match i {
                Item::Doc(d) => format!("{}={}", d.id, d.text),
                Item::Skip(e) => format!("skip {e}"),
                Item::Note(e) => format!("note {e}"),
            })
            .collect();
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got[0].starts_with("note d.jsonl:1: invalid UTF-8 at byte 27 of the line"),
            "{}",
            got[0]
        );
        assert_eq!(got[1], "a=India \u{fffd}said\u{fffd}.");
        assert_eq!(got[2], "b=Russia \u{fffd}.");
        assert_eq!(got[3], "c=Fine.");
    }
}
