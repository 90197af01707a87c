//! The pure text-analysis core: no web dependency, no clocks, no randomness.
//!
//! Everything here borrows or owns plain text and returns spans into it, so
//! the page can trace every highlight to the exact words of the source. The
//! core never fails on content: problems come back as [`Diagnostic`]s next to
//! the result.

pub mod article;
pub mod boilerplate;
pub mod claims;
pub mod corpus;
pub mod csv;
pub mod diff;
pub mod entities;
pub mod export;
pub mod html;
pub mod import;
pub mod json;
pub mod language;
pub mod profiles;
pub mod quantities;
pub mod quotes;
pub mod search;
pub mod segment;
pub mod similarity;
pub mod small_str;
pub mod sort;
pub mod span;
pub mod terms;
pub mod tokens;
pub mod words;

#[cfg(test)]
pub(crate) mod test_support;

pub use article::{
    analyze, Analysis, Analyzer, Article, ArticleSource, Diagnostic, Sentence, SentenceRole,
};
pub use boilerplate::{BoilerplateMark, BoilerplateReason};
pub use span::Span;
