//! Content terms: the words, names and numbers a claim is compared by.
//!
//! A sentence's tokens become terms by dropping function words and attribution
//! verbs ("said", "according"), stemming (a light English suffix stripper), folding a small
//! map of news paraphrases onto one key ("contacted" / "reached out" /
//! "approached" → `contact`), and reading numbers with their scale words
//! ("$5.8 million" → `#5800000`). Every term remembers the token it came from,
//! so the evidence for a link can be shown in the source's own words.

use super::span::Span;
use super::tokens::{Token, TokenKind};

/// What kind of evidence a term is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TermKind {
    Word,
    /// A capitalized word inside a sentence: a person, place or organisation.
    Name,
    Number,
}

/// One content term of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The comparison key: a stem, a paraphrase key, or `#` + a number.
    pub key: String,
    pub kind: TermKind,
    /// The source words it came from (one token, or two for "reached out").
    pub span: Span,
}

/// Function words, attribution and hedging words that say nothing about
/// *what* happened. Kept short and sorted for binary search; embedded rather
/// than taken from a crate (the `stop-words` crate costs ~120 KB gzipped).
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "less",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "reported",
    "reportedly",
    "reporting",
    "reports",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "wrote",
    "yet",
    "you",
    "your",
];

/// Paraphrases folded onto one key, by stem. Only verbs and nouns whose
/// variants news writing really swaps are here; a wrong entry glues unrelated
/// claims together, so the list stays small.
const PARAPHRASES: &[(&str, &str)] = &[
    ("approach", "contact"),
    ("company", "firm"),
    ("declin", "reject"),
    ("donor", "backer"),
    ("head", "ceo"),
    ("investor", "backer"),
    ("paid", "pay"),
    ("payment", "pay"),
    ("rebuf", "reject"),
    ("refus", "reject"),
    ("releas", "publish"),
    ("spurn", "reject"),
    ("steal", "hack"),
    ("stole", "hack"),
    ("stolen", "hack"),
    ("tweet", "twitter"),
];

/// Two-word verbs folded onto one key: (first word stem, second word, key).
const PHRASAL: &[(&str, &str, &str)] = &[
    ("reach", "out", "contact"),
    ("turn", "down", "reject"),
    ("get", "touch", "contact"),
];

/// Scale words after a number.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Turns tokens into terms.
#[derive(Default)]
pub struct TermExtractor;

/// A light English stemmer: plural, past and progressive endings, "-ly" and a
/// final "e" come off, so "contacted", "contacting" and "contacts" meet, and
/// "decline" and "declined" do. Hand-written because the Snowball crate links
/// every language's tables into the wasm (tens of KB) for one language's use;
/// matching claims needs consistency, not linguistic perfection.
pub fn stem(word: &str) -> String {
    if !word.is_ascii() || word.len() <= 3 {
        return word.to_string();
    }
    let has_vowel = |s: &str| s.bytes().any(|b| b"aeiouy".contains(&b));
    let mut w = word.to_string();
    if let Some(base) = w.strip_suffix("sses") {
        w = format!("{base}ss");
    } else if let Some(base) = w.strip_suffix("ies") {
        w = format!("{base}y");
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 3 && has_vowel(base) {
                w = base.to_string();
                // "stopped" -> "stop", but "called" keeps its double l.
                let b = w.as_bytes();
                let n = b.len();
                if n >= 2
                    && b[n - 1] == b[n - 2]
                    && !b"lsz".contains(&b[n - 1])
                    && !has_vowel(&w[n - 1..])
                {
                    w.pop();
                }
            }
            break;
        }
    }
    if let Some(base) = w.strip_suffix("ly") {
        if base.len() >= 4 {
            w = base.to_string();
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

impl TermExtractor {
    /// The content terms of `tokens` (a unit's tokens, in order). `text` is the
    /// article text the spans point into; `first_in_sentence` says whether the
    /// first token starts its sentence (a capital there is not a name).
    pub fn terms(&self, text: &str, tokens: &[Token], first_in_sentence: bool) -> Vec<Term> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            if token.kind == TokenKind::Number {
                let (key, used) = number_key(tokens, i);
                out.push(Term {
                    key,
                    kind: TermKind::Number,
                    span: Span::new(token.span.start, tokens[i + used - 1].span.end),
                });
                i += used;
                continue;
            }
            let original = token.span.slice(text);
            let is_name = original.chars().next().is_some_and(char::is_uppercase)
                && !(i == 0 && first_in_sentence);
            // Hyphenated words count by their parts: "data-analytics firm" and
            // "data analytics firm" say the same.
            for part in token.norm.split('-').filter(|p| !p.is_empty()) {
                let part = part
                    .strip_suffix("'s")
                    .unwrap_or(part)
                    .trim_end_matches('\'');
                if part.len() < 2 || is_stopword(part) {
                    continue;
                }
                let stem = stem(part);
                if let Some(&(_, second, key)) = PHRASAL.iter().find(|(first, _, _)| *first == stem)
                {
                    if let Some(next) = tokens.get(i + 1).filter(|t| t.norm == second) {
                        out.push(Term {
                            key: key.to_string(),
                            kind: TermKind::Word,
                            span: Span::new(token.span.start, next.span.end),
                        });
                        i += 1;
                        break;
                    }
                }
                let key = match PARAPHRASES.binary_search_by(|(from, _)| (*from).cmp(stem.as_str()))
                {
                    Ok(at) => PARAPHRASES[at].1.to_string(),
                    Err(_) => stem,
                };
                out.push(Term {
                    key,
                    kind: if is_name {
                        TermKind::Name
                    } else {
                        TermKind::Word
                    },
                    span: token.span,
                });
            }
            i += 1;
        }
        out
    }
}

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// The key of the number at `tokens[i]` and how many tokens it used (two when
/// a scale word follows). "5.8 million" → `#5800000`, "33,000" → `#33000`.
fn number_key(tokens: &[Token], i: usize) -> (String, usize) {
    let digits: String = tokens[i].norm.chars().filter(|c| *c != ',').collect();
    let value: Option<f64> = digits.parse().ok();
    let scale = tokens
        .get(i + 1)
        .and_then(|t| SCALES.iter().find(|(w, _)| *w == t.norm))
        .map(|(_, s)| *s);
    match (value, scale) {
        (Some(v), Some(s)) => (format!("#{}", format_number(v * s)), 2),
        (Some(v), None) => (format!("#{}", format_number(v)), 1),
        _ => (format!("#{digits}"), 1),
    }
}

