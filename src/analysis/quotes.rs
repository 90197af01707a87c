//! Direct quotations with their speakers, grouped across outlets, and the
//! sources each outlet cites.
//!
//! Only headline and body sentences are read; boilerplate never quotes or
//! cites anyone. The rules, in the order they apply:
//!
//! **Quotations.** A quotation is the text between a double opening mark
//! (`“` or a straight `"` before a word) and the next closing mark (`”` or a
//! straight `"` after a word), across sentence ends. A paragraph that ends
//! with the quotation still open continues it only when the next paragraph
//! opens with a mark, as news style prints a quotation of several
//! paragraphs; otherwise the open mark is dropped. Single marks (`‘’'`) are
//! only ever content inside a quotation, because they are also apostrophes
//! ("Trump’s", "’90s"). The span is the quoted words without the marks and
//! without a trailing `,` `.` `;` `:`. One to three words in marks with no
//! speaker found are scare quotes or titles ("the “missing” emails",
//! campaign “CEO”) and are left out; with a speaker ("said … in “early June
//! 2016”") they are quotations.
//!
//! A paragraph whose last sentence ends "…, they wrote:" or "The Wall
//! Street Journal explains:" (a verb of saying and a colon) introduces the
//! next paragraph as a block quotation whose marks the scrape lost: the
//! whole paragraph is the quotation, its speaker the verb's subject ("they"
//! and "it" standing for the last outlet named before them).
//!
//! **Speakers**, first match wins, verbs of saying being say, tell, write,
//! tweet, add and explain:
//! 1. right after the closing mark: "…,” Nix said", "…,” said Nix",
//!    "…,” Nix reportedly said at …"; after "described as “…”", "by X";
//! 2. the nearest verb of saying before the opening mark in its sentence and
//!    its subject: "Nix said that … “…”", "X told Y “…”" (the subject X,
//!    never the listener Y), "…, but said “…”" (the subject of the clause
//!    before), "X, who heads the firm, said" (past the apposition);
//! 3. a short closing clause of the sentence: "It is “…” to them, Woodruff writes.";
//! 4. "according to X" in the quotation's sentences;
//! 5. otherwise the speaker of the previous quotation when it closed in the
//!    same sentence, or in the sentence before one this quotation opens
//!    ("“…,” the strategist said. “…”").
//!
//! A speaker is a proper name, a pronoun or a description. From a proper
//! name, titles and roles are dropped ("Cambridge Analytica CEO Alexander
//! Nix" gives "Alexander Nix") and so is a possessive; the name is the
//! fullest form of it printed in the article's body ("Nix" gives "Alexander
//! Nix"). "he" or "she" stands for the nearest person named before it (two
//! capitalized words, or one whose fullest form has two, and no
//! organisation); the span is then the pronoun. A description keeps its
//! words up to a relative clause or place ("one of Woodruff’s sources", "a
//! representative for Assange"). The cue is the verb's lemma as a past form
//! ("said", "told", "wrote", "tweeted", "added", "explained") or
//! "according to" or "described".
//!
//! **Groups.** A quotation joins the group of the first earlier quotation
//! at most three times its length (or a third of it) that it shares at
//! least half of the shorter one's words with, in order (the
//! longest common subsequence of `diff::words`; two words at least, unless
//! both are that short and equal); otherwise it opens a new group. The
//! group keeps the diff of each later member against its first one.
//!
//! **Sources**, one entry per citation, sorted by article and position:
//! - outlets: every run of capitals holding an outlet word ("Journal",
//!   "Beast", "CNN", …), named by the fullest such run in the corpus ("the
//!   Journal" is "The Wall Street Journal"; initials such as "WSJ" too), with
//!   "The" where the corpus prints one;
//! - posts: "tweet", "tweeted", "Twitter", by the possessor ("Assange’s
//!   tweet") or the sentence's first name, else "Twitter";
//! - documents: an email, statement, filing, report, letter, records… cited
//!   as "according to …", "in a/his/X’s …", "leaked …" or "… show";
//! - anonymous: "sources", "insiders" with their determiners ("two sources
//!   familiar with …", "one of Woodruff’s sources"), and described subjects
//!   of saying or confirming such as "a representative for Assange";
//! - named: proper-name subjects of saying, confirming, claiming, denying
//!   and reporting that are no outlets, and every named speaker.
//!
//! Named and post names take the fullest form across the corpus. A person
//! cited through a post in the same sentence is cited once, as the post.
//!
//! Everything is linear in the text but the name look-ups, which scan the
//! (deduplicated) names of an article, and the grouping, which compares each
//! quotation with each group's first after a cheap shared-word bound.

use std::ops::Range;
use std::sync::OnceLock;

use super::article::{Article, SentenceRole};
use super::diff::{self, WordDiff};
use super::entities::Entity;
use super::sort;
use super::span::Span;
use super::terms::FastMap;
use super::tokens::{self, Token};

/// One direct quotation as an article gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Position in `Analysis::quotes` (article order, then text order).
    pub id: usize,
    pub article: usize,
    /// The sentence where the quotation opens.
    pub sentence: usize,
    /// The quoted words, marks excluded; may run over several sentences.
    pub span: Span,
    /// The speaker as the text names them, if it does.
    pub speaker: Option<Speaker>,
    /// Position in `Analysis::quote_groups`.
    pub group: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The words naming the speaker ("Nix", "Alexander Nix", "a source").
    pub span: Span,
    /// The name in a canonical form for grouping and display.
    pub name: String,
    /// The attribution cue: "said", "according to", "told", "wrote", "tweeted".
    pub cue: String,
    /// The entity the speaker is, filled in once entities are known.
    pub entity: Option<usize>,
}

/// The same quotation in one or more articles.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteGroup {
    pub id: usize,
    /// Indices into `Analysis::quotes`, article order.
    pub quotes: Vec<usize>,
    /// For every quote after the first, the word diff from the first one's
    /// wording (empty `ops` when the wording is the same).
    pub diffs: Vec<WordDiff>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SourceKind {
    /// Another news outlet ("The Daily Beast", "the Journal").
    Outlet,
    /// A document, filing, letter or report.
    Document,
    /// A person or body quoted or named as the source ("Nix", "the campaign").
    Named,
    /// "a source", "people familiar with", "officials said".
    Anonymous,
    /// A tweet or social-media post.
    Post,
}

impl SourceKind {
    pub fn slug(self) -> &'static str {
        match self {
            SourceKind::Outlet => "outlet",
            SourceKind::Document => "document",
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Post => "post",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Outlet => "News outlet",
            SourceKind::Document => "Document",
            SourceKind::Named => "Named person or body",
            SourceKind::Anonymous => "Anonymous",
            SourceKind::Post => "Social-media post",
        }
    }
}

/// A source one article cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub article: usize,
    pub sentence: usize,
    /// The words naming the source.
    pub span: Span,
    pub kind: SourceKind,
    /// A canonical name, the same across articles ("The Wall Street Journal" for "the Journal").
    pub name: String,
}

/// Quotations, their groups and the sources, found together because a
/// speaker is also a source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
    pub groups: Vec<QuoteGroup>,
    pub sources: Vec<Source>,
}

/// Verbs of saying that attribute a quotation, and the cue each one reports.
fn cue_of(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "said" | "says" | "say" => "said",
        "told" | "tells" => "told",
        "wrote" | "writes" => "wrote",
        "tweeted" | "tweets" => "tweeted",
        "added" | "adds" => "added",
        "explained" | "explains" => "explained",
        _ => return None,
    })
}

