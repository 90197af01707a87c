//! Helpers shared by the core's unit tests.

use super::language::{Category, LanguageMark};
use super::{analyze, Analysis, ArticleSource, Span};

/// The analysis of a few texts, one article each, outlets "Outlet 0", "Outlet 1", ….
pub fn analyze_texts(texts: &[&str]) -> Analysis {
    let sources = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleSource::from_text(&format!("Outlet {i}"), t))
        .collect();
    analyze("t", sources)
}

/// A language mark placed by hand (id 0, first sentence, rule "test"), so a
/// test of what is built on marks does not depend on the lexicon.
pub fn language_mark(
    article: usize,
    span: Span,
    category: Category,
    quote: Option<usize>,
    boilerplate: bool,
) -> LanguageMark {
    LanguageMark {
        id: 0,
        article,
        sentence: 0,
        span,
        category,
        rule: "test",
        quote,
        boilerplate,
    }
}

/// `count` reproducible strings drawn from `alphabet` by a xorshift generator
/// seeded with `seed`, each shorter than `max_len` chars. Used to show the
/// scanners never panic on odd mixes of the characters that matter to them.
pub fn random_strings(alphabet: &str, seed: u64, count: usize, max_len: u64) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state = seed;
    (0..count)
        .map(|_| {
            let mut s = String::new();
            for _ in 0..(state % max_len) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                s.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            s
        })
        .collect()
}
