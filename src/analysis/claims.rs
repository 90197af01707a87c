//! Claims: the units of content each article states, aligned across articles.
//!
//! A claim unit is a sentence, or a clause where a sentence joins several
//! facts ("…in July 2016, and ultimately paid it more than $5 million, much of
//! which was for a TV ad buy"; "Rental ban overturned; mayor vows …"). Units
//! are compared by their content terms (`terms.rs`) weighted by rarity
//! (TF-IDF over all units), so shared names, numbers and rare words count
//! most. A link's score blends how alike the two units are (cosine, and how
//! much of the smaller one is covered) with how much evidence they share in
//! absolute terms, so a headline inside a long sentence and two long
//! sentences that share a lot both link. On top of the words:
//!
//! - two units that both quote link only if they quote the same words;
//! - sharing only a name (a person, a place) is not sharing a fact;
//! - who said something ("…, the CEO said") counts less than what was said;
//! - "Port Halden", "short-term rental" count once, not once per word;
//! - different years or counts, or something rising in one and falling in
//!   the other, make two facts.
//!
//! Only pairs that share a reasonably rare term are ever compared (an
//! inverted index with capped posting lists), so the cost grows with the
//! number of units, not its square.
//!
//! Aligned units are grouped into claim clusters by average-linkage merging:
//! the strongest links first, a merge only when the two groups agree on
//! average, and never two body units of one article in one claim. Each claim
//! keeps its mentions, its most central mention as a label, and for every
//! link the evidence: the shared terms (as spans in both texts) and a score.
//! Boilerplate never forms claims.

use super::article::{Article, SentenceRole};
use super::small_str::SmallStr;
use super::sort;
use super::span::Span;
use super::terms::{is_title_case, FastMap, Term, TermExtractor, TermKind};
use super::tokens::Token;

