//! How alike two articles are, pair by pair, in five respects (the
//! dimensions of the SemEval-2022 multilingual news similarity task) and
//! overall: who and what they name, when their events happen, which claims
//! they share, how their language is marked, and how they are written.
//! Every score lies in [0, 1] and comes with its evidence.

use super::article::Article;
use super::claims::Claims;
use super::entities::Entity;
use super::profiles::Profile;
use super::quantities::Quantity;

/// One respect in which two articles are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Overall,
    Entities,
    Time,
    Narrative,
    Tone,
    Style,
}

pub const DIMENSIONS: usize = 6;

impl Dimension {
    pub const ALL: [Dimension; DIMENSIONS] = [
        Dimension::Overall,
        Dimension::Entities,
        Dimension::Time,
        Dimension::Narrative,
        Dimension::Tone,
        Dimension::Style,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn slug(self) -> &'static str {
        match self {
            Dimension::Overall => "overall",
            Dimension::Entities => "entities",
            Dimension::Time => "time",
            Dimension::Narrative => "narrative",
            Dimension::Tone => "tone",
            Dimension::Style => "style",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Overall => "Overall",
            Dimension::Entities => "Entities",
            Dimension::Time => "Time",
            Dimension::Narrative => "Narrative",
            Dimension::Tone => "Tone",
            Dimension::Style => "Style",
        }
    }

    pub fn parse(slug: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.slug() == slug)
    }
}

/// Two dates, one from each article, that fall in the same period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedDate {
    /// Indices into `Analysis::quantities`: the date in `a`, the date in `b`.
    pub a: usize,
    pub b: usize,
}

/// The comparison of articles `a < b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Scores in [0, 1], indexed by `Dimension::index`.
    pub scores: [f64; DIMENSIONS],
    /// Entities both name (ids), most mentioned first.
    pub entities: Vec<usize>,
    /// Claims both state (ids), in claim order.
    pub claims: Vec<usize>,
    pub dates: Vec<SharedDate>,
}

impl Pair {
    pub fn score(&self, d: Dimension) -> f64 {
        self.scores[d.index()]
    }
}

/// Every pair of articles, `(0,1), (0,2), …, (1,2), …`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Similarity {
    pub articles: usize,
    pub pairs: Vec<Pair>,
}

impl Similarity {
    /// The pair of two different articles, in either order.
    pub fn pair(&self, x: usize, y: usize) -> Option<&Pair> {
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        if a == b || b >= self.articles {
            return None;
        }
        // Pairs are stored row by row of the upper triangle.
        let n = self.articles;
        let index = a * (2 * n - a - 1) / 2 + (b - a - 1);
        self.pairs.get(index)
    }
}

/// Compares every pair of articles.
pub fn compare(
    articles: &[Article],
    claims: &Claims,
    entities: &[Entity],
    quantities: &[Quantity],
    profiles: &[Profile],
) -> Similarity {
    let _ = (claims, entities, quantities, profiles);
    let n = articles.len();
    let mut pairs = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            pairs.push(Pair {
                a,
                b,
                scores: [0.0; DIMENSIONS],
                entities: Vec::new(),
                claims: Vec::new(),
                dates: Vec::new(),
            });
        }
    }
    Similarity { articles: n, pairs }
}
