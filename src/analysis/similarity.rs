//! How alike two articles are, pair by pair, in five respects (the
//! dimensions of the SemEval-2022 multilingual news similarity task) and
//! overall: who and what they name, when their events happen, which claims
//! they share, how their language is marked, and how they are written.
//! Every score lies in [0, 1] and comes with its evidence.
//!
//! **Entities.** Weighted Jaccard over mention counts per entity:
//! Σ min(a, b) / Σ max(a, b), 0 when neither names anyone. Evidence: the
//! entities both name, most mentioned (the smaller count, then the sum) first.
//!
//! **Time.** Two parts, averaged when both exist, 0 when neither does:
//! - dates in the text (placed dates only: an unresolved relative date has
//!   no interval and never matches): each date scores how well its best
//!   match in the other article fits, the overlap of the two periods over
//!   their union in days (1 for the same day or month; "early June 2016"
//!   against "2016" only 10/366, so a bare year matches little); the part is
//!   the sum of these over the dates of both articles / (dates of a + dates
//!   of b), when either article has dates;
//! - publication dates, when both articles have one:
//!   max(0, 1 − days apart / `DATE_WINDOW`).
//!
//! Evidence: for each distinct period among the dates of a, in time order,
//! its first date and the first date of the best-fitting period of b.
//!
//! **Narrative.** Dice over the claims each carries: 2 |A ∩ B| / (|A| + |B|).
//! Evidence: the shared claims, in claim order.
//!
//! **Tone.** Own-voice language marks per 1,000 words, one rate per
//! category: 1 − Σ |x − y| / Σ (x + y), 1 when neither has a mark.
//!
//! **Style.** The mean closeness 1 − |x − y| / max(x, y) (1 when both are 0)
//! of four features: mean sentence length in words, quotations and
//! attributed sentences per 100 sentences, and the boilerplate share.
//!
//! **Overall.** The weighted mean by `WEIGHTS`: narrative 0.35, entities
//! 0.25, time 0.15, tone 0.15, style 0.10.
//!
//! Each article's sorted lists (entity ids with counts, claim ids, dates) are
//! built once; a pair merges them, so the work grows with pairs times the
//! lists' lengths. Evidence lists are capped; scores use all the data.

use super::article::Article;
use super::claims::Claims;
use super::entities::Entity;
use super::language::CATEGORIES;
use super::profiles::{ratio, Profile};
use super::quantities::{Quantity, QuantityKind};
use super::sort;

/// The weight of each dimension in the overall score; they sum to 1.
pub const WEIGHTS: [(Dimension, f64); 5] = [
    (Dimension::Narrative, 0.35),
    (Dimension::Entities, 0.25),
    (Dimension::Time, 0.15),
    (Dimension::Tone, 0.15),
    (Dimension::Style, 0.10),
];

/// Publication dates this many days apart or more score 0 for proximity.
pub const DATE_WINDOW: f64 = 30.0;

/// At most this many entities, claims and dates of evidence per pair.
const MAX_ENTITIES: usize = 12;
const MAX_CLAIMS: usize = 24;
const MAX_DATES: usize = 8;

/// One respect in which two articles are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Overall,
    Entities,
    Time,
    Narrative,
    Tone,
    Style,
}

pub const DIMENSIONS: usize = 6;

impl Dimension {
    pub const ALL: [Dimension; DIMENSIONS] = [
        Dimension::Overall,
        Dimension::Entities,
        Dimension::Time,
        Dimension::Narrative,
        Dimension::Tone,
        Dimension::Style,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn slug(self) -> &'static str {
        match self {
            Dimension::Overall => "overall",
            Dimension::Entities => "entities",
            Dimension::Time => "time",
            Dimension::Narrative => "narrative",
            Dimension::Tone => "tone",
            Dimension::Style => "style",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Overall => "Overall",
            Dimension::Entities => "Entities",
            Dimension::Time => "Time",
            Dimension::Narrative => "Narrative",
            Dimension::Tone => "Tone",
            Dimension::Style => "Style",
        }
    }

    pub fn parse(slug: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.slug() == slug)
    }
}

/// Two dates, one from each article, that fall in the same period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedDate {
    /// Indices into `Analysis::quantities`: the date in `a`, the date in `b`.
    pub a: usize,
    pub b: usize,
}

