//! Content terms: the words, names and numbers a claim is compared by.
//!
//! A sentence's tokens become terms by dropping function words, hedges and
//! attribution verbs ("said", "according", "roughly"), stemming (a light
//! English suffix stripper), folding a small map of news paraphrases onto one
//! key ("contacted" / "reached out" / "approached" → `contact`; "struck down"
//! / "tossed" / "overturned" → `overturn`), expanding abbreviations ("Feb." →
//! `february`) and reading numbers with their scale ("$5.8 million", "£48m" →
//! `#5800000`, `#48000000`; "Sixty" → `#60`; "6-3" → `#6`, `#3`). Every term
//! remembers the token it came from, so the evidence for a link can be shown
//! in the source's own words.

use super::words::Words;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::small_str::SmallStr;
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
    pub key: SmallStr,
    pub kind: TermKind,
    /// The source words it came from (one token, or two for "reached out").
    pub span: Span,
}

/// Words that say nothing about *what* happened: function words and
/// prepositions, attribution ("said", "according"), hedges on amounts
/// ("roughly", "nearly", "approximately", "at least"), "percent" (so "4.5%"
/// and "4.5 percent" meet on the number), "number" ("No. 9" / "number 9")
/// and parts of the day ("early", "morning": every fact of a story happened
/// that morning). Kept short and sorted; embedded rather than taken from a
/// crate (the `stop-words` crate costs ~120 KB gzipped).
static STOPWORDS: Words = Words::new(
    "a|a.m.|about|above|according|across|after|afternoon|again|against|ago|\
     all|almost|along|also|am|amid|among|an|and|any|approximately|are|\
     around|as|at|be|because|been|before|behind|being|beside|between|\
     beyond|both|but|by|can|could|despite|did|do|does|doing|during|each|\
     earlier|early|even|evening|ever|few|for|from|further|had|has|have|\
     having|he|her|here|hers|herself|him|himself|his|how|however|i|if|in|\
     inside|into|is|it|it's|its|itself|just|last|later|least|less|many|may|\
     me|might|more|morning|most|much|must|my|near|nearly|neither|night|no|\
     nor|not|now|number|of|off|on|once|one|only|onto|or|other|our|ours|out|\
     over|own|p.m.|per|percent|reported|reportedly|reporting|reports|\
     roughly|said|same|say|says|she|should|since|so|some|still|such|than|\
     that|the|their|theirs|them|themselves|then|there|these|they|this|\
     those|though|through|to|today|told|tomorrow|tonight|too|toward|\
     towards|under|until|up|upon|very|via|was|we|were|what|when|where|\
     whether|which|while|who|whom|whose|why|will|with|within|without|would|\
     wrote|yesterday|yet|you|your",
);

/// Paraphrases folded onto one key, by stem. Only words that news writing
/// really swaps for one another, whatever the story, are here: how contact is
/// made, how an offer is refused, how a court voids a rule, how a body adopts
/// a measure, how an amount goes up or down, who works for a company. A
/// wrong entry glues unrelated claims together, so the list stays small; a
/// link also needs two shared terms, so one loose synonym never links alone.
const PARAPHRASES: &[(&str, &str)] = &[
    // "approached" / "contacted" (and "reached out", "got in touch" below).
    ("approach", "contact"),
    // "approved" / "adopted" / "passed" a budget, a law, an ordinance.
    ("approv", "adopt"),
    ("company", "firm"),
    // "cut" / "slashed" / "fell" / "dropped" / "reduced" / "slid".
    ("cut", "decrease"),
    ("declin", "reject"),
    ("decreas", "decrease"),
    ("donor", "backer"),
    ("drop", "decrease"),
    // "employees" / "workers" / "staffers".
    ("employe", "worker"),
    ("fall", "decrease"),
    ("fell", "decrease"),
    ("head", "ceo"),
    // "raised" / "rose" / "hiked" / "increased".
    ("hik", "increase"),
    ("hike", "increase"),
    ("hospitaliz", "hospital"),
    ("increas", "increase"),
    ("investor", "backer"),
    ("paid", "pay"),
    ("pass", "adopt"),
    ("payment", "pay"),
    // "penalized" / "fined".
    ("penaliz", "fine"),
    ("penalty", "fine"),
    ("rais", "increase"),
    ("rebuf", "reject"),
    ("reduc", "decrease"),
    ("refus", "reject"),
    ("releas", "publish"),
    ("ris", "increase"),
    ("rise", "increase"),
    ("slash", "decrease"),
    ("slid", "decrease"),
    ("spurn", "reject"),
    ("staffer", "worker"),
    ("steal", "hack"),
    ("stole", "hack"),
    ("stolen", "hack"),
    // "tossed" / "overturned" (and "struck down", "threw out" below).
    ("toss", "overturn"),
    ("tweet", "twitter"),
];