/// Verbs that cite someone's statement without quoting it.
const CLAIM_VERBS: &[&str] = &[
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "denied",
    "denies",
    "relayed",
    "reported",
    "reports",
];
/// Words between a subject and its verb ("Nix reportedly said", "has denied").
const ADVERBS: &[&str] = &[
    "reportedly",
    "also",
    "later",
    "has",
    "have",
    "had",
    "then",
    "publicly",
    "already",
    "once",
    "allegedly",
    "previously",
    "initially",
    "recently",
    "just",
    "now",
    "still",
    "earlier",
];
/// Words that end a subject when walking back from its verb.
const STOP: &[&str] = &[
    "that", "and", "but", "or", "which", "while", "as", "because", "if", "when", "so", "than",
    "whether", "where", "since", "although", "though", "after", "before",
];
/// Determiners and quantifiers that open a description rather than a name.
const DET: &[&str] = &[
    "a",
    "an",
    "the",
    "one",
    "two",
    "three",
    "four",
    "several",
    "some",
    "those",
    "these",
    "many",
    "other",
    "another",
    "his",
    "her",
    "their",
    "its",
    "our",
    "multiple",
    "anonymous",
    "unnamed",
];
/// Words after a subject's head noun ("a representative for Assange").
const HEAD_CUT: &[&str] = &[
    "of", "for", "at", "on", "in", "with", "who", "which", "that", "from", "during", "to", "about",
    "whose", "familiar", "close",
];
/// Words that make a run of capitals an organisation, not a person.
const ORGS: &[&str] = &[
    "committee",
    "committees",
    "house",
    "senate",
    "party",
    "campaign",
    "university",
    "inc",
    "corp",
    "company",
    "group",
    "department",
    "intelligence",
    "summit",
    "conference",
    "analytica",
    "wikileaks",
    "kremlin",
    "fbi",
    "congress",
    "white",
    "embassy",
    "web",
];
/// Capitalized words that matter to the name rules, sorted for a binary
/// search: titles and roles that are not part of a name ("CEO Alexander
/// Nix"), words that open sentences and phrases rather than names, and
/// words that make a run of capitals a news outlet.
const FLAGGED: &[(&str, u8)] = &[
    ("a", STARTER),
    ("abc", OUTLET),
    ("according", STARTER),
    ("adviser", ROLE),
    ("advisor", ROLE),
    ("after", STARTER),
    ("an", STARTER),
    ("and", STARTER),
    ("as", STARTER),
    ("at", STARTER),
    ("attorney", ROLE),
    ("axios", OUTLET),
    ("bbc", OUTLET),
    ("beast", OUTLET),
    ("bloomberg", OUTLET),
    ("breitbart", OUTLET),
    ("but", STARTER),
    ("buzzfeed", OUTLET),
    ("by", STARTER),
    ("cbs", OUTLET),
    ("ceo", ROLE),
    ("chairman", ROLE),
    ("chief", ROLE),
    ("cnn", OUTLET),
    ("columnist", ROLE),
    ("data", STARTER),
    ("democratic", STARTER),
    ("described", STARTER),
    ("director", ROLE),
    ("dr", ROLE),
    ("editor", ROLE),
    ("expert", ROLE),
    ("for", STARTER),
    ("former", ROLE),
    ("founder", ROLE),
    ("from", STARTER),
    ("gazette", OUTLET),
    ("gen", ROLE),
    ("general", ROLE),
    ("gov", ROLE),
    ("governor", ROLE),
    ("guardian", OUTLET),
    ("he", STARTER),
    ("head", ROLE),
    ("her", STARTER),
    ("herald", OUTLET),
    ("his", STARTER),
    ("however", STARTER),
    ("huffpost", OUTLET),
    ("if", STARTER),
    ("in", STARTER),
    ("indeed", STARTER),
    ("intercept", OUTLET),
    ("it", STARTER),
    ("its", STARTER),
    ("journal", OUTLET),
    ("judge", ROLE),
    ("last", STARTER),
    ("many", STARTER),
    ("minister", ROLE),
    ("mr", ROLE),
    ("mrs", ROLE),
    ("ms", ROLE),
    ("msnbc", OUTLET),
    ("nbc", OUTLET),
    ("neither", STARTER),
    ("nevertheless", STARTER),
    ("news", STARTER),
    ("newsweek", OUTLET),
    ("nominee", ROLE),
    ("nor", STARTER),
    ("npr", OUTLET),
    ("of", STARTER),
    ("on", STARTER),
    ("our", STARTER),
    ("politico", OUTLET),
    ("post", OUTLET),
    ("president", ROLE),
    ("professor", ROLE),
    ("rep", ROLE),
    ("reporter", ROLE),
    ("republican", STARTER),
    ("responding", STARTER),
    ("reuters", OUTLET),
    ("secretary", ROLE),
    ("sen", ROLE),
    ("senator", ROLE),
    ("she", STARTER),
    ("since", STARTER),
    ("so", STARTER),
    ("some", STARTER),
    ("speaking", STARTER),
    ("spokesman", ROLE),
    ("spokeswoman", ROLE),
    ("strategist", ROLE),
    ("telegraph", OUTLET),
    ("that", STARTER),
    ("the", STARTER),
    ("their", STARTER),
    ("then", STARTER),
    ("there", STARTER),
    ("these", STARTER),
    ("they", STARTER),
    ("thinkprogress", OUTLET),
    ("this", STARTER),
    ("those", STARTER),
    ("times", OUTLET),
    ("to", STARTER),
    ("tribune", OUTLET),
    ("we", STARTER),
    ("when", STARTER),
    ("while", STARTER),
    ("with", STARTER),
    ("writer", ROLE),
    ("wsj", OUTLET),
    ("yet", STARTER),
];

const ROLE: u8 = 1;
const STARTER: u8 = 2;
const OUTLET: u8 = 4;

/// Nouns for documents a text cites.
const DOCS: &[&str] = &[
    "email",
    "emails",
    "statement",
    "filing",
    "filings",
    "report",
    "reports",
    "letter",
    "testimony",
    "records",
    "documents",
    "memo",
    "transcript",
];
/// Head nouns of unnamed speakers.
const ANON: &[&str] = &[
    "source",
    "sources",
    "insider",
    "insiders",
    "official",
    "officials",
    "people",
    "person",
    "strategist",
    "representative",
    "representatives",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "staffer",
    "staffers",
];

/// Someone a text names as the origin of words.
#[derive(Clone, Debug)]
struct Who {
    span: Span,
    name: String,
    /// A proper name (a person or body) rather than a description ("the strategist").
    proper: bool,
}

/// Words of a name, compared without case or a possessive "’s".
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            let n = tokens::normalize(w);
            n.strip_suffix("'s").map(str::to_owned).unwrap_or(n)
        })
        .collect()
}

/// The longest name in the bodies of `ctxs` ending with `words`
/// ("Alexander Nix" for "Nix"), as printed.
fn fullest<'c>(ctxs: impl IntoIterator<Item = &'c Ctx<'c>>, words: &[&str]) -> Option<String> {
    ctxs.into_iter()
        .flat_map(|cx| cx.runs.iter().map(move |&(b, e)| (cx, b, e)))
        .filter(|&(cx, b, e)| {
            e - b >= words.len()
                && words
                    .iter()
                    .rev()
                    .zip((b..e).rev())
                    .all(|(w, k)| cx.bare(k) == *w)
        })
        .max_by_key(|&(_, b, e)| e - b)
        .map(|(cx, b, e)| cx.display(b, e))
}

/// The `FLAGGED` bits of a normalized word.
fn flags_of(norm: &str) -> u8 {
    // Asked of every capitalized word, so the list is made a map once.
    static MAP: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    let map = MAP.get_or_init(|| FLAGGED.iter().copied().collect());
    map.get(norm).copied().unwrap_or(0)
}

/// One article's text and tokens, with what the rules ask of each token.
struct Ctx<'a> {
    art: &'a Article,
    text: &'a str,
    toks: &'a [Token],
    /// Per token: inside quotation marks.
    quoted: Vec<bool>,
    /// Per token: in a headline or body sentence.
    usable: Vec<bool>,
    /// Per token: starts with a capital letter.
    caps: Vec<bool>,
    /// Per capitalized token: `ROLE`, `STARTER` and `OUTLET` bits, looked
    /// up once because the name rules ask again and again.
    flags: Vec<u8>,
    /// Names in the body (words, display form), for fullest forms.
    runs: Vec<(usize, usize)>,
    /// Quotation stretches: opening mark, quoted words, end of closing mark.
    stretches: Vec<(usize, Span, usize)>,
}

