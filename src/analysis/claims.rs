//! Claims: the units of content each article states, aligned across articles.
//!
//! A claim unit is a sentence, or a clause where a sentence joins several
//! facts ("…in July 2016, and ultimately paid it more than $5 million, much of
//! which was for a TV ad buy"). Units are compared by their content terms
//! (`terms.rs`) weighted by rarity (TF-IDF over all units), so shared names,
//! numbers and rare words count most. Only pairs that share a reasonably rare
//! term are ever compared (an inverted index with capped posting lists), so
//! the cost grows with the number of units, not its square.
//!
//! Aligned units are grouped into claim clusters by average-linkage merging:
//! the strongest links first, a merge only when the two groups agree on
//! average, and never two body units of one article in one claim. Each claim
//! keeps its mentions, its most central mention as a label, and for every
//! link the evidence: the shared terms (as spans in both texts) and a score.
//! Boilerplate never forms claims.

use std::collections::HashMap;

use super::article::{Article, SentenceRole};
use super::span::Span;
use super::terms::{Term, TermExtractor, TermKind};
use super::tokens::Token;

/// Tuning, found on the labelled fixtures in `tests/fixtures/claims/`.
pub mod tuning {
    /// A link at least this strong can start or join a claim.
    pub const LINK: f64 = 0.32;
    /// Two groups merge only if their units agree this much on average.
    pub const AVERAGE: f64 = 0.16;
    /// Links weaker than this are not kept at all.
    pub const KEEP: f64 = 0.08;
    /// Terms in more units than this do not propose candidates (they still
    /// count in the score). Constant, so the work stays linear.
    pub const POSTING_CAP: usize = 96;
    /// Weight multipliers for names and numbers relative to words.
    pub const NAME_BOOST: f64 = 1.25;
    pub const NUMBER_BOOST: f64 = 1.5;
    /// Share of cosine (vs coverage of the smaller unit) in a link's score.
    pub const COSINE_SHARE: f64 = 0.65;
}

/// One unit of content: a sentence or a clause of one.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimUnit {
    pub article: usize,
    pub sentence: usize,
    pub span: Span,
    /// True when the unit is a part of its sentence.
    pub clause: bool,
    pub terms: Vec<Term>,
}

/// A place where an article states a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub unit: usize,
    pub article: usize,
    pub sentence: usize,
    pub span: Span,
    pub clause: bool,
}

/// A term two linked mentions share, with where it stands in each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedTerm {
    pub key: String,
    pub kind: TermKind,
    pub a: Span,
    pub b: Span,
}

/// Why two mentions were put in one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimLink {
    /// Indices into `Claim::mentions`.
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub shared: Vec<SharedTerm>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Position in `Claims::claims` (claims are sorted by how many outlets carry them).
    pub id: usize,
    /// Index into `mentions` of the most central mention, used as the label.
    pub label: usize,
    pub mentions: Vec<Mention>,
    /// Indices of the articles that state the claim, ascending.
    pub articles: Vec<usize>,
    pub links: Vec<ClaimLink>,
}

impl Claim {
    pub fn outlet_count(&self) -> usize {
        self.articles.len()
    }

    pub fn carried_by(&self, article: usize) -> bool {
        self.articles.binary_search(&article).is_ok()
    }

    pub fn label_mention(&self) -> &Mention {
        &self.mentions[self.label]
    }

    /// The first mention in `article`, if it states the claim.
    pub fn mention_in(&self, article: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.article == article)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Claims {
    pub units: Vec<ClaimUnit>,
    pub claims: Vec<Claim>,
    /// For each unit, the claim it belongs to.
    pub unit_claim: Vec<usize>,
    /// For each article, its units in text order.
    pub article_units: Vec<Vec<usize>>,
}

impl Claims {
    /// The units of one sentence, in order.
    pub fn sentence_units(
        &self,
        article: usize,
        sentence: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        self.article_units
            .get(article)
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&u| self.units[u].sentence == sentence)
    }
}

