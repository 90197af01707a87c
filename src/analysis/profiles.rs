//! Per-outlet profiles: how long, how much boilerplate, how much of it is
//! shared with other outlets, how much is quoted or attributed, and how often
//! each kind of language mark occurs, in its own voice and in quotations.

use super::article::Article;
use super::claims::Claims;
use super::language::{LanguageMark, CATEGORIES};
use super::quotes::Quotes;
use super::span::Span;
use super::tokens;

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
///
/// - `words`, `sentences`: the tokens and sentences of headline and body.
/// - `boilerplate_words`: the tokens of boilerplate sentences, plus the words
///   of inline stretches (tokenized where they meet each sentence, since the
///   sentence's tokens leave them out).
/// - `claims`: the claims with a unit in the article; `shared_claims` those
///   another article carries too.
/// - `quotes`: quotations opening in the article; `attributed_sentences`: the
///   headline and body sentences a quotation opens in or runs over, or that
///   cite a source.
/// - `own`, `quoted`: language marks outside boilerplate, by category.
pub fn profiles(
    articles: &[Article],
    claims: &Claims,
    quotes: &Quotes,
    language: &[LanguageMark],
) -> Vec<Profile> {
    let mut out: Vec<Profile> = Vec::with_capacity(articles.len());
    // Per article, the sentences that quote or cite (boilerplate ones never count).
    let mut attributed: Vec<Vec<bool>> = Vec::with_capacity(articles.len());
    let mut scratch = Vec::new();
    for a in articles {
        let mut p = Profile {
            article: a.index,
            ..Profile::default()
        };
        for s in &a.sentences {
            if s.role.is_boilerplate() {
                p.boilerplate_words += s.tokens.len();
            } else {
                p.words += s.tokens.len();
                p.sentences += 1;
            }
            for m in a
                .inline_boilerplate
                .iter()
                .filter(|m| m.span.overlaps(s.span))
            {
                let cut = Span::new(m.span.start.max(s.span.start), m.span.end.min(s.span.end));
                scratch.clear();
                tokens::tokenize(a.text(), cut, &mut scratch);
                p.boilerplate_words += scratch.len();
            }
        }
        out.push(p);
        attributed.push(vec![false; a.sentences.len()]);
    }
    for claim in &claims.claims {
        for &a in &claim.articles {
            if let Some(p) = out.get_mut(a) {
                p.claims += 1;
                p.shared_claims += usize::from(claim.articles.len() > 1);
            }
        }
    }
    let mut mark = |article: usize, sentence: usize| {
        let real = articles
            .get(article)
            .and_then(|a| a.sentences.get(sentence))
            .is_some_and(|s| !s.role.is_boilerplate());
        if real {
            attributed[article][sentence] = true;
        }
    };
    for q in &quotes.quotes {
        mark(q.article, q.sentence);
        if let Some(a) = articles.get(q.article) {
            let from = a.sentences.partition_point(|s| s.span.end <= q.span.start);
            for s in a.sentences[from..]
                .iter()
                .take_while(|s| s.span.start < q.span.end)
            {
                mark(q.article, s.index);
            }
        }
        if let Some(p) = out.get_mut(q.article) {
            p.quotes += 1;
        }
    }
    for s in &quotes.sources {
        mark(s.article, s.sentence);
    }
    for (p, flags) in out.iter_mut().zip(&attributed) {
        p.attributed_sentences = flags.iter().filter(|&&f| f).count();
    }
    for m in language.iter().filter(|m| !m.boilerplate) {
        if let Some(p) = out.get_mut(m.article) {
            let counts = if m.is_own_voice() {
                &mut p.own
            } else {
                &mut p.quoted
            };
            counts[m.category.index()] += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::Category;
    use crate::analysis::test_support::{analyze_texts, language_mark};

    const FIXTURE: &str = "Officials met the senator Jane RoeJane Ann RoeSenate passes budget bill Markets rally after vote MORE on Tuesday to discuss the plan.\n\n\
        “We will not back down,” Roe said after the meeting.\n\n\
        The plan would cost the state $5 million, according to a report by the budget office.\n\n\
        The weather was mild.\n\n\
        Sign the petition to demand a new vote. Click here to learn more.";

    #[test]
    fn counts_words_sentences_boilerplate_quotes_and_claims() {
        let a = analyze_texts(&[
            FIXTURE,
            "The plan would cost the state $5 million, a report said.",
        ]);
        let p = &a.profiles[0];
        assert_eq!(p.article, 0);
        // 12 + 10 + 16 + 4 words in four real sentences (the glued widget
        // left out of the first).
        assert_eq!((p.words, p.sentences), (42, 4));
        // 8 + 5 in the two calls to action, 11 in the widget.
        assert_eq!(p.boilerplate_words, 24);
        assert_eq!(p.quotes, 1);
        // The quoted sentence and the one citing a report.
        assert_eq!(p.attributed_sentences, 2);
        // Four sentences, four claims; the cost is the other outlet's too.
        assert_eq!((p.claims, p.shared_claims), (4, 1));
        assert!((p.shared_share() - 0.25).abs() < 1e-9);
        assert!((p.boilerplate_share() - 24.0 / 66.0).abs() < 1e-9);
        assert!((p.quotes_per_100_sentences() - 25.0).abs() < 1e-9);
        assert!((p.attributed_per_100_sentences() - 50.0).abs() < 1e-9);
        assert!((p.mean_sentence_words() - 10.5).abs() < 1e-9);
        let q = &a.profiles[1];
        assert_eq!(
            (q.article, q.words, q.sentences, q.boilerplate_words),
            (1, 11, 1, 0)
        );
        assert_eq!((q.claims, q.shared_claims, q.quotes), (1, 1, 0));
    }

    #[test]
    fn a_quotation_over_several_sentences_attributes_each_once() {
        let a = analyze_texts(&[
            "“We will not back down. We will win. Nothing stops us,” Roe said. The rain fell.",
        ]);
        let p = &a.profiles[0];
        assert_eq!((p.sentences, p.quotes, p.attributed_sentences), (4, 1, 3));
    }

    #[test]
    fn marks_are_counted_by_category_and_voice_outside_boilerplate() {
        let a = analyze_texts(&[FIXTURE, "Another text here."]);
        let mark = |article, category, quote, boilerplate| {
            language_mark(article, Span::new(0, 1), category, quote, boilerplate)
        };
        let marks = [
            mark(0, Category::Hedge, None, false),
            mark(0, Category::Hedge, None, false),
            mark(0, Category::Loaded, Some(0), false),
            mark(0, Category::Loaded, None, true),
            mark(1, Category::Exclamation, None, false),
            mark(9, Category::Exclamation, None, false),
        ];
        let ps = profiles(&a.articles, &a.claims, &a.quotes, &marks);
        assert_eq!(ps[0].own[Category::Hedge.index()], 2);
        assert_eq!(ps[0].own[Category::Loaded.index()], 0);
        assert_eq!(ps[0].quoted[Category::Loaded.index()], 1);
        assert_eq!(ps[0].own.iter().sum::<usize>(), 2);
        assert_eq!(ps[1].own[Category::Exclamation.index()], 1);
        assert!((ps[0].per_1000_words(2) - 2000.0 / 42.0).abs() < 1e-9);
    }

    #[test]
    fn reading_time_rounds_up_to_whole_seconds() {
        let at = |words| {
            Profile {
                words,
                ..Profile::default()
            }
            .reading_seconds()
        };
        assert_eq!(at(0), 0);
        assert_eq!(at(WORDS_PER_MINUTE), 60);
        assert_eq!(at(WORDS_PER_MINUTE + 1), 61);
        assert_eq!(at(1), 1);
        assert_eq!(Profile::default().boilerplate_share(), 0.0);
        assert_eq!(Profile::default().mean_sentence_words(), 0.0);
    }

    #[test]
    fn odd_input_never_panics() {
        let texts = crate::analysis::test_support::random_strings(
            "ab C.“”\"!?—\n —MORE $5 said",
            23,
            60,
            90,
        );
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let a = analyze_texts(&refs);
        assert_eq!(a.profiles.len(), a.articles.len());
        for (i, p) in a.profiles.iter().enumerate() {
            assert_eq!(p.article, i);
            assert!(p.shared_claims <= p.claims && p.attributed_sentences <= p.sentences);
            let share = p.boilerplate_share();
            assert!((0.0..=1.0).contains(&share));
        }
    }
}
