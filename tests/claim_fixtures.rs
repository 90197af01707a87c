#![cfg(not(target_arch = "wasm32"))]
//! Claim alignment scored against the hand-labelled fixtures in
//! `tests/fixtures/claims/` (see the README there).
//!
//! Every fixture's articles go through `analyze`; the predicted claims are
//! compared with the gold clusters by pairwise precision and recall at
//! sentence level. A gold mention is the sentence containing its snippet; a
//! gold pair is two mentions of one cluster from different articles, and a
//! predicted pair is two mentions of one claim from different articles (both
//! deduplicated as unordered pairs of sentences). The scores are printed with
//!
//! ```text
//! cargo test --no-default-features --test claim_fixtures -- --nocapture
//! ```
//!
//! and `CLAIMS_VERBOSE=1` also lists every wrong and every missed pair. The
//! test fails when the micro-averaged precision or recall drops below its
//! floor, or when a claim takes in a boilerplate sentence.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use parallax::analysis::{analyze, Analysis, ArticleSource};
use serde::Deserialize;

/// Floors a little below what the current tuning reaches, so that a change
/// that makes alignment worse fails here.
const MIN_PRECISION: f64 = 0.90;
const MIN_RECALL: f64 = 0.64;

#[derive(Deserialize)]
struct Fixture {
    story: String,
    articles: Vec<FixtureArticle>,
    clusters: Vec<GoldCluster>,
}

#[derive(Deserialize)]
struct FixtureArticle {
    slug: String,
    outlet: String,
    text: String,
}

#[derive(Deserialize)]
struct GoldCluster {
    fact: String,
    mentions: Vec<String>,
}

/// A sentence: (article index, sentence index).
type Sent = (usize, usize);
/// An unordered pair of sentences from different articles, smaller first.
type Pair = (Sent, Sent);

#[derive(Default, Clone, Copy)]
struct Counts {
    true_pos: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.true_pos += other.true_pos;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    fn precision(&self) -> f64 {
        ratio(self.true_pos, self.predicted)
    }

    fn recall(&self) -> f64 {
        ratio(self.true_pos, self.gold)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// An empty set is scored as perfect: nothing was claimed, nothing missed.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

fn pair(x: Sent, y: Sent) -> Pair {
    if x <= y {
        (x, y)
    } else {
        (y, x)
    }
}

/// All unordered pairs of sentences from different articles in `group`.
fn pairs_of(group: &[Sent], out: &mut BTreeSet<Pair>) {
    for (i, &x) in group.iter().enumerate() {
        for &y in &group[i + 1..] {
            if x.0 != y.0 {
                out.insert(pair(x, y));
            }
        }
    }
}

fn load_fixtures() -> Vec<(String, Fixture)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/claims");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
        .into_iter()
        .map(|path| {
            let raw = fs::read_to_string(&path).expect("readable fixture");
            let fixture: Fixture =
                serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, fixture)
        })
        .collect()
}

fn run(fixture: &Fixture) -> Analysis {
    let sources = fixture
        .articles
        .iter()
        .map(|a| ArticleSource {
            slug: a.slug.clone(),
            label: a.slug.clone(),
            ..ArticleSource::from_text(&a.outlet, &a.text)
        })
        .collect();
    analyze(&fixture.story, sources)
}

/// The sentence holding a gold mention `"slug: snippet"`.
fn locate(fixture: &Fixture, analysis: &Analysis, mention: &str) -> Sent {
    let (slug, snippet) = mention
        .split_once(": ")
        .unwrap_or_else(|| panic!("mention without a slug: {mention:?}"));
    let article = fixture
        .articles
        .iter()
        .position(|a| a.slug == slug)
        .unwrap_or_else(|| panic!("unknown slug in {mention:?}"));
    let text = analysis.articles[article].text();
    let start = text
        .find(snippet)
        .unwrap_or_else(|| panic!("snippet not in its article: {mention:?}"));
    let end = start + snippet.len();
    let sentence = analysis.articles[article]
        .sentences
        .iter()
        .position(|s| s.span.start <= start && start < s.span.end)
        .unwrap_or_else(|| panic!("snippet outside every sentence: {mention:?}"));
    let span = analysis.articles[article].sentences[sentence].span;
    assert!(
        end <= span.end,
        "snippet crosses a sentence boundary in the analysis: {mention:?}"
    );
    (article, sentence)
}