/// Finds the claim units of every article and aligns them into claims.
pub fn align(articles: &[Article]) -> Claims {
    let extractor = TermExtractor;
    let mut units = Vec::new();
    let mut article_units = vec![Vec::new(); articles.len()];
    for article in articles {
        for sentence in &article.sentences {
            if sentence.role.is_boilerplate() {
                continue;
            }
            let tokens = &article.tokens[sentence.tokens.clone()];
            if is_lead_in(sentence.span.slice(article.text()), tokens.len()) {
                continue;
            }
            let spans = clauses(article.text(), sentence.span, tokens);
            let clause = spans.len() > 1;
            for (n, span) in spans.into_iter().enumerate() {
                let unit_tokens: Vec<Token> = tokens
                    .iter()
                    .filter(|t| span.contains(t.span))
                    .cloned()
                    .collect();
                let first = n == 0 || sentence.role == SentenceRole::Headline;
                let terms = extractor.terms(article.text(), &unit_tokens, first);
                article_units[article.index].push(units.len());
                units.push(ClaimUnit {
                    article: article.index,
                    sentence: sentence.index,
                    span,
                    clause,
                    terms,
                });
            }
        }
    }
    let (vectors, _) = weigh(&units);
    let links = candidate_links(&units, &vectors);
    let clusters = cluster(&units, &vectors, &links, articles);
    let claims = build_claims(&units, &vectors, &links, clusters);
    let mut unit_claim = vec![0; units.len()];
    for claim in &claims {
        for m in &claim.mentions {
            unit_claim[m.unit] = claim.id;
        }
    }
    Claims {
        units,
        claims,
        unit_claim,
        article_units,
    }
}

/// A short line ending in a colon ("The Wall Street Journal explains:",
/// "They wrote:") introduces someone else's words and states nothing itself.
fn is_lead_in(sentence: &str, tokens: usize) -> bool {
    sentence.trim_end().ends_with(':') && tokens <= 6
}

/// Words that, after ", " or " ", start a new clause carrying its own fact.
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "much of which",
    "most of which",
    "some of which",
    "whereas",
    "while",
    "yet",
];
/// Verbs and adverbs that, right after a bare " and ", show a new predicate.
const PREDICATE_STARTS: &[&str] = &[
    "also",
    "eventually",
    "finally",
    "had",
    "has",
    "have",
    "is",
    "later",
    "then",
    "ultimately",
    "was",
    "were",
    "will",
];
/// A clause must keep at least this many tokens, or the split is not made.
const MIN_CLAUSE_TOKENS: usize = 5;

/// Splits a sentence into clause spans at semicolons and at clause-joining
/// conjunctions, never inside a quotation and never leaving a scrap.
pub fn clauses(text: &str, sentence: Span, tokens: &[Token]) -> Vec<Span> {
    let s = sentence.slice(text);
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of left, start of right), relative
    let mut in_quote = false;
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            _ => {}
        }
        if in_quote {
            continue;
        }
        let rest = &s[i + c.len_utf8()..];
        if c == ';' && rest.starts_with(' ') {
            cuts.push((i + 1, i + 2));
        } else if c == ',' && rest.starts_with(' ') {
            let after = &rest[1..];
            if let Some(opener) = CLAUSE_OPENERS.iter().find(|o| starts_with_word(after, o)) {
                let _ = opener;
                cuts.push((i + 1, i + 2));
            }
        } else if c == ' ' && i > 0 && bytes[i - 1] != b',' && starts_with_word(rest, "and") {
            let after_and = rest[3..].trim_start();
            if PREDICATE_STARTS
                .iter()
                .any(|w| starts_with_word(after_and, w))
            {
                cuts.push((i, i + 1));
            }
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        let left = Span::new(sentence.start + start, sentence.start + end);
        let right = Span::new(sentence.start + next, sentence.end);
        if token_count(tokens, left) >= MIN_CLAUSE_TOKENS
            && token_count(tokens, right) >= MIN_CLAUSE_TOKENS
        {
            spans.push(left.trim(text));
            start = next;
        }
    }
    spans.push(Span::new(sentence.start + start, sentence.end).trim(text));
    spans
}

