//! Named entities: people, organisations, outlets and places, found by rules
//! and grouped by alias across all articles.
//!
//! (Skeleton: the finder is being written; the types are the contract the
//! state and UI layers build on.)

use super::article::Article;
use super::span::Span;

/// What an entity is. Each kind has its own colour and glyph in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EntityKind {
    Person,
    Organization,
    /// A news outlet or publication ("The Daily Beast", "CNN").
    Outlet,
    Place,
    /// Any other proper name (events, laws, products, documents).
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Outlet,
        EntityKind::Place,
        EntityKind::Other,
    ];

    /// Stable identifier used in JSON, CSS (`data-kind`) and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Outlet => "outlet",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organisation",
            EntityKind::Outlet => "Outlet",
            EntityKind::Place => "Place",
            EntityKind::Other => "Other name",
        }
    }
}

/// One place where an article names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityMention {
    pub article: usize,
    pub sentence: usize,
    /// The words as written ("Nix", "Alexander Nix", "Wikileaks’").
    pub span: Span,
}

/// An entity grouped across all articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Position in `Analysis::entities` (sorted: most outlets, then most mentions, then name).
    pub id: usize,
    pub kind: EntityKind,
    /// The fullest form found ("Alexander Nix", "Hillary Clinton").
    pub name: String,
    /// Every other distinct written form, sorted ("Nix", "Wikileaks").
    pub aliases: Vec<String>,
    /// In article order, then text order.
    pub mentions: Vec<EntityMention>,
    /// Mentions per article, indexed by article.
    pub per_article: Vec<usize>,
}

impl Entity {
    pub fn outlet_count(&self) -> usize {
        self.per_article.iter().filter(|&&n| n > 0).count()
    }
}

/// Finds the entities of every article (headline and body sentences; never
/// boilerplate) and groups them by alias.
pub fn find(articles: &[Article]) -> Vec<Entity> {
    let _ = articles;
    Vec::new()
}
