//! Quantities: money, counts, percentages, dates and time expressions, with
//! normalized values and qualifiers, and the measures that compare them
//! across outlets (consistent or conflicting).
//!
//! **Where.** Only headline and body sentences are read, over their tokens
//! (which already leave inline boilerplate out); a quantity whose words
//! straddle inline boilerplate is dropped. Each quantity belongs to the claim
//! of the claim unit whose span holds it.
//!
//! **What is a quantity.**
//! - Money: a number after `$`, `£` or `€`, or before "dollars", "pounds",
//!   "euros", with its scale ("$5.8 million", "£48m"); ranges "$1-5 million"
//!   and "between $2 and $3 million" (the first number takes the second's
//!   scale); "millions of dollars" is the vague range 2 million to just
//!   under a billion (likewise "dozens", "hundreds", "thousands of").
//! - Percentages: a number before `%`, "percent" or "per-cent".
//! - Durations: a number before day, week, month, year or decade ("five
//!   months"), in days (a month is 30.4375 days, a year 365.25).
//! - Counts: a number before the noun it counts, which becomes the unit
//!   ("33,000 emails", "two sources"); one name or adjective may stand
//!   between ("50,000 Clinton emails"); "messages" are counted as "emails".
//!   A number with no such noun (list numbers, phone numbers, "6-3" votes,
//!   page furniture) is no quantity, and neither is "one of".
//! - Dates, as days since 1970-01-01 with `low..=high` covering the period:
//!   "July 29, 2016", "29 July 2016", "June 2016", "early/mid/late June"
//!   (days 1–10, 11–20, 21–end; thirds of a year), "summer 2016" (June to
//!   August), "from July 2015 through June 2016" (one period), a year after a
//!   preposition or article or before the noun it dates ("in 2016", "the
//!   2016 election"), never a year inside a name ("Trump 2024"). A bare month
//!   needs a preposition or "the … election" ("in May": "May" alone is as
//!   likely the verb).
//! - Relative dates ("last year", "last month", "this week", "last July",
//!   "that September", "last summer", "yesterday", "today", "Thursday") are
//!   resolved against the article's date when it has one (a weekday is the
//!   latest such day on or before it; "last July" the latest July before the
//!   article's month), and the note says so. A yearless date takes the last
//!   year written earlier in its sentence ("in May 2016 … on June 13"), else
//!   the article date's year (the latest such date on or before it). Without
//!   either it is unresolved: the note says why and its interval is
//!   unbounded, so it never conflicts.
//! - A date right after a verb of saying ("Nix said Thursday") dates the
//!   statement, unit "statement"; a date before a noun it modifies ("the 2016
//!   election", "last year's election") dates that event, whose noun is the
//!   unit. Either keeps it apart from the dates of what the sentence tells.
//!
//! **Qualifiers and intervals.** "more than", "over", "upwards of" give
//! (x, ∞); "at least" [x, ∞); "less than", "under", "fewer than" [0, x);
//! "up to", "as many as", "at most" [0, x]; "about", "around", "roughly",
//! "nearly", "almost", "some", "approximately" give x ± 10%. Only "around",
//! "roughly" and "approximately" bound a date ("about last year's election"
//! is a topic), widening it by its own length on each side. Exact figures
//! are compared with a 1% tolerance: news rounds ("$5.9 million" for $5.93
//! million passes), but "30,000" against "33,000" and "$5 million" against
//! "$5.9 million" conflict, while "more than $5 million" allows "$5.9
//! million". Periods are compared as whole days: they agree when they
//! overlap.
//!
//! **Measures.** Quantities of one kind and unit are grouped (union-find, in
//! id order, so the result is deterministic) by the words around them: the
//! content terms (stems and paraphrase keys from `terms`) within six tokens.
//! - In one claim: when they share such a word, or when their values agree.
//! - Across claims, only between different articles: counts when they share
//!   a word ("missing"); money when the three words before each meet ("paid
//!   the firm"), their named parties do not differ (the $5.8 million Cruz's
//!   campaign paid is not the Trump campaign's; a sentence without names
//!   takes the previous sentence's, as in "The campaign paid…"), and neither
//!   is marked first, initial, total, final or average where the other is
//!   not; dates when the words before them meet or they date the same named
//!   event, and only if every value of both groups agrees (two different
//!   dates in different claims are likelier two events than a contradiction).
//!
//! A measure's verdict is `None` when one outlet gives it, `Conflicting` when
//! two values from different outlets cannot both hold, else `Consistent`;
//! the explanation quotes values as written with the outlets' labels.
//! Measures are sorted conflicts first, then by outlets, then by first
//! quantity.
//!
//! Everything is pure and deterministic: no hash-map order reaches the
//! output and numbers are printed through `terms::format_number`.

use super::article::{Article, SentenceRole};
use super::claims::Claims;
use super::small_str::SmallStr;
use super::sort;
use super::span::Span;
use super::terms::{
    format_number, is_stopword, is_title_case, stem, FastMap, Term, TermExtractor, TermKind,
};
use super::tokens::{normalize, Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum QuantityKind {
    Money,
    Count,
    Percent,
    /// A calendar date or period: "July 29, 2016", "early June 2016", "last year", "Thursday".
    Date,
    /// A length of time: "five months", "two years".
    Duration,
}

impl QuantityKind {
    pub fn slug(self) -> &'static str {
        match self {
            QuantityKind::Money => "money",
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::Date => "date",
            QuantityKind::Duration => "duration",
        }
    }
}

/// How the text bounds the value ("more than $5 million").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Qualifier {
    Exact,
    /// "about", "roughly", "nearly", "approximately", "some".
    About,
    /// "more than", "over", "upwards of".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "less than", "under", "fewer than".
    LessThan,
    /// "up to", "as many as", "at most".
    UpTo,
}

impl Qualifier {
    pub fn slug(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::LessThan => "less-than",
            Qualifier::UpTo => "up-to",
        }
    }
}

/// One quantity as an article states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Position in `Analysis::quantities` (article order, then text order).
    pub id: usize,
    pub article: usize,
    pub sentence: usize,
    /// The words as written, qualifier included ("more than $5 million").
    pub span: Span,
    pub kind: QuantityKind,
    pub qualifier: Qualifier,
    /// The value as read: money in currency units, counts, percent points;
    /// dates and durations in days (dates: days since 1970-01-01 of the
    /// first day of the period).
    pub value: f64,
    /// The interval the text allows, qualifier and period applied (a month
    /// spans its days; "more than 5" is (5, ∞)). Inclusive bounds.
    pub low: f64,
    pub high: f64,
    /// A readable normal form: "$5,000,000", "> $5,000,000", "2016-06-01 – 2016-06-10", "33,000".
    pub normalized: String,
    /// Currency code for money ("USD"), the counted noun for counts ("emails").
    pub unit: String,
    /// A relative expression resolved (or not) against the article's date.
    pub note: Option<String>,
    /// The claim of the unit holding it, if any.
    pub claim: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// Every pair of values can be true together.
    Consistent,
    /// At least two values cannot both be true.
    Conflicting,
}

impl Verdict {
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Conflicting => "conflicting",
        }
    }
}

/// One thing measured, with every value the articles give for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    /// Position in `Analysis::measures`.
    pub id: usize,
    /// What is measured, in a few words ("payments to Cambridge Analytica").
    pub label: String,
    pub kind: QuantityKind,
    /// The claim the values come from, when they share one.
    pub claim: Option<usize>,
    /// Indices into `Analysis::quantities`.
    pub quantities: Vec<usize>,
    /// `None` when only one article gives a value.
    pub verdict: Option<Verdict>,
    /// One line saying why ("“more than $5 million” allows “$5.9 million”").
    pub explanation: String,
}

/// Scale words after a number ("5.8 million").
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Scale letters glued to digits ("£48m", "2.3bn", "10k").
const GLUED: &[(&str, f64)] = &[("bn", 1e9), ("mn", 1e6), ("m", 1e6), ("k", 1e3)];

/// Number words up to nineteen, by value; `terms` keeps its own list private
/// and leaves "one" out, which a quantity reader needs ("one month").
const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens from twenty, so that "twenty-five" reads as 20 + 5.
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Plural scale words that make a vague amount with "of" ("thousands of
/// emails"): the word, and the range it stands for.
const VAGUE: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 143.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2e3, 999_999.0),
    ("millions", 2e6, 999_999_999.0),
    ("billions", 2e9, 999_999_999_999.0),
];

/// Words before a number that bound it, longest phrases first where they
/// share a first word.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Units of time and their length in days (a month and a year on average).
const TIME_UNITS: &[(&str, f64)] = &[
    ("day", 1.0),
    ("week", 7.0),
    ("month", 30.4375),
    ("year", 365.25),
    ("decade", 3652.5),
];

/// Words before a bare month name that make it a date ("in May", "since
/// June"); without one, "May" is as likely the verb.
const DATE_PREPS: &[&str] = &[
    "after", "before", "by", "during", "from", "in", "of", "on", "since", "through", "until",
];

/// Relative tolerance for exact figures: a reporter who writes "$5.9
/// million" for $5.93 million is not contradicted, one who writes "$5
/// million" is.
const EXACT_TOLERANCE: f64 = 0.01;

/// Relative width of "about".
const ABOUT: f64 = 0.1;

