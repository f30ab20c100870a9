//! newsgraph: news articles in, a knowledge graph of people, organisations,
//! countries and weapons systems out.
//!
//! The pipeline runs one way, one module a stage:
//! [`corpus`] reads documents → [`text`] splits sentences and tokens →
//! [`extract`] tags and resolves entities → [`relate`] links them →
//! [`graph`] folds documents into one graph → [`export`] writes it.
//! [`merge`] folds `extract` output back into the same graph, so the
//! per-document work can run anywhere (a cluster) and be combined.
//!
//! ```
//! use newsgraph::{extract::Extractor, graph::{GraphBuilder, GraphOptions}, relate};
//!
//! let text = "Defence Minister Rajnath Singh met Russia's Yury Borisov in Moscow.";
//! let ex = Extractor::builtin().extract(text);
//! let labels: Vec<&str> = ex.entities.iter().map(|e| e.label.as_str()).collect();
//! assert!(labels.contains(&"Rajnath Singh") && labels.contains(&"Russia"));
//!
//! let mut graph = GraphBuilder::new(GraphOptions::default());
//! graph.add("doc-1", Some("2020-06-24"), text, &ex, &[]);
//! let graph = graph.finish();
//! let mut out = Vec::new();
//! newsgraph::export::graphml::write(&graph, &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().contains("person:rajnath-singh"));
//! # let _ = relate::DEFAULT_SENTENCE_CAP;
//! ```
#![deny(missing_docs)]

pub mod corpus;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod layout;
pub mod merge;
pub mod pipeline;
pub mod relate;
pub mod stats;
pub mod text;

pub use error::{Error, Result};
