//! The analysis as one JSON document: what `parallax-analyze` prints and what
//! the page's JSON export will download. The schema is documented in the
//! README ("JSON schema"); field names here are that contract.

use serde::Serialize;

use super::article::{Analysis, Diagnostic, SentenceRole};
use super::terms::TermKind;

/// Identifies the document format, bumped on incompatible changes.
pub const SCHEMA: &str = "parallax-analysis/1";

#[derive(Serialize)]
pub struct Document<'a> {
    pub schema: &'static str,
    pub title: &'a str,
    pub articles: Vec<ArticleOut<'a>>,
    pub claims: Vec<ClaimOut>,
    pub diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub outlet: &'a str,
    pub label: &'a str,
    pub headline: Option<&'a str>,
    pub date: Option<&'a str>,
    pub text: &'a str,
    pub sentences: Vec<SentenceOut>,
    pub inline_boilerplate: Vec<InlineOut>,
}

#[derive(Serialize)]
pub struct SentenceOut {
    pub id: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub role: &'static str,
    pub boilerplate: bool,
    pub boilerplate_reason: Option<&'static str>,
    pub boilerplate_rule: Option<&'static str>,
}

#[derive(Serialize)]
pub struct InlineOut {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    pub rule: &'static str,
}

#[derive(Serialize)]
pub struct ClaimOut {
    pub id: String,
    pub label: String,
    pub outlets: Vec<String>,
    pub mentions: Vec<MentionOut>,
    pub links: Vec<LinkOut>,
}

#[derive(Serialize)]
pub struct MentionOut {
    pub article: String,
    pub sentence: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[derive(Serialize)]
pub struct LinkOut {
    /// Indices into the claim's `mentions`.
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub shared: Vec<SharedOut>,
}

#[derive(Serialize)]
pub struct SharedOut {
    pub term: String,
    pub kind: &'static str,
    pub a_text: String,
    pub b_text: String,
}

/// The claim id users see and URLs carry: `c1`, `c2`, … in claim order.
pub fn claim_id(index: usize) -> String {
    format!("c{}", index + 1)
}

/// Collapses runs of white space, for labels shown on one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Rounds a score so the JSON is the same natively and in wasm.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub fn document(analysis: &Analysis) -> Document<'_> {
    let articles = analysis
        .articles
        .iter()
        .map(|a| ArticleOut {
            id: &a.source.slug,
            outlet: &a.source.outlet,
            label: &a.source.label,
            headline: a.source.headline.as_deref(),
            date: a.source.date.as_deref(),
            text: a.text(),
            sentences: a
                .sentences
                .iter()
                .map(|s| {
                    let mark = match &s.role {
                        SentenceRole::Boilerplate(m) => Some(m),
                        _ => None,
                    };
                    SentenceOut {
                        id: s.index,
                        paragraph: s.paragraph,
                        start: s.span.start,
                        end: s.span.end,
                        role: s.role.slug(),
                        boilerplate: mark.is_some(),
                        boilerplate_reason: mark.map(|m| m.reason.slug()),
                        boilerplate_rule: mark.map(|m| m.rule),
                    }
                })
                .collect(),
            inline_boilerplate: a
                .inline_boilerplate
                .iter()
                .map(|m| InlineOut {
                    start: m.span.start,
                    end: m.span.end,
                    reason: m.reason.slug(),
                    rule: m.rule,
                })
                .collect(),
        })
        .collect();
    let slug = |i: usize| analysis.articles[i].source.slug.clone();
    let claims = analysis
        .claims
        .claims
        .iter()
        .map(|c| {
            let label = c.label_mention();
            let text_of = |m: &super::claims::Mention, span: super::span::Span| {
                span.slice(analysis.articles[m.article].text()).to_string()
            };
            ClaimOut {
                id: claim_id(c.id),
                label: one_line(label.span.slice(analysis.articles[label.article].text())),
                outlets: c.articles.iter().map(|&i| slug(i)).collect(),
                mentions: c
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        article: slug(m.article),
                        sentence: m.sentence,
                        start: m.clause.then_some(m.span.start),
                        end: m.clause.then_some(m.span.end),
                    })
                    .collect(),
                links: c
                    .links
                    .iter()
                    .map(|l| LinkOut {
                        a: l.a,
                        b: l.b,
                        score: round3(l.score),
                        shared: l
                            .shared
                            .iter()
                            .map(|s| SharedOut {
                                term: s.key.clone(),
                                kind: match s.kind {
                                    TermKind::Word => "word",
                                    TermKind::Name => "name",
                                    TermKind::Number => "number",
                                },
                                a_text: text_of(&c.mentions[l.a], s.a),
                                b_text: text_of(&c.mentions[l.b], s.b),
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    Document {
        schema: SCHEMA,
        title: &analysis.title,
        articles,
        claims,
        diagnostics: &analysis.diagnostics,
    }
}

/// The whole document as pretty-printed JSON.
pub fn to_json(analysis: &Analysis) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&document(analysis)).unwrap_or_default()
}