/// Window, in tokens, read on each side of a quantity for the words that
/// say what it measures.
const WINDOW: usize = 6;

/// Words too common around quantities to tell two measures apart.
const GENERIC: &[&str] = &[
    "began", "begin", "day", "month", "start", "time", "week", "year",
];

/// Words (stems) that single out one amount among several of its kind: the
/// first payment is not the total.
const MARKERS: &[&str] = &[
    "annual", "average", "final", "first", "initi", "monthly", "total",
];

/// Verbs of saying: a date right after one ("Nix said Thursday", "the
/// company confirmed last month") dates the statement, not the event.
const SAID: &[&str] = &[
    "announced",
    "confirmed",
    "reported",
    "revealed",
    "said",
    "says",
    "surfaced",
    "told",
    "tweeted",
    "wrote",
];

/// A quantity read from tokens, before it is placed in its article.
struct Found {
    /// Token range within the sentence.
    start: usize,
    end: usize,
    kind: QuantityKind,
    qualifier: Qualifier,
    value: f64,
    low: f64,
    high: f64,
    normalized: String,
    unit: String,
    note: Option<String>,
    /// An explicit year the expression gives, for later yearless dates.
    year: Option<i64>,
}

/// What one sentence scan needs: its tokens, the text, the article date.
struct Ctx<'a> {
    text: &'a str,
    t: &'a [Token],
    /// The article's date, in days since 1970-01-01.
    today: Option<i64>,
    /// The last explicit year read in the sentence, which dates without a
    /// year ("on June 13") take before the article date.
    year_hint: Option<i64>,
}

impl Ctx<'_> {
    fn norm(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The word without a possessive ending ("year's" → "year").
    fn bare(&self, i: usize) -> &str {
        let w = self.norm(i);
        w.strip_suffix("'s").unwrap_or(w)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.t
            .get(i)
            .and_then(|t| t.span.slice(self.text).chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// True when only spaces separate tokens `i` and `i + 1`.
    fn adjacent(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) if a.span.end <= b.span.start => self
                .text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace)),
            _ => false,
        }
    }

    fn month(&self, i: usize) -> Option<u32> {
        month_of(self.norm(i)).filter(|_| self.capitalized(i))
    }

    fn year(&self, i: usize) -> Option<i64> {
        let t = self.t.get(i)?;
        let y: i64 =
            (t.kind == TokenKind::Number && t.norm.len() == 4).then(|| t.norm.parse().ok())??;
        (1800..=2100).contains(&y).then_some(y)
    }

    fn day(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        let d: u32 =
            (t.kind == TokenKind::Number && t.norm.len() <= 2).then(|| t.norm.parse().ok())??;
        (1..=31).contains(&d).then_some(d)
    }

    /// The currency sign right before token `i`, if any.
    fn currency(&self, i: usize) -> Option<&'static str> {
        let start = self.t.get(i)?.span.start;
        match self.text.get(..start)?.chars().next_back()? {
            '$' => Some("USD"),
            '£' => Some("GBP"),
            '€' => Some("EUR"),
            _ => None,
        }
    }
}

/// The month (1–12) a word names: "june", "jun", "jun.", "sept".
pub(crate) fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    let i = MONTHS.iter().position(|m| {
        *m == w || (w.len() == 3 && m.starts_with(w)) || (w == "sept" && *m == "september")
    })?;
    Some(i as u32 + 1)
}

fn parse_digits(w: &str) -> Option<f64> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with(['.', ',']) {
        return None;
    }
    super::terms::parse_decimal(w).filter(|v| v.is_finite())
}

/// "seven", "twenty", "twenty-five".
fn word_value(w: &str) -> Option<f64> {
    let small = |w: &str| SMALL.iter().position(|s| *s == w).map(|v| v as f64);
    let tens = |w: &str| {
        TENS.iter()
            .position(|s| *s == w)
            .map(|v| 20.0 + 10.0 * v as f64)
    };
    match w.split_once('-') {
        Some((a, b)) => Some(tens(a)? + small(b).filter(|&v| v > 0.0 && v < 10.0)?),
        None => small(w).or_else(|| tens(w)),
    }
}

// Calendar arithmetic is hand-written (proleptic Gregorian, days since
// 1970-01-01) because the crate takes no date dependency.

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number, the inverse of `days_from_civil`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn month_days(y: i64, m: u32) -> (i64, i64) {
    let first = days_from_civil(y, m, 1);
    let next = if m == 12 {
        days_from_civil(y + 1, 1, 1)
    } else {
        days_from_civil(y, m + 1, 1)
    };
    (first, next - 1)
}

/// Monday is 0; 1970-01-01 was a Thursday.
fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// "2017-10-26" as a day number; anything else is no date.
fn parse_iso(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts
        .next()?
        .parse()
        .ok()
        .filter(|y| (1..=9999).contains(y))?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&m) && d >= 1 && i64::from(d) <= month_days(y, m).1 - month_days(y, m).0 + 1)
        .then(|| days_from_civil(y, m, d))
}

