//! The analysis as one JSON document: what `parallax-analyze` prints and what
//! the page's JSON export will download. The schema is documented in the
//! README ("JSON schema"); field names here are that contract.

use serde::{Serialize, Serializer};

use super::article::{Analysis, Diagnostic, SentenceRole};
use super::diff::DiffKind;
use super::language::Category;
use super::similarity::Dimension;
use super::span::Span;
use super::terms::TermKind;

/// Identifies the document format, bumped on incompatible changes.
pub const SCHEMA: &str = "parallax-analysis/1";

#[derive(Serialize)]
pub struct Document<'a> {
    pub schema: &'static str,
    pub title: &'a str,
    pub articles: Vec<ArticleOut<'a>>,
    pub claims: Vec<ClaimOut>,
    pub entities: Vec<EntityOut>,
    pub quantities: Vec<QuantityOut>,
    pub discrepancies: Vec<DiscrepancyOut>,
    pub quotes: Vec<QuoteOut>,
    pub sources: Vec<SourceOut>,
    pub language: Vec<LanguageOut>,
    pub profiles: Vec<ProfileOut>,
    pub similarity: Vec<PairOut>,
    pub diagnostics: &'a [Diagnostic],
}

/// A place in one article's text, with the words found there.
#[derive(Serialize)]
pub struct PlaceOut {
    pub article: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct EntityOut {
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    pub aliases: Vec<String>,
    /// Mentions per article, in article order.
    pub counts: Vec<CountOut>,
    pub mentions: Vec<PlaceOut>,
}

#[derive(Serialize)]
pub struct CountOut {
    pub article: String,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct QuantityOut {
    pub id: String,
    #[serde(flatten)]
    pub place: PlaceOut,
    pub kind: &'static str,
    pub qualifier: &'static str,
    pub normalized: String,
    pub value: f64,
    /// `null` when the text sets no bound on that side.
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: String,
    pub note: Option<String>,
    pub claim: Option<String>,
}

#[derive(Serialize)]
pub struct DiscrepancyOut {
    pub id: String,
    pub label: String,
    pub kind: &'static str,
    pub claim: Option<String>,
    pub verdict: &'static str,
    pub explanation: String,
    pub quantities: Vec<String>,
}

#[derive(Serialize)]
pub struct QuoteOut {
    pub id: String,
    #[serde(flatten)]
    pub place: PlaceOut,
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    pub speaker_entity: Option<String>,
    pub group: String,
    /// Against the first quote of the group: the word runs kept, left out
    /// and added (empty for the first quote and for the same wording).
    pub wording: Vec<DiffOut>,
}

#[derive(Serialize)]
pub struct DiffOut {
    pub op: &'static str,
    pub text: String,
}

#[derive(Serialize)]
pub struct SourceOut {
    #[serde(flatten)]
    pub place: PlaceOut,
    pub kind: &'static str,
    pub name: String,
}

#[derive(Serialize)]
pub struct LanguageOut {
    pub id: String,
    #[serde(flatten)]
    pub place: PlaceOut,
    pub category: &'static str,
    pub rule: &'static str,
    /// `own` for the outlet's voice, `quoted` inside a quotation.
    pub voice: &'static str,
    pub quote: Option<String>,
    pub boilerplate: bool,
}

#[derive(Serialize)]
pub struct ProfileOut {
    pub article: String,
    pub words: usize,
    pub sentences: usize,
    pub boilerplate_words: usize,
    pub reading_seconds: usize,
    pub claims: usize,
    pub shared_claims: usize,
    pub quotes: usize,
    pub attributed_sentences: usize,
    /// Marks outside boilerplate, by category slug in `Category::ALL` order.
    pub marks: Keyed<VoiceOut>,
    pub boilerplate_share: f64,
    pub shared_share: f64,
    pub quotes_per_100_sentences: f64,
    pub attributed_per_100_sentences: f64,
    pub mean_sentence_words: f64,
}

#[derive(Serialize)]
pub struct VoiceOut {
    pub own: usize,
    pub quoted: usize,
}

#[derive(Serialize)]
pub struct PairOut {
    pub a: String,
    pub b: String,
    /// By dimension slug in `Dimension::ALL` order.
    pub scores: Keyed<f64>,
    pub evidence: EvidenceOut,
}

#[derive(Serialize)]
pub struct EvidenceOut {
    pub entities: Vec<String>,
    pub claims: Vec<String>,
    pub dates: Vec<DatesOut>,
}

/// Two dates (quantity ids), one in each article of the pair.
#[derive(Serialize)]
pub struct DatesOut {
    pub a: String,
    pub b: String,
}

/// Values under fixed keys, written as one object in the order given.
pub struct Keyed<T>(pub Vec<(&'static str, T)>);

impl<T: Serialize> Serialize for Keyed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
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
                                term: s.key.to_string(),
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
        entities: entities(analysis),
        quantities: quantities(analysis),
        discrepancies: discrepancies(analysis),
        quotes: quotes(analysis),
        sources: analysis
            .quotes
            .sources
            .iter()
            .map(|s| SourceOut {
                place: place(analysis, s.article, s.sentence, s.span),
                kind: s.kind.slug(),
                name: s.name.clone(),
            })
            .collect(),
        language: language(analysis),
        profiles: profiles(analysis),
        similarity: similarity(analysis),
        diagnostics: &analysis.diagnostics,
    }
}

/// The ids users see and URLs carry for entities, quantities, measures,
/// quotes, quote groups and language marks.
pub fn entity_id(index: usize) -> String {
    format!("e{}", index + 1)
}

pub fn quantity_id(index: usize) -> String {
    format!("n{}", index + 1)
}

pub fn measure_id(index: usize) -> String {
    format!("m{}", index + 1)
}

pub fn quote_id(index: usize) -> String {
    format!("q{}", index + 1)
}

pub fn language_id(index: usize) -> String {
    format!("l{}", index + 1)
}

fn place(analysis: &Analysis, article: usize, sentence: usize, span: Span) -> PlaceOut {
    let a = &analysis.articles[article];
    PlaceOut {
        article: a.source.slug.clone(),
        sentence,
        start: span.start,
        end: span.end,
        text: one_line(span.slice(a.text())),
    }
}

fn entities(analysis: &Analysis) -> Vec<EntityOut> {
    analysis
        .entities
        .iter()
        .map(|e| EntityOut {
            id: entity_id(e.id),
            kind: e.kind.slug(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            counts: analysis
                .articles
                .iter()
                .map(|a| CountOut {
                    article: a.source.slug.clone(),
                    mentions: e.per_article.get(a.index).copied().unwrap_or(0),
                })
                .collect(),
            mentions: e
                .mentions
                .iter()
                .map(|m| place(analysis, m.article, m.sentence, m.span))
                .collect(),
        })
        .collect()
}

fn quantities(analysis: &Analysis) -> Vec<QuantityOut> {
    let bound = |x: f64| x.is_finite().then_some(x);
    analysis
        .quantities
        .iter()
        .map(|q| QuantityOut {
            id: quantity_id(q.id),
            place: place(analysis, q.article, q.sentence, q.span),
            kind: q.kind.slug(),
            qualifier: q.qualifier.slug(),
            normalized: q.normalized.clone(),
            value: q.value,
            low: bound(q.low),
            high: bound(q.high),
            unit: q.unit.clone(),
            note: q.note.clone(),
            claim: q.claim.map(claim_id),
        })
        .collect()
}

/// Measures that more than one article gives a value for, with the verdict.
fn discrepancies(analysis: &Analysis) -> Vec<DiscrepancyOut> {
    analysis
        .measures
        .iter()
        .filter_map(|m| {
            Some(DiscrepancyOut {
                id: measure_id(m.id),
                label: m.label.clone(),
                kind: m.kind.slug(),
                claim: m.claim.map(claim_id),
                verdict: m.verdict?.slug(),
                explanation: m.explanation.clone(),
                quantities: m.quantities.iter().map(|&q| quantity_id(q)).collect(),
            })
        })
        .collect()
}

fn quotes(analysis: &Analysis) -> Vec<QuoteOut> {
    let all = &analysis.quotes;
    all.quotes
        .iter()
        .map(|q| {
            let group = &all.groups[q.group];
            let first = &all.quotes[group.quotes[0]];
            let wording = group
                .quotes
                .iter()
                .skip(1)
                .position(|&other| other == q.id)
                .and_then(|i| group.diffs.get(i))
                .filter(|d| !d.is_same())
                .map(|d| {
                    let a_text = analysis.articles[first.article].text();
                    let b_text = analysis.articles[q.article].text();
                    d.ops
                        .iter()
                        .map(|op| DiffOut {
                            op: match op.kind {
                                DiffKind::Deleted => "deleted",
                                DiffKind::Inserted => "inserted",
                                _ => "same",
                            },
                            text: if op.kind == DiffKind::Deleted {
                                one_line(op.a.slice(a_text))
                            } else {
                                one_line(op.b.slice(b_text))
                            },
                        })
                        .collect()
                })
                .unwrap_or_default();
            let speaker = q.speaker.as_ref();
            QuoteOut {
                id: quote_id(q.id),
                place: place(analysis, q.article, q.sentence, q.span),
                speaker: speaker.map(|s| {
                    s.entity
                        .and_then(|e| analysis.entities.get(e))
                        .map_or(s.name.clone(), |e| e.name.clone())
                }),
                speaker_text: speaker
                    .map(|s| one_line(s.span.slice(analysis.articles[q.article].text()))),
                cue: speaker.map(|s| s.cue.clone()),
                speaker_entity: speaker.and_then(|s| s.entity).map(entity_id),
                group: format!("g{}", q.group + 1),
                wording,
            }
        })
        .collect()
}

fn language(analysis: &Analysis) -> Vec<LanguageOut> {
    analysis
        .language
        .iter()
        .map(|m| LanguageOut {
            id: language_id(m.id),
            place: place(analysis, m.article, m.sentence, m.span),
            category: m.category.slug(),
            rule: m.rule,
            voice: if m.is_own_voice() { "own" } else { "quoted" },
            quote: m.quote.map(quote_id),
            boilerplate: m.boilerplate,
        })
        .collect()
}

fn profiles(analysis: &Analysis) -> Vec<ProfileOut> {
    analysis
        .profiles
        .iter()
        .map(|p| ProfileOut {
            article: analysis.articles[p.article].source.slug.clone(),
            words: p.words,
            sentences: p.sentences,
            boilerplate_words: p.boilerplate_words,
            reading_seconds: p.reading_seconds(),
            claims: p.claims,
            shared_claims: p.shared_claims,
            quotes: p.quotes,
            attributed_sentences: p.attributed_sentences,
            marks: Keyed(
                Category::ALL
                    .iter()
                    .map(|c| {
                        let voices = VoiceOut {
                            own: p.own[c.index()],
                            quoted: p.quoted[c.index()],
                        };
                        (c.slug(), voices)
                    })
                    .collect(),
            ),
            boilerplate_share: round3(p.boilerplate_share()),
            shared_share: round3(p.shared_share()),
            quotes_per_100_sentences: round3(p.quotes_per_100_sentences()),
            attributed_per_100_sentences: round3(p.attributed_per_100_sentences()),
            mean_sentence_words: round3(p.mean_sentence_words()),
        })
        .collect()
}

fn similarity(analysis: &Analysis) -> Vec<PairOut> {
    let slug = |i: usize| analysis.articles[i].source.slug.clone();
    analysis
        .similarity
        .pairs
        .iter()
        .map(|p| PairOut {
            a: slug(p.a),
            b: slug(p.b),
            scores: Keyed(
                Dimension::ALL
                    .iter()
                    .map(|&d| (d.slug(), round3(p.score(d))))
                    .collect(),
            ),
            evidence: EvidenceOut {
                entities: p.entities.iter().map(|&e| entity_id(e)).collect(),
                claims: p.claims.iter().map(|&c| claim_id(c)).collect(),
                dates: p
                    .dates
                    .iter()
                    .map(|d| DatesOut {
                        a: quantity_id(d.a),
                        b: quantity_id(d.b),
                    })
                    .collect(),
            },
        })
        .collect()
}

/// The whole document as pretty-printed JSON.
pub fn to_json(analysis: &Analysis) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&document(analysis)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::LanguageMark;
    use crate::analysis::profiles;
    use crate::analysis::test_support::{analyze_texts, language_mark};

    #[test]
    fn language_profiles_and_similarity_in_the_document() {
        let mut a = analyze_texts(&[
            "“This is a shocking disgrace,” Roe said. Officials reportedly met on Tuesday.",
            "Officials met on Tuesday.",
        ]);
        let text = a.articles[0].text();
        let mark = |id, word: &str, category, quote| {
            let start = text.find(word).unwrap();
            let span = Span::new(start, start + word.len());
            let sentence = a.articles[0]
                .sentences
                .iter()
                .find(|s| s.span.start <= start && span.end <= s.span.end)
                .unwrap()
                .index;
            LanguageMark {
                id,
                sentence,
                ..language_mark(0, span, category, quote, false)
            }
        };
        let marks = vec![
            mark(0, "shocking", Category::Emotive, Some(0)),
            mark(1, "reportedly", Category::Hedge, None),
        ];
        a.profiles = profiles::profiles(&a.articles, &a.claims, &a.quotes, &marks);
        a.language = marks;
        let doc = serde_json::to_value(document(&a)).unwrap();

        let quoted = &doc["language"][0];
        assert_eq!(quoted["id"], "l1");
        assert_eq!(quoted["article"], "outlet-0");
        assert_eq!(quoted["text"], "shocking");
        assert_eq!(quoted["category"], "emotive");
        assert_eq!(quoted["rule"], "test");
        assert_eq!(quoted["voice"], "quoted");
        assert_eq!(quoted["quote"], "q1");
        assert_eq!(quoted["boilerplate"], false);
        let own = &doc["language"][1];
        assert_eq!((&own["id"], &own["voice"]), (&"l2".into(), &"own".into()));
        assert!(own["quote"].is_null());

        let p = &doc["profiles"][0];
        assert_eq!(p["article"], "outlet-0");
        let marks = p["marks"].as_object().unwrap();
        let mut keys: Vec<&str> = marks.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut slugs: Vec<&str> = Category::ALL.iter().map(|c| c.slug()).collect();
        slugs.sort_unstable();
        assert_eq!(keys, slugs);
        assert_eq!(marks["emotive"]["quoted"], 1);
        assert_eq!(marks["hedge"]["own"], 1);
        assert_eq!(marks["hedge"]["quoted"], 0);

        let pair = &doc["similarity"][0];
        assert_eq!(
            (&pair["a"], &pair["b"]),
            (&"outlet-0".into(), &"outlet-1".into())
        );
        let scores = pair["scores"].as_object().unwrap();
        assert_eq!(scores.len(), Dimension::ALL.len());
        assert!(pair["evidence"]["entities"].is_array());
        assert!(pair["evidence"]["claims"].is_array());
        assert!(pair["evidence"]["dates"].is_array());
    }

    #[test]
    fn keyed_values_keep_their_order() {
        let marks = Keyed(vec![("tone", 1.0), ("overall", 0.5)]);
        assert_eq!(
            serde_json::to_string(&marks).unwrap(),
            r#"{"tone":1.0,"overall":0.5}"#
        );
    }
}
