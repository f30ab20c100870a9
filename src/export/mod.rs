//! Writers, one file per format, each over a finished [`Graph`](crate::graph::Graph)
//! (or, for `extract`, one document's results) and any `io::Write`.

pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod gzip;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod palette;

use std::borrow::Cow;

/// Output formats of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GraphML 1.0.
    GraphMl,
    /// networkx node-link JSON.
    Json,
    /// GEXF 1.3 (Gephi, with its timeline; Gephi Lite).
    Gexf,
    /// `nodes.csv` and `edges.csv` in a directory (see [`csv`]).
    Csv,
    /// A self-contained HTML report (picture, tables, timeline).
    Html,
}

impl Format {
    /// Every format, in the order help and error messages list them.
    pub const ALL: &'static [Format] = &[
        Format::GraphMl,
        Format::Json,
        Format::Gexf,
        Format::Csv,
        Format::Html,
    ];

    /// The `--format` name.
    pub fn name(self) -> &'static str {
        match self {
            Format::GraphMl => "graphml",
            Format::Json => "json",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The file extension (without dot) that selects this format for `-o`,
    /// if one does.
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Format::GraphMl => Some("graphml"),
            Format::Json => Some("json"),
            Format::Gexf => Some("gexf"),
            // A directory, named as the user likes.
            Format::Csv => None,
            Format::Html => Some("html"),
        }
    }

    /// The format a file extension (any case, without dot) stands for.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)))
    }
}

/// Writes `graph` in `format`, one of the formats that are one stream
/// (all but [`Format::Csv`], which is two files: see [`csv`], and
/// [`Format::Html`], which needs an [`html::Report`]).
pub fn write<W: std::io::Write>(
    format: Format,
    graph: &crate::graph::Graph,
    out: &mut W,
) -> std::io::Result<()> {
    match format {
        Format::GraphMl => graphml::write(graph, out),
        Format::Json => json::write(graph, out),
        Format::Gexf => gexf::write(graph, out),
        Format::Csv => Err(std::io::Error::other(
            "CSV is two files: write it with export::csv",
        )),
        Format::Html => Err(std::io::Error::other(
            "the HTML report needs its Report: write it with export::html",
        )),
    }
}

/// Which edges to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edges {
    /// Co-occurrence edges only.
    Cooccurrence,
    /// Relation edges only.
    Relations,
    /// Both.
    Both,
}

/// Edge ids in edge order: `c0, c1, ...` for co-occurrence edges and `r0,
/// r1, ...` for relation edges, the same in every format.
pub(crate) fn edge_ids(graph: &crate::graph::Graph) -> Vec<String> {
    let (mut c, mut r) = (0usize, 0usize);
    graph
        .edge_indices()
        .map(|e| match graph[e].kind {
            crate::graph::EdgeKind::Cooccurrence => {
                c += 1;
                format!("c{}", c - 1)
            }
            crate::graph::EdgeKind::Relation { .. } => {
                r += 1;
                format!("r{}", r - 1)
            }
        })
        .collect()
}

/// The evidence sentences of an edge as one text, one a line:
/// `[doc #sentence start..end] text` (GraphML and GEXF).
pub(crate) fn evidence_text(evidence: &[crate::graph::Evidence]) -> String {
    let lines: Vec<String> = evidence
        .iter()
        .map(|v| {
            format!(
                "[{} #{} {}..{}] {}",
                v.doc, v.sentence, v.start, v.end, v.text
            )
        })
        .collect();
    lines.join("\n")
}

/// ASCII bytes that [`xml_escape`] keeps as they are: printable ASCII but
/// the five it escapes, and tab and line feed (quick-xml writes a carriage
/// return as `&#13;`).
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b >= 0x20 && b < 0x7f && !matches!(b as u8, b'&' | b'<' | b'>' | b'"' | b'\''))
            || matches!(b as u8, b'\t' | b'\n' | 0x7f);
        b += 1;
    }
    t
};

/// [`xml_escape`] for an attribute value: also writes tab, newline and
/// carriage return as character references, which an XML parser would
/// otherwise read back as spaces.
pub fn xml_attr(s: &str) -> Cow<'_, str> {
    let escaped = xml_escape(s);
    if !escaped.contains(['\t', '\n', '\r']) {
        return escaped;
    }
    Cow::Owned(
        escaped
            .replace('\t', "&#9;")
            .replace('\n', "&#10;")
            .replace('\r', "&#13;"),
    )
}

/// Text made safe for XML 1.0 character data and attribute values: the
/// characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) removed,
/// then `&`, `<`, `>`, `"` and `'` escaped.
pub fn xml_escape(s: &str) -> Cow<'_, str> {
    // Most values (ids, labels, kinds, counts) are ASCII with nothing to
    // escape or remove: one table pass answers them.
    if s.bytes().all(|b| PLAIN[b as usize]) {
        return Cow::Borrowed(s);
    }
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    // ASCII is allowed from the space up, and as tab and line breaks.
    let ascii_ok = |b: &u8| *b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r');
    if (s.is_ascii() && s.as_bytes().iter().all(ascii_ok)) || s.chars().all(allowed) {
        quick_xml::escape::escape(s)
    } else {
        let clean: String = s.chars().filter(|&c| allowed(c)).collect();
        Cow::Owned(quick_xml::escape::escape(&clean).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::xml_escape;

    proptest::proptest! {
        /// The one-pass answer for plain ASCII is what escaping gives.
        #[test]
        fn plain_fast_path_as_escaping(s in "[\\x00-\\x7f]{0,24}") {
            let clean: String = s
                .chars()
                .filter(|&c| c >= ' ' || matches!(c, '\t' | '\n' | '\r'))
                .collect();
            proptest::prop_assert_eq!(xml_escape(&s), quick_xml::escape::escape(&clean));
        }
    }

    #[test]
    fn attribute_values_keep_line_breaks() {
        assert_eq!(super::xml_attr("a\nb\t\"c\""), "a&#10;b&#9;&quot;c&quot;");
        assert_eq!(super::xml_attr("plain"), "plain");
    }

    #[test]
    fn escapes_and_strips() {
        let cases = [
            ("plain", "plain"),
            ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
            ("say \"hi\" 'x'", "say &quot;hi&quot; &apos;x&apos;"),
            ("bell\u{7}here\u{0}", "bellhere"),
            ("tab\tnew\nline", "tab\tnew\nline"),
            ("\u{FFFE}ok\u{1F600}", "ok\u{1F600}"),
            ("del\u{7f} ~ id:x-1", "del\u{7f} ~ id:x-1"),
        ];
        for (input, want) in cases {
            assert_eq!(xml_escape(input), want, "{input:?}");
        }
    }
}