impl<'a> Ctx<'a> {
    fn new(art: &'a Article) -> Self {
        let toks = &art.tokens[..];
        let mut cx = Ctx {
            art,
            text: art.text(),
            toks,
            quoted: vec![false; toks.len()],
            usable: vec![false; toks.len()],
            caps: Vec::new(),
            flags: Vec::new(),
            runs: Vec::new(),
            stretches: stretches(art),
        };
        cx.caps = toks
            .iter()
            .map(|t| t.span.slice(cx.text).starts_with(char::is_uppercase))
            .collect();
        for s in &art.sentences {
            let ok = matches!(s.role, SentenceRole::Headline | SentenceRole::Body);
            for k in s.tokens.clone() {
                if let Some(u) = cx.usable.get_mut(k) {
                    *u = ok;
                }
            }
        }
        cx.flags = (0..toks.len())
            .map(|k| {
                if cx.caps[k] && cx.usable[k] {
                    flags_of(&toks[k].norm)
                } else {
                    0
                }
            })
            .collect();
        for &(open, _, close) in &cx.stretches {
            let from = toks.partition_point(|t| t.span.start < open);
            let to = toks.partition_point(|t| t.span.start < close);
            cx.quoted[from..to.max(from)].fill(true);
        }
        let body = art
            .sentences
            .iter()
            .filter(|s| s.role == SentenceRole::Body);
        let mut runs: Vec<_> = body
            .flat_map(|s| cx.segments(s.tokens.start, s.tokens.end))
            .filter(|&(b, e)| e - b <= 4)
            .collect();
        // Names repeat; each is kept once (its first printing).
        let words = |&(b, e): &(usize, usize)| (b..e).map(|k| cx.bare(k));
        sort::sort_by(&mut runs, |x, y| words(x).cmp(words(y)).then(x.cmp(y)));
        runs.dedup_by(|x, y| words(x).eq(words(y)));
        cx.runs = runs;
        cx
    }

