//! User stop lists: names never to tag, per entity type (`--stop TYPE=FILE`).
//!
//! A stop file is UTF-8 text, one entry a line:
//!
//! ```text
//! # lines starting with # and blank lines are ignored
//! name<TAB>why (optional, free text, ignored)
//! ```
//!
//! `name` is compared with each mention as written and with the entity's
//! label, ignoring case and runs of white space. A matching mention is
//! dropped; an entity whose label matches, or which has no mention left, is
//! dropped with all its mentions, so it never reaches the relations or the
//! graph. TYPE is an entity type or `all`. A line with more than two fields
//! or an empty name is an error naming `file:line`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Entity, EntityType};
use crate::error::Error;

/// Names not to tag, by type (`None`: every type).
#[derive(Debug, Default, Clone)]
pub struct StopList {
    names: FxHashMap<Option<EntityType>, FxHashSet<String>>,
}

/// Lower case, white space runs as one space, trimmed.
fn key(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

impl StopList {
    /// Whether no name is listed.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Adds the entries of a stop file's text `src` for `kind` (an entity
    /// type or `all`); `path` names the file in errors.
    pub fn add_file(&mut self, kind: &str, path: &str, src: &str) -> Result<(), Error> {
        let bad = |line: usize, reason: String| Error::Lexicon {
            path: path.to_string(),
            line,
            reason,
        };
        let kind = match kind {
            "all" => None,
            k => Some(EntityType::parse(k).ok_or_else(|| {
                bad(
                    0,
                    format!(
                        "unknown type {k:?} for a stop list (person, organisation, country, weapon, location, all)"
                    ),
                )
            })?),
        };
        let set = self.names.entry(kind).or_default();
        for (i, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() > 2 {
                return Err(bad(
                    i + 1,
                    format!(
                        "{} tab-separated fields; a stop line is name<TAB>why",
                        fields.len()
                    ),
                ));
            }
            let name = key(fields[0]);
            if name.is_empty() {
                return Err(bad(i + 1, "empty name".into()));
            }
            set.insert(name);
        }
        Ok(())
    }

    fn stops(&self, kind: EntityType, s: &str) -> bool {
        let k = key(s);
        [Some(kind), None]
            .iter()
            .any(|t| self.names.get(t).is_some_and(|set| set.contains(&k)))
    }

    /// Drops the listed mentions and entities from a document's entities
    /// (see the module doc); the rest keep their order by first mention.
    pub fn apply(&self, text: &str, entities: &mut Vec<Entity>) {
        if self.is_empty() {
            return;
        }
        entities.retain_mut(|e| {
            if self.stops(e.kind, &e.label) {
                return false;
            }
            e.mentions
                .retain(|m| !self.stops(e.kind, &text[m.start..m.end]));
            !e.mentions.is_empty()
        });
        entities.sort_by_key(|e| e.mentions[0].start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Mention;

    fn entity(kind: EntityType, label: &str, spans: &[(usize, usize)]) -> Entity {
        Entity {
            id: format!("{}:{}", kind.as_str(), crate::extract::slug(label)),
            kind,
            label: label.into(),
            mentions: spans
                .iter()
                .map(|&(start, end)| Mention {
                    start,
                    end,
                    sentence: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn drops_listed_mentions_and_entities() {
        //          0         1         2         3
        //          0123456789012345678901234567890123456
        let text = "Apple met the Navy and Indian Navy in Goa.";
        let mut list = StopList::default();
        list.add_file(
            "organisation",
            "org.tsv",
            "# mine\napple\tnot the fruit company\n\nNAVY\n",
        )
        .unwrap();
        list.add_file("all", "all.tsv", "goa\n").unwrap();
        let mut entities = vec![
            entity(EntityType::Organisation, "Apple", &[(0, 5)]),
            entity(
                EntityType::Organisation,
                "Indian Navy",
                &[(14, 18), (23, 34)],
            ),
            entity(EntityType::Location, "Goa", &[(38, 41)]),
            entity(EntityType::Person, "Navy", &[(14, 18)]),
        ];
        list.apply(text, &mut entities);
        let got: Vec<(&str, usize)> = entities
            .iter()
            .map(|e| (e.label.as_str(), e.mentions.len()))
            .collect();
        // The person "Navy" is another type: kept.
        assert_eq!(got, [("Navy", 1), ("Indian Navy", 1)]);
        assert_eq!(entities[1].mentions[0].start, 23);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let mut list = StopList::default();
        let cases = [
            ("weapon", "ok\n\twhy\n", "w.tsv:2: empty name"),
            (
                "weapon",
                "# c\na\tb\tc\n",
                "w.tsv:2: 3 tab-separated fields",
            ),
            ("ship", "x\n", "unknown type \"ship\""),
        ];
        for (kind, src, want) in cases {
            let e = list.add_file(kind, "w.tsv", src).unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
    }
}