fn starts_with_word(s: &str, word: &str) -> bool {
    s.len() >= word.len()
        && s.is_char_boundary(word.len())
        && s[..word.len()].eq_ignore_ascii_case(word)
        && !s[word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

fn token_count(tokens: &[Token], span: Span) -> usize {
    tokens.iter().filter(|t| span.contains(t.span)).count()
}

/// A unit as a sparse vector: sorted term ids with weights, and its norm.
#[derive(Clone, Debug, Default)]
struct Vector {
    terms: Vec<(u32, f64)>,
    norm: f64,
}

/// Gives every distinct term key an id (in first-seen order, for
/// determinism), counts in how many units it occurs, and weighs it by
/// inverse document frequency.
fn weigh(units: &[ClaimUnit]) -> (Vec<Vector>, Vec<usize>) {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<usize> = Vec::new();
    let mut kinds: Vec<TermKind> = Vec::new();
    let mut unit_ids: Vec<Vec<u32>> = Vec::with_capacity(units.len());
    for unit in units {
        let mut mine: Vec<u32> = unit
            .terms
            .iter()
            .map(|t| {
                let next = ids.len() as u32;
                let id = *ids.entry(t.key.as_str()).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                    kinds.push(t.kind);
                } else if t.kind == TermKind::Name {
                    kinds[id as usize] = TermKind::Name;
                }
                id
            })
            .collect();
        mine.sort_unstable();
        mine.dedup();
        for &id in &mine {
            df[id as usize] += 1;
        }
        unit_ids.push(mine);
    }
    let n = units.len().max(1) as f64;
    let vectors = unit_ids
        .into_iter()
        .map(|mine| {
            let terms: Vec<(u32, f64)> = mine
                .into_iter()
                .map(|id| {
                    let idf = (1.0 + n / df[id as usize] as f64).ln();
                    let boost = match kinds[id as usize] {
                        TermKind::Word => 1.0,
                        TermKind::Name => tuning::NAME_BOOST,
                        TermKind::Number => tuning::NUMBER_BOOST,
                    };
                    (id, idf * boost)
                })
                .collect();
            let norm = terms.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            Vector { terms, norm }
        })
        .collect();
    (vectors, df)
}

/// Units with fewer distinct terms than this ("The Journal explains:") carry
/// no fact of their own and are never linked.
const MIN_UNIT_TERMS: usize = 3;

/// The similarity of two units: a blend of cosine and of how much of the
/// smaller unit the shared terms cover (so a short headline fully inside a
/// long sentence scores well), zero unless they share at least two terms.
fn similarity(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0, 0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.terms[i].1 * b.terms[j].1;
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if shared < 2 || a.terms.len() < MIN_UNIT_TERMS || b.terms.len() < MIN_UNIT_TERMS {
        return 0.0;
    }
    let cosine = dot / (a.norm * b.norm);
    let coverage = dot / (a.norm.min(b.norm).powi(2));
    tuning::COSINE_SHARE * cosine + (1.0 - tuning::COSINE_SHARE) * coverage.min(1.0)
}

/// Every link between units of different articles that is worth keeping,
/// found through an inverted index over the rarer terms.
fn candidate_links(units: &[ClaimUnit], vectors: &[Vector]) -> HashMap<(u32, u32), f64> {
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (u, v) in vectors.iter().enumerate() {
        for &(id, _) in &v.terms {
            postings.entry(id).or_default().push(u as u32);
        }
    }
    let mut links = HashMap::new();
    let mut seen = vec![u32::MAX; units.len()];
    for (a, v) in vectors.iter().enumerate() {
        for &(id, _) in &v.terms {
            let list = &postings[&id];
            if list.len() > tuning::POSTING_CAP {
                continue;
            }
            for &b in list {
                let bu = b as usize;
                if bu <= a || seen[bu] == a as u32 || units[bu].article == units[a].article {
                    continue;
                }
                seen[bu] = a as u32;
                let score = similarity(v, &vectors[bu]);
                if score >= tuning::KEEP {
                    links.insert((a as u32, b), score);
                }
            }
        }
    }
    links
}

/// Average-linkage merging over the links, strongest first.
fn cluster(
    units: &[ClaimUnit],
    vectors: &[Vector],
    links: &HashMap<(u32, u32), f64>,
    articles: &[Article],
) -> Vec<Vec<usize>> {
    let mut edges: Vec<(f64, u32, u32)> = links
        .iter()
        .filter(|(_, s)| **s >= tuning::LINK)
        .map(|(&(a, b), &s)| (s, a, b))
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));

    let is_headline = |u: usize| {
        articles[units[u].article].sentences[units[u].sentence].role == SentenceRole::Headline
    };
    let sim = |x: usize, y: usize| {
        let key = if x < y {
            (x as u32, y as u32)
        } else {
            (y as u32, x as u32)
        };
        links.get(&key).copied().unwrap_or(0.0)
    };
    // Same-article pairs (a headline and its body) are not in `links`; their
    // similarity is computed when a merge needs it.
    let sim_any = |x: usize, y: usize| {
        if units[x].article == units[y].article {
            similarity(&vectors[x], &vectors[y])
        } else {
            sim(x, y)
        }
    };
    let mut group: Vec<usize> = (0..units.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..units.len()).map(|u| vec![u]).collect();
    for (_, a, b) in edges {
        let (ga, gb) = (group[a as usize], group[b as usize]);
        if ga == gb {
            continue;
        }
        // One body unit per article: a second one would be another claim.
        let clash = members[ga].iter().any(|&x| {
            !is_headline(x)
                && members[gb]
                    .iter()
                    .any(|&y| !is_headline(y) && units[x].article == units[y].article)
        });
        if clash {
            continue;
        }
        let mut total = 0.0;
        let mut pairs = 0usize;
        for &x in &members[ga] {
            for &y in &members[gb] {
                // A headline and a body unit of one article must agree too.
                if units[x].article != units[y].article || is_headline(x) != is_headline(y) {
                    total += sim_any(x, y);
                    pairs += 1;
                }
            }
        }
        if pairs == 0 || total / (pairs as f64) < tuning::AVERAGE {
            continue;
        }
        let (keep, gone) = if ga < gb { (ga, gb) } else { (gb, ga) };
        let moved = std::mem::take(&mut members[gone]);
        for &u in &moved {
            group[u] = keep;
        }
        members[keep].extend(moved);
    }
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect()
}