    fn norm(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.norm.as_str())
    }

    /// The normalized word without a possessive "’s".
    fn bare(&self, k: usize) -> &'a str {
        let n = self.norm(k);
        n.strip_suffix("'s").unwrap_or(n)
    }

    fn cap(&self, k: usize) -> bool {
        self.caps.get(k).copied().unwrap_or(false)
    }

    fn poss(&self, k: usize) -> bool {
        self.norm(k).ends_with("'s")
    }

    /// Whether capitalized token `k` has the flag `bit` (`ROLE`, `STARTER`, `OUTLET`).
    fn has(&self, k: usize, bit: u8) -> bool {
        self.flags.get(k).is_some_and(|f| f & bit != 0)
    }

    fn is(&self, k: usize, list: &[&str]) -> bool {
        let n = self.norm(k);
        // Lengths and first bytes rule out most words without a `memcmp`.
        let first = n.as_bytes().first();
        list.iter()
            .any(|w| w.len() == n.len() && w.as_bytes().first() == first && *w == n)
    }

    fn quoted(&self, k: usize) -> bool {
        self.quoted.get(k).copied().unwrap_or(true)
    }

    /// Whether punctuation or a quotation mark separates token `k` from the one before.
    fn cut(&self, k: usize) -> bool {
        let (Some(a), Some(b)) = (
            k.checked_sub(1).and_then(|j| self.toks.get(j)),
            self.toks.get(k),
        ) else {
            return true;
        };
        let gap = self.text.get(a.span.end..b.span.start).unwrap_or(",");
        self.quoted(k - 1) != self.quoted(k)
            || (gap != " " && gap.contains(|c| ",;:()[]—–“”\".?!".contains(c)))
    }

    /// The words of tokens `b..e` as printed, a final possessive dropped.
    fn display(&self, b: usize, e: usize) -> String {
        let span = Span::new(self.toks[b].span.start, self.toks[e - 1].span.end);
        let s = span.slice(self.text);
        s.strip_suffix("’s")
            .or_else(|| s.strip_suffix("'s"))
            .unwrap_or(s)
            .to_owned()
    }

    fn span(&self, b: usize, e: usize) -> Span {
        Span::new(self.toks[b].span.start, self.toks[e - 1].span.end)
    }

    /// Runs of capitalized words in `from..to` that may be names: split at
    /// punctuation, roles and possessives, sentence openers dropped.
    fn segments(&self, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut k = from;
        while k < to {
            if !self.cap(k) || self.has(k, ROLE) {
                k += 1;
                continue;
            }
            let mut b = k;
            while k + 1 < to
                && self.cap(k + 1)
                && !self.has(k + 1, ROLE)
                && !self.cut(k + 1)
                && !self.poss(k)
            {
                k += 1;
            }
            while b <= k && self.has(b, STARTER) {
                b += 1;
            }
            if b <= k {
                out.push((b, k + 1));
            }
            k += 1;
        }
        out
    }

    fn name_of(&self, b: usize, e: usize) -> String {
        let words: Vec<&str> = (b..e).map(|k| self.bare(k)).collect();
        fullest([self], &words).unwrap_or_else(|| self.display(b, e))
    }

    /// Reads a speaker from the words `from..to`: a pronoun resolved to the
    /// person it stands for, a proper name (roles dropped), or a description.
    fn phrase(&self, mut from: usize, mut to: usize) -> Option<Who> {
        while from < to && self.is(from, ADVERBS) {
            from += 1;
        }
        while to > from && self.is(to - 1, ADVERBS) {
            to -= 1;
        }
        if from >= to || (from..to).any(|k| self.quoted(k)) {
            return None;
        }
        if to - from == 1 && self.is(from, &["they", "we", "i", "you", "it", "this"]) {
            return None;
        }
        if to - from == 1 && matches!(self.norm(from), "he" | "she") {
            let name = self.resolve(from)?;
            let span = self.toks[from].span;
            return Some(Who {
                span,
                name,
                proper: true,
            });
        }
        let head = (from..to).find(|&k| self.is(k, HEAD_CUT)).unwrap_or(to);
        let named = |k: usize| self.cap(k) && !self.is(k, DET) && !self.has(k, ROLE);
        if head > from && named(head - 1) && !self.is(head - 1, ANON) {
            let e = head;
            let mut b = e - 1;
            while b > from
                && e - b < 4
                && self.cap(b - 1)
                && !self.has(b - 1, ROLE)
                && !self.cut(b)
                && !self.poss(b - 1)
            {
                b -= 1;
            }
            while b + 1 < e && self.has(b, STARTER) {
                b += 1;
            }
            let mut name = self.name_of(b, e);
            // Outlets keep their article: "the Journal" is The Wall Street Journal.
            if b > from && self.norm(b - 1) == "the" && (b..e).any(|k| self.has(k, OUTLET)) {
                name.insert_str(0, "The ");
            }
            return Some(Who {
                span: self.span(b, e),
                name,
                proper: true,
            });
        }
        // A description ends before a place or a relative clause, but "close
        // to" and "familiar with" belong to it.
        let cut = &HEAD_CUT[2..14];
        let end = (from + 1..to)
            .find(|&k| self.is(k, cut) && !self.is(k - 1, &["familiar", "close"]))
            .unwrap_or(to)
            .min(from + 8);
        let span = self.span(from, end);
        let mut name = span.slice(self.text).to_owned();
        if self.is(from, DET) || self.is(from, ANON) {
            if let Some(first) = name.get_mut(..1) {
                first.make_ascii_lowercase();
            }
        }
        Some(Who {
            span,
            name,
            proper: false,
        })
    }

    /// The nearest person named before token `k`: a run of two or more
    /// capitalized words, or one word whose fullest form has two, that is
    /// no organisation or outlet.
    fn resolve(&self, k: usize) -> Option<String> {
        let mut j = k;
        while j > k.saturating_sub(400) {
            j -= 1;
            if !self.usable[j] || self.quoted(j) || !self.cap(j) || self.has(j, ROLE) {
                continue;
            }
            let mut b = j;
            while b > 0 && j - b < 3 && self.cap(b - 1) && !self.has(b - 1, ROLE) && !self.cut(b) {
                b -= 1;
            }
            while b < j && self.has(b, STARTER) {
                b += 1;
            }
            let org =
                (b..=j).any(|i| self.is(i, ORGS) || self.has(i, OUTLET) || self.has(i, STARTER));
            let name = self.name_of(b, j + 1);
            if !org
                && name.contains(' ')
                && !name_words(&name).iter().any(|w| ORGS.contains(&w.as_str()))
            {
                return Some(name);
            }
            j = b;
        }
        None
    }

    /// The start of the clause that ends at `e`, at most `max` words back,
    /// stopping at conjunctions when `stop` is set.
    fn back(&self, e: usize, s0: usize, max: usize, stop: bool) -> usize {
        let mut b = e;
        while b > s0 && e - b < max && !(stop && self.is(b - 1, STOP)) && (b == e || !self.cut(b)) {
            b -= 1;
        }
        b
    }

    /// The subject of the verb at `v`, looking back no further than `s0`:
    /// past adverbs ("Nix reportedly said"), over an apposition ("Nix, who
    /// heads the firm, said") and through "but said" to the clause before.
    fn subject_before(&self, v: usize, s0: usize) -> Option<Who> {
        let mut e = v;
        while e > s0 && self.is(e - 1, ADVERBS) && !self.cut(e) {
            e -= 1;
        }
        if e <= s0 {
            return None;
        }
        if !self.cut(e) {
            let b = self.back(e, s0, 12, true);
            if b < e {
                return self.phrase(b, e);
            }
            if matches!(self.norm(e - 1), "but" | "and") {
                let u = (s0..e - 1).rev().find(|&u| {
                    !self.quoted(u) && (cue_of(self.norm(u)).is_some() || self.is(u, CLAIM_VERBS))
                })?;
                return self.subject_before(u, s0);
            }
            return None;
        }
        let c = self.back(e, s0, 30, false);
        if c > s0 && self.cut(c) && self.is(c, &["who", "which", "the", "a", "an"]) {
            let b = self.back(c, s0, 6, true);
            return self.phrase(b, c).filter(|w| w.proper);
        }
        None
    }

    /// An attribution in the clause `a..e`: "said Nix", "Nix said",
    /// "by Andrew O’Hagan" (after "described as").
    fn clause_attr(
        &self,
        a: usize,
        e: usize,
        by_cue: Option<&'static str>,
    ) -> Option<(Who, &'static str)> {
        if a >= e {
            return None;
        }
        if let Some(cue) = cue_of(self.norm(a)) {
            return self.phrase(a + 1, e).map(|w| (w, cue));
        }
        if self.norm(a) == "by" {
            return by_cue.and_then(|cue| Some((self.phrase(a + 1, e)?, cue)));
        }
        let v = (a + 1..e.min(a + 7)).find(|&v| cue_of(self.norm(v)).is_some())?;
        Some((self.phrase(a, v)?, cue_of(self.norm(v))?))
    }

    /// Block quotations whose marks a scrape lost: a paragraph ending in
    /// "They wrote:" or "The Wall Street Journal explains:" introduces the
    /// next paragraph as the subject's words. "They" or "it" stands for the
    /// last outlet named before it in that paragraph. The block runs on
    /// into the next paragraphs (two at most) while each opens with a word
    /// of the name that opens the block ("Alexander Nix, who heads…" then
    /// "Nix, who heads…"): a quoted report keeps its subject, and the
    /// outlet's own next paragraph rarely opens on it. Returns the quoted
    /// block's first sentence, its words, the speaker and the cue.
    fn block_quotes(&self) -> Vec<(usize, Span, Who, &'static str)> {
        let art = self.art;
        let mut out = Vec::new();
        for (at, pair) in art.paragraphs.windows(2).enumerate() {
            let (intro, block) = (&pair[0], &pair[1]);
            if intro.sentence_count == 0 || block.sentence_count == 0 {
                continue;
            }
            let said = &art.sentences[intro.first_sentence + intro.sentence_count - 1];
            let first = &art.sentences[block.first_sentence];
            let words = block.span.trim(self.text);
            if said.role != SentenceRole::Body
                || first.role != SentenceRole::Body
                || !said.span.slice(self.text).trim_end().ends_with(':')
                || words.slice(self.text).starts_with(['“', '"'])
                || said.tokens.is_empty()
            {
                continue;
            }
            let v = said.tokens.end - 1;
            let Some(cue) = cue_of(self.norm(v)) else {
                continue;
            };
            let who = self.subject_before(v, said.tokens.start).or_else(|| {
                let pronoun = v.checked_sub(1).filter(|&k| self.is(k, &["they", "it"]))?;
                let start = art.sentences[intro.first_sentence].tokens.start;
                let e = (start..pronoun).rev().find(|&k| self.has(k, OUTLET))? + 1;
                let mut b = e - 1;
                while b > start && self.cap(b - 1) && !self.cut(b) {
                    b -= 1;
                }
                Some(Who {
                    span: self.toks[pronoun].span,
                    name: self.name_of(b, e),
                    proper: true,
                })
            });
            if let Some(who) = who {
                out.push((first.index, self.block_end(at + 1, words), who, cue));
            }
        }
        out
    }

    /// `words` (the block paragraph `p`) extended over the paragraphs after
    /// it that continue it (see `block_quotes`).
    fn block_end(&self, p: usize, mut words: Span) -> Span {
        let art = self.art;
        let first = &art.sentences[art.paragraphs[p].first_sentence];
        // The name that opens the block: its run of capitalised words.
        let name = first.tokens.start
            ..(first.tokens.start..first.tokens.end)
                .find(|&k| !self.cap(k))
                .unwrap_or(first.tokens.end);
        if name.is_empty() {
            return words;
        }
        for next in art.paragraphs.iter().skip(p + 1).take(2) {
            let s = &art.sentences[next.first_sentence];
            let opens = s.tokens.start;
            let continues = s.role == SentenceRole::Body
                && !next.span.slice(self.text).starts_with(['“', '"'])
                && opens < s.tokens.end
                && self.cap(opens)
                && name.clone().any(|k| self.norm(k) == self.norm(opens));
            if !continues {
                break;
            }
            words = Span::new(words.start, next.span.trim(self.text).end);
        }
        words
    }

    /// The speaker of the quotation whose words run from token `ot` and
    /// whose closing mark comes before token `ct`, within sentences whose
    /// tokens are `so` (where it opens) and `sc` (where it closes).
    fn attribute(
        &self,
        ot: usize,
        ct: usize,
        so: Range<usize>,
        sc: Range<usize>,
    ) -> Option<(Who, &'static str)> {
        let clause_end = |a: usize| (a + 1..sc.end).find(|&k| self.cut(k)).unwrap_or(sc.end);
        let described = (so.start..ot).any(|k| self.is(k, &["described", "called", "dubbed"]));
        // Right after the closing mark: "…,” Nix said." / "…,” said Nix."
        if ct < sc.end {
            let by = described.then_some("described");
            if let Some(hit) = self.clause_attr(ct, clause_end(ct), by) {
                return Some(hit);
            }
        }
        // Before the opening mark in its sentence: "Nix said that “…”".
        let before = (so.start..ot.min(so.end))
            .rev()
            .find(|&v| !self.quoted(v) && cue_of(self.norm(v)).is_some());
        if let Some(v) = before {
            if let Some(who) = self.subject_before(v, so.start) {
                return Some((who, cue_of(self.norm(v))?));
            }
        }
        // A closing clause of the sentence: "It is “…” to them, Woodruff writes."
        if let Some(k) = (ct + 1..sc.end).rev().find(|&k| self.cut(k)) {
            if sc.end - k <= 8 && !(k..sc.end).any(|j| self.quoted(j)) {
                if let Some(hit) = self.clause_attr(k, sc.end, None) {
                    return Some(hit);
                }
            }
        }
        // "according to X" anywhere in the quotation's sentences.
        let according = (so.start..sc.end).find(|&k| {
            !self.quoted(k) && self.norm(k) == "according" && self.norm(k + 1) == "to"
        })?;
        let who = self.phrase(according + 2, clause_end(according + 2))?;
        Some((who, "according to"))
    }
}

