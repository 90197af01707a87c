//! Articles and the analysis of a whole set of them.
//!
//! `analyze` runs the per-article pipeline (segmentation, tokens, boilerplate)
//! once and keeps the results next to the original text. Later stages (claims,
//! entities) read from here instead of re-scanning the text.

use std::ops::Range;

use serde::Serialize;

use super::boilerplate::{self, BoilerplateMark};
use super::claims::{self, Claims};
use super::entities::{self, Entity};
use super::language::{self, LanguageMark};
use super::profiles::{self, Profile};
use super::quantities::{self, Measure, Quantity};
use super::quotes::{self, Quotes};
use super::search::FoldedText;
use super::segment::{self, Paragraph};
use super::similarity::{self, Similarity};
use super::span::Span;
use super::tokens::{self, Token};

/// What is known about an article before analysis: its words and where they
/// came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleSource {
    /// Short, URL-safe identifier (`[a-z0-9-]`), unique within a corpus.
    pub slug: String,
    /// Full outlet name, e.g. "The Hill".
    pub outlet: String,
    /// Short outlet label for chips and narrow columns.
    pub label: String,
    /// The headline as the outlet gave it, if known.
    pub headline: Option<String>,
    /// Publication date (ISO 8601, `YYYY-MM-DD`) when the text gives one.
    pub date: Option<String>,
    /// A sentence about the date: where it comes from, or why it is missing.
    pub date_note: Option<String>,
    /// How the outlet was identified.
    pub identified_by: Option<String>,
    /// The original text, verbatim.
    pub text: String,
}

impl ArticleSource {
    /// An article known only by its words and an outlet name: the slug and
    /// label come from the outlet, everything else is unknown.
    pub fn from_text(outlet: &str, text: &str) -> Self {
        ArticleSource {
            slug: slugify(outlet),
            outlet: outlet.to_string(),
            label: outlet.to_string(),
            headline: None,
            date: None,
            date_note: None,
            identified_by: None,
            text: text.to_string(),
        }
    }
}

/// What a sentence is for in its article.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SentenceRole {
    Headline,
    Body,
    Boilerplate(BoilerplateMark),
}

impl SentenceRole {
    pub fn is_boilerplate(&self) -> bool {
        matches!(self, SentenceRole::Boilerplate(_))
    }

    pub fn slug(&self) -> &'static str {
        match self {
            SentenceRole::Headline => "headline",
            SentenceRole::Body => "body",
            SentenceRole::Boilerplate(_) => "boilerplate",
        }
    }
}

/// One sentence of an article, addressed by its index within the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    pub paragraph: usize,
    pub role: SentenceRole,
    /// The sentence's tokens in `Article::tokens`, inline boilerplate left out.
    pub tokens: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Position in the corpus; also the order of the columns.
    pub index: usize,
    pub source: ArticleSource,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Boilerplate inside otherwise real sentences.
    pub inline_boilerplate: Vec<BoilerplateMark>,
    /// The sentence that is the headline in the text, if any.
    pub headline_sentence: Option<usize>,
    /// A case- and typography-folded copy of the text for search.
    pub folded: FoldedText,
}

impl Article {
    pub fn text(&self) -> &str {
        &self.source.text
    }

    /// Words in real sentences (neither headline nor boilerplate).
    pub fn body_word_count(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| s.role == SentenceRole::Body)
            .map(|s| s.tokens.len())
            .sum()
    }

    /// True when `span` lies in boilerplate (a flagged sentence or an inline stretch).
    pub fn is_boilerplate_at(&self, span: Span) -> bool {
        self.inline_boilerplate
            .iter()
            .any(|m| m.span.overlaps(span))
            || self
                .sentences
                .iter()
                .any(|s| s.role.is_boilerplate() && s.span.overlaps(span))
    }
}

/// Something the analysis noticed about its input that a user should know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The article concerned (its slug), if any.
    pub article: Option<String>,
    pub message: String,
}

/// The analysis of a whole corpus, computed once and shared read-only.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub title: String,
    pub articles: Vec<Article>,
    /// The claims every article states, aligned across articles.
    pub claims: Claims,
    /// People, organisations, outlets and places, grouped by alias.
    pub entities: Vec<Entity>,
    /// Every money amount, count, percentage, date and duration.
    pub quantities: Vec<Quantity>,
    /// Comparable quantities grouped, each judged consistent or conflicting.
    pub measures: Vec<Measure>,
    /// Direct quotations, their groups across outlets, and cited sources.
    pub quotes: Quotes,
    /// Loaded language, hedges, boosters and typographic cues, own voice or quoted.
    pub language: Vec<LanguageMark>,
    /// Per-article counts: length, boilerplate, shared claims, quotes, marks.
    pub profiles: Vec<Profile>,
    /// Every pair of articles compared by dimension.
    pub similarity: Similarity,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn article_by_slug(&self, slug: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.source.slug == slug)
    }

    pub fn slugs(&self) -> Vec<&str> {
        self.articles
            .iter()
            .map(|a| a.source.slug.as_str())
            .collect()
    }
}