fn build_claims(
    units: &[ClaimUnit],
    vectors: &[Vector],
    links: &HashMap<(u32, u32), f64>,
    clusters: Vec<Vec<usize>>,
) -> Vec<Claim> {
    let _ = vectors;
    let sim = |x: usize, y: usize| {
        let key = if x < y {
            (x as u32, y as u32)
        } else {
            (y as u32, x as u32)
        };
        links.get(&key).copied()
    };
    let mut claims: Vec<Claim> = clusters
        .into_iter()
        .map(|members| {
            let mentions: Vec<Mention> = members
                .iter()
                .map(|&u| Mention {
                    unit: u,
                    article: units[u].article,
                    sentence: units[u].sentence,
                    span: units[u].span,
                    clause: units[u].clause,
                })
                .collect();
            let mut articles: Vec<usize> = mentions.iter().map(|m| m.article).collect();
            articles.sort_unstable();
            articles.dedup();
            let mut claim_links = Vec::new();
            let mut centrality = vec![0.0; mentions.len()];
            for i in 0..mentions.len() {
                for j in i + 1..mentions.len() {
                    if let Some(score) = sim(mentions[i].unit, mentions[j].unit) {
                        centrality[i] += score;
                        centrality[j] += score;
                        claim_links.push(ClaimLink {
                            a: i,
                            b: j,
                            score,
                            shared: shared_terms(
                                &units[mentions[i].unit],
                                &units[mentions[j].unit],
                            ),
                        });
                    }
                }
            }
            let mut label = 0;
            for (i, c) in centrality.iter().enumerate() {
                if *c > centrality[label] {
                    label = i;
                }
            }
            Claim {
                id: 0,
                label,
                mentions,
                articles,
                links: claim_links,
            }
        })
        .collect();
    claims.sort_by(|x, y| {
        y.articles
            .len()
            .cmp(&x.articles.len())
            .then(x.mentions[0].unit.cmp(&y.mentions[0].unit))
    });
    for (id, claim) in claims.iter_mut().enumerate() {
        claim.id = id;
    }
    claims
}