/// The quotation stretches of an article: each opening mark, the quoted
/// words (trimmed, closing punctuation dropped) and the end of the closing mark.
fn stretches(art: &Article) -> Vec<(usize, Span, usize)> {
    let text = art.text();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut skip = None;
    for (pi, p) in art.paragraphs.iter().enumerate() {
        let Some(body) = text.get(p.span.start..p.span.end) else {
            continue;
        };
        // Each mark is searched for alone (a fast byte search), then all
        // are put in text order.
        let mut marks: Vec<(usize, &str)> = body
            .match_indices('"')
            .chain(body.match_indices('“'))
            .chain(body.match_indices('”'))
            .collect();
        sort::sort(&mut marks);
        for (i, mark) in marks {
            let at = p.span.start + i;
            let after = at + mark.len();
            let closes = |open: Option<(usize, usize)>, out: &mut Vec<_>| {
                if let Some((o, inner)) = open {
                    out.push((o, Span::new(inner, at), after));
                }
            };
            match mark {
                _ if skip == Some(at) => {}
                "“" => open = Some((at, after)),
                "”" => closes(open.take(), &mut out),
                "\"" if open.is_some() && !body[..i].ends_with(char::is_whitespace) => {
                    closes(open.take(), &mut out)
                }
                "\"" if !body[i + 1..].starts_with(char::is_whitespace) && i + 1 < body.len() => {
                    open = Some((at, after))
                }
                _ => {}
            }
        }
        // A quotation still open when its paragraph ends goes on only where
        // the next paragraph opens with a quotation mark, as news style has it.
        let next = art.paragraphs.get(pi + 1).map_or(0, |n| n.span.start);
        if open.is_some() && text.get(next..).is_some_and(|t| t.starts_with(['“', '"'])) {
            skip = Some(next);
        } else {
            open = None;
        }
    }
    for (_, span, _) in &mut out {
        let mut s = span.trim(text);
        while let Some(c) = s.slice(text).chars().last().filter(|c| ",.;:".contains(*c)) {
            s = Span::new(s.start, s.end - c.len_utf8()).trim(text);
        }
        *span = s;
    }
    out
}

fn sentence_of(art: &Article, pos: usize) -> Option<usize> {
    art.sentences
        .iter()
        .position(|s| s.span.start <= pos && pos < s.span.end)
}

/// Finds every quotation with its speaker, groups the same quotation across
/// articles and lists the sources each article cites.
pub fn find(articles: &[Article]) -> Quotes {
    let ctxs: Vec<Ctx> = articles.iter().map(Ctx::new).collect();
    let mut out = Quotes::default();
    let mut proper = Vec::new();
    for (ai, cx) in ctxs.iter().enumerate() {
        let art = cx.art;
        // The last quotation's closing sentence and speaker, for quotations
        // that go on without a new attribution.
        let mut prev: Option<(usize, Who, &str)> = None;
        for &(open, span, close) in &cx.stretches {
            let Some(si) = sentence_of(art, open) else {
                continue;
            };
            if art.is_boilerplate_at(Span::new(open, open + 1)) || span.is_empty() {
                continue;
            }
            let sc = sentence_of(art, close.saturating_sub(1))
                .unwrap_or(si)
                .max(si);
            let ot = cx.toks.partition_point(|t| t.span.start < span.start);
            let ct = cx.toks.partition_point(|t| t.span.start < close);
            let words = cx
                .toks
                .partition_point(|t| t.span.end <= span.end)
                .saturating_sub(ot);
            let (so, sr) = (
                art.sentences[si].tokens.clone(),
                art.sentences[sc].tokens.clone(),
            );
            let mut who = cx.attribute(ot, ct, so.clone(), sr);
            if who.is_none() {
                // A quotation in the sentence of the one before, or opening
                // the sentence after it, goes on in the same voice.
                let opens = (so.start..ot).all(|k| cx.quoted(k));
                who = prev
                    .clone()
                    .filter(|(ps, _, _)| *ps == si || (opens && *ps + 1 == si))
                    .map(|(_, w, c)| (w, c));
            }
            // A few words in marks with nobody saying them are a scare quote
            // or a title, not a quotation.
            if words == 0 || (words < 4 && who.is_none()) {
                continue;
            }
            proper.push(who.as_ref().is_some_and(|(w, _)| w.proper));
            out.quotes.push(Quote {
                id: out.quotes.len(),
                article: ai,
                sentence: si,
                span,
                speaker: who.clone().map(|(w, cue)| Speaker {
                    span: w.span,
                    name: w.name,
                    cue: cue.to_owned(),
                    entity: None,
                }),
                group: 0,
            });
            prev = who.map(|(w, c)| (sc, w, c));
        }
        let first_block = out.quotes.len();
        for (sentence, span, who, cue) in cx.block_quotes() {
            proper.push(who.proper);
            out.quotes.push(Quote {
                id: 0,
                article: ai,
                sentence,
                span,
                speaker: Some(Speaker {
                    span: who.span,
                    name: who.name,
                    cue: cue.to_owned(),
                    entity: None,
                }),
                group: 0,
            });
        }
        if out.quotes.len() > first_block {
            // Keep the article's quotations in text order, block ones included.
            let start = out.quotes.len()
                - out
                    .quotes
                    .iter()
                    .rev()
                    .take_while(|q| q.article == ai)
                    .count();
            let mut pairs: Vec<(Quote, bool)> = out
                .quotes
                .drain(start..)
                .zip(proper.drain(start..))
                .collect();
            sort::sort_by_key(&mut pairs, |(q, _)| q.span.start);
            for (mut q, p) in pairs {
                q.id = out.quotes.len();
                out.quotes.push(q);
                proper.push(p);
            }
        }
    }
    group(articles, &mut out);
    out.sources = sources(&ctxs, &out.quotes, &proper);
    out
}

/// Puts each quotation in the group of the first earlier one it shares at
/// least half of the shorter one's words with, in order, or in a new group.
fn group(articles: &[Article], out: &mut Quotes) {
    let text = |q: &Quote| articles.get(q.article).map_or("", |a| a.text());
    // Each quotation's normalized words, from the article's tokens, as
    // numbers (one per distinct word) so that they compare cheaply.
    let mut ids: FastMap<&str, usize> = FastMap::default();
    let words: Vec<Vec<usize>> = out
        .quotes
        .iter()
        .map(|q| {
            let toks = articles.get(q.article).map_or(&[][..], |a| &a.tokens[..]);
            let from = toks.partition_point(|t| t.span.start < q.span.start);
            let to = toks.partition_point(|t| t.span.end <= q.span.end).max(from);
            toks[from..to]
                .iter()
                .map(|t| {
                    let id = ids.len();
                    *ids.entry(t.norm.as_str()).or_insert(id)
                })
                .collect()
        })
        .collect();
    // The same words without repeats.
    let distinct: Vec<Vec<usize>> = words
        .iter()
        .map(|w| {
            let mut w = w.clone();
            sort::sort(&mut w);
            w.dedup();
            w
        })
        .collect();
    // Per word: how often the quotation at hand has it.
    let mut count = vec![0; ids.len()];
    for i in 0..out.quotes.len() {
        for &w in &words[i] {
            count[w] += 1;
        }
        let q = &out.quotes[i];
        let found = out.groups.iter().enumerate().find_map(|(g, group)| {
            let f = group.quotes[0];
            let (na, nb) = (words[f].len(), words[i].len());
            // A few words that also occur inside a much longer quotation
            // ("early June 2016" in a quoted paragraph) are not the same
            // quotation: the shorter must be a third of the longer at least.
            if na.min(nb) * 3 < na.max(nb) {
                return None;
            }
            // Words of one that the other lacks can never be in common, so
            // most pairs are ruled out before any diff is computed.
            let shared: usize = distinct[f].iter().map(|&w| count[w]).sum();
            if shared * 2 < na.min(nb) {
                return None;
            }
            let first = &out.quotes[f];
            let d = diff::words(text(first), first.span, text(q), q.span);
            let same = d.same_words(text(first));
            let ok = same * 2 >= na.min(nb) && (same >= 2 || (same == na && same == nb));
            ok.then_some((g, d))
        });
        let g = match found {
            Some((g, d)) => {
                out.groups[g].quotes.push(i);
                out.groups[g].diffs.push(d);
                g
            }
            None => {
                let id = out.groups.len();
                out.groups.push(QuoteGroup {
                    id,
                    quotes: vec![i],
                    diffs: Vec::new(),
                });
                id
            }
        };
        out.quotes[i].group = g;
        for &w in &words[i] {
            count[w] = 0;
        }
    }
}

