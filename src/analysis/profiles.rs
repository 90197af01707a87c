//! Per-outlet profiles: how long, how much boilerplate, how much of it is
//! shared with other outlets, how much is quoted or attributed, and how often
//! each kind of language mark occurs, in its own voice and in quotations.

use super::article::Article;
use super::claims::Claims;
use super::language::{LanguageMark, CATEGORIES};
use super::quotes::Quotes;

/// Reading speed behind `Profile::reading_seconds`, words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

/// Counts for one article; rates are computed from them on demand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub article: usize,
    /// Words outside boilerplate (headline and body).
    pub words: usize,
    /// Sentences outside boilerplate.
    pub sentences: usize,
    /// Words in boilerplate (whole sentences and inline stretches).
    pub boilerplate_words: usize,
    /// Claims the article states, and how many of them another outlet states too.
    pub claims: usize,
    pub shared_claims: usize,
    /// Direct quotations opening in the article.
    pub quotes: usize,
    /// Sentences outside boilerplate that quote or cite a source.
    pub attributed_sentences: usize,
    /// Language marks outside boilerplate by category (`Category::index`),
    /// in the outlet's own voice and inside quotations.
    pub own: [usize; CATEGORIES],
    pub quoted: [usize; CATEGORIES],
}

impl Profile {
    /// `words` at `WORDS_PER_MINUTE`, rounded up to whole seconds.
    pub fn reading_seconds(&self) -> usize {
        (self.words * 60).div_ceil(WORDS_PER_MINUTE)
    }

    /// Share of all words that are boilerplate, in [0, 1].
    pub fn boilerplate_share(&self) -> f64 {
        ratio(self.boilerplate_words, self.words + self.boilerplate_words)
    }

    /// Share of the article's claims that another outlet states too.
    pub fn shared_share(&self) -> f64 {
        ratio(self.shared_claims, self.claims)
    }

    pub fn quotes_per_100_sentences(&self) -> f64 {
        100.0 * ratio(self.quotes, self.sentences)
    }

    pub fn attributed_per_100_sentences(&self) -> f64 {
        100.0 * ratio(self.attributed_sentences, self.sentences)
    }

    /// Marks of `counts[category]` per 1,000 words.
    pub fn per_1000_words(&self, count: usize) -> f64 {
        1000.0 * ratio(count, self.words)
    }

    pub fn mean_sentence_words(&self) -> f64 {
        ratio(self.words, self.sentences)
    }
}

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One profile per article, in article order.
pub fn profiles(
    articles: &[Article],
    claims: &Claims,
    quotes: &Quotes,
    language: &[LanguageMark],
) -> Vec<Profile> {
    let _ = (claims, quotes, language);
    articles
        .iter()
        .map(|a| Profile {
            article: a.index,
            ..Profile::default()
        })
        .collect()
}
