//! Quantities: money, counts, percentages, dates and time expressions, with
//! normalized values and qualifiers, and the measures that compare them
//! across outlets (consistent or conflicting).
//!
//! (Skeleton: the finder is being written; the types are the contract the
//! state and UI layers build on.)

use super::article::Article;
use super::claims::Claims;
use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum QuantityKind {
    Money,
    Count,
    Percent,
    /// A calendar date or period: "July 29, 2016", "early June 2016", "last year", "Thursday".
    Date,
    /// A length of time: "five months", "two years".
    Duration,
}

impl QuantityKind {
    pub fn slug(self) -> &'static str {
        match self {
            QuantityKind::Money => "money",
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::Date => "date",
            QuantityKind::Duration => "duration",
        }
    }
}

/// How the text bounds the value ("more than $5 million").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Qualifier {
    Exact,
    /// "about", "roughly", "nearly", "approximately", "some".
    About,
    /// "more than", "over", "upwards of".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "less than", "under", "fewer than".
    LessThan,
    /// "up to", "as many as", "at most".
    UpTo,
}

impl Qualifier {
    pub fn slug(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::LessThan => "less-than",
            Qualifier::UpTo => "up-to",
        }
    }
}

/// One quantity as an article states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Position in `Analysis::quantities` (article order, then text order).
    pub id: usize,
    pub article: usize,
    pub sentence: usize,
    /// The words as written, qualifier included ("more than $5 million").
    pub span: Span,
    pub kind: QuantityKind,
    pub qualifier: Qualifier,
    /// The value as read: money in currency units, counts, percent points;
    /// dates and durations in days (dates: days since 1970-01-01 of the
    /// first day of the period).
    pub value: f64,
    /// The interval the text allows, qualifier and period applied (a month
    /// spans its days; "more than 5" is (5, ∞)). Inclusive bounds.
    pub low: f64,
    pub high: f64,
    /// A readable normal form: "$5,000,000", "> $5,000,000", "2016-06-01 – 2016-06-10", "33,000".
    pub normalized: String,
    /// Currency code for money ("USD"), the counted noun for counts ("emails").
    pub unit: String,
    /// A relative expression resolved (or not) against the article's date.
    pub note: Option<String>,
    /// The claim of the unit holding it, if any.
    pub claim: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// Every pair of values can be true together.
    Consistent,
    /// At least two values cannot both be true.
    Conflicting,
}

impl Verdict {
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Conflicting => "conflicting",
        }
    }
}

/// One thing measured, with every value the articles give for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    /// Position in `Analysis::measures`.
    pub id: usize,
    /// What is measured, in a few words ("payments to Cambridge Analytica").
    pub label: String,
    pub kind: QuantityKind,
    /// The claim the values come from, when they share one.
    pub claim: Option<usize>,
    /// Indices into `Analysis::quantities`.
    pub quantities: Vec<usize>,
    /// `None` when only one article gives a value.
    pub verdict: Option<Verdict>,
    /// One line saying why ("“more than $5 million” allows “$5.9 million”").
    pub explanation: String,
}

/// Finds every quantity in headline and body sentences (never boilerplate).
pub fn find(articles: &[Article], claims: &Claims) -> Vec<Quantity> {
    let _ = (articles, claims);
    Vec::new()
}

/// Groups comparable quantities into measures and judges each.
pub fn measures(articles: &[Article], claims: &Claims, quantities: &[Quantity]) -> Vec<Measure> {
    let _ = (articles, claims, quantities);
    Vec::new()
}