/// The comparison of articles `a < b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Scores in [0, 1], indexed by `Dimension::index`.
    pub scores: [f64; DIMENSIONS],
    /// Entities both name (ids), most mentioned first.
    pub entities: Vec<usize>,
    /// Claims both state (ids), in claim order.
    pub claims: Vec<usize>,
    pub dates: Vec<SharedDate>,
}

impl Pair {
    pub fn score(&self, d: Dimension) -> f64 {
        self.scores[d.index()]
    }
}

/// Every pair of articles, `(0,1), (0,2), …, (1,2), …`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Similarity {
    pub articles: usize,
    pub pairs: Vec<Pair>,
}

impl Similarity {
    /// The pair of two different articles, in either order.
    pub fn pair(&self, x: usize, y: usize) -> Option<&Pair> {
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        if a == b || b >= self.articles {
            return None;
        }
        // Pairs are stored row by row of the upper triangle.
        let n = self.articles;
        let index = a * (2 * n - a - 1) / 2 + (b - a - 1);
        self.pairs.get(index)
    }
}

/// The placed dates of one article that give one period.
struct Period {
    low: f64,
    high: f64,
    /// The first such date (an index into `quantities`) and how many there are.
    id: usize,
    count: usize,
}

/// What one article brings to each of its comparisons.
#[derive(Default)]
struct Side {
    /// (entity id, mentions), by id; and the sum of the mentions.
    entities: Vec<(usize, usize)>,
    mentions: usize,
    /// Claim ids, ascending.
    claims: Vec<usize>,
    /// Placed dates as distinct periods, by start then end; and how many.
    periods: Vec<Period>,
    dates: usize,
    /// The publication date as a day number.
    day: Option<i64>,
    /// Own-voice marks per 1,000 words, by category.
    tone: [f64; CATEGORIES],
    /// Mean sentence words, quotes and attributed sentences per 100
    /// sentences, boilerplate share.
    style: [f64; 4],
}

/// Compares every pair of articles.
pub fn compare(
    articles: &[Article],
    claims: &Claims,
    entities: &[Entity],
    quantities: &[Quantity],
    profiles: &[Profile],
) -> Similarity {
    let n = articles.len();
    let mut sides: Vec<Side> = articles
        .iter()
        .map(|a| Side {
            day: a.source.date.as_deref().and_then(day_number),
            ..Side::default()
        })
        .collect();
    for e in entities {
        for (side, &count) in sides.iter_mut().zip(&e.per_article) {
            if count > 0 {
                side.entities.push((e.id, count));
                side.mentions += count;
            }
        }
    }
    for c in &claims.claims {
        for &a in &c.articles {
            if let Some(side) = sides.get_mut(a) {
                side.claims.push(c.id);
            }
        }
    }
    for q in quantities {
        let placed = q.kind == QuantityKind::Date && q.low.is_finite() && q.high.is_finite();
        if let Some(side) = sides.get_mut(q.article).filter(|_| placed) {
            side.dates += 1;
            side.periods.push(Period {
                low: q.low,
                high: q.high,
                id: q.id,
                count: 1,
            });
        }
    }
    for side in &mut sides {
        let periods = &mut side.periods;
        sort::sort_by(periods, |p, q| {
            p.low.total_cmp(&q.low).then(p.high.total_cmp(&q.high))
        });
        periods.dedup_by(|later, first| {
            let same = (later.low, later.high) == (first.low, first.high);
            first.count += if same { later.count } else { 0 };
            same
        });
    }
    for (side, p) in sides.iter_mut().zip(profiles) {
        for (rate, &count) in side.tone.iter_mut().zip(&p.own) {
            *rate = p.per_1000_words(count);
        }
        side.style = [
            p.mean_sentence_words(),
            p.quotes_per_100_sentences(),
            p.attributed_per_100_sentences(),
            p.boilerplate_share(),
        ];
    }
    let mut pairs = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    let mut top = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            pairs.push(pair(a, b, &sides[a], &sides[b], &mut top));
        }
    }
    Similarity { articles: n, pairs }
}