fn iso(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A period of whole days, inclusive.
fn period_text(low: i64, high: i64) -> String {
    if low == high {
        iso(low)
    } else {
        format!("{} – {}", iso(low), iso(high))
    }
}

/// The days of a season of year `y` (meteorological: summer is June to
/// August; winter starts in December of `y`).
fn season(w: &str, y: i64) -> Option<(i64, i64)> {
    let (m, len) = match w {
        "spring" => (3, 3),
        "summer" => (6, 3),
        "fall" | "autumn" => (9, 3),
        "winter" => (12, 3),
        _ => return None,
    };
    let start = days_from_civil(y, m, 1);
    let end_month = (m + len - 1 - 1) % 12 + 1;
    let end_year = if m + len - 1 > 12 { y + 1 } else { y };
    Some((start, month_days(end_year, end_month).1))
}

/// Narrows a period to its early, mid or late part: a month to days 1–10,
/// 11–20, 21–end; a longer period to its thirds.
fn part_of(part: &str, low: i64, high: i64) -> (i64, i64) {
    let len = high - low + 1;
    let (a, b) = if len <= 31 {
        (10, 20)
    } else {
        (len / 3, 2 * len / 3)
    };
    match part {
        "early" => (low, (low + a - 1).min(high)),
        "mid" => ((low + a).min(high), (low + b - 1).min(high)),
        _ => ((low + b).min(high), high),
    }
}

/// A date read from the text: its days, or why it could not be placed.
enum When {
    Days(i64, i64),
    Unresolved(&'static str),
}

/// Reads a date or time expression starting at token `i`.
fn date_at(c: &Ctx, i: usize) -> Option<Found> {
    let w = c.bare(i);
    let (when, end, year, note): (When, usize, Option<i64>, Option<String>) =
        if w == "yesterday" || w == "today" {
            let back = i64::from(w == "yesterday");
            let when = c.today.map_or(When::Unresolved("no article date"), |d| {
                When::Days(d - back, d - back)
            });
            (when, i + 1, None, None)
        } else if matches!(w, "last" | "this" | "next" | "that") {
            relative(c, i)?
        } else if let Some(day) = c.capitalized(i).then(|| weekday_of(w)).flatten() {
            let when = c.today.map_or(When::Unresolved("no article date"), |d| {
                let back = (weekday(d) - day).rem_euclid(7);
                When::Days(d - back, d - back)
            });
            (when, i + 1, None, None)
        } else {
            calendar(c, i)?
        };
    let (low, high) = match when {
        When::Days(low, high) => (low as f64, high as f64),
        When::Unresolved(_) => (f64::NEG_INFINITY, f64::INFINITY),
    };
    let phrase = text_of(c, i, end);
    let note = match when {
        When::Unresolved(why) => Some(format!("“{phrase}” cannot be placed: {why}.")),
        When::Days(..) => note,
    };
    let normalized = match when {
        When::Days(l, h) => period_text(l, h),
        When::Unresolved(_) => "unresolved".to_string(),
    };
    let said = i.checked_sub(1).is_some_and(|p| SAID.contains(&c.norm(p)));
    let unit = if said {
        "statement".to_string()
    } else {
        event_after(c, end)
    };
    Some(Found {
        start: i,
        end,
        kind: QuantityKind::Date,
        qualifier: Qualifier::Exact,
        value: low,
        low,
        high,
        normalized,
        unit,
        note,
        year,
    })
}

fn weekday_of(w: &str) -> Option<i64> {
    WEEKDAYS.iter().position(|d| *d == w).map(|d| d as i64)
}

fn text_of(c: &Ctx, i: usize, end: usize) -> String {
    match (c.t.get(i), end.checked_sub(1).and_then(|e| c.t.get(e))) {
        (Some(a), Some(b)) if a.span.start <= b.span.end => Span::new(a.span.start, b.span.end)
            .slice(c.text)
            .to_string(),
        _ => String::new(),
    }
}

/// "last year", "this week", "last July", "that September", "next Friday",
/// "last summer", resolved against the article date.
fn relative(c: &Ctx, i: usize) -> Option<(When, usize, Option<i64>, Option<String>)> {
    let dir = match c.norm(i) {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let what = c.bare(i + 1);
    let named = c.capitalized(i + 1);
    let month = month_of(what).filter(|_| named);
    let is_season = season(what, 2000).is_some();
    // "that" points at a named month or season ("that September"), never at
    // "that year" (which refers back to a year we may not have read).
    if c.norm(i) == "that" && month.is_none() && !is_season {
        return None;
    }
    let known = matches!(what, "year" | "month" | "week")
        || month.is_some()
        || is_season
        || named && weekday_of(what).is_some();
    if !known {
        return None;
    }
    let phrase = text_of(c, i, i + 2);
    // A named month or season without a year takes the year just read in
    // the sentence ("in July 2016 … that September").
    if dir == 0 && c.norm(i) == "that" {
        if let Some(y) = c.year_hint {
            let (l, h) = match month {
                Some(m) => month_days(y, m),
                None => season(what, y)?,
            };
            return Some((When::Days(l, h), i + 2, None, None));
        }
    }
    let Some(today) = c.today else {
        return Some((When::Unresolved("no article date"), i + 2, None, None));
    };
    let (y, m, _) = civil_from_days(today);
    let (low, high) = match what {
        "year" => (
            days_from_civil(y + dir, 1, 1),
            days_from_civil(y + dir, 12, 31),
        ),
        "month" => {
            let idx = y * 12 + i64::from(m) - 1 + dir;
            month_days(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
        }
        "week" => {
            let monday = today - weekday(today) + 7 * dir;
            (monday, monday + 6)
        }
        _ => {
            if let Some(m2) = month {
                // "last July": the latest July before this month; "this" and
                // "that" July: the latest on or before it; "next": after it.
                let yy = match dir {
                    -1 => y - i64::from(m2 >= m),
                    1 => y + i64::from(m2 <= m),
                    _ => y - i64::from(m2 > m),
                };
                month_days(yy, m2)
            } else if let Some(day) = weekday_of(what) {
                let back = (weekday(today) - day).rem_euclid(7);
                let d = match dir {
                    1 => today + (day - weekday(today)).rem_euclid(7).max(1),
                    -1 => today - if back == 0 { 7 } else { back },
                    _ => today - back,
                };
                (d, d)
            } else {
                // The latest season that has begun (for "this") or ended
                // (for "last") by the article date.
                let mut yy = y + 1;
                loop {
                    let (l, h) = season(what, yy)?;
                    let done = if dir == -1 { h < today } else { l <= today };
                    if done || yy < y - 2 {
                        break if dir == 1 {
                            season(what, yy + 1)?
                        } else {
                            (l, h)
                        };
                    }
                    yy -= 1;
                }
            }
        }
    };
    let note = format!("“{phrase}” read against the article date {}.", iso(today));
    Some((When::Days(low, high), i + 2, None, Some(note)))
}

/// Calendar dates: "July 29, 2016", "29 July 2016", "early June 2016",
/// "mid-June", "June 13", "in May", "summer 2016", "2016".
fn calendar(c: &Ctx, i: usize) -> Option<(When, usize, Option<i64>, Option<String>)> {
    let w = c.norm(i);
    // A period word narrows what follows ("early June", "mid-June", "late 2016").
    let (part, j, glued) = match w {
        "early" | "mid" | "late" => (Some(w), i + 1, None),
        _ => match w.strip_prefix("mid-").and_then(month_of) {
            Some(m) => (Some("mid"), i + 1, Some(m)),
            _ => (None, i, None),
        },
    };
    let (low, high, end, year, note) = if let Some(m) = glued.or_else(|| c.month(j)) {
        let mut k = if glued.is_some() { j } else { j + 1 };
        let day = c.day(k).filter(|_| c.adjacent(k - 1) || glued.is_some());
        if day.is_some() {
            k += 1;
        }
        let year = c.year(k);
        if year.is_some() {
            k += 1;
        }
        if day.is_none() && year.is_none() && part.is_none() {
            let prev = i.checked_sub(1).map_or("", |p| c.norm(p));
            let dated_event = prev == "the" && !event_after(c, k).is_empty();
            if !DATE_PREPS.contains(&prev) && !dated_event {
                return None;
            }
        }
        let (y, note) = match year.or(c.year_hint) {
            Some(y) => (y, None),
            None => match c.today {
                Some(today) => {
                    // The latest such date on or before the article date.
                    let (ty, tm, td) = civil_from_days(today);
                    let later = (m, day.unwrap_or(1)) > (tm, td);
                    let y = ty - i64::from(later);
                    (
                        y,
                        Some(format!(
                            "The year is taken from the article date {}.",
                            iso(today)
                        )),
                    )
                }
                None => {
                    let when = When::Unresolved("no year and no article date");
                    return Some((when, k, None, None));
                }
            },
        };
        let (low, high) = match day {
            Some(d) if i64::from(d) <= month_days(y, m).1 - month_days(y, m).0 + 1 => {
                let x = days_from_civil(y, m, d);
                (x, x)
            }
            Some(_) => return None,
            None => month_days(y, m),
        };
        (low, high, k, year, note)
    } else if let (Some(d), Some(m)) = (c.day(j), c.month(j + 1)) {
        // British and European order puts the day first ("29 July 2016").
        let year = c.year(j + 2);
        let y = year.or(c.year_hint)?;
        if i64::from(d) > month_days(y, m).1 - month_days(y, m).0 + 1 {
            return None;
        }
        let x = days_from_civil(y, m, d);
        (x, x, j + 2 + usize::from(year.is_some()), year, None)
    } else if let Some((y, k)) = season(c.norm(j), 2000).and_then(|_| {
        let k = j + 1 + usize::from(c.norm(j + 1) == "of");
        c.year(k).map(|y| (y, k + 1))
    }) {
        let (low, high) = season(c.norm(j), y)?;
        (low, high, k, Some(y), None)
    } else if let Some(y) = c.year(j) {
        // A year inside a name ("Trump 2024", "Web Summit 2017") is no date.
        let named = j > 0
            && c.capitalized(j - 1)
            && month_of(c.norm(j - 1)).is_none()
            && !c.norm(j - 1).ends_with("'s");
        if named || c.currency(j).is_some() || part.is_none() && j == i && !year_context(c, j) {
            return None;
        }
        (
            days_from_civil(y, 1, 1),
            days_from_civil(y, 12, 31),
            j + 1,
            Some(y),
            None,
        )
    } else {
        return None;
    };
    let (low, high) = match part {
        Some(p) => part_of(p, low, high),
        None => (low, high),
    };
    Some((When::Days(low, high), end, year, note))
}

/// Whether a lone four-digit number reads as a year: after a preposition or
/// an article ("in 2016", "the 2016 election"), or before a noun it dates.
fn year_context(c: &Ctx, j: usize) -> bool {
    let prev = j.checked_sub(1).map_or("", |p| c.norm(p));
    let next = c.norm(j + 1);
    (DATE_PREPS.contains(&prev) || matches!(prev, "the" | "a" | "an" | "year" | "'s"))
        && !next.ends_with("ly")
        || (j == 0 || c.t.get(j - 1).is_some_and(|t| t.norm.ends_with("'s")))
            && !event_after(c, j + 1).is_empty()
}

/// The noun a date modifies ("the 2016 election", "last year's election",
/// "the November 2016 presidential race"), which makes the date a measure
/// of that event rather than of the sentence's action.
fn event_after(c: &Ctx, end: usize) -> String {
    let possessive = end > 0 && c.norm(end - 1).ends_with("'s");
    let word_at = |k: usize| {
        let w = c.norm(k);
        let ok = !c.capitalized(k)
            && w.len() > 2
            && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
            && !is_stopword(w)
            && !w.ends_with("ly")
            && !TIME_UNITS.iter().any(|(u, _)| w.starts_with(u));
        ok.then_some(w)
    };
    if end == 0 || !(possessive || c.adjacent(end - 1)) {
        return String::new();
    }
    match word_at(end) {
        Some(w) if w.ends_with("al") && c.adjacent(end) => match word_at(end + 1) {
            Some(n) => format!("{w} {}", singular(n)),
            None => String::new(),
        },
        Some(w) => singular(w).to_string(),
        None => String::new(),
    }
}

/// Drops a plural "s" ("elections" → "election", but "press" stays).
fn singular(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(s) if !s.ends_with(['s', 'u', 'i']) && !w.ends_with("news") && s.len() > 2 => s,
        _ => w,
    }
}

/// A number as read: a value or a range, the scale applied, and the token
/// after it.
struct Num {
    low: f64,
    high: f64,
    scale: f64,
    end: usize,
}

/// Reads the number at token `i`: digits ("33,000", "5.8"), digits with a
/// glued scale ("48m"), a range ("1-5"), or words ("five", "a dozen",
/// "twenty-five"), with a scale word after it ("million").
fn number_at(c: &Ctx, i: usize) -> Option<Num> {
    let t = c.t.get(i)?;
    let w = t.norm.as_str();
    let (low, high, mut end) = if t.kind == TokenKind::Number {
        let v = parse_digits(w)?;
        (v, v, i + 1)
    } else if w.starts_with(|ch: char| ch.is_ascii_digit()) {
        if let Some((a, b)) = w.split_once('-') {
            let (a, b) = (parse_digits(a)?, parse_digits(b)?);
            (a < b).then_some((a, b, i + 1))?
        } else {
            let v = GLUED
                .iter()
                .find_map(|(s, f)| w.strip_suffix(s).and_then(parse_digits).map(|v| v * f))?;
            (v, v, i + 1)
        }
    } else if w == "a" && c.norm(i + 1) == "dozen" {
        (12.0, 12.0, i + 2)
    } else if w == "dozen" {
        (12.0, 12.0, i + 1)
    } else {
        let v = word_value(w)?;
        (v, v, i + 1)
    };
    let scale = SCALES
        .iter()
        .find(|(s, _)| *s == c.norm(end))
        .map_or(1.0, |&(_, f)| f);
    if scale > 1.0 {
        end += 1;
    }
    Some(Num {
        low: low * scale,
        high: high * scale,
        scale,
        end,
    })
}

/// Reads money, a count, a percentage or a duration starting at token `i`
/// (after any qualifier).
fn amount_at(c: &Ctx, i: usize) -> Option<Found> {
    let (num, first) = if c.norm(i) == "between" {
        let a = number_at(c, i + 1)?;
        if a.low < a.high {
            (a, i + 1)
        } else if c.norm(a.end) == "and" {
            let b = number_at(c, a.end + 1)?;
            // "between $2 and $3 million": the first number takes the
            // second's scale.
            let f = if a.scale == 1.0 { b.scale } else { 1.0 };
            let low = a.low * f;
            (low < b.high).then_some((
                Num {
                    low,
                    high: b.high,
                    ..b
                },
                i + 1,
            ))?
        } else {
            return None;
        }
    } else if let Some(&(_, low, high)) = VAGUE.iter().find(|(w, ..)| *w == c.norm(i)) {
        // A plural scale with "of" is a vague range ("thousands of emails").
        if c.norm(i + 1) != "of" {
            return None;
        }
        let num = Num {
            low,
            high,
            scale: 1.0,
            end: i + 2,
        };
        (num, i)
    } else {
        (number_at(c, i)?, i)
    };
    // A bare four-digit year-like number is a year or part of a name
    // ("Trump 2024 rallies"), not a count.
    let yearish = c.year(first).is_some() && num.end == first + 1;
    if yearish && c.currency(first).is_none() {
        return None;
    }
    let mut end = num.end;
    let last = c.t.get(end - 1)?;
    let after = c.text.get(last.span.end..).unwrap_or("");
    let mut currency = c.currency(first);
    if currency.is_none() {
        currency = match singular(c.norm(end)) {
            "dollar" => Some("USD"),
            "pound" => Some("GBP"),
            "euro" => Some("EUR"),
            _ => None,
        };
        end += usize::from(currency.is_some());
    }
    let (kind, unit, per_unit) = if let Some(cur) = currency {
        (QuantityKind::Money, cur.to_string(), 1.0)
    } else if after.starts_with('%') {
        (QuantityKind::Percent, String::new(), 1.0)
    } else if matches!(c.norm(end), "percent" | "per-cent") {
        end += 1;
        (QuantityKind::Percent, String::new(), 1.0)
    } else if let Some(&(u, days)) = TIME_UNITS.iter().find(|(u, _)| *u == singular(c.norm(end))) {
        end += 1;
        (QuantityKind::Duration, format!("{u}s"), days)
    } else {
        let (unit, skip) = count_noun(c, end)?;
        end += skip;
        (QuantityKind::Count, unit, 1.0)
    };
    let (low, high) = (num.low * per_unit, num.high * per_unit);
    Some(Found {
        start: i,
        end,
        kind,
        qualifier: Qualifier::Exact,
        value: low,
        low,
        high,
        normalized: String::new(),
        unit,
        note: None,
        year: None,
    })
}

/// The noun a number counts ("33,000 emails", "50,000 Clinton emails",
/// "two sources familiar"), folded to a shared form for comparison
/// ("messages" are "emails"), and how many tokens it takes.
fn count_noun(c: &Ctx, k: usize) -> Option<(String, usize)> {
    let noun = |k: usize| {
        let w = c.norm(k);
        (k.checked_sub(1).is_some_and(|p| c.adjacent(p))
            && !c.capitalized(k)
            && w.len() > 2
            && w.chars().all(char::is_alphabetic)
            && !is_stopword(w)
            && !w.ends_with("ly"))
        .then_some(w)
    };
    // One name or adjective may stand between the number and a plural noun.
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    let (w, used) = match noun(k) {
        Some(w) if plural(w) => (w, 1),
        _ if k.checked_sub(1).is_some_and(|p| c.adjacent(p)) => {
            match noun(k + 1).filter(|w| plural(w)) {
                Some(w) if c.capitalized(k) || noun(k).is_some() => (w, 2),
                _ => (noun(k)?, 1),
            }
        }
        _ => return None,
    };
    let w = match w {
        "messages" => "emails",
        other => other,
    };
    Some((w.to_string(), used))
}

/// The qualifier phrase starting at token `i`, and its length in tokens.
fn qualifier_at(c: &Ctx, i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS.iter().find_map(|(words, q)| {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| c.norm(i + k) == *w)
            .then_some((*q, words.len()))
    })
}

/// Every word that can begin a quantity besides digits: qualifiers,
/// "between", relative and period words, months (and their short forms),
/// weekdays, seasons, number words and vague plurals. Sorted for binary
/// search, so that every other token is skipped at once.
const STARTERS: &[&str] = &[
    "a",
    "about",
    "above",
    "almost",
    "an",
    "approximately",
    "apr",
    "april",
    "around",
    "as",
    "at",
    "aug",
    "august",
    "autumn",
    "below",
    "between",
    "billions",
    "close",
    "dec",
    "december",
    "dozen",
    "dozens",
    "early",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "estimated",
    "fall",
    "feb",
    "february",
    "fewer",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "friday",
    "hundreds",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "late",
    "less",
    "mar",
    "march",
    "may",
    "mid",
    "millions",
    "monday",
    "more",
    "nearly",
    "next",
    "nine",
    "nineteen",
    "ninety",
    "no",
    "nov",
    "november",
    "oct",
    "october",
    "one",
    "over",
    "roughly",
    "saturday",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "some",
    "spring",
    "summer",
    "sunday",
    "ten",
    "that",
    "thirteen",
    "thirty",
    "this",
    "thousands",
    "three",
    "thursday",
    "today",
    "tuesday",
    "twelve",
    "twenty",
    "two",
    "under",
    "up",
    "upwards",
    "wednesday",
    "winter",
    "yesterday",
    "zero",
];

/// Where a word's search in `STARTER_SLOTS` begins, from its first, middle
/// and last letters and its length.
const fn starter_hash(b: &[u8]) -> usize {
    let n = b.len();
    (b[0] as usize * 31 + b[n / 2] as usize * 17 + b[n - 1] as usize * 7 + n * 131) % 512
}

/// The starters as an open-addressed hash table of their places in
/// `STARTERS` plus one (0 for an empty slot), so most words are turned away
/// without a string comparison and the rest need about one.
const STARTER_SLOTS: [u8; 512] = {
    let mut slots = [0u8; 512];
    let mut k = 0;
    while k < STARTERS.len() {
        let mut h = starter_hash(STARTERS[k].as_bytes());
        while slots[h] != 0 {
            h = (h + 1) % 512;
        }
        slots[h] = (k + 1) as u8;
        k += 1;
    }
    slots
};

/// Whether `w` is one of the `STARTERS`.
fn is_starter(w: &str) -> bool {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut h = starter_hash(w.as_bytes());
    loop {
        match STARTER_SLOTS[h] {
            0 => return false,
            k if STARTERS[usize::from(k) - 1] == w => return true,
            _ => h = (h + 1) % 512,
        }
    }
}

/// Whether a quantity may start at token `i` (a cheap test before reading).
fn may_start(c: &Ctx, i: usize) -> bool {
    let Some(t) = c.t.get(i) else {
        return false;
    };
    let w = t.norm.as_str();
    if t.kind == TokenKind::Number || w.starts_with(|ch: char| ch.is_ascii_digit()) {
        return true;
    }
    // "mid-June", "twenty-five", "today's" are looked up by their first part.
    let cut = w
        .bytes()
        .position(|b| b == b'-' || b == b'\'')
        .unwrap_or(w.len());
    let head = w.get(..cut).unwrap_or(w);
    // "a" and "an" start a quantity only as "a dozen", "an estimated".
    let article = match head {
        "a" => c.norm(i + 1) == "dozen",
        "an" => c.norm(i + 1) == "estimated",
        _ => true,
    };
    article && is_starter(head)
}

/// Reads the quantity starting at token `i`, qualifier included.
fn read_at(c: &Ctx, i: usize) -> Option<Found> {
    if !may_start(c, i) {
        return None;
    }
    if let Some((q, k)) = qualifier_at(c, i) {
        let found = amount_at(c, i + k).or_else(|| {
            // Only "around", "roughly" and "approximately" bound a date
            // ("around June 2016"): "about last year's election" is a
            // topic and "over the summer" no bound.
            matches!(c.norm(i), "around" | "roughly" | "approximately")
                .then(|| date_range_at(c, i + k))
                .flatten()
        });
        if let Some(mut f) = found {
            f.start = i;
            f.qualifier = q;
            return Some(f);
        }
    }
    date_range_at(c, i).or_else(|| amount_at(c, i))
}

/// A date, or a span of dates "from July 2015 through June 2016" /
/// "between May and June 2016" read as one period.
fn date_range_at(c: &Ctx, i: usize) -> Option<Found> {
    let mut f = date_at(c, i)?;
    let prev = i.checked_sub(1).map_or("", |p| c.norm(p));
    let joins = match prev {
        "from" => matches!(c.norm(f.end), "through" | "to" | "until" | "thru"),
        "between" => c.norm(f.end) == "and",
        _ => false,
    };
    if joins && f.low.is_finite() {
        let inner = Ctx {
            year_hint: f.year.or(c.year_hint),
            ..*c
        };
        if let Some(g) = date_at(&inner, f.end + 1).filter(|g| g.high.is_finite() && g.high > f.low)
        {
            f.end = g.end;
            f.high = g.high;
            f.normalized = period_text(f.low as i64, f.high as i64);
            f.year = g.year.or(f.year);
            f.unit = g.unit;
        }
    }
    Some(f)
}

/// Applies the qualifier to the interval and writes the normal form.
fn finish(f: &mut Found) {
    let q = f.qualifier;
    if f.kind == QuantityKind::Date {
        if q == Qualifier::About && f.low.is_finite() {
            let len = f.high - f.low + 1.0;
            f.low -= len;
            f.high += len;
            f.normalized = format!("≈ {}", f.normalized);
        }
        return;
    }
    let (low, high) = (f.low, f.high);
    (f.low, f.high) = match q {
        Qualifier::Exact => (low, high),
        Qualifier::About => (low * (1.0 - ABOUT), high * (1.0 + ABOUT)),
        Qualifier::MoreThan | Qualifier::AtLeast => (high, f64::INFINITY),
        Qualifier::LessThan | Qualifier::UpTo => (0.0, low),
    };
    let prefix = match q {
        Qualifier::Exact => "",
        Qualifier::About => "≈ ",
        Qualifier::MoreThan => "> ",
        Qualifier::AtLeast => "≥ ",
        Qualifier::LessThan => "< ",
        Qualifier::UpTo => "≤ ",
    };
    let shown = if low < high && matches!(f.kind, QuantityKind::Count | QuantityKind::Duration) {
        // The unit once, after the range: "2,000 – 999,999 voters".
        let first = show(f.kind, &f.unit, low);
        let number = first.split(' ').next().unwrap_or("");
        format!("{number} – {}", show(f.kind, &f.unit, high))
    } else if low < high {
        format!(
            "{} – {}",
            show(f.kind, &f.unit, low),
            show(f.kind, &f.unit, high)
        )
    } else {
        show(f.kind, &f.unit, low)
    };
    f.normalized = format!("{prefix}{shown}");
}

/// A value in its unit's readable form: "$5,900,000", "33,000 emails",
/// "4.5%", "5 months".
fn show(kind: QuantityKind, unit: &str, v: f64) -> String {
    match kind {
        QuantityKind::Money => {
            let sign = match unit {
                "GBP" => "£",
                "EUR" => "€",
                _ => "$",
            };
            format!("{sign}{}", grouped(v))
        }
        QuantityKind::Percent => format!("{}%", format_number(v)),
        QuantityKind::Duration => {
            let days = TIME_UNITS
                .iter()
                .find(|(u, _)| unit.starts_with(u))
                .map_or(1.0, |&(_, d)| d);
            format!("{} {unit}", format_number(v / days))
        }
        _ => format!("{} {unit}", grouped(v)).trim_end().to_string(),
    }
}

/// A number with thousands separators ("5,900,000", "2.5").
fn grouped(v: f64) -> String {
    let s = format_number(v);
    if v.abs() >= 1e15 || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return s;
    }
    let (int, frac) = s.split_once('.').map_or((s.as_str(), ""), |(a, b)| (a, b));
    let mut out = String::new();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Finds every quantity in headline and body sentences (never boilerplate).
pub fn find(articles: &[Article], claims: &Claims) -> Vec<Quantity> {
    let mut out = Vec::new();
    for a in articles {
        let today = a.source.date.as_deref().and_then(parse_iso);
        for s in &a.sentences {
            if !matches!(s.role, SentenceRole::Headline | SentenceRole::Body) {
                continue;
            }
            let t = a.tokens.get(s.tokens.clone()).unwrap_or(&[]);
            let mut c = Ctx {
                text: a.text(),
                t,
                today,
                year_hint: None,
            };
            let mut i = 0;
            while i < t.len() {
                let Some(mut f) = read_at(&c, i) else {
                    i += 1;
                    continue;
                };
                i = f.end.max(i + 1);
                c.year_hint = f.year.or(c.year_hint);
                let (Some(first), Some(last)) =
                    (t.get(f.start), f.end.checked_sub(1).and_then(|e| t.get(e)))
                else {
                    continue;
                };
                let sign = c.currency(f.start).map_or(0, |_| {
                    a.text()
                        .get(..first.span.start)
                        .and_then(|h| h.chars().next_back())
                        .map_or(0, char::len_utf8)
                });
                // A percent sign belongs to its number ("4.5%").
                let percent = usize::from(
                    f.kind == QuantityKind::Percent
                        && a.text()
                            .get(last.span.end..)
                            .is_some_and(|r| r.starts_with('%')),
                );
                let span = Span::new(
                    first.span.start.saturating_sub(sign),
                    last.span.end.max(first.span.start) + percent,
                );
                if a.inline_boilerplate.iter().any(|m| m.span.overlaps(span)) {
                    continue;
                }
                finish(&mut f);
                let claim = claims
                    .sentence_units(a.index, s.index)
                    .find(|&u| claims.units[u].span.contains(span))
                    .or_else(|| {
                        claims
                            .sentence_units(a.index, s.index)
                            .find(|&u| claims.units[u].span.overlaps(span))
                    })
                    .and_then(|u| claims.unit_claim.get(u).copied());
                out.push(Quantity {
                    id: out.len(),
                    article: a.index,
                    sentence: s.index,
                    span,
                    kind: f.kind,
                    qualifier: f.qualifier,
                    value: f.value,
                    low: f.low,
                    high: f.high,
                    normalized: f.normalized,
                    unit: f.unit,
                    note: f.note,
                    claim,
                });
            }
        }
    }
    out
}

/// What a quantity is about: the content words around it, and for money
/// the names of the parties.
struct Context {
    /// Content words within `WINDOW` tokens: three on each side.
    anchors: Vec<SmallStr>,
    /// The anchors with the words as written, for labels.
    words: Vec<(SmallStr, String)>,
    /// The three nearest content words before it, which name what the
    /// quantity is of ("paid the firm $5.9 million", "initiated the contact
    /// in early June").
    core: Vec<SmallStr>,
    names: Vec<SmallStr>,
}

/// The content terms of sentence `s` of article `a`: those its claim units
/// already hold, or (for a sentence with no unit, such as a lead-in) ones
/// read into `store`.
fn sentence_terms<'a>(
    a: &Article,
    claims: &'a Claims,
    s: usize,
    store: &'a mut Vec<Term>,
) -> Vec<&'a Term> {
    let mut units = claims.sentence_units(a.index, s).peekable();
    if units.peek().is_some() {
        return units.flat_map(|u| claims.units[u].terms.iter()).collect();
    }
    if let Some(sentence) = a.sentences.get(s) {
        let tokens = a.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
        let title = sentence.role == SentenceRole::Headline && is_title_case(a.text(), tokens);
        *store = TermExtractor.terms_with(a.text(), tokens, true, title);
    }
    store.iter().collect()
}

