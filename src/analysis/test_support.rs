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
    let chars: Vec<String> = alphabet.chars().map(String::from).collect();
    let pieces: Vec<&str> = chars.iter().map(String::as_str).collect();
    random_pieces(&pieces, seed, count, max_len)
}

/// `count` reproducible strings of fewer than `max_len` items of `pieces`
/// (characters, or fragments such as `"<p"`), by xorshift.
pub fn random_pieces(pieces: &[&str], seed: u64, count: usize, max_len: u64) -> Vec<String> {
    let mut state = seed.max(1);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    // The length draws from the generator too: were it read from the state
    // without advancing it, one empty string would make every later one
    // empty as well.
    (0..count)
        .map(|_| {
            let len = next() % max_len;
            (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect()
        })
        .collect()
}

#[test]
fn random_strings_keep_varying_after_an_empty_one() {
    let strings = random_strings("ab", 3, 400, 5);
    let empty = strings.iter().filter(|s| s.is_empty()).count();
    assert!(empty > 0 && empty < 200, "{empty} empty of 400");
    let first_empty = strings.iter().position(String::is_empty).unwrap();
    assert!(strings[first_empty..].iter().any(|s| !s.is_empty()));
}
