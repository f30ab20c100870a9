//! newsgraph: news articles in, a knowledge graph of people, organisations,
//! countries and weapons systems out.
#![deny(missing_docs)]

pub mod corpus;
pub mod error;
pub mod text;

pub use error::{Error, Result};