/// Reads the words around quantity `q` (see the module doc).
fn context(articles: &[Article], claims: &Claims, q: &Quantity) -> Context {
    let mut out = Context {
        anchors: Vec::new(),
        words: Vec::new(),
        core: Vec::new(),
        names: Vec::new(),
    };
    let Some(a) = articles.get(q.article) else {
        return out;
    };
    let Some(s) = a.sentences.get(q.sentence) else {
        return out;
    };
    let range = s.tokens.clone();
    let toks = a.tokens.get(range.clone()).unwrap_or(&[]);
    let first = toks.partition_point(|t| t.span.start < q.span.start);
    let end = toks.partition_point(|t| t.span.start < q.span.end);
    // Byte bounds of the window `reach` tokens either side of the quantity.
    let bounds = |reach: usize| {
        let from = toks
            .get(first.saturating_sub(reach))
            .map_or(0, |t| t.span.start);
        let to = toks
            .get((end + reach).min(toks.len()).saturating_sub(1))
            .map_or(0, |t| t.span.end);
        (from, to)
    };
    let mut store = Vec::new();
    let terms = sentence_terms(a, claims, q.sentence, &mut store);
    let unit = stem(singular(q.unit.split(' ').next_back().unwrap_or("")));
    let word = |t: &Term| {
        let key = match t.key.as_str() {
            // Outreach is how contact is made; asking someone is too.
            "outreach" | "ask" => "contact",
            k => k,
        };
        (t.kind == TermKind::Word
            && !GENERIC.contains(&key)
            && key != unit
            && month_of(key).is_none())
        .then(|| (SmallStr::from(key), normalize(t.span.slice(a.text()))))
    };
    let (from, to) = bounds(WINDOW);
    // The last three before it, nearest first.
    out.words = terms
        .iter()
        .rev()
        .filter(|t| t.span.start >= from && t.span.end <= q.span.start)
        .filter_map(|t| word(t))
        .take(3)
        .collect();
    out.core = out.words.iter().map(|w| w.0.clone()).collect();
    out.words.extend(
        terms
            .iter()
            .filter(|t| t.span.start >= q.span.end && t.span.end <= to)
            .filter_map(|t| word(t))
            .take(3),
    );
    out.anchors = out.words.iter().map(|w| w.0.clone()).collect();
    for v in [&mut out.core, &mut out.anchors] {
        sort::sort(v);
        v.dedup();
    }
    if q.kind == QuantityKind::Money {
        let names_in = |terms: &[&Term], from: usize, to: usize| -> Vec<SmallStr> {
            let mut v: Vec<SmallStr> = terms
                .iter()
                .filter(|t| t.kind == TermKind::Name && t.span.start >= from && t.span.end <= to)
                .filter(|t| month_of(&t.key).is_none() && weekday_of(&t.key).is_none())
                .map(|t| t.key.clone())
                .collect();
            sort::sort(&mut v);
            v.dedup();
            v
        };
        // The parties near the amount; else the sentence's; else, for "The
        // campaign paid…", the previous sentence's.
        let (from, to) = bounds(8);
        out.names = names_in(&terms, from, to);
        if out.names.is_empty() {
            out.names = names_in(&terms, 0, usize::MAX);
        }
        let previous = q.sentence.checked_sub(1).and_then(|p| a.sentences.get(p));
        if out.names.is_empty() && previous.is_some_and(|p| !p.role.is_boilerplate()) {
            let mut store = Vec::new();
            let terms = sentence_terms(a, claims, q.sentence - 1, &mut store);
            out.names = names_in(&terms, 0, usize::MAX);
        }
    }
    out
}