/// Abbreviations news style uses next to the full word, by stem; unlike
/// paraphrases they apply to capitalized words too ("Feb. 14", "Gov. Ruth").
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("apr", "april"),
    ("aug", "august"),
    ("dec", "december"),
    ("feb", "february"),
    ("gov", "governor"),
    ("jan", "january"),
    ("jul", "july"),
    ("jun", "june"),
    ("nov", "november"),
    ("oct", "october"),
    ("sept", "september"),
];

/// Two-word expressions folded onto one key: (first word stem, second word,
/// key).
const PHRASAL: &[(&str, &str, &str)] = &[
    ("chief", "executive", "ceo"),
    // "dropped out" of a race is no decrease.
    ("drop", "out", "withdraw"),
    ("get", "touch", "contact"),
    ("got", "touch", "contact"),
    ("reach", "out", "contact"),
    ("strik", "down", "overturn"),
    ("struck", "down", "overturn"),
    ("threw", "out", "overturn"),
    ("throw", "out", "overturn"),
    ("thrown", "out", "overturn"),
    ("turn", "down", "reject"),
];

/// Scale words after a number.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Scale letters glued to a number: "£48m", "$412M", "2.3bn", "10k".
const GLUED_SCALES: &[(&str, f64)] = &[("bn", 1e9), ("k", 1e3), ("m", 1e6), ("mn", 1e6)];

/// Numbers written as words ("Sixty firefighters", "a dozen shelters").
/// "one" is left out: it is far more often a pronoun ("one of them").
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("eight", 8.0),
    ("eighteen", 18.0),
    ("eighty", 80.0),
    ("eleven", 11.0),
    ("fifteen", 15.0),
    ("fifty", 50.0),
    ("five", 5.0),
    ("forty", 40.0),
    ("four", 4.0),
    ("fourteen", 14.0),
    ("nine", 9.0),
    ("nineteen", 19.0),
    ("ninety", 90.0),
    ("seven", 7.0),
    ("seventeen", 17.0),
    ("seventy", 70.0),
    ("six", 6.0),
    ("sixteen", 16.0),
    ("sixty", 60.0),
    ("ten", 10.0),
    ("thirteen", 13.0),
    ("thirty", 30.0),
    ("three", 3.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("two", 2.0),
];

/// FxHash: a fast, deterministic hash for the analysis' small maps (the
/// standard SipHash is built to resist attackers, which costs time here and
/// buys nothing).
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // The last few bytes as one zero-padded word: one round, not one
        // per byte.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with `FastHasher`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// What the word lists say about a word as written (`Surface`) or about a
/// stem (`Stem`), gathered into one map each so that a token costs one
/// lookup, not a binary search per list.
#[derive(Clone, Copy, Default)]
struct Surface {
    stop: bool,
    number: Option<f64>,
}

#[derive(Clone, Copy, Default)]
struct Stem {
    paraphrase: Option<&'static str>,
    abbreviation: Option<&'static str>,
    /// (second word, key) of a two-word expression starting with this stem.
    phrasal: Option<(&'static str, &'static str)>,
}

fn surfaces() -> &'static FastMap<&'static str, Surface> {
    static MAP: OnceLock<FastMap<&'static str, Surface>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FastMap::default();
        for &w in STOPWORDS.all() {
            map.entry(w).or_insert_with(Surface::default).stop = true;
        }
        for &(w, v) in NUMBER_WORDS {
            map.entry(w).or_insert_with(Surface::default).number = Some(v);
        }
        map
    })
}

fn stems() -> &'static FastMap<&'static str, Stem> {
    static MAP: OnceLock<FastMap<&'static str, Stem>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FastMap<&'static str, Stem> = FastMap::default();
        for &(from, to) in PARAPHRASES {
            map.entry(from).or_default().paraphrase = Some(to);
        }
        for &(from, to) in ABBREVIATIONS {
            map.entry(from).or_default().abbreviation = Some(to);
        }
        for &(first, second, key) in PHRASAL {
            map.entry(first).or_default().phrasal = Some((second, key));
        }
        map
    })
}

/// Turns tokens into terms.
#[derive(Default)]
pub struct TermExtractor;