/// Scores one pair; `top` is scratch space for the entity evidence.
fn pair(a: usize, b: usize, x: &Side, y: &Side, top: &mut Vec<(usize, usize, usize)>) -> Pair {
    let mut scores = [0.0; DIMENSIONS];

    // Entities: Σ min / Σ max, where Σ max = Σ a + Σ b − Σ min.
    top.clear();
    let mut min = 0;
    meet(
        &x.entities,
        &y.entities,
        |e| e.0,
        |&(id, m), &(_, n)| {
            let key = (m.min(n), m + n);
            min += key.0;
            let at = top.partition_point(|t| (t.0, t.1) >= key);
            if at < MAX_ENTITIES {
                top.insert(at, (key.0, key.1, id));
                top.truncate(MAX_ENTITIES);
            }
        },
    );
    scores[Dimension::Entities.index()] = ratio(min, x.mentions + y.mentions - min);
    let entities = top.iter().map(|t| t.2).collect();

    // Narrative: Dice over claim sets.
    let mut shared = 0;
    let mut claims = Vec::new();
    meet(
        &x.claims,
        &y.claims,
        |&c| c,
        |&c, _| {
            shared += 1;
            if claims.len() < MAX_CLAIMS {
                claims.push(c);
            }
        },
    );
    scores[Dimension::Narrative.index()] = ratio(2 * shared, x.claims.len() + y.claims.len());

    // Time: each date counts by how closely a date of the other article
    // matches its period, and publication dates. Periods are sorted by
    // start, so the other's stop at our end.
    let mut dates = Vec::new();
    let mut matched = 0.0;
    for p in &x.periods {
        // The closest match is also the best evidence ("July 29, 2016"
        // before "2016" for "July 29, 2016").
        if let Some((w, q)) = best_match(p, &y.periods) {
            matched += w * p.count as f64;
            if dates.len() < MAX_DATES {
                dates.push(SharedDate { a: p.id, b: q.id });
            }
        }
    }
    for q in &y.periods {
        if let Some((w, _)) = best_match(q, &x.periods) {
            matched += w * q.count as f64;
        }
    }
    let total = x.dates + y.dates;
    let parts = [
        (total > 0).then(|| matched / total as f64),
        x.day
            .zip(y.day)
            .map(|(d, e)| (1.0 - (d - e).abs() as f64 / DATE_WINDOW).max(0.0)),
    ];
    let (sum, count) = parts
        .iter()
        .flatten()
        .fold((0.0, 0), |(s, c), v| (s + v, c + 1));
    scores[Dimension::Time.index()] = if count == 0 { 0.0 } else { sum / count as f64 };

    // Tone: 1 − Σ|x − y| / Σ(x + y) over the category rates.
    let (diff, sum) = x
        .tone
        .iter()
        .zip(&y.tone)
        .fold((0.0, 0.0), |(d, s), (p, q)| (d + (p - q).abs(), s + p + q));
    scores[Dimension::Tone.index()] = if sum > 0.0 { 1.0 - diff / sum } else { 1.0 };

    // Style: mean closeness of the features.
    let close = |p: f64, q: f64| {
        let top = p.max(q);
        if top > 0.0 {
            1.0 - (p - q).abs() / top
        } else {
            1.0
        }
    };
    let style: f64 = x
        .style
        .iter()
        .zip(&y.style)
        .map(|(&p, &q)| close(p, q))
        .sum();
    scores[Dimension::Style.index()] = style / x.style.len() as f64;

    let overall: f64 = WEIGHTS.iter().map(|&(d, w)| w * scores[d.index()]).sum();
    scores[Dimension::Overall.index()] = overall.min(1.0);
    for s in &mut scores {
        *s = s.clamp(0.0, 1.0);
    }
    Pair {
        a,
        b,
        scores,
        entities,
        claims,
        dates,
    }
}

/// The period of `others` that best matches `p`, with how well: the
/// overlap of the two periods over their union, in days (1 for the same
/// period; "early June 2016" against "2016" is 10/366). `None` when no
/// period overlaps.
fn best_match<'a>(p: &Period, others: &'a [Period]) -> Option<(f64, &'a Period)> {
    let mut best: Option<(f64, &Period)> = None;
    for q in others.iter().take_while(|q| q.low <= p.high) {
        let overlap = p.high.min(q.high) - p.low.max(q.low) + 1.0;
        if overlap <= 0.0 {
            continue;
        }
        let union = p.high.max(q.high) - p.low.min(q.low) + 1.0;
        let w = overlap / union;
        if best.is_none_or(|(b, _)| w > b) {
            best = Some((w, q));
        }
    }
    best
}

