//! Writers, one file per format, each over a finished [`Graph`](crate::graph::Graph)
//! (or, for `extract`, one document's results) and any `io::Write`.

pub mod graphml;
pub mod gzip;
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
}

impl Format {
    /// Every format, in the order help and error messages list them.
    pub const ALL: &'static [Format] = &[Format::GraphMl, Format::Json];

    /// The `--format` name.
    pub fn name(self) -> &'static str {
        match self {
            Format::GraphMl => "graphml",
            Format::Json => "json",
        }
    }

    /// The file extension (without dot) that selects this format for `-o`,
    /// if one does.
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Format::GraphMl => Some("graphml"),
            Format::Json => Some("json"),
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

/// Text made safe for XML 1.0 character data and attribute values: the
/// characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) removed,
/// then `&`, `<`, `>`, `"` and `'` escaped.
pub fn xml_escape(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        quick_xml::escape::escape(s)
    } else {
        let clean: String = s.chars().filter(|&c| allowed(c)).collect();
        Cow::Owned(quick_xml::escape::escape(&clean).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::xml_escape;

    #[test]
    fn escapes_and_strips() {
        let cases = [
            ("plain", "plain"),
            ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
            ("say \"hi\" 'x'", "say &quot;hi&quot; &apos;x&apos;"),
            ("bell\u{7}here\u{0}", "bellhere"),
            ("tab\tnew\nline", "tab\tnew\nline"),
            ("\u{FFFE}ok\u{1F600}", "ok\u{1F600}"),
        ];
        for (input, want) in cases {
            assert_eq!(xml_escape(input), want, "{input:?}");
        }
    }
}