/// A light English stemmer: plural, past and progressive endings, "-ly", a
/// final "e" and the "-ation"/"-ate" pair come off, so "contacted",
/// "contacting" and "contacts" meet, "decline" and "declined" do, and so do
/// "evacuate" and "evacuation". Hand-written because the Snowball crate links
/// every language's tables into the wasm (tens of KB) for one language's use;
/// matching claims needs consistency, not linguistic perfection.
pub fn stem(word: &str) -> String {
    let mut w = String::new();
    stem_into(word, &mut w);
    w
}

/// `stem`, written into `w` (cleared first) so that a caller stemming many
/// words reuses one buffer.
fn stem_into(word: &str, w: &mut String) {
    w.clear();
    w.push_str(word);
    if !word.is_ascii() || word.len() <= 3 {
        return;
    }
    let has_vowel = |s: &str| s.bytes().any(|b| b"aeiouy".contains(&b));
    // One buffer, only ever cut or given one letter.
    if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 3 && has_vowel(base) {
                w.truncate(base.len());
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
    // "evacuation" -> "evacuat", like "evacuated"; "election" -> "elect".
    if w.len() >= 8 && w.ends_with("tion") {
        w.truncate(w.len() - 3);
    }
    if w.len() >= 6 && w.ends_with("ly") {
        w.truncate(w.len() - 2);
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    // "evacuat" -> "evacu", so "evacuate" meets "evacuation" whatever the
    // ending; short words ("combat", "state") keep theirs.
    if w.len() >= 7 && w.ends_with("at") {
        w.truncate(w.len() - 2);
    }
}

/// True when a headline is set in Title Case ("Council Rams Through Bloated
/// Budget"): every content word after the first is capitalized, so capitals
/// say nothing about names there.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let mut capitals = 0;
    for token in tokens.iter().skip(1) {
        if token.kind != TokenKind::Word || is_stopword(&token.norm) {
            continue;
        }
        match token.span.slice(text).chars().next() {
            Some(c) if c.is_uppercase() => capitals += 1,
            Some(c) if c.is_lowercase() => return false,
            _ => {}
        }
    }
    capitals >= 3
}

impl TermExtractor {
    /// The content terms of `tokens` (a unit's tokens, in order). `text` is the
    /// article text the spans point into; `first_in_sentence` says whether the
    /// first token starts its sentence (a capital there is not a name).
    pub fn terms(&self, text: &str, tokens: &[Token], first_in_sentence: bool) -> Vec<Term> {
        self.terms_with(text, tokens, first_in_sentence, false)
    }

    /// `terms`, where `title_case` says that capitals mark no names at all
    /// (see `is_title_case`).
    pub fn terms_with(
        &self,
        text: &str,
        tokens: &[Token],
        first_in_sentence: bool,
        title_case: bool,
    ) -> Vec<Term> {
        let mut out = Vec::with_capacity(tokens.len());
        let mut stem = String::new();
        let mut i = 0;
        'tokens: while i < tokens.len() {
            let token = &tokens[i];
            if token.kind == TokenKind::Number {
                // Digits the parser does not read (other scripts) still make
                // a number; its key is then the digits themselves.
                let value = parse_digits(&token.norm).unwrap_or(f64::NAN);
                i += push_number(&mut out, value, tokens, i, true);
                continue;
            }
            let whole = !token.norm.contains('-');
            let is_name = !title_case
                && token
                    .span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !(i == 0 && first_in_sentence);
            // Hyphenated words count by their parts: "data-analytics firm" and
            // "data analytics firm" say the same, and "6-3" is two numbers.
            for part in token.norm.split('-').filter(|p| !p.is_empty()) {
                let part = part
                    .strip_suffix("'s")
                    .unwrap_or(part)
                    .trim_end_matches('\'');
                let surface = surface(part);
                if let Some(value) = surface.number {
                    // A number word or "£48m" on its own may take a scale
                    // word ("two million"); a part of "6-3" does not.
                    if whole {
                        i += push_number(&mut out, value, tokens, i, true);
                        continue 'tokens;
                    }
                    push_number(&mut out, value, tokens, i, false);
                    continue;
                }
                if part.len() < 2 || surface.stop {
                    continue;
                }
                stem_into(part, &mut stem);
                let entry = stems().get(stem.as_str()).copied().unwrap_or_default();
                if let Some((second, key)) = entry.phrasal {
                    // "reached out", "got in touch".
                    let gap = usize::from(tokens.get(i + 1).is_some_and(|t| t.norm == "in"));
                    if let Some(next) = tokens.get(i + 1 + gap).filter(|t| t.norm == second) {
                        out.push(Term {
                            key: SmallStr::from(key),
                            kind: TermKind::Word,
                            span: Span::new(token.span.start, next.span.end),
                        });
                        i += 1 + gap;
                        break;
                    }
                }
                // A name is itself ("Dunmore Falls" is no fall); an
                // abbreviation is its word whatever the case.
                let key = match entry.abbreviation.or(entry.paraphrase.filter(|_| !is_name)) {
                    Some(key) => SmallStr::from(key),
                    None => SmallStr::from(stem.as_str()),
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

/// Pushes the number `value` read at `tokens[i]`, with the scale word after
/// it when `scaled` ("5.8 million"); returns how many tokens it used.
fn push_number(out: &mut Vec<Term>, value: f64, tokens: &[Token], i: usize, scaled: bool) -> usize {
    let (value, used) = if scaled {
        with_scale(value, tokens, i)
    } else {
        (value, 1)
    };
    out.push(Term {
        key: number_key(value, &tokens[i].norm).into(),
        kind: TermKind::Number,
        span: Span::new(tokens[i].span.start, tokens[i + used - 1].span.end),
    });
    used
}

/// What the word lists say about a word as written; digits ("2016") and
/// digits with a glued scale ("48m", "2.3bn") are numbers too.
fn surface(word: &str) -> Surface {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let number = parse_digits(word).or_else(|| {
            GLUED_SCALES.iter().find_map(|(suffix, scale)| {
                word.strip_suffix(suffix)
                    .and_then(parse_digits)
                    .map(|v| v * scale)
            })
        });
        return Surface {
            stop: false,
            number,
        };
    }
    surfaces().get(word).copied().unwrap_or_default()
}

pub fn is_stopword(word: &str) -> bool {
    surfaces().get(word).is_some_and(|s| s.stop)
}

fn parse_digits(word: &str) -> Option<f64> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    parse_decimal(word)
}

/// Reads "33,000", "5.8", "-2.5" or "#412000000" digits as a number: ASCII
/// digits, thousands commas (ignored), at most one decimal point, an optional
/// leading minus. Hand-written because `str::parse::<f64>` brings about
/// 15 KB of tables and code into the page; for up to 15 significant digits
/// (every figure in news text) the result is the same, since dividing two
/// exactly representable numbers is correctly rounded.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut decimals: Option<i32> = None;
    let mut any = false;
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                any = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    decimals = decimals.map(|d| d + 1);
                } else if decimals.is_none() {
                    // Too many digits to keep: scale instead (precision is lost
                    // only beyond 17 digits).
                    decimals = Some(-1);
                }
            }
            b',' if decimals.is_none() => {}
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    if !any {
        return None;
    }
    let d = decimals.unwrap_or(0);
    let value = if d >= 0 {
        mantissa as f64 / 10f64.powi(d)
    } else {
        mantissa as f64 * 10f64.powi(-d)
    };
    Some(if negative { -value } else { value })
}

