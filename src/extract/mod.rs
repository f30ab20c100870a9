//! Mention tagging: lexicons, patterns, and resolution of mentions to the
//! entities of one document.
//!
//! Three layers, each in its own file:
//! - [`gazetteer`]: leftmost-longest lexicon matches (countries, demonyms,
//!   organisations, weapons, locations, titles);
//! - [`tagger`]: rules over tokens for what no list holds: model designators
//!   by shape and context, people after titles and by given names, organisation
//!   heads and suffixes, ship prefixes, acronym definitions;
//! - [`resolve`]: short forms to full names inside a document ("Singh" →
//!   "Rajnath Singh", "IAF" → "Indian Air Force", "M777" → "M777A2"), and
//!   stable ids such as `person:rajnath-singh`.

pub mod gazetteer;
pub mod lexicon;
mod resolve;
mod rules;
pub mod stoplist;
mod tagger;

use std::sync::Arc;

use serde::Serialize;

use crate::error::Error;
use crate::text::{self, Sentence, Token};
use gazetteer::Gazetteer;
use lexicon::Lexicon;

/// The entity types newsgraph tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A named human being.
    Person,
    /// Armed services, ministries, companies, international bodies.
    Organisation,
    /// A sovereign state or commonly named territory.
    Country,
    /// A weapons system, platform or munition.
    Weapon,
    /// A city, region, sea, valley, border line or base.
    Location,
}

impl EntityType {
    /// The name used in ids and output (`person`, `organisation`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Country => "country",
            EntityType::Weapon => "weapon",
            EntityType::Location => "location",
        }
    }

    /// Parses a type name (also `organization`, `org`).
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s.to_ascii_lowercase().as_str() {
            "person" => EntityType::Person,
            "organisation" | "organization" | "org" => EntityType::Organisation,
            "country" => EntityType::Country,
            "weapon" => EntityType::Weapon,
            "location" => EntityType::Location,
            _ => return None,
        })
    }
}

/// One mention of an entity: `text[start..end]` in sentence `sentence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the sentence.
    pub sentence: usize,
}

/// An entity of one document with all its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id across documents: `type:slug`, e.g. `person:rajnath-singh`.
    pub id: String,
    /// Type.
    pub kind: EntityType,
    /// Canonical name.
    pub label: String,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

/// What extraction finds in one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
    /// Entities, ordered by first mention.
    pub entities: Vec<Entity>,
}

/// Configures an [`Extractor`]: built-in lexicons plus user files.
#[derive(Debug, Default)]
pub struct ExtractorBuilder {
    user: Vec<(String, String)>,
    stop: Vec<(String, String)>,
}

impl ExtractorBuilder {
    /// A builder with the built-in lexicons.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Adds a user lexicon file for `kind` (`weapon`, `organisation`, ...,
    /// or `title`); read when [`ExtractorBuilder::build`] runs.
    pub fn lexicon_file(&mut self, kind: &str, path: &str) -> &mut Self {
        self.user.push((kind.to_string(), path.to_string()));
        self
    }

    /// Adds a stop list for `kind` (an entity type or `all`): names never
    /// to tag (see [`stoplist`]); read when [`ExtractorBuilder::build`] runs.
    pub fn stop_file(&mut self, kind: &str, path: &str) -> &mut Self {
        self.stop.push((kind.to_string(), path.to_string()));
        self
    }

    /// Loads the lexicons and compiles the matchers.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut lex = Lexicon::builtin();
        for (kind, path) in &self.user {
            let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
            lex.add_user_file(kind, path, &src)?;
        }
        let mut stop = stoplist::StopList::default();
        for (kind, path) in &self.stop {
            let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
            stop.add_file(kind, path, &src)?;
        }
        let gazetteer = Gazetteer::new(&lex);
        let lex_memo = resolve::LexMemo::new(&lex);
        Ok(Extractor {
            inner: Arc::new(Inner {
                lex,
                gazetteer,
                lex_memo,
                stop,
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    lex: Lexicon,
    gazetteer: Gazetteer,
    lex_memo: resolve::LexMemo,
    stop: stoplist::StopList,
}

/// The frozen extraction stage, cheap to clone and share between threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl Extractor {
    /// An extractor with the built-in lexicons only. Built once per process
    /// (the lexicon automaton takes a few tens of milliseconds, far more in
    /// a debug build) and shared by every later call.
    pub fn builtin() -> Extractor {
        static BUILTIN: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                ExtractorBuilder::new()
                    .build()
                    .expect("built-in lexicons load")
            })
            .clone()
    }

    /// Tags and resolves the entities of one document.
    pub fn extract(&self, text: &str) -> Extraction {
        let sentences = text::sentences(text);
        let tokens = text::tokenize(text, &sentences);
        let mut hits = self.inner.gazetteer.find(text, &tokens);
        gazetteer::find_upper(&self.inner.lex, text, &tokens, &mut hits);
        let raw = tagger::tag(&self.inner.lex, text, &tokens, &hits);
        let mut entities =
            resolve::resolve(&self.inner.lex, &self.inner.lex_memo, text, &tokens, raw);
        self.inner.stop.apply(text, &mut entities);
        Extraction {
            sentences,
            tokens,
            entities,
        }
    }
}

/// `Rajnath Singh` → `rajnath-singh`: lower case, letters and digits kept,
/// every other run of characters one `-`.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    slug_into(&mut out, label);
    out
}

/// Appends [`slug`]`(label)` to `out` (an entity's id is its type, `:` and
/// the slug, made in one string).
pub(crate) fn slug_into(out: &mut String, label: &str) {
    if label.is_ascii() {
        // The loop of `slug_unicode`, on bytes (the same answers for ASCII).
        let base = out.len();
        let mut dash = false;
        for &b in label.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if dash && out.len() > base {
                    out.push('-');
                }
                dash = false;
                out.push(b.to_ascii_lowercase() as char);
            } else if b != b'.' && b != b'\'' {
                dash = true;
            }
        }
        return;
    }
    slug_unicode(out, label)
}

/// [`slug`] of any text, appended to `out`.
fn slug_unicode(out: &mut String, label: &str) {
    let base = out.len();
    let mut dash = false;
    for c in label.chars() {
        if c.is_alphanumeric() {
            if dash && out.len() > base {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if c != '.' && c != '\'' && c != '’' {
            dash = true;
        }
    }
}

#[cfg(test)]
mod slug_tests {
    proptest::proptest! {
        /// The ASCII path makes the slug the general one makes.
        #[test]
        fn ascii_slug_as_unicode(label in "[ -~]{0,24}") {
            let mut unicode = String::new();
            super::slug_unicode(&mut unicode, &label);
            proptest::prop_assert_eq!(super::slug(&label), unicode);
        }

        /// A slug appended to an id's prefix is the slug after it.
        #[test]
        fn slug_into_appends(label in "[ -~\u{e9}\u{2019}]{0,24}") {
            let mut id = String::from("person:");
            super::slug_into(&mut id, &label);
            proptest::prop_assert_eq!(id, format!("person:{}", super::slug(&label)));
        }
    }
}

#[cfg(test)]
mod test_table;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_companies;
#[cfg(test)]
mod tests_firms;
#[cfg(test)]
mod tests_general;
#[cfg(test)]
mod tests_jetds;
#[cfg(test)]
mod tests_joined;
#[cfg(test)]
mod tests_lists;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_numbered;
#[cfg(test)]
mod tests_precision;