/// Whether two quantities can both be true: their intervals meet, exact
/// figures widened by `EXACT_TOLERANCE` (dates, counted in whole days, are
/// not widened).
fn compatible(a: &Quantity, b: &Quantity) -> bool {
    let widen = |q: &Quantity| {
        if q.kind == QuantityKind::Date {
            (q.low, q.high)
        } else {
            (
                q.low - q.low.abs() * EXACT_TOLERANCE,
                q.high + q.high.abs() * EXACT_TOLERANCE,
            )
        }
    };
    let ((al, ah), (bl, bh)) = (widen(a), widen(b));
    al <= bh && bl <= ah
}

fn find_root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Groups comparable quantities into measures and judges each.
pub fn measures(articles: &[Article], claims: &Claims, quantities: &[Quantity]) -> Vec<Measure> {
    let n = quantities.len();
    let ctx: Vec<Context> = quantities
        .iter()
        .map(|q| context(articles, claims, q))
        .collect();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (i, j) in candidate_pairs(quantities, &ctx) {
        {
            let (a, b) = (&quantities[i], &quantities[j]);
            let same_claim = a.claim.is_some() && a.claim == b.claim;
            if a.article == b.article && !same_claim {
                continue;
            }
            let (ri, rj) = (find_root(&mut parent, i), find_root(&mut parent, j));
            if ri == rj {
                continue;
            }
            let meet = |x: &[SmallStr], y: &[SmallStr]| x.iter().any(|w| y.contains(w));
            let (ci, cj) = (&ctx[i], &ctx[j]);
            // Within a claim, or for the noun a count counts, any shared word
            // around the values will do; across claims the words right before
            // both must meet.
            let near = if same_claim || a.kind == QuantityKind::Count {
                meet(&ci.anchors, &cj.anchors)
            } else {
                meet(&ci.core, &cj.core)
            };
            let agree = || {
                members[ri].iter().all(|&x| {
                    members[rj]
                        .iter()
                        .all(|&y| compatible(&quantities[x], &quantities[y]))
                })
            };
            // Money is paid by and to someone: amounts with named parties
            // that share no name ("Cruz" vs "Trump") are different measures,
            // and so are a first or total payment and the others.
            let parties = a.kind != QuantityKind::Money
                || ci.names.is_empty()
                || cj.names.is_empty()
                || meet(&ci.names, &cj.names);
            let same_marks = MARKERS.iter().all(|m| {
                ci.core.iter().any(|w| w.starts_with(m)) == cj.core.iter().any(|w| w.starts_with(m))
            });
            let placed = a.low.is_finite() && b.low.is_finite();
            let event = !a.unit.is_empty() && a.unit != "statement";
            let link = if same_claim {
                near && parties && same_marks || placed && agree()
            } else if a.kind == QuantityKind::Date {
                // Dates from different claims are one event only when they
                // agree (otherwise two events are likelier than a
                // contradiction), and only when they can be placed at all;
                // the date of a named event ("the 2016 election") needs no
                // more.
                placed && (near || event) && agree()
            } else {
                near && parties && same_marks
            };
            if !link {
                continue;
            }
            let (keep, gone) = (ri.min(rj), ri.max(rj));
            parent[gone] = keep;
            let moved = std::mem::take(&mut members[gone]);
            members[keep].extend(moved);
        }
    }
    let mut out: Vec<Measure> = Vec::new();
    for (root, mut qs) in members.into_iter().enumerate() {
        if qs.is_empty() || find_root(&mut parent, root) != root {
            continue;
        }
        sort::sort(&mut qs);
        out.push(judge(articles, quantities, &ctx, qs));
    }
    // Conflicts come first, then measures more outlets give, so the page leads
    // with what is disputed and widely reported.
    sort::sort_by_key(&mut out, |m| {
        let mut outlets: Vec<usize> = m
            .quantities
            .iter()
            .map(|&q| quantities[q].article)
            .collect();
        sort::sort(&mut outlets);
        outlets.dedup();
        (
            m.verdict != Some(Verdict::Conflicting),
            std::cmp::Reverse(outlets.len()),
            m.quantities.first().copied(),
        )
    });
    for (id, m) in out.iter_mut().enumerate() {
        m.id = id;
    }
    out
}

