//! Plain-text articles: one file, one document, with an optional
//! `date YYYY-MM-DD` header that may run straight on into the first sentence.

use std::io::Read;

use super::{decode, is_date, Document, Item, Limits};
use crate::error::Error;

/// Splits a leading `date YYYY-MM-DD` header off an article.
///
/// Returns the date and the byte offset where the text proper starts (after
/// the header and the white space that follows it). Text without a header
/// gives `(None, 0)`.
///
/// ```
/// use newsgraph::corpus::split_date_header;
/// let (date, at) = split_date_header("date 2020-06-24 Defence Minister Rajnath Singh said");
/// assert_eq!(date, Some("2020-06-24"));
/// assert_eq!(at, "date 2020-06-24 ".len());
/// ```
pub fn split_date_header(text: &str) -> (Option<&str>, usize) {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(after) = rest
        .strip_prefix("date ")
        .or_else(|| rest.strip_prefix("Date "))
        .or_else(|| rest.strip_prefix("date:"))
    else {
        return (None, 0);
    };
    let after = after.trim_start_matches([' ', '\t']);
    let Some(date) = after.get(..10) else {
        return (None, 0);
    };
    if !is_date(date) {
        return (None, 0);
    }
    let tail = &after[10..];
    // The date must end there: "date 2020-06-24x" is not a header.
    if tail.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return (None, 0);
    }
    let start = text.len() - tail.trim_start().len();
    (Some(date), start)
}

/// Reads one whole article from `reader`: its document or skip, after a
/// note when bytes that are not UTF-8 were replaced.
pub(super) fn read_article(
    reader: impl Read,
    origin: &str,
    id: String,
    limits: Limits,
) -> Vec<Item> {
    let mut items = Vec::new();
    let item = article(reader, origin, id, limits, &mut items);
    items.push(item);
    items
}

fn article(
    reader: impl Read,
    origin: &str,
    id: String,
    limits: Limits,
    notes: &mut Vec<Item>,
) -> Item {
    let mut bytes = Vec::new();
    // Read one byte past the limit to tell "exactly at" from "over".
    let cap = limits.max_document_bytes as u64 + 1;
    if let Err(e) = reader.take(cap).read_to_end(&mut bytes) {
        return Item::Skip(Error::BadDocument {
            origin: origin.to_string(),
            reason: format!("read error: {e}"),
        });
    }
    if bytes.len() > limits.max_document_bytes {
        return skip(
            origin,
            format!(
                "larger than {} bytes (--max-doc-bytes); skipped",
                limits.max_document_bytes
            ),
        );
    }
    let mut text = match decode(bytes) {
        Ok((text, note)) => {
            if let Some(reason) = note {
                notes.push(Item::Note(Error::BadDocument {
                    origin: origin.to_string(),
                    reason,
                }));
            }
            text
        }
        Err(reason) => return skip(origin, reason),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    let (date, start) = split_date_header(&text);
    let date = date.map(str::to_string);
    if start > 0 {
        text.drain(..start);
    }
    // U+FFFD takes three bytes where the invalid byte took one.
    if text.len() > limits.max_document_bytes {
        return skip(
            origin,
            format!(
                "larger than {} bytes (--max-doc-bytes) once invalid UTF-8 is replaced; skipped",
                limits.max_document_bytes
            ),
        );
    }
    if text.trim().is_empty() {
        return skip(origin, "empty document (no text)".into());
    }
    Item::Doc(Document {
        id,
        date,
        title: None,
        text,
    })
}

fn skip(origin: &str, reason: String) -> Item {
    Item::Skip(Error::BadDocument {
        origin: origin.to_string(),
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_headers() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "date 2020-06-24 Defence Minister",
                Some("2020-06-24"),
                "Defence Minister",
            ),
            (
                "date 2018-09-07\n\nAt the inaugural",
                Some("2018-09-07"),
                "At the inaugural",
            ),
            (" date 2018-09-07", Some("2018-09-07"), ""),
            ("date 2018-13-07 x", None, "date 2018-13-07 x"),
            ("dated 2018-09-07 x", None, "dated 2018-09-07 x"),
            ("date 2018-09-07x", None, "date 2018-09-07x"),
            ("No header here.", None, "No header here."),
        ];
        for (input, date, rest) in cases {
            let (d, at) = split_date_header(input);
            assert_eq!(d, *date, "{input:?}");
            assert_eq!(&input[at..], *rest, "{input:?}");
        }
    }

    fn read(bytes: &[u8], limit: usize) -> Vec<Result<Document, String>> {
        let limits = Limits {
            max_document_bytes: limit,
        };
        read_article(bytes, "f", "f".into(), limits)
            .into_iter()
            .map(|i| match i {
                Item::Doc(d) => Ok(d),
                Item::Skip(e) => Err(format!("skip {e}")),
                Item::Note(e) => Err(format!("note {e}")),
            })
            .collect()
    }

    #[test]
    fn reads_and_rejects() {
        let ok = read(b"date 2020-01-02 Hello.", 100);
        let d = ok[0].as_ref().unwrap();
        assert_eq!(ok.len(), 1);
        assert_eq!(d.date.as_deref(), Some("2020-01-02"));
        assert_eq!(d.text, "Hello.");
        let empty = read(b"date 2020-01-02 \n\n ", 100);
        assert!(empty[0].as_ref().unwrap_err().contains("empty"));
        let big = read(b"0123456789", 5);
        assert!(big[0].as_ref().unwrap_err().contains("larger"));
        // Found by fuzzing: U+FFFD replacement grew a document past the limit.
        let grown = read(b"ab \x93\x93\x93", 8);
        assert_eq!(grown.len(), 2, "{grown:?}");
        assert!(grown[1]
            .as_ref()
            .unwrap_err()
            .contains("once invalid UTF-8 is replaced"));
        let bin = read(b"PK\x03\x04\0\0", 100);
        assert!(bin[0].as_ref().unwrap_err().starts_with("skip f: binary"));
    }

    #[test]
    fn invalid_utf8_is_kept_with_one_note() {
        let got = read(
            b"\xef\xbb\xbfIndia said \x93no\x94.\r\nRussia \xff agreed.",
            100,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        let note = got[0].as_ref().unwrap_err();
        assert!(
            note.starts_with("note f: invalid UTF-8 at byte offset 14 (line 1); 3 invalid"),
            "{note}"
        );
        let d = got[1].as_ref().unwrap();
        assert_eq!(
            d.text,
            "India said \u{fffd}no\u{fffd}.\r\nRussia \u{fffd} agreed."
        );
    }
}