/// The sources every article cites, one entry per citation, by article and position.
fn sources(ctxs: &[Ctx], quotes: &[Quote], proper: &[bool]) -> Vec<Source> {
    // Names recur, so each one's fullest form is looked up once.
    let known = std::cell::RefCell::new(Vec::<(String, String)>::new());
    let canon = |name: &str| {
        if let Some((_, full)) = known.borrow().iter().find(|(n, _)| n == name) {
            return full.clone();
        }
        let words = name_words(name);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let full = fullest(ctxs, &words).unwrap_or_else(|| name.to_owned());
        known.borrow_mut().push((name.to_owned(), full.clone()));
        full
    };
    // Every outlet name in the corpus, and whether it was printed after "the".
    let mut outlets: Vec<(Vec<String>, String, bool)> = Vec::new();
    let mut found = Vec::new();
    for (ai, cx) in ctxs.iter().enumerate() {
        for (si, s) in cx.art.sentences.iter().enumerate() {
            if !matches!(s.role, SentenceRole::Headline | SentenceRole::Body) {
                continue;
            }
            let r = s.tokens.clone();
            let mut push = |span: Span, kind: SourceKind, name: String| {
                found.push(Source {
                    article: ai,
                    sentence: si,
                    span,
                    kind,
                    name,
                })
            };
            for (b, e) in cx.segments(r.start, r.end) {
                if (b..e).any(|k| cx.has(k, OUTLET)) {
                    let words: Vec<String> = (b..e).map(|k| cx.bare(k).to_owned()).collect();
                    let the = b > 0 && cx.norm(b - 1) == "the";
                    outlets.push((words, cx.display(b, e), the));
                    push(cx.span(b, e), SourceKind::Outlet, cx.display(b, e));
                }
            }
            for k in r.clone().filter(|&k| !cx.quoted(k)) {
                let n = cx.norm(k);
                // Every word looked for below has 4 to 11 letters and starts
                // with one of these, which rules out most words at once.
                if !(4..=11).contains(&n.len()) || !b"acdefilmrstw".contains(&n.as_bytes()[0]) {
                    continue;
                }
                if matches!(n, "tweet" | "tweets" | "tweeted") || (n == "twitter" && cx.cap(k)) {
                    // The author: the possessor ("Assange’s tweet") or the
                    // first name in its sentence, the subject.
                    let author = if k > r.start && cx.poss(k - 1) && cx.cap(k - 1) {
                        Some(cx.name_of(k - 1, k))
                    } else {
                        cx.segments(r.start, k)
                            .into_iter()
                            .find(|&(b, e)| !(b..e).any(|i| cx.quoted(i) || cx.has(i, OUTLET)))
                            .map(|(b, e)| cx.name_of(b, e))
                    };
                    let name = author.map_or_else(|| "Twitter".to_owned(), |a| canon(&a));
                    push(cx.toks[k].span, SourceKind::Post, name);
                } else if cx.is(k, DOCS) {
                    // The words naming the document, after the word that cites it.
                    let b = if cx.cut(k) {
                        k
                    } else {
                        cx.back(k, r.start, 4, true)
                    };
                    let b = (b..k)
                        .rev()
                        .find(|&i| cx.is(i, &["in", "to", "by", "of", "according"]))
                        .map_or(b, |i| i + 1);
                    let prev = |w: &str| b > r.start && cx.norm(b - 1) == w;
                    let cited = (prev("to") && b >= r.start + 2 && cx.norm(b - 2) == "according")
                        || (prev("in") && b < k && (cx.is(b, DET) || cx.poss(b)))
                        || (b..k).any(|i| cx.norm(i) == "leaked")
                        || (k + 1 < r.end
                            && cx.is(
                                k + 1,
                                &[
                                    "show",
                                    "shows",
                                    "showed",
                                    "indicate",
                                    "indicates",
                                    "reveal",
                                    "reveals",
                                ],
                            ));
                    if cited {
                        let first = (b..k)
                            .find(|&i| {
                                !cx.is(i, DET) && !cx.is(i, &["newly", "leaked", "new", "previous"])
                            })
                            .unwrap_or(k);
                        let mut name = cx.display(first, k + 1);
                        if cx.poss(first) && cx.cap(first) {
                            let owner = cx.display(first, first + 1);
                            name = format!("{}’s {}", canon(&owner), cx.display(first + 1, k + 1));
                        }
                        push(cx.span(b, k + 1), SourceKind::Document, name);
                    }
                } else if cx.is(k, &["source", "sources", "insider", "insiders"]) {
                    let mut b = k;
                    while b > r.start
                        && !cx.cut(b)
                        && (cx.is(b - 1, DET) || cx.poss(b - 1) || cx.norm(b - 1) == "of")
                    {
                        b -= 1;
                    }
                    while b < k && cx.norm(b) == "of" {
                        b += 1;
                    }
                    let next = cx.norm(k + 1);
                    let mut e = k + 1;
                    if matches!(next, "familiar" | "close") {
                        e = (k + 2..r.end.min(k + 7))
                            .find(|&i| {
                                cx.cut(i)
                                    || cx.is(i, STOP)
                                    || cue_of(cx.norm(i)).is_some()
                                    || cx.is(i, CLAIM_VERBS)
                                    || cx.is(i, &["into", "about", "on", "between"])
                            })
                            .unwrap_or(r.end.min(k + 7));
                    }
                    if b < k || k == r.start || e > k + 1 {
                        let span = cx.span(b, e);
                        let mut name = span.slice(cx.text).to_owned();
                        if let Some(first) = name.get_mut(..1) {
                            first.make_ascii_lowercase();
                        }
                        push(span, SourceKind::Anonymous, name);
                    }
                } else if cue_of(n).is_some() || cx.is(k, CLAIM_VERBS) {
                    if let Some(w) = cx.subject_before(k, r.start) {
                        let words = name_words(&w.name);
                        let outlet = words.iter().any(|w| flags_of(w) & OUTLET != 0);
                        if w.proper && !outlet {
                            push(w.span, SourceKind::Named, canon(&w.name));
                        } else if !w.proper
                            && w.name
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|x| ANON.contains(&x))
                        {
                            push(w.span, SourceKind::Anonymous, w.name);
                        }
                    }
                }
            }
        }
    }
    // Speakers of quotations are sources too.
    for (q, &p) in quotes.iter().zip(proper) {
        let (Some(sp), Some(cx)) = (&q.speaker, ctxs.get(q.article)) else {
            continue;
        };
        if name_words(&sp.name)
            .iter()
            .any(|w| flags_of(w) & OUTLET != 0)
        {
            continue;
        }
        let sentence = sentence_of(cx.art, sp.span.start).unwrap_or(q.sentence);
        let (kind, name) = if p {
            (SourceKind::Named, canon(&sp.name))
        } else {
            (SourceKind::Anonymous, sp.name.clone())
        };
        found.push(Source {
            article: q.article,
            sentence,
            span: sp.span,
            kind,
            name,
        });
    }
    // Outlet names in their fullest form, "The" kept where the corpus prints it.
    for s in found.iter_mut().filter(|s| s.kind == SourceKind::Outlet) {
        let words = name_words(&s.name);
        let initials = |w: &[String]| {
            w.iter()
                .filter_map(|x| x.chars().next())
                .collect::<String>()
        };
        let full = outlets
            .iter()
            .filter(|(w, _, _)| {
                w.ends_with(&words) || (words.len() == 1 && w.len() > 1 && initials(w) == words[0])
            })
            .max_by_key(|(w, _, _)| w.len());
        if let Some((w, display, _)) = full {
            let the = outlets.iter().any(|(x, _, t)| *t && w.ends_with(x));
            s.name = if the {
                format!("The {display}")
            } else {
                display.clone()
            };
        }
    }
    sort::sort_by_key(&mut found, |s| (s.article, s.span.start, s.kind));
    // One entry per citation: a person whose post the sentence cites is
    // cited once, as the post, and overlapping words of one kind are one source.
    let posts: Vec<(usize, usize, String)> = found
        .iter()
        .filter(|s| s.kind == SourceKind::Post)
        .map(|s| (s.article, s.sentence, s.name.clone()))
        .collect();
    found.retain(|s| {
        s.kind != SourceKind::Named || !posts.contains(&(s.article, s.sentence, s.name.clone()))
    });
    let mut out: Vec<Source> = Vec::new();
    for s in found {
        if !out
            .iter()
            .any(|o| o.article == s.article && o.kind == s.kind && o.span.overlaps(s.span))
        {
            out.push(s);
        }
    }
    out
}