/// Analyzes every article. Articles with no text are skipped with a
/// diagnostic; slugs are made URL-safe and unique.
pub fn analyze(title: &str, sources: Vec<ArticleSource>) -> Analysis {
    let mut analyzer = Analyzer::new(title, sources);
    while analyzer.step() {}
    analyzer.finish()
}

/// The analysis in steps, so the page can show progress and stay
/// responsive: [`Analyzer::step`] reads one article; [`Analyzer::finish`]
/// compares them all. `analyze` is the same steps without pauses.
pub struct Analyzer {
    title: String,
    pending: std::vec::IntoIter<ArticleSource>,
    total: usize,
    seen: Vec<String>,
    articles: Vec<Article>,
    diagnostics: Vec<Diagnostic>,
}

impl Analyzer {
    pub fn new(title: &str, sources: Vec<ArticleSource>) -> Self {
        Analyzer {
            title: title.to_string(),
            total: sources.len(),
            pending: sources.into_iter(),
            seen: Vec::new(),
            articles: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Articles read so far, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.total - self.pending.len(), self.total)
    }

    /// Reads the next article; `false` once every article is read.
    pub fn step(&mut self) -> bool {
        let Some(mut source) = self.pending.next() else {
            return false;
        };
        if source.text.trim().is_empty() {
            self.diagnostics.push(Diagnostic {
                article: Some(source.slug.clone()),
                message: format!("“{}” has no text and was left out.", source.outlet),
            });
        } else {
            source.slug = unique_slug(&source.slug, &source.outlet, &mut self.seen);
            self.articles
                .push(analyze_article(self.articles.len(), source));
        }
        true
    }

    /// Reads what is left and compares the articles.
    pub fn finish(mut self) -> Analysis {
        while self.step() {}
        let articles = self.articles;
        let claims = claims::align(&articles);
        let entities = entities::find(&articles);
        let quantities = quantities::find(&articles, &claims);
        let measures = quantities::measures(&articles, &claims, &quantities);
        let mut quotes = quotes::find(&articles);
        quotes::link_speakers(&mut quotes, &entities);
        let language = language::find(&articles, &quotes);
        let profiles = profiles::profiles(&articles, &claims, &quotes, &language);
        let similarity = similarity::compare(&articles, &claims, &entities, &quantities, &profiles);
        Analysis {
            title: self.title,
            articles,
            claims,
            entities,
            quantities,
            measures,
            quotes,
            language,
            profiles,
            similarity,
            diagnostics: self.diagnostics,
        }
    }
}

fn analyze_article(index: usize, source: ArticleSource) -> Article {
    let text = source.text.as_str();
    let seg = segment::segment(text);
    // About one token per six bytes of prose; one allocation, not a dozen.
    let mut all_tokens = Vec::with_capacity(text.len() / 6);
    let ranges: Vec<Range<usize>> = seg
        .sentences
        .iter()
        .map(|s| {
            let start = all_tokens.len();
            tokens::tokenize(text, s.span, &mut all_tokens);
            start..all_tokens.len()
        })
        .collect();
    let report =
        boilerplate::detect_in(text, &seg, source.headline.as_deref(), &all_tokens, &ranges);
    if !report.inline.is_empty() {
        all_tokens.clear();
    }
    let mut sentences = Vec::with_capacity(seg.sentences.len());
    for (i, s) in seg.sentences.iter().enumerate() {
        let mut tokens = ranges[i].clone();
        if !report.inline.is_empty() {
            // Tokenize around glued-in widget text: its words are not the
            // outlet's, and cutting at its edges keeps the real word before
            // it ("Clinton" in "ClintonHillary Diane…") whole.
            let start = all_tokens.len();
            let mut from = s.span.start;
            for m in report.inline.iter().filter(|m| s.span.overlaps(m.span)) {
                let cut = m.span.start.max(from);
                tokens::tokenize(text, Span::new(from, cut), &mut all_tokens);
                from = m.span.end.min(s.span.end).max(from);
            }
            tokens::tokenize(text, Span::new(from, s.span.end), &mut all_tokens);
            tokens = start..all_tokens.len();
        }
        let role = match report.sentences.get(i).cloned().flatten() {
            Some(mark) => SentenceRole::Boilerplate(mark),
            None if report.headline == Some(i) => SentenceRole::Headline,
            None => SentenceRole::Body,
        };
        sentences.push(Sentence {
            index: i,
            span: s.span,
            paragraph: s.paragraph,
            role,
            tokens,
        });
    }
    let folded = FoldedText::new(text);
    Article {
        index,
        headline_sentence: report.headline,
        paragraphs: seg.paragraphs,
        sentences,
        tokens: all_tokens,
        inline_boilerplate: report.inline,
        folded,
        source,
    }
}