/// Tuning, found on the labelled fixtures in `tests/fixtures/claims/` and
/// checked on the bundled corpus (`tests/claim_fixtures.rs` scores both).
pub mod tuning {
    /// A link at least this strong can start or join a claim.
    pub const LINK: f64 = 0.27;
    /// Two groups merge only if their units agree this much on average.
    pub const AVERAGE: f64 = 0.18;
    /// Links weaker than this are not kept at all.
    pub const KEEP: f64 = 0.08;
    /// Terms in more units than this do not propose candidates (they still
    /// count in the score). Constant, so the work stays linear.
    pub const POSTING_CAP: usize = 96;
    /// Weight multipliers for names and for specific numbers ("£48
    /// million", "4.5") relative to words.
    pub const NAME_BOOST: f64 = 1.0;
    pub const NUMBER_BOOST: f64 = 2.0;
    /// Share of cosine (vs coverage of the smaller unit) in the relative
    /// part of a link's score.
    pub const COSINE_SHARE: f64 = 0.65;
    /// Share of the absolute part of a link's score: how much evidence the
    /// shared terms add up to, full at `EVIDENCE_FULL` typical terms. It
    /// lets two long sentences that share a lot link although each also says
    /// much the other does not.
    pub const EVIDENCE: f64 = 0.25;
    pub const EVIDENCE_FULL: f64 = 5.0;
    /// Fewest terms two units must share to be linked at all.
    pub const MIN_SHARED: usize = 2;
    /// Two quotations are the same when this share of the shorter one's
    /// word runs is in the other; their link then scores at least
    /// `QUOTE_SCORE`.
    pub const QUOTE_OVERLAP: f64 = 0.5;
    pub const QUOTE_SCORE: f64 = 0.6;
    /// Weight factor of terms in an attribution ("…, the CEO said").
    pub const ASIDE: f64 = 0.35;
    /// Neighbouring terms are one piece of evidence when they come together
    /// in at least this share of the units holding the rarer one.
    pub const COLLOCATION: f64 = 0.75;
    /// Factor on a link between units that both give a year, or both a
    /// count, but share none.
    pub const NUMBER_CLASH: f64 = 0.6;
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
    pub key: SmallStr,
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
    let mut infos = Vec::new();
    let mut asides = Vec::new();
    let mut article_units = vec![Vec::new(); articles.len()];
    for article in articles {
        let text = article.text();
        for sentence in &article.sentences {
            if sentence.role.is_boilerplate() {
                continue;
            }
            let tokens = &article.tokens[sentence.tokens.clone()];
            if is_lead_in(sentence.span.slice(text), tokens.len()) {
                continue;
            }
            let headline = sentence.role == SentenceRole::Headline;
            let title_case = headline && is_title_case(text, tokens);
            let quoted = quoted_spans(text, sentence.span);
            let from_aside = asides.len();
            attributions(text, tokens, &quoted, &mut asides);
            let sentence_asides = from_aside..asides.len();
            let spans = split_clauses(text, sentence.span, tokens, headline);
            let clause = spans.len() > 1;
            for (n, span) in spans.into_iter().enumerate() {
                let from = tokens.partition_point(|t| t.span.start < span.start);
                let to = tokens.partition_point(|t| t.span.end <= span.end);
                let unit_tokens = &tokens[from..to.max(from)];
                let first = n == 0 || headline;
                let terms = extractor.terms_with(text, unit_tokens, first, title_case);
                article_units[article.index].push(units.len());
                infos.push(UnitInfo {
                    first_word: match unit_tokens.first() {
                        Some(t) if first => t.span.start,
                        _ => usize::MAX,
                    },
                    title_case,
                    quote: quote_shingles(unit_tokens, &quoted),
                    asides: sentence_asides.clone(),
                });
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
    let (vectors, seq, starts) = weigh(&units, infos, &asides);
    let links = candidate_links(&units, &vectors);
    let clusters = cluster(&units, &vectors, &links, articles);
    let claims = build_claims(&units, (&seq, &starts), &links, clusters);
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
/// A lower-case word ending in "-ed" does too ("claimed responsibility and
/// demanded a ransom").
const PREDICATE_STARTS: &[&str] = &[
    "also",
    "can",
    "could",
    "eventually",
    "finally",
    "had",
    "has",
    "have",
    "is",
    "later",
    "may",
    "might",
    "must",
    "should",
    "then",
    "ultimately",
    "was",
    "were",
    "will",
    "would",
];
/// A clause must keep at least this many tokens, or the split is not made.
const MIN_CLAUSE_TOKENS: usize = 5;
/// Semicolons and headline verbs mark a new fact more surely, so shorter
/// pieces ("Rental ban overturned; mayor vows …") are split off too.
const MIN_SURE_CLAUSE_TOKENS: usize = 3;

/// Splits a body sentence into clause spans at semicolons and at
/// clause-joining conjunctions, never inside a quotation and never leaving a
/// scrap.
pub fn clauses(text: &str, sentence: Span, tokens: &[Token]) -> Vec<Span> {
    split_clauses(text, sentence, tokens, false)
}

/// `clauses`, where a headline also splits at " and " before a verb in the
/// third person ("Council adopts budget and raises levy").
fn split_clauses(text: &str, sentence: Span, tokens: &[Token], headline: bool) -> Vec<Span> {
    let s = sentence.slice(text);
    // (end of left, start of right, fewest tokens on each side), relative.
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    let mut in_quote = false;
    let bytes = s.as_bytes();
    // Bytes, not chars: every mark looked for is ASCII but the curly quotes
    // (E2 80 9C, E2 80 9D), and UTF-8 never repeats an ASCII byte inside a
    // longer char.
    for (i, &c) in bytes.iter().enumerate() {
        match c {
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => in_quote = true,
                Some(0x9D) => in_quote = false,
                _ => {}
            },
            b'"' => in_quote = !in_quote,
            _ => {}
        }
        if in_quote || !matches!(c, b';' | b',' | b' ') {
            continue;
        }
        let rest = &s[i + 1..];
        if c == b';' && rest.starts_with(' ') {
            cuts.push((i + 1, i + 2, MIN_SURE_CLAUSE_TOKENS));
        } else if c == b',' && rest.starts_with(' ') {
            let after = &rest[1..];
            if CLAUSE_OPENERS.iter().any(|o| starts_with_word(after, o)) {
                cuts.push((i + 1, i + 2, MIN_CLAUSE_TOKENS));
            }
        } else if c == b' '
            && i > 0
            && bytes[i - 1] != b','
            && bytes.get(i + 1).is_some_and(|&b| b | 0x20 == b'a')
            && starts_with_word(rest, "and")
        {
            let after_and = rest[3..].trim_start();
            let next: &str = after_and
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if PREDICATE_STARTS
                .iter()
                .any(|w| starts_with_word(after_and, w))
                || is_past_verb(next)
            {
                let min = if headline {
                    MIN_SURE_CLAUSE_TOKENS
                } else {
                    MIN_CLAUSE_TOKENS
                };
                cuts.push((i, i + 1, min));
            } else if headline && is_present_verb(next) {
                cuts.push((i, i + 1, MIN_SURE_CLAUSE_TOKENS));
            }
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for (end, next, min) in cuts {
        let left = Span::new(sentence.start + start, sentence.start + end);
        let right = Span::new(sentence.start + next, sentence.end);
        if token_count(tokens, left) >= min && token_count(tokens, right) >= min {
            spans.push(left.trim(text));
            start = next;
        }
    }
    spans.push(Span::new(sentence.start + start, sentence.end).trim(text));
    spans
}

/// A lower-case word in "-ed", most likely a verb in the past tense.
fn is_past_verb(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ed") && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// A word in "-s" (not "-ss", "-us", "-is"), in a headline most likely a verb
/// in the present tense ("raises", "Slaps").
fn is_present_verb(word: &str) -> bool {
    word.len() >= 4
        && word.is_ascii()
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
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

/// Verbs that attribute words to a speaker or a source.
const SAY_VERBS: &[&str] = &[
    "according",
    "added",
    "confirmed",
    "explained",
    "insisted",
    "said",
    "says",
    "stated",
    "told",
    "wrote",
];
/// An attribution is a short stretch: longer ones carry facts of their own.
const MAX_ASIDE_TOKENS: usize = 8;

/// The attributions of a sentence ("…, Chief Executive Marcus Bell said",
/// "In an interview, CEO Marcus Bell told ByteWire:"): stretches between
/// commas, colons, dashes and quotation marks that hold a verb of saying,
/// when the sentence has something else besides. Who said a thing is not
/// what was said, so their terms count less.
fn attributions(text: &str, tokens: &[Token], quoted: &[Span], out: &mut Vec<Span>) {
    let first = out.len();
    let mut pieces = 0;
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i < tokens.len() && !is_piece_break(&text[tokens[i - 1].span.end..tokens[i].span.start])
        {
            continue;
        }
        pieces += 1;
        let piece = &tokens[start..i];
        let inside = quoted.iter().any(|q| q.contains(piece[0].span));
        // "according to …" is sourcing however long it runs.
        let sourcing = piece[0].norm == "according";
        if !inside
            && (sourcing || piece.len() <= MAX_ASIDE_TOKENS)
            && piece.iter().any(|t| SAY_VERBS.contains(&t.norm.as_str()))
        {
            out.push(Span::new(
                piece[0].span.start,
                piece[piece.len() - 1].span.end,
            ));
        }
        start = i;
    }
    if pieces < 2 {
        out.truncate(first);
    }
}

/// Whether the stretch between two words ends a piece of a sentence: a
/// comma, colon, semicolon, parenthesis, dash or quotation mark.
fn is_piece_break(gap: &str) -> bool {
    gap.bytes()
        .any(|b| matches!(b, b',' | b':' | b';' | b'"' | b'(' | b')'))
        || (gap.len() > 2 && gap.contains(['“', '”', '—']))
}

/// The stretches of a sentence inside quotation marks. An unclosed quote
/// runs to the end of the sentence.
fn quoted_spans(text: &str, sentence: Span) -> Vec<Span> {
    let s = sentence.slice(text);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = s.as_bytes();
    // Bytes: '"' is ASCII and the curly quotes are E2 80 9C and E2 80 9D.
    for (i, &c) in bytes.iter().enumerate() {
        let opens = match c {
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => true,
                Some(0x9D) => false,
                _ => continue,
            },
            b'"' => open.is_none(),
            _ => continue,
        };
        match (opens, open) {
            (true, None) => open = Some(i + if c == b'"' { 1 } else { 3 }),
            (false, Some(from)) => {
                out.push(Span::new(sentence.start + from, sentence.start + i));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(from) = open {
        out.push(Span::new(sentence.start + from, sentence.end));
    }
    out
}

/// Words in a row that make a quotation worth comparing as a quotation.
const QUOTE_SHINGLE: usize = 3;

/// The fingerprint of what a unit quotes: hashes of every run of
/// `QUOTE_SHINGLE` quoted words (function words included, since a quote is
/// its exact words), sorted. Empty when the unit quotes fewer than
/// `QUOTE_SHINGLE + 1` words: a scare-quoted word or two is no quotation.
fn quote_shingles(tokens: &[Token], quoted: &[Span]) -> Vec<u64> {
    if quoted.is_empty() {
        return Vec::new();
    }
    let inside = |t: &&Token| quoted.iter().any(|q| q.contains(t.span));
    let words: Vec<&str> = tokens
        .iter()
        .filter(inside)
        .map(|t| t.norm.as_str())
        .collect();
    if words.len() <= QUOTE_SHINGLE {
        return Vec::new();
    }
    let mut out: Vec<u64> = words
        .windows(QUOTE_SHINGLE)
        .map(|w| {
            // FNV-1a: deterministic on every platform, unlike `DefaultHasher`.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in w.iter().flat_map(|x| x.bytes().chain([0])) {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            h
        })
        .collect();
    sort::sort(&mut out);
    out.dedup();
    out
}

/// A unit as a sparse vector: its terms sorted by id, with weights and
/// flags, its norm, and what else the comparison needs to know.
#[derive(Clone, Debug, Default)]
struct Vector {
    terms: Vec<Weighted>,
    norm: f64,
    /// +1 when the unit says something went up, -1 down, 0 neither or both.
    direction: i8,
    /// The kinds of number the unit gives, as `number_kind` bits.
    numbers: u8,
    /// Fingerprint of what it quotes (`quote_shingles`).
    quote: Vec<u64>,
    /// The mean squared weight of a term over the whole corpus.
    typical: f64,
}

/// One term of a `Vector`.
#[derive(Clone, Copy, Debug)]
struct Weighted {
    id: u32,
    /// `NAME`, `NUMBER`, `SPECIFIC`, `YEAR` and, in this unit, `ASIDE`.
    flags: u8,
    weight: f64,
}

const NAME: u8 = 1;
const NUMBER: u8 = 2;
/// A number too particular to be shared by chance ("£48 million", "4.5").
const SPECIFIC: u8 = 4;
/// In this unit, the term only stands in an attribution.
const ASIDE: u8 = 8;
/// A number that reads as a year.
const YEAR: u8 = 16;

/// The kind of number a term is, as a bit: 1 for a year, 2 for any other
/// number, 0 for a word.
fn number_kind(flags: u8) -> u8 {
    match (flags & NUMBER != 0, flags & YEAR != 0) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) => 2,
    }
}

/// Whether a number key reads as a year (a whole number 1900 to 2100).
fn is_year(key: &str) -> bool {
    key.strip_prefix('#')
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|y| (1900..=2100).contains(&y))
}

/// Whether a number key (`#412000000`) is specific: a fraction, or from 100
/// up except a plausible year. Small counts and years recur across facts.
fn is_specific_number(key: &str) -> bool {
    let Some(v) = key.strip_prefix('#').and_then(super::terms::parse_decimal) else {
        return false;
    };
    v.fract() != 0.0 || (v >= 100.0 && !is_year(key))
}

/// Gives every distinct term key an id (in first-seen order, for
/// determinism), counts in how many units it occurs, and weighs it by
/// inverse document frequency, so that shared rare terms count most.
///
/// A key is a name when most of its occurrences that could show it (not
/// first in a sentence, not in a Title Case headline) are capitalized. Terms
/// in an attribution count less. Neighbouring terms that nearly always come
/// together ("Port Halden", "short-term rental", "Marcus Bell") are one
/// piece of evidence, not two or three: a chain of `k` of them shares one
/// term's weight.
/// Also returns every unit's term ids in text order, with whether each
/// stands in an attribution: unit `u` holds `seq[starts[u]..starts[u + 1]]`.
fn weigh(units: &[ClaimUnit], infos: Vec<UnitInfo>, asides: &[Span]) -> Weighed {
    let mut ids: FastMap<&str, u32> = FastMap::default();
    let mut df: Vec<u32> = Vec::new();
    // Per id: capitalized occurrences minus lower-case ones that could
    // have been capitalized.
    let mut votes: Vec<i32> = Vec::new();
    let mut flags: Vec<u8> = Vec::new();
    // Every unit's term ids in text order, each with whether it stands in
    // an attribution; unit `u` holds `seq[starts[u]..starts[u + 1]]`.
    let mut seq: Vec<(u32, bool)> = Vec::new();
    let mut starts: Vec<usize> = Vec::with_capacity(units.len() + 1);
    // Per id: the last unit counted in its `df`.
    let mut last: Vec<u32> = Vec::new();
    for (u, (unit, info)) in units.iter().zip(&infos).enumerate() {
        starts.push(seq.len());
        let unit_asides = &asides[info.asides.clone()];
        for t in &unit.terms {
            let next = ids.len() as u32;
            let id = *ids.entry(t.key.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
                last.push(u32::MAX);
                votes.push(0);
                flags.push(match t.kind {
                    TermKind::Number if is_specific_number(&t.key) => NUMBER | SPECIFIC,
                    TermKind::Number if is_year(&t.key) => NUMBER | YEAR,
                    TermKind::Number => NUMBER,
                    _ => 0,
                });
            }
            let shows_case = !info.title_case && t.span.start != info.first_word;
            match t.kind {
                TermKind::Name => votes[id as usize] += 1,
                TermKind::Word if shows_case => votes[id as usize] -= 1,
                _ => {}
            }
            seq.push((id, unit_asides.iter().any(|a| a.contains(t.span))));
            if last[id as usize] != u as u32 {
                last[id as usize] = u as u32;
                df[id as usize] += 1;
            }
        }
    }
    starts.push(seq.len());
    for (f, v) in flags.iter_mut().zip(&votes) {
        if *v > 0 {
            *f |= NAME;
        }
    }
    let n = units.len().max(1) as f64;
    let weights: Vec<f64> = df
        .iter()
        .zip(&flags)
        .map(|(&d, &f)| {
            let boost = if f & SPECIFIC != 0 {
                tuning::NUMBER_BOOST
            } else if f & NAME != 0 {
                tuning::NAME_BOOST
            } else {
                1.0
            };
            idf(n, f64::from(d)) * boost
        })
        .collect();

    // How many units hold each pair of neighbouring words (and the last
    // unit counted), by pair number; `pair_at[i]` is the number of the pair
    // ending at `seq[i]`, `u32::MAX` for none.
    let mut pairs: FastMap<(u32, u32), u32> = FastMap::default();
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let mut pair_at = vec![u32::MAX; seq.len()];
    for (u, unit) in starts.windows(2).enumerate() {
        for i in unit[0] + 1..unit[1] {
            let (x, y) = (seq[i - 1].0.min(seq[i].0), seq[i - 1].0.max(seq[i].0));
            if x == y || (flags[x as usize] | flags[y as usize]) & NUMBER != 0 {
                continue;
            }
            let next = counts.len() as u32;
            let p = *pairs.entry((x, y)).or_insert(next);
            if p == next {
                counts.push((0, u32::MAX));
            }
            pair_at[i] = p;
            let e = &mut counts[p as usize];
            if e.1 != u as u32 {
                *e = (e.0 + 1, u as u32);
            }
        }
    }
    // Whether the neighbours meeting at `seq[i]` are bound.
    let bound = |i: usize| {
        counts.get(pair_at[i] as usize).is_some_and(|&(c, _)| {
            let (x, y) = (seq[i - 1].0 as usize, seq[i].0 as usize);
            c >= 2 && f64::from(c) >= tuning::COLLOCATION * f64::from(df[x].min(df[y]))
        })
    };

    let up = ids.get("increase").copied();
    let down = ids.get("decrease").copied();
    // Per occurrence: (id, share, in an attribution).
    // Per id: (best share in the unit, every occurrence an aside); a share
    // of 0 marks an id not yet seen in the unit. And the unit's ids.
    let mut best: Vec<(f64, bool)> = vec![(0.0, false); df.len()];
    let mut distinct: Vec<u32> = Vec::new();
    let mut vectors: Vec<Vector> = starts
        .windows(2)
        .zip(infos)
        .map(|(unit, info)| {
            let at = unit[0];
            let seq = &seq[unit[0]..unit[1]];
            // Each occurrence's share: 1/sqrt(k) in a chain of k bound
            // neighbours, less in an attribution.
            distinct.clear();
            let mut start = 0;
            for i in 1..=seq.len() {
                if i < seq.len() && bound(at + i) {
                    continue;
                }
                let chain = 1.0 / ((i - start) as f64).sqrt();
                for &(id, aside) in &seq[start..i] {
                    let share = chain * if aside { tuning::ASIDE } else { 1.0 };
                    // A term keeps its best share; it is an aside only if
                    // every occurrence is.
                    let b = &mut best[id as usize];
                    if b.0 == 0.0 {
                        distinct.push(id);
                        *b = (share, aside);
                    } else {
                        *b = (b.0.max(share), b.1 && aside);
                    }
                }
                start = i;
            }
            sort::sort(&mut distinct);
            let terms: Vec<Weighted> = distinct
                .iter()
                .map(|&id| {
                    let (share, aside) = std::mem::take(&mut best[id as usize]);
                    Weighted {
                        id,
                        flags: flags[id as usize] | if aside { ASIDE } else { 0 },
                        weight: weights[id as usize] * share,
                    }
                })
                .collect();
            let has = |id: Option<u32>| id.is_some_and(|id| terms.iter().any(|t| t.id == id));
            let direction = has(up) as i8 - has(down) as i8;
            let norm = terms
                .iter()
                .map(|t| t.weight * t.weight)
                .sum::<f64>()
                .sqrt();
            Vector {
                numbers: terms.iter().fold(0, |k, t| k | number_kind(t.flags)),
                terms,
                norm,
                direction,
                quote: info.quote,
                typical: 0.0,
            }
        })
        .collect();
    let (sum, count) = vectors.iter().fold((0.0, 0usize), |(s, c), v| {
        (s + v.norm * v.norm, c + v.terms.len())
    });
    let typical = if count == 0 { 1.0 } else { sum / count as f64 };
    for v in &mut vectors {
        v.typical = typical;
    }
    (vectors, seq, starts)
}

/// What `weigh` returns: the vectors, and the term ids of every unit.
type Weighed = (Vec<Vector>, Vec<(u32, bool)>, Vec<usize>);

/// Inverse document frequency: a term in every unit weighs nothing, one in a
/// single unit the most.
fn idf(n: f64, df: f64) -> f64 {
    ((n + 1.0) / df).ln()
}

/// What `weigh` needs to know about a unit besides its terms.
#[derive(Clone, Debug)]
struct UnitInfo {
    /// Where its first word starts when that starts the sentence (a capital
    /// there says nothing), else `usize::MAX`.
    first_word: usize,
    /// A Title Case headline: no capital says anything.
    title_case: bool,
    quote: Vec<u64>,
    /// Its sentence's attributions, in the list given to `weigh`.
    asides: std::ops::Range<usize>,
}

/// Units with fewer distinct terms than this ("The Journal explains:") carry
/// no fact of their own and are never linked.
const MIN_UNIT_TERMS: usize = 3;

/// The similarity of two units: a blend of cosine and of how much of the
/// smaller unit the shared terms cover (so a short headline fully inside a
/// long sentence scores well). Zero unless they share at least two terms, one
/// of them more than a name: two sentences about one person are not one
/// claim. Quotations decide alone when both units quote: the same words are
/// one claim whatever else is said around them, different words are not.
///
/// `slot`, when given, maps each term id of `a` to its place in `a.terms`
/// plus one (zero for ids `a` lacks), so the shared terms are found by
/// walking `b` alone, in the same (ascending id) order as the merge.
fn similarity(a: &Vector, b: &Vector, slot: Option<&[u32]>) -> f64 {
    if !a.quote.is_empty() && !b.quote.is_empty() {
        let shared = count_common(&a.quote, &b.quote);
        let overlap = shared as f64 / a.quote.len().min(b.quote.len()) as f64;
        return if overlap >= tuning::QUOTE_OVERLAP {
            tuning::QUOTE_SCORE + (1.0 - tuning::QUOTE_SCORE) * overlap
        } else {
            0.0
        };
    }
    if a.terms.len() < MIN_UNIT_TERMS || b.terms.len() < MIN_UNIT_TERMS {
        return 0.0;
    }
    // Something went up in one and down in the other: two facts.
    if a.direction * b.direction < 0 {
        return 0.0;
    }
    // `evidence` counts shared terms in typical terms, each at most one.
    let (mut dot, mut evidence) = (0.0, 0.0);
    let (mut shared, mut words, mut numbers) = (0, 0, 0u8);
    let mut add = |x: &Weighted, y: &Weighted| {
        let product = x.weight * y.weight;
        dot += product;
        evidence += (product / a.typical).min(1.0);
        // A specific number is as good as two shared words; who said
        // something is no evidence of what was said.
        shared += if (x.flags | y.flags) & ASIDE != 0 {
            0
        } else if x.flags & SPECIFIC != 0 {
            2
        } else {
            1
        };
        if x.flags & NAME == 0 {
            words += 1;
        }
        numbers |= number_kind(x.flags);
    };
    if let Some(slot) = slot {
        for y in &b.terms {
            let k = slot[y.id as usize] as usize;
            if k != 0 {
                add(&a.terms[k - 1], y);
            }
        }
    } else {
        let (mut i, mut j) = (0, 0);
        while let (Some(x), Some(y)) = (a.terms.get(i), b.terms.get(j)) {
            match x.id.cmp(&y.id) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    add(x, y);
                    i += 1;
                    j += 1;
                }
            }
        }
    }
    if shared < tuning::MIN_SHARED || words == 0 {
        return 0.0;
    }
    let cosine = dot / (a.norm * b.norm);
    let coverage = (dot / (a.norm.min(b.norm).powi(2))).min(1.0);
    let relative = tuning::COSINE_SHARE * cosine + (1.0 - tuning::COSINE_SHARE) * coverage;
    let absolute = (evidence / tuning::EVIDENCE_FULL).min(1.0);
    let score = (1.0 - tuning::EVIDENCE) * relative + tuning::EVIDENCE * absolute;
    // Both give a year, or both a count, and none agree: most likely two
    // different facts.
    if a.numbers & b.numbers & !numbers != 0 {
        score * tuning::NUMBER_CLASH
    } else {
        score
    }
}

/// How many values two sorted, deduplicated lists have in common.
fn count_common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Every link between units of different articles that is worth keeping,
/// found through an inverted index over the rarer terms.
fn candidate_links(units: &[ClaimUnit], vectors: &[Vector]) -> FastMap<(u32, u32), f64> {
    // Term ids are dense, so the postings are a plain table.
    let ids = vectors
        .iter()
        .filter_map(|v| v.terms.last())
        .map(|t| t.id as usize + 1)
        .max()
        .unwrap_or(0);
    // The postings of term `id` are `posted[bounds[id]..bounds[id + 1]]`:
    // one table for all terms, filled in unit order, instead of a `Vec` each.
    let mut bounds = vec![0usize; ids + 1];
    for v in vectors {
        for t in &v.terms {
            bounds[t.id as usize + 1] += 1;
        }
    }
    for id in 0..ids {
        bounds[id + 1] += bounds[id];
    }
    let mut posted = vec![0u32; bounds[ids]];
    let mut fill = bounds.clone();
    for (u, v) in vectors.iter().enumerate() {
        for t in &v.terms {
            let at = &mut fill[t.id as usize];
            posted[*at] = u as u32;
            *at += 1;
        }
    }
    let mut links = FastMap::default();
    links.reserve(units.len() * 8);
    let mut seen = vec![u32::MAX; units.len()];
    let mut slot = vec![0u32; ids];
    // Units come article by article: those after `a` in its own article run
    // up to `end`, and postings are ascending, so both are skipped at once.
    let mut end = 0;
    for (a, v) in vectors.iter().enumerate() {
        if end <= a {
            end = a + units[a..]
                .iter()
                .take_while(|u| u.article == units[a].article)
                .count();
        }
        for (k, t) in v.terms.iter().enumerate() {
            slot[t.id as usize] = k as u32 + 1;
        }
        for t in &v.terms {
            let id = t.id as usize;
            let list = &posted[bounds[id]..bounds[id + 1]];
            if list.len() > tuning::POSTING_CAP {
                continue;
            }
            for &b in &list[list.partition_point(|&b| (b as usize) < end)..] {
                let bu = b as usize;
                if seen[bu] == a as u32 {
                    continue;
                }
                seen[bu] = a as u32;
                let score = similarity(v, &vectors[bu], Some(&slot));
                if score >= tuning::KEEP {
                    links.insert((a as u32, b), score);
                }
            }
        }
        for t in &v.terms {
            slot[t.id as usize] = 0;
        }
    }
    links
}

/// Average-linkage merging over the links, strongest first.
fn cluster(
    units: &[ClaimUnit],
    vectors: &[Vector],
    links: &FastMap<(u32, u32), f64>,
    articles: &[Article],
) -> Vec<Vec<usize>> {
    let is_headline = |u: usize| {
        articles[units[u].article].sentences[units[u].sentence].role == SentenceRole::Headline
    };
    let mut edges: Vec<(f64, u32, u32)> = links
        .iter()
        .filter(|(_, s)| **s >= tuning::LINK)
        .map(|(&(a, b), &s)| (s, a, b))
        .collect();
    sort::sort_by(&mut edges, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });

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
            similarity(&vectors[x], &vectors[y], None)
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
            sort::sort(&mut m);
            m
        })
        .collect()
}