/// Fills in `Speaker::entity` where the speaker's name is an entity's name
/// or one of its aliases. By name, not by overlapping spans: "one of
/// Woodruff’s sources" contains a mention of Woodruff but is not Woodruff,
/// and "he" names nobody in its own words.
pub fn link_speakers(quotes: &mut Quotes, entities: &[Entity]) {
    // Every name an entity goes by, lower-cased once.
    let names: Vec<(String, usize)> = entities
        .iter()
        .flat_map(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(move |n| (n.to_lowercase(), e.id))
        })
        .collect();
    for quote in &mut quotes.quotes {
        if let Some(speaker) = quote.speaker.as_mut() {
            let name = speaker.name.to_lowercase();
            speaker.entity = names.iter().find(|(n, _)| *n == name).map(|&(_, id)| id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::article::Analysis;
    use crate::analysis::corpus::bundled_analysis;
    use crate::analysis::test_support::random_strings;

    fn run(texts: &[&str]) -> Analysis {
        crate::analysis::test_support::analyze_texts(texts)
    }

    /// Renders every quotation of one article as "words | speaker | cue"
    /// ("words | -" without a speaker) and compares.
    fn check(text: &str, expected: &[&str]) {
        let a = run(&[text]);
        let got: Vec<String> = a
            .quotes
            .quotes
            .iter()
            .map(|q| match &q.speaker {
                Some(s) => format!("{} | {} | {}", q.span.slice(text), s.name, s.cue),
                None => format!("{} | -", q.span.slice(text)),
            })
            .collect();
        assert_eq!(got, expected, "text: {text:?}");
    }

    #[test]
    fn a_block_quotation_runs_on_while_its_subject_opens_the_paragraphs() {
        let intro = "The Daily Gazette broke the story on Monday. They wrote:";
        let first = "Jane Doe, the mayor, cut the library budget by half.";
        let more = "Doe also closed two pools in the east of the city.";
        let own = "Voters were not told before the vote.";
        let text = format!("{intro}\n\n{first}\n\n{more}\n\n{own}");
        check(
            &text,
            &[&format!("{first}\n\n{more} | The Daily Gazette | wrote")],
        );
        // A next paragraph on another subject is the outlet's own.
        let text = format!("{intro}\n\n{first}\n\n{own}\n\n{more}");
        check(&text, &[&format!("{first} | The Daily Gazette | wrote")]);
    }

    /// Renders the sources of one article as "kind name [words]".
    fn check_sources(text: &str, expected: &[&str]) {
        let a = run(&[text]);
        let got: Vec<String> = a
            .quotes
            .sources
            .iter()
            .map(|s| format!("{} {} [{}]", s.kind.slug(), s.name, s.span.slice(text)))
            .collect();
        assert_eq!(got, expected, "text: {text:?}");
    }

    #[test]
    fn marks_and_attribution_orders() {
        check(
            "“We tried hard to win,” said Alexander Nix.",
            &["We tried hard to win | Alexander Nix | said"],
        );
        check(
            "“We had no idea what they wanted,” a source close to the campaign said.",
            &["We had no idea what they wanted | a source close to the campaign | said"],
        );
        check(
            "Alexander Nix runs the firm. \"We tried hard to win,\" Nix told reporters.",
            &["We tried hard to win | Alexander Nix | told"],
        );
        check(
            "Cambridge Analytica CEO Alexander Nix said: “We received a message back.”",
            &["We received a message back | Alexander Nix | said"],
        );
        check(
            "Assange tweeted: “We rejected the approach from the firm.”",
            &["We rejected the approach from the firm | Assange | tweeted"],
        );
        check(
            "It is “the closest known connection” between them, Woodruff writes.",
            &["the closest known connection | Woodruff | wrote"],
        );
        check(
            "“This is a long quotation that nobody is named for.”",
            &["This is a long quotation that nobody is named for | -"],
        );
    }

    #[test]
    fn multi_sentence_and_continued_quotations() {
        check(
            "Alexander Nix spoke at a summit. “We tried. We failed. That was the end,” he said.",
            &["We tried. We failed. That was the end | Alexander Nix | said"],
        );
        check(
            "“Nix is not credible at all,” the strategist said. “He is a salesman and nothing more.”",
            &[
                "Nix is not credible at all | the strategist | said",
                "He is a salesman and nothing more | the strategist | said",
            ],
        );
        // A paragraph left open goes on in the next one when it opens with a mark.
        check(
            "“We tried to reach them every day.\n\n“Nothing came of it,” Nix said.",
            &["We tried to reach them every day.\n\n“Nothing came of it | Nix | said"],
        );
        // Unclosed at the end of a paragraph, and nothing goes on: no quotation.
        check("“We tried to reach them every day.\n\nNix left.", &[]);
    }

    #[test]
    fn listeners_pronouns_and_according_to() {
        // The listener after "told" is not the speaker.
        check(
            "Sources told CNN that “the firm was in advanced talks with the campaign.”",
            &["the firm was in advanced talks with the campaign | sources | told"],
        );
        check(
            "Betsy Woodruff wrote about Trump’s firm in the ’90s. “It is not at all clear to anyone,” she said.",
            &["It is not at all clear to anyone | Betsy Woodruff | said"],
        );
        check(
            "The Wall Street Journal had the story. “We never saw the emails at all,” according to the Journal.",
            &["We never saw the emails at all | The Wall Street Journal | according to"],
        );
        check(
            "Last month, a representative for Assange confirmed the outreach, but said the request was “rejected.”",
            &["rejected | a representative for Assange | said"],
        );
    }

    #[test]
    fn nested_marks_apostrophes_and_scare_quotes() {
        check(
            "“They called it ‘a witch hunt’ from the start,” Trump said.",
            &["They called it ‘a witch hunt’ from the start | Trump | said"],
        );
        // Apostrophes and single marks alone are no quotations.
        check("Trump’s firm said the ’90s were 'over' for good.", &[]);
        // A few words in marks with nobody saying them are scare quotes.
        check(
            "Bannon served as campaign “CEO” and wanted the “missing” emails.",
            &[],
        );
        // The same few words are a quotation when someone says them.
        check(
            "Nix said the talks began in “early June 2016.”",
            &["early June 2016 | Nix | said"],
        );
        check(
            "Described as “thin-skinned and untruthful” by Scottish writer Andrew O’Hagan, Assange is “incapable of collaboration.”",
            &[
                "thin-skinned and untruthful | Andrew O’Hagan | described",
                "incapable of collaboration | Andrew O’Hagan | described",
            ],
        );
    }

    #[test]
    fn sources_by_kind() {
        check_sources(
            "The Wall Street Journal reported the news. According to the Journal, two sources familiar with the talks said no.",
            &[
                "outlet The Wall Street Journal [Wall Street Journal]",
                "outlet The Wall Street Journal [Journal]",
                "anonymous two sources familiar with the talks [two sources familiar with the talks]",
            ],
        );
        check_sources(
            "Julian Assange confirmed it in a tweet. Alexander Nix wrote in an email that Nix had tried, records show.",
            &[
                "post Julian Assange [tweet]",
                "named Alexander Nix [Alexander Nix]",
                "document email [an email]",
                "document records [records]",
            ],
        );
    }

    #[test]
    fn the_same_quotation_is_grouped_across_articles() {
        let a = run(&[
            "“We received a message back from them that he did not want to,” Nix said.",
            "Other news. “We got a message back from them that he didn't want to,” Nix told the Journal.",
            "“Something else entirely was said here today,” Trump said.",
        ]);
        let q = &a.quotes;
        assert_eq!(q.quotes.len(), 3);
        assert_eq!(q.groups.len(), 2);
        assert_eq!(q.groups[0].quotes, [0, 1]);
        assert_eq!((q.quotes[1].group, q.quotes[2].group), (0, 1));
        let (ta, tb) = (a.articles[0].text(), a.articles[1].text());
        let rendered: Vec<String> = q.groups[0].diffs[0]
            .ops
            .iter()
            .map(|op| match op.kind {
                diff::DiffKind::Same => op.a.slice(ta).to_owned(),
                diff::DiffKind::Deleted => format!("[-{}]", op.a.slice(ta)),
                _ => format!("{{+{}}}", op.b.slice(tb)),
            })
            .collect();
        assert_eq!(
            rendered.join(" "),
            "We [-received] {+got} a message back from them that he [-did not] {+didn't} want to"
        );
    }

    #[test]
    fn bundled_story_key_findings() {
        let a = bundled_analysis();
        let q = &a.quotes;
        let text = |i: usize| a.articles[i].text();
        let slug = |i: usize| a.articles[i].source.slug.as_str();
        let find = |start: &str| {
            q.quotes
                .iter()
                .filter(|x| x.span.slice(text(x.article)).starts_with(start))
                .collect::<Vec<_>>()
        };
        let speaker = |x: &Quote| x.speaker.as_ref().map(|s| (s.name.clone(), s.cue.clone()));
        let said = |name: &str| Some((name.to_owned(), "said".to_owned()));
        // Trump's rally line, with his full name from earlier in the article.
        let rally = find("Russia, if you’re listening");
        assert_eq!(rally.len(), 1);
        assert_eq!(slug(rally[0].article), "fud");
        assert_eq!(speaker(rally[0]), said("Donald Trump"));
        // Nix's line in The Hill and TPM: one group, the same wording.
        let nix = find("We received a message back");
        assert_eq!(
            nix.iter().map(|x| slug(x.article)).collect::<Vec<_>>(),
            ["hill", "tpm"]
        );
        assert!(nix.iter().all(|x| speaker(x) == said("Alexander Nix")));
        let group = &q.groups[nix[0].group];
        assert_eq!(group.quotes, [nix[0].id, nix[1].id]);
        assert!(group.diffs[0].is_same() && !group.diffs[0].ops.is_empty());
        let june = find("early June 2016");
        assert_eq!(june.len(), 2);
        assert_eq!(june[0].group, june[1].group);
        // The strategist's two quotations, the second continuing the first.
        let credible = find("Alexander Nix is not credible");
        let salesman = find("He is a consummate salesman");
        assert_eq!(speaker(credible[0]), said("the strategist"));
        assert_eq!(speaker(salesman[0]), said("the strategist"));
        // Woodruff's own words around the strategist's are hers.
        let woodruff = find("a Republican digital strategist");
        assert_eq!(
            speaker(woodruff[0]),
            Some(("Betsy Woodruff".to_owned(), "wrote".to_owned()))
        );
        // Scare quotes are left out.
        for scare in ["missing", "CEO", "psychographic data", "Online Marketing"] {
            assert!(find(scare).is_empty(), "{scare}");
        }
        // Occupy Democrats prints no quotation marks, but introduces two
        // block quotations whose marks the scrape lost.
        let beast = find("Alexander Nix, who heads a controversial");
        assert_eq!(slug(beast[0].article), "od");
        assert_eq!(
            speaker(beast[0]),
            Some(("The Daily Beast".to_owned(), "wrote".to_owned()))
        );
        let journal = find("Cambridge Analytica began the 2016 campaign");
        assert_eq!(
            speaker(journal[0]),
            Some(("The Wall Street Journal".to_owned(), "explained".to_owned()))
        );
        assert_eq!(
            q.quotes.iter().filter(|x| slug(x.article) == "od").count(),
            2
        );
        // Each block runs on over the paragraph that keeps its subject, and
        // stops at the outlet's own next paragraph.
        let text = |x: &Quote| x.span.slice(a.articles[x.article].text());
        assert!(text(beast[0]).contains("Those sources also relayed"));
        assert!(!text(beast[0]).contains("holed up"));
        assert!(text(journal[0]).contains("offers analysis related"));
        assert!(!text(journal[0]).contains("It’s illegal"));
        // Every quotation sits in a headline or body sentence.
        for x in &q.quotes {
            let art = &a.articles[x.article];
            assert!(!art.sentences[x.sentence].role.is_boilerplate());
            assert!(!art.is_boilerplate_at(x.span));
        }
        // Sources: the outlets relied on, named canonically, and Assange's tweet.
        let cites = |s: &str, kind: SourceKind, name: &str| {
            q.sources
                .iter()
                .any(|x| slug(x.article) == s && x.kind == kind && x.name == name)
        };
        for s in ["od", "fud", "hill", "tpm"] {
            assert!(
                cites(s, SourceKind::Outlet, "The Wall Street Journal"),
                "{s}"
            );
        }
        assert!(cites("od", SourceKind::Outlet, "The Daily Beast"));
        assert!(cites("tpm", SourceKind::Outlet, "The Daily Beast"));
        assert!(cites("od", SourceKind::Outlet, "CNN"));
        for s in ["od", "blog", "fud"] {
            assert!(cites(s, SourceKind::Post, "Julian Assange"), "{s}");
        }
        assert!(cites(
            "tpm",
            SourceKind::Anonymous,
            "sources familiar with the matter"
        ));
        let mut sorted = q.sources.clone();
        sorted.sort_by_key(|s| (s.article, s.span.start));
        assert_eq!(sorted, q.sources);
    }

    #[test]
    fn flag_lists_are_sorted_for_binary_search() {
        assert!(FLAGGED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn never_panics_and_spans_stay_on_char_boundaries() {
        let alphabet = "ab Nix said he told “”\"’‘.,:\n—é";
        for text in random_strings(alphabet, 11, 300, 80) {
            let a = run(&[&text, &text]);
            let ok = |s: Span| text.get(s.start..s.end).is_some();
            for x in &a.quotes.quotes {
                assert!(ok(x.span) && x.speaker.as_ref().is_none_or(|s| ok(s.span)));
            }
            assert!(a.quotes.sources.iter().all(|s| ok(s.span)));
            for g in &a.quotes.groups {
                assert_eq!(g.diffs.len() + 1, g.quotes.len());
            }
        }
    }

    #[test]
    fn speakers_link_to_entities_by_name_not_by_overlap() {
        let a = run(&[
            "Alexander Nix runs the firm. “We tried to reach them,” Nix said. “It is not at all clear,” one of Woodruff’s sources said, Betsy Woodruff wrote.",
        ]);
        let speaker = |start: &str| {
            let q = a
                .quotes
                .quotes
                .iter()
                .find(|q| q.span.slice(a.articles[0].text()).starts_with(start))
                .expect("quote found");
            q.speaker.as_ref().expect("speaker").entity
        };
        let nix = a
            .entities
            .iter()
            .find(|e| e.name == "Alexander Nix")
            .map(|e| e.id);
        assert!(nix.is_some());
        assert_eq!(speaker("We tried"), nix);
        assert_eq!(speaker("It is not"), None);
    }
}
