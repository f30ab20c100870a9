//! [`DocSummary`]: all that the graph takes from one document, and nothing
//! that needs the document's text or its analysis to be recomputed.
//!
//! `build` makes one from each analysed document
//! ([`DocSummary::from_analysis`]); `merge` parses one from each line of
//! `extract` output ([`crate::export::jsonl::parse`]). Both then go through
//! the same [`GraphBuilder::add`](super::GraphBuilder::add), which is why a
//! merge of extract parts equals a build of their inputs.

use std::borrow::Cow;

use crate::extract::{EntityType, Extraction};
use crate::relate::Relation;

/// One document as the graph sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSummary<'a> {
    /// Document id.
    pub id: Cow<'a, str>,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<Cow<'a, str>>,
    /// Entities, ordered by first mention.
    pub entities: Vec<EntitySummary<'a>>,
    /// Typed relations, in sentence order.
    pub relations: Vec<RelationSummary<'a>>,
}

/// An entity of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySummary<'a> {
    /// Stable id (`person:rajnath-singh`).
    pub id: Cow<'a, str>,
    /// Type.
    pub kind: EntityType,
    /// Canonical name in this document.
    pub label: Cow<'a, str>,
    /// Mentions in text order.
    pub mentions: Vec<MentionSummary<'a>>,
}

/// One mention: its surface form and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionSummary<'a> {
    /// The text as written.
    pub text: Cow<'a, str>,
    /// Byte offset of the first character in the document text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Sentence index.
    pub sentence: usize,
}

/// A relation with the sentence that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationSummary<'a> {
    /// Index of the doer in [`DocSummary::entities`].
    pub source: usize,
    /// Index of what is done to.
    pub target: usize,
    /// Category.
    pub relation: Cow<'a, str>,
    /// The verb or predicate as written.
    pub verb: Cow<'a, str>,
    /// Negated statement.
    pub negated: bool,
    /// Sentence index.
    pub sentence: usize,
    /// Byte span of the sentence in the document text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The sentence text (the evidence).
    pub text: Cow<'a, str>,
}

impl<'a> DocSummary<'a> {
    /// The summary of an analysed document, borrowing from it.
    pub fn from_analysis(
        id: &'a str,
        date: Option<&'a str>,
        text: &'a str,
        ex: &'a Extraction,
        relations: &'a [Relation],
    ) -> DocSummary<'a> {
        let entities = ex
            .entities
            .iter()
            .map(|e| EntitySummary {
                id: Cow::Borrowed(&e.id),
                kind: e.kind,
                label: Cow::Borrowed(&e.label),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| MentionSummary {
                        text: Cow::Borrowed(&text[m.start..m.end]),
                        start: m.start,
                        end: m.end,
                        sentence: m.sentence,
                    })
                    .collect(),
            })
            .collect();
        let relations = relations
            .iter()
            .map(|r| {
                let s = ex.sentences[r.sentence];
                RelationSummary {
                    source: r.source,
                    target: r.target,
                    relation: Cow::Borrowed(&r.relation),
                    verb: Cow::Borrowed(&r.verb),
                    negated: r.negated,
                    sentence: r.sentence,
                    start: s.start,
                    end: s.end,
                    text: Cow::Borrowed(&text[s.start..s.end]),
                }
            })
            .collect();
        DocSummary {
            id: Cow::Borrowed(id),
            date: date.map(Cow::Borrowed),
            entities,
            relations,
        }
    }
}