/// Lower-case ASCII letters, digits and single hyphens, never empty, never
/// repeated within one corpus.
pub(crate) fn unique_slug(wanted: &str, outlet: &str, seen: &mut Vec<String>) -> String {
    let base = slugify(wanted);
    let base = if base.is_empty() {
        slugify(outlet)
    } else {
        base
    };
    let base = if base.is_empty() {
        "article".to_string()
    } else {
        base
    };
    let mut slug = base.clone();
    let mut n = 2;
    while seen.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    seen.push(slug.clone());
    slug
}

/// Turns any label into `[a-z0-9-]`, at most 24 bytes.
pub fn slugify(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 24 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_in_steps_is_the_analysis() {
        let (title, sources) = crate::analysis::corpus::bundled_sources();
        let whole = crate::analysis::export::to_json(&analyze(&title, sources.clone()));
        let mut with_empty = sources.clone();
        with_empty.insert(2, source("blank", "  "));
        let mut steps = Analyzer::new(&title, with_empty);
        assert_eq!(steps.progress(), (0, 6));
        let mut seen = Vec::new();
        while steps.step() {
            seen.push(steps.progress());
        }
        assert_eq!(seen, [(1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (6, 6)]);
        assert!(!steps.step());
        let stepped = steps.finish();
        assert_eq!(stepped.diagnostics.len(), 1, "the empty one is reported");
        let mut stepped_json = crate::analysis::export::to_json(&stepped);
        // Apart from that diagnostic, the documents agree byte for byte.
        let diag = "“Outlet blank” has no text and was left out.";
        assert!(stepped_json.contains(diag));
        stepped_json = crate::analysis::export::to_json(&Analysis {
            diagnostics: Vec::new(),
            ..stepped
        });
        assert_eq!(stepped_json, whole);
        // Finishing early reads what is left first.
        let mut early = Analyzer::new(&title, sources.clone());
        early.step();
        assert_eq!(crate::analysis::export::to_json(&early.finish()), whole);
    }

    fn source(slug: &str, text: &str) -> ArticleSource {
        ArticleSource {
            slug: slug.into(),
            ..ArticleSource::from_text(&format!("Outlet {slug}"), text)
        }
    }

    #[test]
    fn empty_articles_are_left_out_with_a_diagnostic() {
        let a = analyze(
            "t",
            vec![source("a", "  \n "), source("b", "Some text here.")],
        );
        assert_eq!(a.articles.len(), 1);
        assert_eq!(a.articles[0].source.slug, "b");
        assert_eq!(a.articles[0].index, 0);
        assert_eq!(a.diagnostics.len(), 1);
        assert_eq!(a.diagnostics[0].article.as_deref(), Some("a"));
    }

    #[test]
    fn slugs_are_made_safe_and_unique() {
        let a = analyze(
            "t",
            vec![
                source("The Hill!", "One."),
                source("the hill", "Two."),
                source("", "Three."),
            ],
        );
        let slugs = a.slugs();
        assert_eq!(slugs, vec!["the-hill", "the-hill-2", "outlet"]);
    }

    #[test]
    fn glued_widget_text_leaves_the_real_words_as_tokens() {
        let text = "The emails that Hillary ClintonHillary Diane Rodham ClintonSome headline here MORE deleted from the server.";
        let a = analyze("t", vec![source("a", text)]);
        let art = &a.articles[0];
        assert_eq!(art.inline_boilerplate.len(), 1);
        let words: Vec<&str> = art.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            ["the", "emails", "that", "hillary", "clinton", "deleted", "from", "the", "server"]
        );
    }

    #[test]
    fn sentence_tokens_point_into_the_text() {
        let a = analyze("t", vec![source("a", "Nix said no. Assange agreed.")]);
        let art = &a.articles[0];
        for s in &art.sentences {
            for t in &art.tokens[s.tokens.clone()] {
                assert!(s.span.contains(t.span));
            }
        }
    }
}