/// Applies a scale word after the number at `tokens[i]`; returns the value
/// and how many tokens it used (two when a scale word follows).
fn with_scale(value: f64, tokens: &[Token], i: usize) -> (f64, usize) {
    match tokens
        .get(i + 1)
        .and_then(|t| SCALES.iter().find(|(w, _)| t.norm == *w))
    {
        Some((_, scale)) => (value * scale, 2),
        None => (value, 1),
    }
}

/// The key of a number: `#` and its value. From a million up, reporters
/// round ("$412 million" for $412.3 million), so those keep three significant
/// digits; smaller numbers are exact. `raw` is the source form, the key of
/// digits that cannot be read as a value.
fn number_key(value: f64, raw: &str) -> String {
    if value.is_nan() {
        let digits: String = raw.chars().filter(|c| *c != ',').collect();
        return format!("#{digits}");
    }
    let value = if value.abs() >= 1e6 {
        let unit = 10f64.powi(value.abs().log10().floor() as i32 - 2);
        (value / unit).round() * unit
    } else {
        value
    };
    format!("#{}", format_number(value))
}

/// Whole numbers without a fraction; others with at most three decimals.
/// Written with integer arithmetic, so the page does not carry the float
/// formatter (about 4 KB gzipped) for it.
pub fn format_number(v: f64) -> String {
    // `as` saturates, so huge or non-finite values still give a number.
    let thousandths = (v * 1000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let t = thousandths.unsigned_abs();
    let (whole, frac) = (t / 1000, t % 1000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:03}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokenize;

    #[test]
    fn decimals_read_like_the_standard_parser() {
        for text in [
            "5.8",
            "33,000",
            "0.1",
            "5.",
            "412000000",
            "-2.5",
            "3.14159",
            "007",
        ] {
            let plain: String = text.chars().filter(|c| *c != ',').collect();
            assert_eq!(parse_decimal(text), plain.parse::<f64>().ok(), "{text}");
        }
        for bad in ["", "-", ".", "1.2.3", "12a", "1,2.3,4", "5 000"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_are_written_with_at_most_three_decimals() {
        for (v, want) in [
            (5_800_000.0, "5800000"),
            (4.5, "4.5"),
            (0.1234, "0.123"),
            (-2.5, "-2.5"),
            (2.0004, "2"),
            (33_000.0, "33000"),
            (f64::NAN, "0"),
        ] {
            assert_eq!(format_number(v), want, "{v}");
        }
    }

    fn check(sentence: &str, expected: &[&str]) {
        let mut tokens = Vec::new();
        tokenize(sentence, Span::new(0, sentence.len()), &mut tokens);
        let got: Vec<String> = TermExtractor
            .terms(sentence, &tokens, true)
            .iter()
            .map(|t| match t.kind {
                TermKind::Name => format!("N:{}", t.key),
                _ => t.key.to_string(),
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
        for (words, expected) in [
            (
                &["evacuate", "evacuated", "evacuation", "evacuations"][..],
                "evacu",
            ),
            (&["elected", "election"][..], "elect"),
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
        assert!(STOPWORDS.all().windows(2).all(|w| w[0] < w[1]));
        assert!(PARAPHRASES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NUMBER_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(PHRASAL.windows(2).all(|w| w[0].0 < w[1].0));
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
        check(
            "Nix got in touch with Assange.",
            &["nix", "contact", "N:assang"],
        );
        check(
            "The court struck down the ban.",
            &["court", "overturn", "ban"],
        );
        check("The court tossed the ban.", &["court", "overturn", "ban"]);
        check("Its chief executive resigned.", &["ceo", "resign"]);
        check(
            "Shares slid; sales rose and costs fell.",
            &["shar", "decrease", "sale", "rose", "cost", "decrease"],
        );
    }

    #[test]
    fn names_keep_their_words_but_abbreviations_expand() {
        // "Falls" in a place name is no fall; "Feb." is February anyway.
        check(
            "It began in Dunmore Falls on Feb. 14.",
            &["began", "N:dunmor", "N:fall", "N:february", "#14"],
        );
        check(
            "Gov. Ruth Calloway spoke.",
            &["governor", "N:ruth", "N:calloway", "spok"],
        );
    }

    #[test]
    fn title_case_headlines_mark_no_names() {
        let title = "Council Rams Through Bloated Budget";
        let mut tokens = Vec::new();
        tokenize(title, Span::new(0, title.len()), &mut tokens);
        assert!(is_title_case(title, &tokens));
        let got: Vec<TermKind> = TermExtractor
            .terms_with(title, &tokens, true, true)
            .iter()
            .map(|t| t.kind)
            .collect();
        assert!(got.iter().all(|k| *k == TermKind::Word), "{got:?}");
        let plain = "Council adopts budget and raises levy";
        let mut tokens = Vec::new();
        tokenize(plain, Span::new(0, plain.len()), &mut tokens);
        assert!(!is_title_case(plain, &tokens));
    }

    #[test]
    fn numbers_are_read_with_their_scale() {
        check("It paid $5.8 million.", &["pay", "#5800000"]);
        check("The 33,000 emails.", &["#33000", "email"]);
        check(
            "In 2016 it paid 1.25 billion.",
            &["#2016", "pay", "#1250000000"],
        );
        check("A fee of £48m.", &["fee", "#48000000"]);
        check("It hit 2.3M users.", &["hit", "#2300000", "user"]);
    }

    #[test]
    fn numbers_agree_the_way_reporters_round_and_spell_them() {
        // Millions keep three significant digits.
        check("A $412.3 million budget.", &["#412000000", "budget"]);
        check("A $412 million budget.", &["#412000000", "budget"]);
        check("Sixty firefighters.", &["#60", "firefighter"]);
        check("A dozen shelters.", &["#12", "shelter"]);
        check(
            "Six in favor and three opposed.",
            &["#6", "favor", "#3", "oppos"],
        );
        check("The vote was 6-3.", &["vote", "#6", "#3"]);
        check("Up 4.5% and 4.5 percent.", &["#4.5", "#4.5"]);
        check("Two million people.", &["#2000000", "peopl"]);
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