/// Whole numbers without a fraction; others with at most three decimals.
pub fn format_number(v: f64) -> String {
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokenize;

    fn check(sentence: &str, expected: &[&str]) {
        let mut tokens = Vec::new();
        tokenize(sentence, Span::new(0, sentence.len()), &mut tokens);
        let got: Vec<String> = TermExtractor
            .terms(sentence, &tokens, true)
            .iter()
            .map(|t| match t.kind {
                TermKind::Name => format!("N:{}", t.key),
                _ => t.key.clone(),
            })
            .collect();
        assert_eq!(got, expected, "terms of {sentence:?}");
    }

    #[test]
    fn stems_meet_across_endings() {
        for (words, expected) in [
            (
                &["contacted", "contacting", "contacts", "contact"][..],
                "contact",
            ),
            (&["declined", "decline", "declines"][..], "declin"),
            (&["companies", "company"][..], "company"),
            (&["stopped", "stopping"][..], "stop"),
            (&["emails", "email"][..], "email"),
        ] {
            for w in words {
                assert_eq!(stem(w), expected, "{w}");
            }
        }
        assert_eq!(stem("called"), "call");
        assert_eq!(stem("news"), "new");
        assert_eq!(stem("école"), "école");
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(PARAPHRASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn paraphrases_meet_on_one_key() {
        check("Nix contacted Assange.", &["nix", "contact", "N:assang"]);
        check(
            "Nix reached out to Assange.",
            &["nix", "contact", "N:assang"],
        );
        check("Nix approached Assange.", &["nix", "contact", "N:assang"]);
        check(
            "WikiLeaks rebuffed the offer.",
            &["wikileak", "reject", "offer"],
        );
        check(
            "WikiLeaks turned the offer down.",
            &["wikileak", "turn", "offer", "down"],
        );
        check(
            "WikiLeaks turned down the offer.",
            &["wikileak", "reject", "offer"],
        );
        check("The company was paid.", &["firm", "pay"]);
    }

    #[test]
    fn numbers_are_read_with_their_scale() {
        check("It paid $5.8 million.", &["pay", "#5800000"]);
        check("The 33,000 emails.", &["#33000", "email"]);
        check(
            "In 2016 it paid 1.25 billion.",
            &["#2016", "pay", "#1250000000"],
        );
    }

    #[test]
    fn function_words_and_attribution_are_dropped() {
        check("He said that it was, reportedly, over.", &[]);
        check(
            "Trump’s data-analytics firm",
            &["trump", "data", "analytic", "firm"],
        );
    }

    #[test]
    fn capitals_inside_a_sentence_are_names() {
        check(
            "The firm hired Cambridge Analytica.",
            &["firm", "hir", "N:cambridg", "N:analytica"],
        );
    }
}