/// The terms two units share, each with its first place in both.
fn shared_terms(a: &ClaimUnit, b: &ClaimUnit) -> Vec<SharedTerm> {
    let mut out: Vec<SharedTerm> = Vec::new();
    for ta in &a.terms {
        if out.iter().any(|s| s.key == ta.key) {
            continue;
        }
        if let Some(tb) = b.terms.iter().find(|t| t.key == ta.key) {
            out.push(SharedTerm {
                key: ta.key.clone(),
                kind: ta.kind.max(tb.kind),
                a: ta.span,
                b: tb.span,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::article::{analyze, ArticleSource};

    fn source(slug: &str, text: &str) -> ArticleSource {
        ArticleSource {
            slug: slug.into(),
            outlet: slug.into(),
            label: slug.into(),
            headline: None,
            date: None,
            date_note: None,
            identified_by: None,
            text: text.into(),
        }
    }

    fn check_clauses(sentence: &str, expected: &[&str]) {
        let a = analyze("t", vec![source("a", sentence)]);
        let art = &a.articles[0];
        let s = &art.sentences[0];
        let got: Vec<&str> = clauses(art.text(), s.span, &art.tokens[s.tokens.clone()])
            .iter()
            .map(|c| c.slice(art.text()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn sentences_joining_facts_split_into_clauses() {
        check_clauses(
            "The campaign began paying the company in July 2016, and ultimately paid it more than $5 million, much of which was for a TV ad buy that September.",
            &[
                "The campaign began paying the company in July 2016,",
                "and ultimately paid it more than $5 million,",
                "much of which was for a TV ad buy that September.",
            ],
        );
        check_clauses(
            "The firm began working with Trump in July 2016 and was ultimately paid more than $5 million before the election.",
            &["The firm began working with Trump in July 2016", "and was ultimately paid more than $5 million before the election."],
        );
        check_clauses(
            "The mayor resigned on Friday; her deputy will serve until the spring election.",
            &[
                "The mayor resigned on Friday;",
                "her deputy will serve until the spring election.",
            ],
        );
    }

    #[test]
    fn short_pieces_and_quotes_are_not_split() {
        check_clauses(
            "Salt and pepper were sold out, and it rained.",
            &["Salt and pepper were sold out, and it rained."],
        );
        check_clauses(
            "“We tried, and we failed, and that was the end of the story,” he said on the stage.",
            &["“We tried, and we failed, and that was the end of the story,” he said on the stage."],
        );
    }

    #[test]
    fn paraphrased_facts_align_and_unrelated_ones_do_not() {
        let a = analyze(
            "t",
            vec![
                source("a", "Alexander Nix contacted Julian Assange about the missing emails. The weather in London was cold on Tuesday."),
                source("b", "Julian Assange was approached by Alexander Nix over the missing emails. Shares of the firm rose four percent."),
                source("c", "Nix reached out to Assange about the emails, sources said. The council approved a new park budget."),
            ],
        );
        let claims = align(&a.articles);
        let first = &claims.claims[0];
        assert_eq!(first.articles, vec![0, 1, 2]);
        assert!(first
            .links
            .iter()
            .all(|l| l.shared.iter().any(|s| s.key == "contact")));
        assert!(claims.claims[1..].iter().all(|c| c.articles.len() == 1));
    }

    #[test]
    fn boilerplate_never_forms_claims() {
        let text = "Nix contacted Assange about the emails in June.\n\nSubscribe to our newsletter for more news.\n\nShare this article";
        let a = analyze("t", vec![source("a", text), source("b", text)]);
        let claims = align(&a.articles);
        for unit in &claims.units {
            let s = &a.articles[unit.article].sentences[unit.sentence];
            assert!(
                !s.role.is_boilerplate(),
                "{:?}",
                unit.span.slice(a.articles[unit.article].text())
            );
        }
    }
}