/// Word keys shared by more quantities than this propose no pairs: like a
/// common word in claim alignment, they are no evidence, and a constant cap
/// keeps the work linear in the number of quantities.
const MEASURE_CAP: usize = 24;

/// The pairs of quantities that could be one measure, each once, in the
/// order the grouping tries them (by kind, unit and id). A pair can only
/// link when both are of one kind and unit and either share a claim, or
/// share a word around them (the nearby words for counts, the words before
/// them otherwise), or are both dates of one named event; so only those
/// pairs are proposed, found through an index rather than by trying all.
fn candidate_pairs(quantities: &[Quantity], ctx: &[Context]) -> Vec<(usize, usize)> {
    let mut index: FastMap<(QuantityKind, &str, usize, &str), Vec<usize>> = FastMap::default();
    for (i, q) in quantities.iter().enumerate() {
        let unit = q.unit.as_str();
        if let Some(claim) = q.claim {
            index.entry((q.kind, unit, claim, "")).or_default().push(i);
        }
        let words = if q.kind == QuantityKind::Count {
            &ctx[i].anchors
        } else {
            &ctx[i].core
        };
        for w in words {
            index
                .entry((q.kind, unit, usize::MAX, w))
                .or_default()
                .push(i);
        }
        if q.kind == QuantityKind::Date && !unit.is_empty() && unit != "statement" {
            index
                .entry((q.kind, unit, usize::MAX, ""))
                .or_default()
                .push(i);
        }
    }
    let mut pairs = Vec::new();
    for ((_, _, claim, _), members) in &index {
        if *claim == usize::MAX && members.len() > MEASURE_CAP {
            continue;
        }
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    // By (kind, unit, id) of the first, then of the second: the rank of each
    // quantity in that order stands for it.
    let mut by: Vec<usize> = (0..quantities.len()).collect();
    sort::sort_by_key(&mut by, |&i| {
        (quantities[i].kind, quantities[i].unit.as_str())
    });
    let mut rank = vec![0; quantities.len()];
    for (r, &i) in by.iter().enumerate() {
        rank[i] = r;
    }
    sort::sort_by_key(&mut pairs, |&(i, j)| (rank[i], rank[j]));
    pairs.dedup();
    pairs
}

/// Builds one measure from its quantities (ids, ascending): its label, its
/// verdict and a one-line explanation quoting the values as written.
fn judge(
    articles: &[Article],
    quantities: &[Quantity],
    ctx: &[Context],
    qs: Vec<usize>,
) -> Measure {
    let q0 = &quantities[qs[0]];
    let written = |q: &Quantity| {
        let a = articles.get(q.article);
        let text = a.map_or("", |a| q.span.slice(a.text()));
        let label = a.map_or("", |a| a.source.label.as_str());
        format!("“{text}” ({label})")
    };
    // The label: what kind of value, and the words most members share, as
    // written ("amount: paid, ultimately").
    let mut words: Vec<(usize, &str, &str)> = Vec::new();
    for &q in &qs {
        for (key, written) in &ctx[q].words {
            match words.iter_mut().find(|w| w.1 == key.as_str()) {
                Some(entry) => entry.0 += 1,
                None => words.push((1, key, written)),
            }
        }
    }
    sort::sort_by(&mut words, |a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let head = match (q0.kind, q0.unit.as_str()) {
        (QuantityKind::Count, unit) => format!("number of {unit}"),
        (QuantityKind::Money, _) => "amount".to_string(),
        (QuantityKind::Percent, _) => "share".to_string(),
        (QuantityKind::Duration, _) => "length of time".to_string(),
        (QuantityKind::Date, "") => "date".to_string(),
        (QuantityKind::Date, "statement") => "date of a statement".to_string(),
        (QuantityKind::Date, unit) => format!("date of the {unit}"),
    };
    // Where several values meet, only words at least two of them share name
    // the measure (one outlet's "able to find" is not what is counted).
    let shared = if qs.len() > 1 { 2 } else { 1 };
    let about: Vec<&str> = words
        .iter()
        .filter(|w| w.0 >= shared)
        .take(2)
        .map(|w| w.2)
        .collect();
    let label = if about.is_empty() {
        head
    } else {
        format!("{head}: {}", about.join(", "))
    };
    let claim = Some(q0.claim)
        .filter(|c| qs.iter().all(|&q| quantities[q].claim == *c))
        .flatten();
    let mut outlets: Vec<usize> = qs.iter().map(|&q| quantities[q].article).collect();
    sort::sort(&mut outlets);
    outlets.dedup();
    let (verdict, explanation) = if outlets.len() < 2 {
        (None, format!("Only {} gives this value.", written(q0)))
    } else {
        let clash = qs.iter().enumerate().find_map(|(k, &x)| {
            qs[k + 1..].iter().find_map(|&y| {
                let (a, b) = (&quantities[x], &quantities[y]);
                (a.article != b.article && !compatible(a, b)).then_some((a, b))
            })
        });
        match clash {
            Some((a, b)) => (
                Some(Verdict::Conflicting),
                format!("{} and {} cannot both hold.", written(a), written(b)),
            ),
            None => (
                Some(Verdict::Consistent),
                consistent_line(quantities, &qs, &written),
            ),
        }
    };
    Measure {
        id: 0,
        label,
        kind: q0.kind,
        claim,
        quantities: qs,
        verdict,
        explanation,
    }
}

/// Why a consistent measure agrees: the widest value allows the narrowest,
/// or every outlet gives the same figure.
fn consistent_line(
    quantities: &[Quantity],
    qs: &[usize],
    written: &dyn Fn(&Quantity) -> String,
) -> String {
    let placed: Vec<&Quantity> = qs
        .iter()
        .map(|&q| &quantities[q])
        .filter(|q| q.low.is_finite() || q.high.is_finite())
        .collect();
    let unplaced = qs.len() - placed.len();
    let tail = if unplaced > 0 {
        format!(" ({unplaced} cannot be placed and cannot conflict)")
    } else {
        String::new()
    };
    let width = |q: &Quantity| q.high - q.low;
    let narrow = placed
        .iter()
        .copied()
        .min_by(|a, b| width(a).total_cmp(&width(b)).then(a.id.cmp(&b.id)));
    // The widest value from another outlet than the narrowest, when there
    // is one.
    let wide = narrow.and_then(|n| {
        placed
            .iter()
            .copied()
            .filter(|q| q.article != n.article)
            .max_by(|a, b| width(a).total_cmp(&width(b)).then(b.id.cmp(&a.id)))
    });
    let (Some(wide), Some(narrow)) = (wide.or(narrow), narrow) else {
        return format!("No value can be placed, so none conflicts{tail}.");
    };
    if placed.iter().all(|q| q.normalized == narrow.normalized) {
        format!("All agree on {}{tail}.", narrow.normalized)
    } else {
        let verb = if wide.kind == QuantityKind::Date {
            "includes"
        } else {
            "allows"
        };
        format!("{} {verb} {}{tail}.", written(wide), written(narrow))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::article::{analyze, Analysis, ArticleSource};
    use crate::analysis::corpus::bundled_analysis;

    fn source(outlet: &str, date: Option<&str>, text: &str) -> ArticleSource {
        ArticleSource {
            date: date.map(str::to_string),
            ..ArticleSource::from_text(outlet, text)
        }
    }

    /// Each quantity as "text: kind normalized [note]".
    fn render(a: &Analysis) -> Vec<String> {
        a.quantities
            .iter()
            .map(|q| {
                let text = q.span.slice(a.articles[q.article].text());
                format!("{text}: {} {}", q.kind.slug(), q.normalized)
            })
            .collect()
    }

    fn check_dated(date: Option<&str>, input: &str, expected: &[&str]) {
        let a = analyze("t", vec![source("A", date, input)]);
        assert_eq!(render(&a), expected, "input: {input:?}");
    }

    fn check(input: &str, expected: &[&str]) {
        check_dated(None, input, expected);
    }

    #[test]
    fn money_with_scales_ranges_and_qualifiers() {
        check(
            "The campaign paid the firm $5.9 million for data services.",
            &["$5.9 million: money $5,900,000"],
        );
        check(
            "Bannon controls between $1-5 million in company stock.",
            &["between $1-5 million: money $1,000,000 – $5,000,000"],
        );
        check(
            "The fund raised between $2 and $3 million from donors.",
            &["between $2 and $3 million: money $2,000,000 – $3,000,000"],
        );
        check(
            "It was ultimately paid more than $5 million, about £48m and up to 300 euros.",
            &[
                "more than $5 million: money > $5,000,000",
                "about £48m: money ≈ £48,000,000",
                "up to 300 euros: money ≤ €300",
            ],
        );
        check(
            "Some insiders doubt the millions of dollars it was paid.",
            &["millions of dollars: money $2,000,000 – $999,999,999"],
        );
        check(
            "It made its first payment, totaling $100,000, in cash.",
            &["$100,000: money $100,000"],
        );
    }

    #[test]
    fn counts_percentages_and_number_words() {
        check(
            "He asked about Hillary Clinton’s missing 33,000 emails.",
            &["33,000 emails: count 33,000 emails"],
        );
        check(
            "WikiLeaks had more than 50,000 Clinton emails, and 33,000 messages went missing.",
            &[
                "more than 50,000 Clinton emails: count > 50,000 emails",
                "33,000 messages: count 33,000 emails",
            ],
        );
        check(
            "Sixty firefighters and a dozen trucks came, twenty-five of them late.",
            &[
                "Sixty firefighters: count 60 firefighters",
                "a dozen trucks: count 12 trucks",
            ],
        );
        check(
            "Thousands of voters and over 160 times the usual number.",
            &[
                "Thousands of voters: count 2,000 – 999,999 voters",
                "over 160 times: count > 160 times",
            ],
        );
        check(
            "Turnout rose 4.5% to roughly 62 percent, at least 5-6 million people.",
            &[
                "4.5%: percent 4.5%",
                "roughly 62 percent: percent ≈ 62%",
                "at least 5-6 million people: count ≥ 5,000,000 – 6,000,000 people",
            ],
        );
        check(
            "The deal took roughly five months and six days later it was signed.",
            &[
                "roughly five months: duration ≈ 5 months",
                "six days: duration 6 days",
            ],
        );
    }

    #[test]
    fn numbers_that_are_not_quantities() {
        check("Sen. Ted Cruz (R., Texas) spoke to one of the donors.", &[]);
        check(
            "Call 555-0100 or (202) 555-0199 today.",
            &["today: date unresolved"],
        );
        check("1. The first point. 2. The second point.", &[]);
        check("The court ruled 6-3 to uphold it.", &[]);
        check(
            "In the 1990s a 7-Eleven store opened at 3 p.m. for the 25-year-old.",
            &[],
        );
        check("He is one of the best, No. 9 on the list.", &[]);
        check("Democrats say it is up to Trump 2024 rallies now.", &[]);
        check(
            "He has been there since 2012 with Web Summit 2017 guests.",
            &["2012: date 2012-01-01 – 2012-12-31"],
        );
    }

    #[test]
    fn calendar_dates_and_periods() {
        check(
            "The first payment was July 29, 2016, after talks in early June 2016.",
            &[
                "July 29, 2016: date 2016-07-29",
                "early June 2016: date 2016-06-01 – 2016-06-10",
            ],
        );
        check(
            "Outreach began in May 2016 and a contract was sent on June 13.",
            &[
                "May 2016: date 2016-05-01 – 2016-05-31",
                "June 13: date 2016-06-13",
            ],
        );
        check(
            "It paid from July 2015 through June 2016, and in late 2016, mid-June and summer 2017.",
            &[
                "July 2015 through June 2016: date 2015-07-01 – 2016-06-30",
                "late 2016: date 2016-09-01 – 2016-12-31",
                "mid-June: date 2016-06-11 – 2016-06-20",
                "summer 2017: date 2017-06-01 – 2017-08-31",
            ],
        );
        check(
            "We may agree on 3 March 2017 in Hamburg.",
            &["3 March 2017: date 2017-03-03"],
        );
        check("The deal closed in May.", &["May: date unresolved"]);
        check_dated(
            Some("2017-10-26"),
            "The deal closed in May.",
            &["May: date 2017-05-01 – 2017-05-31"],
        );
        check(
            "Mr. Trump’s 2016 campaign and the 2016 election.",
            &[
                "2016: date 2016-01-01 – 2016-12-31",
                "2016: date 2016-01-01 – 2016-12-31",
            ],
        );
    }

    #[test]
    fn relative_dates_use_the_article_date() {
        let day = Some("2017-11-10");
        check_dated(
            day,
            "Nix said Thursday that it was rejected.",
            &["Thursday: date 2017-11-09"],
        );
        check_dated(
            day,
            "He wrote last year, last month and this week about last year’s election.",
            &[
                "last year: date 2016-01-01 – 2016-12-31",
                "last month: date 2017-10-01 – 2017-10-31",
                "this week: date 2017-11-06 – 2017-11-12",
                "last year’s: date 2016-01-01 – 2016-12-31",
            ],
        );
        check_dated(
            day,
            "Last July and last summer, and yesterday too.",
            &[
                "Last July: date 2017-07-01 – 2017-07-31",
                "last summer: date 2017-06-01 – 2017-08-31",
                "yesterday: date 2017-11-09",
            ],
        );
        let a = analyze(
            "t",
            vec![source(
                "A",
                None,
                "Nix said Thursday that it ended last year.",
            )],
        );
        assert_eq!(
            render(&a),
            ["Thursday: date unresolved", "last year: date unresolved"]
        );
        assert!(a
            .quantities
            .iter()
            .all(|q| q.note.is_some() && q.low == f64::NEG_INFINITY));
        assert_eq!(a.quantities[0].unit, "statement");
    }

    #[test]
    fn starters_are_sorted_and_cover_every_first_word() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        let firsts = QUALIFIERS
            .iter()
            .map(|(words, _)| words[0])
            .chain(VAGUE.iter().map(|(w, ..)| *w))
            .chain(MONTHS.iter().copied())
            .chain(MONTHS.iter().map(|m| &m[..3]))
            .chain(WEEKDAYS.iter().copied())
            .chain(SMALL.iter().copied())
            .chain(TENS.iter().copied());
        for w in firsts {
            assert!(STARTERS.contains(&w), "{w}");
        }
    }

    #[test]
    fn starter_table_finds_every_starter_and_nothing_else() {
        assert!(STARTERS.iter().all(|w| is_starter(w)));
        for w in ["the", "and", "abou", "aboutt", "", "-", "Today", "décembre"] {
            assert!(!is_starter(w), "{w}");
        }
    }

    #[test]
    fn calendar_arithmetic_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2016, 7, 29), 17_011);
        assert_eq!(weekday(days_from_civil(2017, 11, 9)), 3);
        for d in (-800_000..800_000).step_by(997) {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(parse_iso("2016-02-30"), None);
        assert_eq!(parse_iso("2016-02-29"), Some(days_from_civil(2016, 2, 29)));
    }

    /// The verdict of the measure holding the quantity written `text`.
    fn verdict_of(a: &Analysis, text: &str) -> (Option<Verdict>, Vec<String>, String) {
        let q = a
            .quantities
            .iter()
            .position(|q| q.span.slice(a.articles[q.article].text()) == text)
            .unwrap_or_else(|| panic!("no quantity {text:?}: {:?}", render(a)));
        let m = a
            .measures
            .iter()
            .find(|m| m.quantities.contains(&q))
            .expect("a measure");
        let members = m
            .quantities
            .iter()
            .map(|&q| {
                a.quantities[q]
                    .span
                    .slice(a.articles[a.quantities[q].article].text())
                    .to_string()
            })
            .collect();
        (m.verdict, members, m.explanation.clone())
    }

    #[test]
    fn measures_compare_values_with_range_logic() {
        let a = analyze(
            "t",
            vec![
                source(
                    "A",
                    None,
                    "The Trump campaign paid the firm more than $5 million.",
                ),
                source("B", None, "The Trump campaign paid the firm $5.9 million."),
                source("C", None, "The Trump campaign paid the firm $5 million."),
            ],
        );
        let (v, members, why) = verdict_of(&a, "$5.9 million");
        assert_eq!(v, Some(Verdict::Conflicting), "{why}");
        assert_eq!(members.len(), 3);
        assert!(
            why.contains("“$5.9 million” (B)") && why.contains("“$5 million” (C)"),
            "{why}"
        );
        let a = analyze(
            "t",
            vec![
                source(
                    "A",
                    None,
                    "The Trump campaign paid the firm more than $5 million.",
                ),
                source("B", None, "The Trump campaign paid the firm $5.9 million."),
            ],
        );
        let (v, _, why) = verdict_of(&a, "$5.9 million");
        assert_eq!(v, Some(Verdict::Consistent));
        assert_eq!(why, "“more than $5 million” (A) allows “$5.9 million” (B).");
    }

    #[test]
    fn measures_keep_different_payers_and_payments_apart() {
        let a = analyze(
            "t",
            vec![
                source(
                    "A",
                    None,
                    "Ted Cruz’s campaign paid the firm $5.8 million in fees.",
                ),
                source(
                    "B",
                    None,
                    "Donald Trump’s campaign paid the firm $5 million in fees.",
                ),
                source(
                    "C",
                    None,
                    "Its first payment to the firm, $100,000, was made in July.",
                ),
            ],
        );
        for text in ["$5.8 million", "$5 million", "$100,000"] {
            let (v, members, _) = verdict_of(&a, text);
            assert_eq!((v, members.len()), (None, 1), "{text}");
        }
    }

    #[test]
    fn measures_compare_counts_and_dates() {
        let a = analyze(
            "t",
            vec![
                source(
                    "A",
                    None,
                    "Nix asked Assange about the missing 33,000 emails.",
                ),
                source(
                    "B",
                    None,
                    "Trump hoped Russia would find the 30,000 emails that are missing.",
                ),
            ],
        );
        assert_eq!(
            verdict_of(&a, "30,000 emails").0,
            Some(Verdict::Conflicting)
        );
        let a = analyze(
            "t",
            vec![
                source(
                    "A",
                    Some("2017-10-26"),
                    "Cambridge Analytica reached out to him last year.",
                ),
                source(
                    "B",
                    None,
                    "The firm’s chief reached out to Assange in early June 2016.",
                ),
                source(
                    "C",
                    None,
                    "The firm’s chief reached out to Assange last month.",
                ),
            ],
        );
        let (v, members, why) = verdict_of(&a, "early June 2016");
        assert_eq!(v, Some(Verdict::Consistent), "{why}");
        assert_eq!(members, ["last year", "early June 2016"]);
        assert_eq!(why, "“last year” (A) includes “early June 2016” (B).");
    }

    #[test]
    fn bundled_story_verdicts() {
        let a = bundled_analysis();
        let (v, members, why) = verdict_of(&a, "30,000 emails");
        assert_eq!(v, Some(Verdict::Conflicting), "{why}");
        assert!(
            members.contains(&"33,000 emails".to_string()),
            "{members:?}"
        );
        let (v, members, why) = verdict_of(&a, "$5.9 million");
        assert_eq!(v, Some(Verdict::Consistent), "{why}");
        assert_eq!(
            members,
            [
                "more than $5 million",
                "more than $5 million",
                "$5.9 million"
            ]
        );
        assert_eq!(verdict_of(&a, "$5.8 million").0, None);
        let (v, members, why) = verdict_of(&a, "early June 2016");
        assert_eq!(v, Some(Verdict::Consistent), "{why}");
        for m in ["last year", "June 2016", "early June 2016"] {
            assert!(members.contains(&m.to_string()), "{m} in {members:?}");
        }
        assert_eq!(a.measures[0].verdict, Some(Verdict::Conflicting));
        // Nothing comes from boilerplate, and ids and order hold.
        for (i, q) in a.quantities.iter().enumerate() {
            assert_eq!(q.id, i);
            assert!(!a.articles[q.article].is_boilerplate_at(q.span), "{q:?}");
        }
        let texts = render(&a).join("\n");
        for absent in ["2024", "2020", "80%", "3 March 2017", "26 October"] {
            assert!(!texts.contains(absent), "{absent} in {texts}");
        }
        assert_eq!(bundled_analysis().measures, a.measures);
    }

    #[test]
    fn never_panics_on_odd_input() {
        let words = [
            "$",
            "£5m",
            "5",
            "33,000",
            "million",
            "more",
            "than",
            "about",
            "between",
            "and",
            "-",
            "1-5",
            "July",
            "29,",
            "2016",
            "early",
            "June",
            "last",
            "year",
            "year’s",
            "Thursday",
            "this",
            "week",
            "that",
            "September",
            "from",
            "through",
            "the",
            "election",
            "emails",
            "%",
            "five",
            "months",
            "of",
            "thousands",
            "a",
            "dozen",
            "mid-June",
            "31",
            "Feb",
            "summer",
            ".",
            "\n\n",
            "Trump",
            "up",
            "to",
            "since",
            "9999",
            "0",
            "99999999999999999999",
            "twenty-",
            "´",
            "é",
        ];
        let alphabet: String = (0..words.len())
            .map(|i| char::from_u32(0x4E00 + i as u32).unwrap_or('x'))
            .collect();
        for (k, s) in
            crate::analysis::test_support::random_strings(&alphabet, 0x9E37_79B9_7F4A_7C15, 300, 40)
                .into_iter()
                .enumerate()
        {
            let text: Vec<&str> = s
                .chars()
                .map(|c| words[(c as usize - 0x4E00) % words.len()])
                .collect();
            let text = text.join(if k % 2 == 0 { " " } else { "" });
            let date = (k % 3 == 0).then_some("2017-10-26");
            let a = analyze(
                "t",
                vec![source("A", date, &text), source("B", None, &text)],
            );
            for q in &a.quantities {
                assert!(q.low <= q.high || q.low.is_nan(), "{text:?}: {q:?}");
            }
        }
        for s in
            crate::analysis::test_support::random_strings("$£%0123456789 ,.-–aJM\n", 7, 300, 60)
        {
            analyze("t", vec![source("A", Some("2017-10-26"), &s)]);
        }
    }
}
