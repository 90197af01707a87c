//! Direct quotations with their speakers, grouped across outlets, and the
//! sources each outlet cites.
//!
//! (Skeleton: the finder is being written; the types are the contract the
//! state and UI layers build on.)

use super::article::Article;
use super::diff::WordDiff;
use super::entities::Entity;
use super::span::Span;

/// One direct quotation as an article gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Position in `Analysis::quotes` (article order, then text order).
    pub id: usize,
    pub article: usize,
    /// The sentence where the quotation opens.
    pub sentence: usize,
    /// The quoted words, marks excluded; may run over several sentences.
    pub span: Span,
    /// The speaker as the text names them, if it does.
    pub speaker: Option<Speaker>,
    /// Position in `Analysis::quote_groups`.
    pub group: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The words naming the speaker ("Nix", "Alexander Nix", "a source").
    pub span: Span,
    /// The name in a canonical form for grouping and display.
    pub name: String,
    /// The attribution cue: "said", "according to", "told", "wrote", "tweeted".
    pub cue: String,
    /// The entity the speaker is, filled in once entities are known.
    pub entity: Option<usize>,
}

/// The same quotation in one or more articles.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteGroup {
    pub id: usize,
    /// Indices into `Analysis::quotes`, article order.
    pub quotes: Vec<usize>,
    /// For every quote after the first, the word diff from the first one's
    /// wording (empty `ops` when the wording is the same).
    pub diffs: Vec<WordDiff>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SourceKind {
    /// Another news outlet ("The Daily Beast", "the Journal").
    Outlet,
    /// A document, filing, letter or report.
    Document,
    /// A person or body quoted or named as the source ("Nix", "the campaign").
    Named,
    /// "a source", "people familiar with", "officials said".
    Anonymous,
    /// A tweet or social-media post.
    Post,
}

impl SourceKind {
    pub fn slug(self) -> &'static str {
        match self {
            SourceKind::Outlet => "outlet",
            SourceKind::Document => "document",
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Post => "post",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Outlet => "News outlet",
            SourceKind::Document => "Document",
            SourceKind::Named => "Named person or body",
            SourceKind::Anonymous => "Anonymous",
            SourceKind::Post => "Social-media post",
        }
    }
}

/// A source one article cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub article: usize,
    pub sentence: usize,
    /// The words naming the source.
    pub span: Span,
    pub kind: SourceKind,
    /// A canonical name, the same across articles ("The Wall Street Journal" for "the Journal").
    pub name: String,
}

/// Quotations, their groups and the sources, found together because a
/// speaker is also a source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
    pub groups: Vec<QuoteGroup>,
    pub sources: Vec<Source>,
}

pub fn find(articles: &[Article]) -> Quotes {
    let _ = articles;
    Quotes::default()
}

/// Fills in `Speaker::entity` where an entity mention covers the speaker's words.
pub fn link_speakers(quotes: &mut Quotes, entities: &[Entity]) {
    for quote in &mut quotes.quotes {
        let article = quote.article;
        if let Some(speaker) = quote.speaker.as_mut() {
            speaker.entity = entities
                .iter()
                .find(|e| {
                    e.mentions
                        .iter()
                        .any(|m| m.article == article && m.span.overlaps(speaker.span))
                })
                .map(|e| e.id);
        }
    }
}