/// Calls `f` on every pair of items with equal keys in two lists sorted by
/// key with unique keys.
fn meet<T>(a: &[T], b: &[T], key: impl Fn(&T) -> usize, mut f: impl FnMut(&T, &T)) {
    let (mut i, mut j) = (0, 0);
    while let (Some(p), Some(q)) = (a.get(i), b.get(j)) {
        let (k, l) = (key(p), key(q));
        if k == l {
            f(p, q);
        }
        i += usize::from(k <= l);
        j += usize::from(l <= k);
    }
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`, anything after the
/// tenth byte ignored), by integer arithmetic (Howard Hinnant's algorithm).
fn day_number(iso: &str) -> Option<i64> {
    let b = iso.trim().as_bytes().get(..10)?;
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0i64, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
        })
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if b[4] != b'-' || b[7] != b'-' || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::{Category, LanguageMark};
    use crate::analysis::test_support::{analyze_texts, language_mark, random_strings};
    use crate::analysis::{analyze, profiles, ArticleSource, Span};

    const STORY: &str = "Alexander Nix met Julian Assange in London on July 29, 2016.\n\n\
        Cambridge Analytica paid $5.8 million to the Trump campaign in early June 2016.\n\n\
        “We never met him,” Assange said on Twitter.\n\n\
        Nix later told the House Intelligence Committee that the firm had asked WikiLeaks for the emails.";
    const OTHER: &str = "The weather in Paris stayed mild and sunny all week.\n\n\
        Farmers near Lyon expect a good harvest of grapes this autumn.";

    fn dated(date: Option<&str>, text: &str) -> ArticleSource {
        ArticleSource {
            date: date.map(str::to_string),
            ..ArticleSource::from_text("Outlet", text)
        }
    }

    fn in_range(s: &Similarity) {
        assert_eq!(s.pairs.len(), s.articles * s.articles.saturating_sub(1) / 2);
        for p in &s.pairs {
            for v in p.scores {
                assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{p:?}");
            }
        }
    }

    #[test]
    fn an_identical_copy_scores_one_everywhere() {
        let a = analyze_texts(&[STORY, STORY]);
        in_range(&a.similarity);
        let p = a.similarity.pair(0, 1).unwrap();
        assert!(p.scores.iter().all(|&v| (v - 1.0).abs() < 1e-9), "{p:?}");
        // Every entity, claim and date of one is evidence against the other.
        let named = a.entities.iter().filter(|e| e.per_article[0] > 0).count();
        assert_eq!(p.entities.len(), named.min(MAX_ENTITIES));
        assert!(p.entities.len() >= 4);
        assert_eq!(p.claims, (0..a.claims.claims.len()).collect::<Vec<_>>());
        let mut periods: Vec<(f64, f64)> = a.quantities[..a.quantities.len() / 2]
            .iter()
            .filter(|q| q.kind == QuantityKind::Date)
            .map(|q| (q.low, q.high))
            .collect();
        periods.dedup();
        assert_eq!(p.dates.len(), periods.len());
        assert!(p.dates.len() >= 2);
        for d in &p.dates {
            let (x, y) = (&a.quantities[d.a], &a.quantities[d.b]);
            assert_eq!((x.article, y.article, x.low, x.high), (0, 1, y.low, y.high));
        }
    }

    #[test]
    fn unrelated_articles_share_no_entities_or_claims() {
        let a = analyze_texts(&[STORY, OTHER]);
        in_range(&a.similarity);
        let p = a.similarity.pair(1, 0).unwrap();
        assert_eq!(p.score(Dimension::Entities), 0.0);
        assert_eq!(p.score(Dimension::Narrative), 0.0);
        // Only one of them has dates, and no publication dates.
        assert_eq!(p.score(Dimension::Time), 0.0);
        assert!(p.entities.is_empty() && p.claims.is_empty() && p.dates.is_empty());
        assert!(p.score(Dimension::Overall) < 0.3);
    }

    #[test]
    fn entity_evidence_puts_the_most_mentioned_first() {
        let a = analyze_texts(&[
            "Julian Assange spoke. Alexander Nix spoke. Nix spoke again. Nix left. London was cold.",
            "Alexander Nix spoke. Nix spoke again. Nix left. Julian Assange spoke. Paris was warm.",
        ]);
        let p = a.similarity.pair(0, 1).unwrap();
        let names: Vec<&str> = p
            .entities
            .iter()
            .map(|&e| a.entities[e].name.as_str())
            .collect();
        assert_eq!(names, ["Alexander Nix", "Julian Assange"]);
        // Nix 3 + 3, Assange 1 + 1; London and Paris once each: 4 / 6.
        assert!((p.score(Dimension::Entities) - 4.0 / 6.0).abs() < 1e-9);
    }

    #[test]
    fn scores_do_not_depend_on_the_order_of_articles() {
        let texts = [STORY, OTHER, "Julian Assange said on July 29, 2016 that he never met Nix.\n\nThe weather in Paris stayed mild."];
        let fwd = analyze_texts(&texts);
        let rev = analyze_texts(&[texts[2], texts[1], texts[0]]);
        in_range(&fwd.similarity);
        for x in 0..3 {
            for y in 0..3 {
                let (p, q) = (fwd.similarity.pair(x, y), rev.similarity.pair(2 - x, 2 - y));
                assert_eq!(p.is_some(), x != y);
                if let (Some(p), Some(q)) = (p, q) {
                    for (u, v) in p.scores.iter().zip(q.scores) {
                        assert!((u - v).abs() < 1e-9, "{p:?} {q:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn pairs_are_found_in_either_order() {
        let a = analyze_texts(&["One.", "Two.", "Three.", "Four."]);
        let s = &a.similarity;
        assert_eq!((s.articles, s.pairs.len()), (4, 6));
        for x in 0..4 {
            assert!(s.pair(x, x).is_none());
            assert!(s.pair(x, 4).is_none() && s.pair(9, x).is_none());
            for y in 0..4 {
                if x != y {
                    let p = s.pair(x, y).unwrap();
                    assert_eq!((p.a, p.b), (x.min(y), x.max(y)));
                }
            }
        }
        assert!(Similarity::default().pair(0, 1).is_none());
    }

    #[test]
    fn publication_dates_close_in_time_score_high() {
        let text = "The council met and voted on the budget.";
        let time = |x: Option<&str>, y: Option<&str>| {
            let a = analyze("t", vec![dated(x, text), dated(y, text)]);
            a.similarity.pairs[0].score(Dimension::Time)
        };
        assert!((time(Some("2017-11-10"), Some("2017-11-20")) - 2.0 / 3.0).abs() < 1e-9);
        assert!((time(Some("2017-12-25"), Some("2018-01-04")) - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(time(Some("2017-11-10"), Some("2017-11-10")), 1.0);
        assert_eq!(time(Some("2017-11-10"), Some("2018-02-10")), 0.0);
        assert_eq!(time(Some("2017-11-10"), None), 0.0);
        assert_eq!(time(Some("someday"), Some("2017-11-10")), 0.0);
        // With dates in the text too, the two parts are averaged.
        let text = "The council met on July 29, 2016.";
        let a = analyze(
            "t",
            vec![
                dated(Some("2016-08-01"), text),
                dated(Some("2016-08-16"), text),
            ],
        );
        assert!((a.similarity.pairs[0].score(Dimension::Time) - 0.75).abs() < 1e-9);
    }

    #[test]
    fn a_bare_year_matches_a_precise_date_only_a_little() {
        let time =
            |x: &str, y: &str| analyze_texts(&[x, y]).similarity.pairs[0].score(Dimension::Time);
        let same = time(
            "The deal closed in June 2016.",
            "The deal closed in June 2016.",
        );
        let year = time("The deal closed in June 2016.", "The deal closed in 2016.");
        let early = time(
            "The deal closed in June 2016.",
            "The deal closed in early June 2016.",
        );
        assert_eq!(same, 1.0);
        // June against the whole year: 30/366 each way.
        assert!((year - 30.0 / 366.0).abs() < 1e-9, "{year}");
        // June against its first ten days: 10/30 each way.
        assert!((early - 10.0 / 30.0).abs() < 1e-9, "{early}");
        assert_eq!(
            time(
                "The deal closed in June 2016.",
                "The deal closed in May 2015."
            ),
            0.0
        );
    }

    #[test]
    fn day_numbers_follow_the_calendar() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2017-11-10"), Some(17_480));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number(" 2016-02-29 "), Some(16_860));
        for bad in [
            "",
            "2017-13-01",
            "2017-11-00",
            "2017/11/10",
            "17-11-10",
            "２017-11-10",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn unplaced_relative_dates_never_match() {
        let text = "Nix said Thursday that it ended last year.";
        let a = analyze_texts(&[text, text]);
        assert!(a.quantities.len() >= 2);
        let p = &a.similarity.pairs[0];
        assert_eq!(p.score(Dimension::Time), 0.0);
        assert!(p.dates.is_empty());
        // Placed in one article only: its dates find nothing in the other.
        let a = analyze(
            "t",
            vec![dated(Some("2017-11-10"), text), dated(None, text)],
        );
        let p = &a.similarity.pairs[0];
        assert_eq!(p.score(Dimension::Time), 0.0);
        assert!(p.dates.is_empty());
    }

    #[test]
    fn tone_compares_own_voice_rates() {
        let a = analyze_texts(&[STORY, STORY, STORY]);
        let mark = |article, category, quote| {
            language_mark(article, Span::new(0, 1), category, quote, false)
        };
        let tone = |marks: &[LanguageMark]| {
            let ps = profiles::profiles(&a.articles, &a.claims, &a.quotes, marks);
            let s = compare(&a.articles, &a.claims, &a.entities, &a.quantities, &ps);
            in_range(&s);
            [(0, 1), (0, 2), (1, 2)].map(|(x, y)| s.pair(x, y).unwrap().score(Dimension::Tone))
        };
        assert_eq!(tone(&[]), [1.0; 3]);
        let marks = [
            mark(0, Category::Hedge, None),
            mark(0, Category::Hedge, None),
            mark(1, Category::Hedge, None),
            mark(1, Category::Hedge, None),
            mark(2, Category::Loaded, None),
            // Quoted marks are not the outlet's tone.
            mark(2, Category::Hedge, Some(0)),
        ];
        let [same, apart, apart_too] = tone(&marks);
        assert!((same - 1.0).abs() < 1e-9);
        assert_eq!((apart, apart_too), (0.0, 0.0));
        // Two hedges against one and a loaded term: 1 − (1 + 1) / (3 + 1).
        let marks = [
            mark(0, Category::Hedge, None),
            mark(0, Category::Hedge, None),
            mark(1, Category::Hedge, None),
            mark(1, Category::Loaded, None),
        ];
        assert!((tone(&marks)[0] - 0.5).abs() < 1e-9);
    }

    #[test]
    fn style_compares_lengths_quotes_and_boilerplate() {
        let a = analyze_texts(&[
            "Short one. Short two.",
            "This sentence is twice as long. This one is equally long too.",
        ]);
        let p = &a.similarity.pairs[0];
        // Mean sentence words 2 against 6 (closeness 1/3); the other three
        // features are 0 in both (closeness 1).
        assert!((p.score(Dimension::Style) - (1.0 / 3.0 + 3.0) / 4.0).abs() < 1e-9);
    }

    #[test]
    fn the_bundled_corpus_compares_sensibly() {
        let a = crate::analysis::corpus::bundled_analysis();
        let s = &a.similarity;
        assert_eq!((s.articles, s.pairs.len()), (5, 10));
        in_range(s);
        let slug = |i: usize| a.articles[i].source.slug.as_str();
        let index = |name: &str| {
            a.articles
                .iter()
                .position(|x| x.source.slug == name)
                .unwrap()
        };
        let hill_tpm = s.pair(index("hill"), index("tpm")).unwrap();
        let narrative = hill_tpm.score(Dimension::Narrative);
        let below = s
            .pairs
            .iter()
            .filter(|p| p.score(Dimension::Narrative) < narrative)
            .count();
        assert!(below >= 7, "{narrative} beats only {below}");
        for p in &s.pairs {
            // Every outlet tells the same story: some names and claims in common.
            assert!(
                p.score(Dimension::Entities) > 0.2,
                "{} {}",
                slug(p.a),
                slug(p.b)
            );
            assert!(
                p.score(Dimension::Narrative) > 0.05,
                "{} {}",
                slug(p.a),
                slug(p.b)
            );
            assert!(!p.claims.is_empty() && !p.entities.is_empty());
            assert!(p.entities.len() <= MAX_ENTITIES && p.claims.len() <= MAX_CLAIMS);
            assert!(p.dates.len() <= MAX_DATES);
            for c in &p.claims {
                assert!(a.claims.claims[*c].carried_by(p.a) && a.claims.claims[*c].carried_by(p.b));
            }
        }
        for p in &a.profiles {
            assert!(p.words > 200 && p.sentences > 5 && p.claims > 5);
            assert!(p.shared_claims > 0 && p.quotes > 0 && p.boilerplate_words > 0);
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let texts = random_strings("ab C.“”\"!?—\n 5 July 2016 Nix said last year", 41, 40, 120);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let a = analyze_texts(&refs);
        in_range(&a.similarity);
        assert_eq!(a.similarity.articles, a.articles.len());
    }
}
