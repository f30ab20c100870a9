//! Plain-text articles: one file, one document, with an optional
//! `date YYYY-MM-DD` header that may run straight on into the first sentence.

use std::io::Read;

use super::{is_date, text_problem, Document, Item, Limits};
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

/// Reads one whole article from `reader`.
pub(super) fn read_article(reader: impl Read, origin: &str, id: String, limits: Limits) -> Item {
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
    if let Some(problem) = text_problem(&bytes) {
        return skip(origin, problem);
    }
    let mut text = String::from_utf8(bytes).expect("checked above");
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    let (date, start) = split_date_header(&text);
    let date = date.map(str::to_string);
    if start > 0 {
        text.drain(..start);
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

    #[test]
    fn reads_and_rejects() {
        let ok = read_article(
            &b"date 2020-01-02 Hello."[..],
            "f",
            "f".into(),
            Limits::default(),
        );
        match ok {
            Item::Doc(d) => {
                assert_eq!(d.date.as_deref(), Some("2020-01-02"));
                assert_eq!(d.text, "Hello.");
            }
            Item::Skip(e) => panic!("{e}"),
        }
        let empty = read_article(
            &b"date 2020-01-02 \n\n "[..],
            "f",
            "f".into(),
            Limits::default(),
        );
        assert!(matches!(empty, Item::Skip(e) if e.to_string().contains("empty")));
        let big = read_article(
            &b"0123456789"[..],
            "f",
            "f".into(),
            Limits {
                max_document_bytes: 5,
            },
        );
        assert!(matches!(big, Item::Skip(e) if e.to_string().contains("larger")));
    }
}