fn sentence_text(analysis: &Analysis, (a, s): Sent) -> String {
    let article = &analysis.articles[a];
    let text = article.sentences[s].span.slice(article.text());
    let one_line: Vec<&str> = text.split_whitespace().collect();
    format!("{} [{}] {}", article.source.slug, s, one_line.join(" "))
}

/// Scores one fixture, printing the wrong and missed pairs when `verbose`.
fn score(fixture: &Fixture, analysis: &Analysis, verbose: bool) -> Counts {
    let mut gold = BTreeSet::new();
    for cluster in &fixture.clusters {
        let sents: Vec<Sent> = cluster
            .mentions
            .iter()
            .map(|m| locate(fixture, analysis, m))
            .collect();
        pairs_of(&sents, &mut gold);
    }
    let mut predicted = BTreeSet::new();
    for claim in &analysis.claims.claims {
        let sents: Vec<Sent> = claim
            .mentions
            .iter()
            .map(|m| (m.article, m.sentence))
            .collect();
        pairs_of(&sents, &mut predicted);
    }
    if verbose {
        for p in predicted.difference(&gold) {
            println!("    WRONG  {}", sentence_text(analysis, p.0));
            println!("       <-> {}", sentence_text(analysis, p.1));
        }
        for p in gold.difference(&predicted) {
            println!("    MISSED {}", sentence_text(analysis, p.0));
            println!("       <-> {}", sentence_text(analysis, p.1));
        }
    }
    Counts {
        true_pos: predicted.intersection(&gold).count(),
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

#[test]
fn claims_match_the_labelled_fixtures() {
    let verbose = std::env::var_os("CLAIMS_VERBOSE").is_some();
    let mut total = Counts::default();
    println!("claim alignment, pairwise at sentence level:");
    for (name, fixture) in load_fixtures() {
        assert!(
            fixture.clusters.iter().all(|c| !c.fact.is_empty()),
            "{name}: a cluster without its fact"
        );
        let analysis = run(&fixture);
        if verbose {
            println!("  {name}:");
        }
        let counts = score(&fixture, &analysis, verbose);
        println!(
            "  {name:<24} P {:.3}  R {:.3}  F1 {:.3}  ({} right of {} predicted, {} gold)",
            counts.precision(),
            counts.recall(),
            counts.f1(),
            counts.true_pos,
            counts.predicted,
            counts.gold
        );
        total.add(counts);
    }
    println!(
        "  {:<24} P {:.3}  R {:.3}  F1 {:.3}  ({} right of {} predicted, {} gold)",
        "micro",
        total.precision(),
        total.recall(),
        total.f1(),
        total.true_pos,
        total.predicted,
        total.gold
    );
    assert!(
        total.precision() >= MIN_PRECISION,
        "micro precision {:.3} fell below {MIN_PRECISION}",
        total.precision()
    );
    assert!(
        total.recall() >= MIN_RECALL,
        "micro recall {:.3} fell below {MIN_RECALL}",
        total.recall()
    );
}

#[test]
fn no_claim_takes_in_boilerplate() {
    for (name, fixture) in load_fixtures() {
        let analysis = run(&fixture);
        for claim in &analysis.claims.claims {
            for m in &claim.mentions {
                let article = &analysis.articles[m.article];
                let sentence = &article.sentences[m.sentence];
                assert!(
                    !sentence.role.is_boilerplate(),
                    "{name}: claim c{} takes in boilerplate {:?}",
                    claim.id + 1,
                    sentence.span.slice(article.text())
                );
            }
        }
    }
}

/// The unit of the bundled corpus whose span holds `snippet` in article `slug`.
fn unit_at(analysis: &Analysis, slug: &str, snippet: &str) -> usize {
    let article = analysis
        .article_by_slug(slug)
        .unwrap_or_else(|| panic!("no article {slug}"));
    let start = article
        .text()
        .find(snippet)
        .unwrap_or_else(|| panic!("{slug}: no {snippet:?}"));
    let span = parallax::analysis::Span::new(start, start + snippet.len());
    analysis
        .claims
        .units
        .iter()
        .position(|u| u.article == article.index && u.span.contains(span))
        .unwrap_or_else(|| panic!("{slug}: {snippet:?} is in no claim unit"))
}

/// Obvious cases in the bundled corpus: facts every reader sees as the same
/// must share a claim, and look-alikes that are not must not.
#[test]
fn bundled_corpus_aligns_the_obvious_facts() {
    let analysis = parallax::analysis::corpus::bundled_analysis();
    let claim_of =
        |slug: &str, snippet: &str| analysis.claims.unit_claim[unit_at(&analysis, slug, snippet)];
    let same: &[(&str, &str, &str, &str)] = &[
        (
            "od",
            "wrote in an email last year that he reached out to",
            "fud",
            "he had contacted Assange about the 33,000 messages",
        ),
        (
            "od",
            "first payment to the firm was July 29, 2016",
            "hill",
            "to Cambridge Analytica on July 29, 2016",
        ),
        (
            "od",
            "ultimately paid it more than $5 million",
            "fud",
            "was ultimately paid more than $5 million",
        ),
        (
            "od",
            "began paying the company the following month, in July 2016",
            "fud",
            "The firm began working with Trump in July 2016",
        ),
        (
            "hill",
            "“We received a message back from them",
            "tpm",
            "“We received a message back from them",
        ),
        (
            "hill",
            "has requested information from Cambridge Analytica",
            "tpm",
            "have requested information from Cambridge Analytica",
        ),
    ];
    let mut failures = Vec::new();
    for &(a, sa, b, sb) in same {
        if claim_of(a, sa) != claim_of(b, sb) {
            failures.push(format!("apart: {a} {sa:?} / {b} {sb:?}"));
        }
    }
    // The Hill tells that Nix reached out to Assange twice; either will do.
    let nix = &analysis.claims.claims
        [claim_of("fud", "he had contacted Assange about the 33,000 messages")];
    if !nix.carried_by(analysis.article_by_slug("hill").unwrap().index) {
        failures.push("apart: the Nix outreach in fud and in hill".to_string());
    }
    let apart: &[(&str, &str, &str, &str)] = &[
        (
            "fud",
            "Trump publicly asked Russia",
            "blog",
            "Trump’s Data Firm CEO Asked Julian Assange",
        ),
        (
            "fud",
            "Trump publicly asked Russia",
            "tpm",
            "We Asked Assange For Clinton Emails",
        ),
        (
            "fud",
            "Trump publicly asked Russia",
            "fud",
            "Trump asked Assange to improve access",
        ),
    ];
    for &(a, sa, b, sb) in apart {
        if claim_of(a, sa) == claim_of(b, sb) {
            failures.push(format!("together: {a} {sa:?} / {b} {sb:?}"));
        }
    }
    // A lead-in and a sentence of the outlet's own musing state no shared fact.
    for (slug, snippet) in [
        ("od", "The Wall Street Journal explains:"),
        ("fud", "It’s unclear what Nix wanted"),
    ] {
        let article = analysis.article_by_slug(slug).unwrap();
        let start = article.text().find(snippet).unwrap();
        let shared = analysis.claims.claims.iter().any(|c| {
            c.outlet_count() > 1
                && c.mentions.iter().any(|m| {
                    m.article == article.index && m.span.start <= start && start < m.span.end
                })
        });
        if shared {
            failures.push(format!("in a shared claim: {slug} {snippet:?}"));
        }
    }
    println!(
        "bundled corpus: {} of {} checks fail",
        failures.len(),
        same.len() + apart.len() + 3
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