fn build_claims(
    units: &[ClaimUnit],
    (seq, starts): (&[(u32, bool)], &[usize]),
    links: &FastMap<(u32, u32), f64>,
    clusters: Vec<Vec<usize>>,
) -> Vec<Claim> {
    let ids = |u: usize| &seq[starts[u]..starts[u + 1]];
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
            sort::sort(&mut articles);
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
                                (&units[mentions[i].unit], ids(mentions[i].unit)),
                                (&units[mentions[j].unit], ids(mentions[j].unit)),
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
    sort::sort_by(&mut claims, |x, y| {
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

/// The terms two units share, each with its first place in both. Each unit
/// comes with its term ids (as `weigh` gave them): equal ids, equal keys.
fn shared_terms(
    (a, ida): (&ClaimUnit, &[(u32, bool)]),
    (b, idb): (&ClaimUnit, &[(u32, bool)]),
) -> Vec<SharedTerm> {
    let mut out: Vec<SharedTerm> = Vec::new();
    for (k, ta) in a.terms.iter().enumerate() {
        let id = ida[k].0;
        // An earlier occurrence of the key was either taken or not shared.
        if ida[..k].iter().any(|x| x.0 == id) {
            continue;
        }
        if let Some(m) = idb.iter().position(|x| x.0 == id) {
            let tb = &b.terms[m];
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
        ArticleSource::from_text(slug, text)
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
    fn headlines_and_past_tense_verbs_split_too() {
        let a = analyze(
            "t",
            vec![source(
                "a",
                "Council adopts budget and raises levy after marathon hearing\n\nA group has claimed responsibility and demanded a $5 million ransom.",
            )],
        );
        let claims = align(&a.articles);
        let text = a.articles[0].text();
        let got: Vec<&str> = claims.units.iter().map(|u| u.span.slice(text)).collect();
        assert_eq!(
            got,
            [
                "Council adopts budget",
                "and raises levy after marathon hearing",
                "A group has claimed responsibility",
                "and demanded a $5 million ransom.",
            ]
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

    /// The articles' claims carried by more than one of them, as sentence
    /// indices per article.
    fn shared(sources: Vec<ArticleSource>) -> Vec<Vec<(usize, usize)>> {
        let a = analyze("t", sources);
        align(&a.articles)
            .claims
            .iter()
            .filter(|c| c.outlet_count() > 1)
            .map(|c| c.mentions.iter().map(|m| (m.article, m.sentence)).collect())
            .collect()
    }

    #[test]
    fn one_quote_is_one_claim_and_two_quotes_are_two() {
        let got = shared(vec![
            source("a", "“If you are told to leave, leave,” she said at a news conference. “We have every resource we need,” Governor Ruth Calloway said."),
            source("b", "“If you are told to leave, leave,” Gov. Ruth Calloway said Monday. “Nobody should wait for the water,” she added."),
        ]);
        assert_eq!(got, vec![vec![(0, 0), (1, 0)]]);
    }

    #[test]
    fn a_shared_name_or_an_opposite_move_is_no_shared_fact() {
        let got = shared(vec![
            source("a", "Governor Ruth Calloway declared a state of emergency on Sunday. The police allocation falls by 2 percent this year."),
            source("b", "Ruth Calloway spoke to reporters at the airport on Monday. The fire allocation rises by 2 percent this year."),
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn who_said_it_is_no_evidence() {
        let got = shared(vec![
            source(
                "a",
                "The company rejected the ransom demand, Chief Executive Marcus Bell said.",
            ),
            source(
                "b",
                "In an interview, CEO Marcus Bell told reporters that the servers were rebuilt.",
            ),
        ]);
        assert!(got.is_empty(), "{got:?}");
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
