//! Language marks: loaded terms, intensifiers, emotive words, labels for
//! people, calls to action, hedges, certainty boosters, and typographic cues
//! (all-caps words, exclamation marks), found by an embedded lexicon and a
//! few context rules.
//!
//! Every mark is a suggestion with its category and the rule that matched,
//! never a verdict. Each records whether the words are the outlet's own voice
//! or stand inside a quotation the article attributes to someone else.
//!
//! **The lexicon** is general news vocabulary that a media-literacy lesson
//! would point at in any political story, not the words of one corpus. One
//! `|`-separated, sorted list per category:
//!
//! | Category | What it holds | Examples |
//! |---|---|---|
//! | loaded | pejorative or slanted words where neutral ones exist | "holed up", "spooks", "regime", "slammed", "hoax", "so-called" |
//! | intensifier | words that inflate an amount or degree | "whopping", "extremely", "staggering", "mountains of" |
//! | emotive | words that appeal to feeling rather than inform | "shocking", "outrage", "chilling", "disgraceful" |
//! | label | words that sort people into a type | "billionaire", "right wing", "thugs", "trolls", "money man" |
//! | action | the reader told to act | "add your name", "sign the petition", "become a member" |
//! | hedge | softening or distancing | "reportedly", "allegedly", "it's unclear", "seemingly" |
//! | booster | claimed certainty | "beyond any doubt", "obviously", "certainly", "mounting evidence" |
//!
//! How entries match, always on whole tokens' normalized forms (lower case,
//! typographic apostrophes and dashes folded, so "It’s unclear" is the
//! tokens `it's` `unclear`):
//! - a single word matches exactly that word ("spooks");
//! - a word ending in `*` matches every word it begins ("fabricat*":
//!   "fabricated", "fabrications"); prefixes have four letters or more,
//!   never nest, and no plain entry starts with one;
//! - several words match the same words in a row within one sentence
//!   ("holed up", "beyond any doubt").
//!
//! **Context rules** (the `CONTEXTS` table) mark words that are loaded only
//! in some company, by the word before and the word after:
//!
//! | Words | Marked when | Category |
//! |---|---|---|
//! | caught | after "got"/"get" ("got caught"), or before an -ing verb or "red-handed" ("caught lying"); not "caught fire" | loaded |
//! | exposed | before an -ing verb or "as" ("exposed plotting", "exposed as"); not "exposed to the sun" | loaded |
//! | plot, plotted, plotting | before "with", "against" or "to"; not "plotting the data" | loaded |
//! | crime(s), lies | after a possessive ("the President’s crimes", "his lies") | loaded |
//! | claim(s), claimed | as a verb: before "that", "to" or a pronoun, or (present tense) before "the", "his", "this" …; not opening a sentence nor after an article, possessive or verb that makes it a noun ("he claims that", "claimed to be", "insiders claim the firm …"; not "his claim", "made claims that", "claimed the lives") | hedge |
//! | total, complete, absolute, outright, pure | before a loaded, emotive or label word ("total fabrications") | intensifier |
//! | add, call, donate, impeach, join, share, sign, … | opening a sentence (or following a colon) before an object: "your", "the", "us", "now", a name … ("Join us", "Impeach Trump"); not "Share prices fell", nor in a Title Case headline | action |
//! | please | before one of those verbs anywhere ("Please share"), or opening a sentence | action |
//!
//! An "-ing verb" is a word of at least five letters ending in "ing" that is
//! not a common noun or preposition of that shape ("during", "morning",
//! "nothing", …).
//!
//! **Typography**, from the text itself:
//! - capitals: a run of two or more words set wholly in capitals (two or
//!   more letters each, at least one of four or more, joined by spaces or
//!   `& / + - — '`) is one mark ("IMPEACH TRUMP & PENCE"); a single such
//!   word counts only with five letters or more and when it is no common
//!   acronym ("SHOCKING", not "CEO", "FBI", "NATO", "U.S.", "PACs",
//!   "COVID"); a dateline opening a sentence ("WASHINGTON —", "LONDON
//!   (Reuters)") is no mark, and Title Case never is;
//! - exclamation: every run of `!` is one mark.
//!
//! A mark's `rule` names what matched, for the page to show next to the
//! category: "lexicon: holed up", "context: caught + -ing verb",
//! "typography: words in capitals".
//!
//! **Overlaps.** Within a sentence the longest candidate wins and the ones
//! it overlaps are dropped (the caps run "IMPEACH TRUMP" over the imperative
//! "Impeach"; "overwhelming evidence", a booster, over "overwhelming"), so
//! every span has one category. On the same span a lexicon entry wins over
//! a context rule and both over capitals ("SHOCKING" is emotive).
//!
//! **Voice and boilerplate.** A mark inside the span of a quotation the
//! article attributes (`Quotes::quotes`, block quotations included) carries
//! that quotation; otherwise it is the outlet's own voice (short scare
//! quotes are not quotations, so words in them stay the outlet's). Marks in
//! boilerplate sentences and inline boilerplate stretches are kept and
//! flagged: a slogan closing an article is exactly what a reader should see.
//! Headlines are read like body sentences.
//!
//! **Cost.** The lists are split and indexed once, in two small hash tables
//! (entries and context rules by first word, wildcard entries by their
//! first four bytes); a token then costs one or two hash probes, and most
//! find an empty slot at once. Nothing is allocated per token.

use std::sync::OnceLock;

use super::article::Article;
use super::quotes::{Quote, Quotes};
use super::span::Span;
use super::terms;
use super::tokens::{Token, TokenKind};
use super::words::Words;

/// What kind of word choice a mark points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Pejorative or slanted words where neutral ones exist ("holed up", "spooks").
    Loaded,
    /// Words that inflate ("a whopping", "extremely").
    Intensifier,
    /// Words that appeal to feeling ("shocking", "outrage").
    Emotive,
    /// Labels that sort people ("billionaire", "right wing").
    Label,
    /// The reader told to act ("Add your name", "share").
    CallToAction,
    /// Softening or distancing ("reportedly", "it's unclear").
    Hedge,
    /// Claimed certainty ("beyond any doubt", "obviously").
    Booster,
    /// Words set in capitals for emphasis.
    Caps,
    /// Exclamation marks.
    Exclamation,
}

/// How many categories there are; profiles index arrays by `Category::index`.
pub const CATEGORIES: usize = 9;

impl Category {
    pub const ALL: [Category; CATEGORIES] = [
        Category::Loaded,
        Category::Intensifier,
        Category::Emotive,
        Category::Label,
        Category::CallToAction,
        Category::Hedge,
        Category::Booster,
        Category::Caps,
        Category::Exclamation,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn slug(self) -> &'static str {
        match self {
            Category::Loaded => "loaded",
            Category::Intensifier => "intensifier",
            Category::Emotive => "emotive",
            Category::Label => "label",
            Category::CallToAction => "action",
            Category::Hedge => "hedge",
            Category::Booster => "booster",
            Category::Caps => "caps",
            Category::Exclamation => "exclamation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Loaded => "Loaded term",
            Category::Intensifier => "Intensifier",
            Category::Emotive => "Emotive word",
            Category::Label => "Label for people",
            Category::CallToAction => "Call to action",
            Category::Hedge => "Hedge",
            Category::Booster => "Certainty booster",
            Category::Caps => "All caps",
            Category::Exclamation => "Exclamation",
        }
    }

    pub fn parse(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// One suggested mark in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageMark {
    /// Position in `Analysis::language` (article order, then text order).
    pub id: usize,
    pub article: usize,
    pub sentence: usize,
    /// The marked words (or the mark, for "!").
    pub span: Span,
    pub category: Category,
    /// The lexicon entry or typographic rule that matched, as shown to users.
    pub rule: &'static str,
    /// The quotation the words stand in (an index into `Quotes::quotes`);
    /// `None` when they are the outlet's own voice.
    pub quote: Option<usize>,
    /// In a boilerplate sentence or an inline boilerplate stretch.
    pub boilerplate: bool,
}

impl LanguageMark {
    pub fn is_own_voice(&self) -> bool {
        self.quote.is_none()
    }
}

/// Pejorative or slanted words where neutral ones exist.
static LOADED: Words = Words::new(
    "bloated|bogus|bombshell|boondoggle|brainwash*|cabal|caved|cherry-pick*|\
     collusion|conspiratorial|controversial|corrupt*|cover-up|cronyism|crooked|\
     dark money|debacle|diatribe|dirt|dodging|draconian|embattled|fabricat*|\
     fake news|fearmonger*|fiasco|flip-flop*|fuss|gaffe|gaslight*|hoax|holed up|\
     hush money|in bed with|infamous|job-killing|kickback*|lash out|lashed out|\
     lashing out|lied|meddl*|meltdown|narcissis*|notorious|paranoid|peddl*|ploy|\
     power grab|propaganda|rant|ranting|regime|rigged|scaremonger*|scheme|\
     schemes|scheming|screed|secretive|shadowy|shady|sham|slam*|sleazy|\
     slush fund|smear*|snub*|so-called|spew*|spooks|stonewall*|stunt|tantrum|\
     thin-skinned|tirade|unhinged|untruthful|weaponiz*|whitewash*|witch hunt",
);

/// Words that inflate an amount or a degree.
static INTENSIFIERS: Words = Words::new(
    "absolutely|astonishing|astonishingly|astounding|astronomical|barrage|\
     beyond belief|colossal|countless|deeply|downright|dramatically|endless|\
     enormous|enormously|epic|exceedingly|extraordinarily|extremely|gigantic|\
     huge|hugely|immense|immensely|incredible|incredibly|insanely|jaw-dropping|\
     literally|massive|massively|mind-boggling|monumental|mountain of|\
     mountains of|off the charts|overwhelming|overwhelmingly|record-breaking|\
     seriously|sheer|skyrocket*|staggering|staggeringly|through the roof|\
     tons of|totally|tremendous|tremendously|unbelievable|unbelievably|\
     unimaginable|unprecedented|utter|utterly|vastly|whopping|wildly",
);

/// Words that appeal to feeling rather than inform.
static EMOTIVE: Words = Words::new(
    "alarming|appalling|atrocious|betray*|brazen|brutal|catastroph*|chaos|\
     chaotic|chilling|cruel|deplorable|despicable|devastat*|dire|disaster|\
     disastrous|disgrace*|disgust*|disturbing|dreadful|egregious|evil|\
     frightening|furious|fury|ghastly|grotesque|hateful|heartbreaking|\
     heartless|heinous|heroic|horrendous|horrible|horrif*|inexcusable|\
     infuriat*|insane|menacing|nightmare|nightmarish|obscene|outrag*|reckless|\
     scandal*|shameful|shameless|shock*|sickening|sinister|stunned|stunning|\
     terrified|terrifying|tragic|troubling|unconscionable|unforgivable|\
     vicious|vile",
);

/// Words that sort people into a type.
static LABELS: Words = Words::new(
    "agitator*|alt-right|apologist*|bigot*|billionaire*|bureaucrat*|\
     career politician|career politicians|conspiracy theorist|\
     conspiracy theorists|cronies|crony|crook|crooks|demagog*|deplorables|\
     elite|elites|elitist*|extremist*|fanatic*|far left|far right|far-left|\
     far-right|fascis*|firebrand|globalist*|hard-liner*|hardliner*|henchman|\
     henchmen|ideologue*|illegal alien|illegal aliens|illegals|lackey*|\
     left wing|left-wing|left-winger*|leftist*|liar|liars|loyalist*|marxis*|\
     mastermind|millionaire*|mogul*|money man|mouthpiece|oligarch*|puppet*|\
     racist*|radical*|right wing|right-wing|right-winger*|ringleader*|shill|\
     shills|snowflake*|socialist*|stooge*|strongman|sympathizer*|thug*|\
     traitor*|troll|trolling|trolls|tycoon*|zealot*",
);

/// Asks of the reader, wherever they stand in a sentence.
static CALLS: Words = Words::new(
    "act now|add your name|become a member|call congress|call your|chip in|\
     click here|contact congress|contact your|donate now|donate today|\
     join the fight|join us|like and share|make your voice heard|share this|\
     sign our petition|sign the petition|spread the word|stand with us|\
     subscribe now|subscribe today|take action now|tell congress|tell your|\
     vote them out|write to your|write your",
);

/// Softening or distancing.
static HEDGES: Words = Words::new(
    "alleged|allegedly|apparent|apparently|appear to|appeared to|appears to|\
     arguably|believed to|conceivably|in some ways|is said to|it is not clear|\
     it is possible|it is unclear|it remains unclear|it's not clear|\
     it's possible|it's unclear|may have|maybe|might have|more or less|\
     not at all clear|not clear|ostensibly|perhaps|possibly|presumably|\
     probably|purported|purportedly|remains to be seen|remains unclear|\
     reportedly|rumored|rumoured|seem|seemed|seemingly|seems|somehow|somewhat|\
     supposedly|suspected|thought to be|to some extent|unclear|unconfirmed|\
     unverified|was said to|were said to",
);

/// Claimed certainty.
static BOOSTERS: Words = Words::new(
    "beyond a doubt|beyond any doubt|beyond dispute|beyond doubt|\
     beyond question|certainly|clearly|conclusively|definitely|definitively|\
     demonstrably|doubtless|everyone knows|evidently|for sure|growing evidence|\
     in fact|in reality|indeed|indisputabl*|irrefutabl*|it is clear|\
     it's clear|make no mistake|mounting evidence|no doubt|no question|obvious|\
     obviously|of course|overwhelming evidence|patently|plainly|proves|surely|\
     the fact is|the truth is|there is no doubt|truly|unambiguously|\
     undeniabl*|undisputed|undoubtedly|unquestionabl*|\
     without a doubt|without doubt|without question",
);

/// Every lexicon list with its category.
static LISTS: [(&Words, Category); 7] = [
    (&LOADED, Category::Loaded),
    (&INTENSIFIERS, Category::Intensifier),
    (&EMOTIVE, Category::Emotive),
    (&LABELS, Category::Label),
    (&CALLS, Category::CallToAction),
    (&HEDGES, Category::Hedge),
    (&BOOSTERS, Category::Booster),
];

/// Verbs that ask the reader to act when they open a sentence.
const CALL_VERBS: &str = "act|add|boycott|call|chip|click|contact|defend|demand|donate|email|\
     fight|follow|help|impeach|join|pledge|protest|register|resist|retweet|share|sign|spread|\
     stand|stop|subscribe|support|tell|text|tweet|unite|urge|vote|write";

/// Words that open the object or complement of an imperative; `Aa` is a
/// capitalized word outside a Title Case sentence (a name: "Impeach Trump").
const CALL_OBJECTS: &str = "a|all|an|back|every|everyone|her|here|him|in|it|me|no|now|our|\
     out|that|the|them|these|this|today|up|us|yes|you|your|Aa";

/// Words of -ing shape that are no -ing verb after "caught" or "exposed".
static NOT_ING: Words = Words::new(
    "anything|bring|ceiling|during|evening|everything|morning|nothing|something|spring|string|\
     thing",
);

/// Acronyms of five letters or more, which capitals do not make shouting.
static ACRONYMS: Words = Words::new(
    "afl-cio|aipac|asean|awacs|brics|c-span|covid|darpa|flotus|hipaa|interpol|lgbtq|msnbc|\
     naacp|nafta|nascar|nasdaq|norad|potus|scotus|swift|unesco|unhcr|unicef|unrwa|usmca",
);

/// A context rule: a word marked only in some company.
///
/// `before` and `after` are `|`-separated lists the neighbouring token must
/// match ("" matches anything; a leading `!` negates the list). An item is
/// a normalized word, `*suffix` (a word of that ending: `*ing` an -ing verb,
/// `*'s` a possessive), `^` (no word before: the sentence opens here, or a
/// colon precedes), `@` (a loaded, emotive or label entry starts there) or
/// `Aa` (a capitalized word outside a Title Case sentence).
struct Context {
    words: &'static str,
    before: &'static str,
    after: &'static str,
    /// `JOIN_BEFORE` / `JOIN_AFTER`: the neighbour is part of the mark.
    joins: u8,
    category: Category,
    rule: &'static str,
}

const JOIN_BEFORE: u8 = 1;
const JOIN_AFTER: u8 = 2;

/// Words before "claim" that make it a noun ("his claim", "made claims
/// that"), and the sentence start ("Claims that … spread").
const CLAIM_AS_NOUN: &str = "!^|*'s|a|about|against|amid|an|any|baseless|denied|denies|deny|\
     denying|despite|dismissed|disputed|false|her|his|its|made|make|makes|making|my|new|no|of|\
     our|over|rejected|similar|such|the|their|these|this|those|unfounded|your";

static CONTEXTS: [Context; 11] = [
    Context {
        words: "caught",
        before: "get|gets|getting|got|gotten",
        after: "",
        joins: JOIN_BEFORE,
        category: Category::Loaded,
        rule: "context: got caught",
    },
    Context {
        words: "caught",
        before: "",
        after: "*ing|red-handed",
        joins: 0,
        category: Category::Loaded,
        rule: "context: caught + -ing verb",
    },
    Context {
        words: "exposed",
        before: "",
        after: "*ing|as",
        joins: 0,
        category: Category::Loaded,
        rule: "context: exposed + -ing verb",
    },
    Context {
        words: "plot|plots|plotted|plotting",
        before: "",
        after: "against|to|with",
        joins: 0,
        category: Category::Loaded,
        rule: "context: plotting with/against",
    },
    Context {
        words: "crime|crimes|lies",
        before: "*'s|her|his|its|their",
        after: "",
        joins: 0,
        category: Category::Loaded,
        rule: "context: someone’s crimes or lies",
    },
    Context {
        words: "claim|claimed|claiming|claims",
        before: CLAIM_AS_NOUN,
        after: "he|it|she|that|they|to",
        joins: 0,
        category: Category::Hedge,
        rule: "context: claim + that/to",
    },
    // "Insiders claim the firm …", but not "the storm claimed the lives".
    Context {
        words: "claim|claims",
        before: CLAIM_AS_NOUN,
        after: "her|his|the|their|this",
        joins: 0,
        category: Category::Hedge,
        rule: "context: claim + clause",
    },
    Context {
        words: "absolute|complete|outright|pure|total",
        before: "",
        after: "@",
        joins: 0,
        category: Category::Intensifier,
        rule: "context: total + loaded word",
    },
    Context {
        words: CALL_VERBS,
        before: "^",
        after: CALL_OBJECTS,
        joins: 0,
        category: Category::CallToAction,
        rule: "context: imperative opening a sentence",
    },
    Context {
        words: "please",
        before: "",
        after: CALL_VERBS,
        joins: JOIN_AFTER,
        category: Category::CallToAction,
        rule: "context: please + verb",
    },
    Context {
        words: "please",
        before: "^",
        after: "",
        joins: 0,
        category: Category::CallToAction,
        rule: "context: please",
    },
];

/// One lexicon entry, split for matching.
struct Entry {
    /// The first word, or the prefix (without its `*`) of a wildcard entry.
    first: &'static str,
    /// The words after the first, space-separated; "" for one word.
    rest: &'static str,
    /// How many words the entry has.
    words: usize,
    category: Category,
    /// "lexicon: " and the entry as written.
    rule: &'static str,
    /// The next entry with the same key (`NONE` after the last).
    next: u16,
}

const NONE: u16 = u16::MAX;

/// What a key starts: the first of its entries (chained by `Entry::next`)
/// and the context rules it triggers (bits of `CONTEXTS`).
#[derive(Clone, Copy)]
struct Key {
    word: &'static str,
    entry: u16,
    contexts: u16,
}

/// A hash table of keys, built once: open addressing over `SLOTS` slots,
/// each 0 (empty) or 1 + an index into `keys`. Most words of a text are
/// no key and cost one hash and one empty slot.
struct Table {
    slots: Vec<u16>,
    keys: Vec<Key>,
}

/// A power of two, more than twice the keys (a test checks).
const SLOTS: usize = 2048;

/// No prefix entry is shorter; prefixes are keyed by this many bytes.
const PREFIX_MIN: usize = 4;

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![0; SLOTS],
            keys: Vec::new(),
        }
    }

    /// The slot holding `word`, or the empty one where it would go.
    fn slot(&self, word: &[u8]) -> usize {
        // The first and last four bytes and the length, multiplied
        // (Fibonacci hashing).
        let mut h = word.len() as u64;
        match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            (Some(head), Some(tail)) => {
                h ^= u64::from(u32::from_le_bytes(*head)) << 8
                    ^ u64::from(u32::from_le_bytes(*tail)) << 32;
            }
            _ => {
                for &b in word {
                    h = h << 8 | u64::from(b);
                }
            }
        }
        let mut i = (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 53) as usize % SLOTS;
        loop {
            match self.slots[i] {
                0 => return i,
                k if self.keys[usize::from(k - 1)].word.as_bytes() == word => return i,
                _ => i = (i + 1) % SLOTS,
            }
        }
    }

    fn get(&self, word: &[u8]) -> Option<&Key> {
        let k = self.slots[self.slot(word)];
        self.keys.get(usize::from(k).checked_sub(1)?)
    }

    /// The key of `word`, added if new.
    fn key(&mut self, word: &'static str) -> &mut Key {
        let i = self.slot(word.as_bytes());
        if self.slots[i] == 0 {
            self.keys.push(Key {
                word,
                entry: NONE,
                contexts: 0,
            });
            self.slots[i] = self.keys.len() as u16;
        }
        &mut self.keys[usize::from(self.slots[i]) - 1]
    }
}

struct Lexicon {
    entries: Vec<Entry>,
    /// By first word: plain entries and context rules.
    words: Table,
    /// By the first `PREFIX_MIN` bytes: wildcard entries.
    prefixes: Table,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build_lexicon)
}

fn build_lexicon() -> Lexicon {
    // The rules ("lexicon: holed up") are slices of one string made once and
    // kept for the life of the program, as the lists themselves are.
    let mut rules = String::new();
    let mut raw = Vec::new();
    for (list, category) in &LISTS {
        for &entry in list.all() {
            rules.push_str("lexicon: ");
            rules.push_str(entry);
            raw.push((entry, *category, rules.len()));
        }
    }
    let rules: &'static str = Box::leak(rules.into_boxed_str());
    let mut lex = Lexicon {
        entries: Vec::with_capacity(raw.len()),
        words: Table::new(),
        prefixes: Table::new(),
    };
    let mut from = 0;
    for (entry, category, end) in raw {
        let rule = rules.get(from..end).unwrap_or_default();
        from = end;
        let (mut first, rest) = entry.split_once(' ').unwrap_or((entry, ""));
        let key = match first.strip_suffix('*') {
            Some(prefix) => {
                first = prefix;
                lex.prefixes.key(prefix.get(..PREFIX_MIN).unwrap_or(prefix))
            }
            None => lex.words.key(first),
        };
        let next = std::mem::replace(&mut key.entry, lex.entries.len() as u16);
        lex.entries.push(Entry {
            first,
            rest,
            words: 1 + rest.matches(' ').count() + usize::from(!rest.is_empty()),
            category,
            rule,
            next,
        });
    }
    for (bit, context) in CONTEXTS.iter().enumerate() {
        for word in context.words.split('|') {
            lex.words.key(word).contexts |= 1 << bit;
        }
    }
    lex
}

impl Lexicon {
    /// The longest entry starting at token `i` (whose key is `key`) and how
    /// many tokens it covers.
    fn entry_at(&self, toks: &[Token], i: usize, key: Option<&Key>) -> Option<(usize, &Entry)> {
        let mut best: Option<(usize, &Entry)> = None;
        let mut next = key.map_or(NONE, |k| k.entry);
        while let Some(e) = self.entries.get(usize::from(next)) {
            next = e.next;
            if best.is_some_and(|(n, _)| n >= e.words) {
                continue;
            }
            // The words after the first, one token each.
            let mut rest = e.rest.as_bytes();
            for t in toks.iter().skip(i + 1) {
                let Some(after) = rest.strip_prefix(t.norm.as_bytes()) else {
                    break;
                };
                match after.split_first() {
                    Some((b' ', more)) => rest = more,
                    None => rest = after,
                    Some(_) => break,
                }
                if rest.is_empty() {
                    break;
                }
            }
            if rest.is_empty() {
                best = Some((e.words, e));
            }
        }
        if best.is_some() {
            return best;
        }
        let norm = toks.get(i)?.norm.as_str();
        let key = self.prefixes.get(norm.as_bytes().get(..PREFIX_MIN)?)?;
        let mut next = key.entry;
        while let Some(e) = self.entries.get(usize::from(next)) {
            next = e.next;
            if norm.starts_with(e.first) {
                return Some((1, e));
            }
        }
        None
    }
}

/// A mark before overlaps are settled.
#[derive(Clone, Copy)]
struct Candidate {
    span: Span,
    category: Category,
    rule: &'static str,
}

/// One sentence's tokens and what the rules ask about them.
struct Scan<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Token],
}

impl Scan<'_> {
    /// Every candidate of the sentence, overlapping ones included.
    fn candidates(&self, sentence: Span, out: &mut Vec<Candidate>) {
        for (i, t) in self.toks.iter().enumerate() {
            if t.kind == TokenKind::Number {
                continue;
            }
            let key = self.lex.words.get(t.norm.as_bytes());
            if let Some((n, e)) = self.lex.entry_at(self.toks, i, key) {
                out.push(Candidate {
                    span: self.span(i, i + n - 1),
                    category: e.category,
                    rule: e.rule,
                });
            }
            let mut bits = key.map_or(0, |k| k.contexts);
            while bits != 0 {
                let context = &CONTEXTS[bits.trailing_zeros() as usize];
                bits &= bits - 1;
                if let Some(span) = self.context_at(context, i) {
                    out.push(Candidate {
                        span,
                        category: context.category,
                        rule: context.rule,
                    });
                }
            }
        }
        self.capitals(out);
        exclamations(self.text, sentence, out);
    }

    /// From the start of token `a` to the end of token `b`.
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b].span.end)
    }

    /// The token before `i`, unless `i` opens the sentence or follows a colon.
    fn before(&self, i: usize) -> Option<usize> {
        let prev = i.checked_sub(1)?;
        let gap = Span::new(self.toks[prev].span.end, self.toks[i].span.start);
        (!gap.slice(self.text).contains(':')).then_some(prev)
    }

    /// The span `context` marks at token `i`, if its neighbours fit.
    fn context_at(&self, context: &Context, i: usize) -> Option<Span> {
        let before = self.before(i);
        let after = Some(i + 1).filter(|&j| j < self.toks.len());
        if !self.fits(context.before, before) || !self.fits(context.after, after) {
            return None;
        }
        let first = match before {
            Some(b) if context.joins & JOIN_BEFORE != 0 => b,
            _ => i,
        };
        let last = match after {
            Some(a) if context.joins & JOIN_AFTER != 0 => a,
            _ => i,
        };
        Some(self.span(first, last))
    }

    /// Whether token `j` (`None`: no word) fits a `Context` list.
    fn fits(&self, list: &str, j: Option<usize>) -> bool {
        if list.is_empty() {
            return true;
        }
        let (negated, list) = match list.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, list),
        };
        list.split('|').any(|item| self.is(item, j)) != negated
    }

    /// Whether token `j` is the `Context` list item `item`.
    fn is(&self, item: &str, j: Option<usize>) -> bool {
        let Some(t) = j.and_then(|j| self.toks.get(j)) else {
            return item == "^";
        };
        let norm = t.norm.as_str();
        match item {
            "^" => false,
            "@" => self
                .lex
                .entry_at(
                    self.toks,
                    j.unwrap_or(0),
                    self.lex.words.get(norm.as_bytes()),
                )
                .is_some_and(|(_, e)| {
                    matches!(
                        e.category,
                        Category::Loaded | Category::Emotive | Category::Label
                    )
                }),
            "Aa" => {
                t.span.slice(self.text).starts_with(char::is_uppercase)
                    && !terms::is_title_case(self.text, self.toks)
            }
            _ => match item.strip_prefix('*') {
                Some(suffix) => {
                    norm.len() >= suffix.len() + 2
                        && norm.ends_with(suffix)
                        && !(suffix == "ing" && NOT_ING.has(norm))
                }
                None => norm == item,
            },
        }
    }

    /// How many letters token `i` has when every one is a capital and it
    /// holds no digit; 0 otherwise.
    fn capital_letters(&self, i: usize) -> usize {
        let span = self.toks[i].span;
        if self
            .text
            .as_bytes()
            .get(span.start)
            .is_none_or(u8::is_ascii_lowercase)
        {
            return 0;
        }
        let word = span.slice(self.text);
        let mut n = 0;
        for c in word.chars() {
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return 0;
                }
                n += 1;
            } else if c.is_numeric() {
                return 0;
            }
        }
        n
    }

    /// Runs of words in capitals, and single long ones.
    fn capitals(&self, out: &mut Vec<Candidate>) {
        let mut i = 0;
        while i < self.toks.len() {
            let letters = self.capital_letters(i);
            if letters < 2 {
                i += 1;
                continue;
            }
            // Single capital letters ("A", "I") may stand inside a run but
            // neither open nor close it.
            let (mut last, mut words, mut longest) = (i, 1, letters);
            let mut j = i + 1;
            while j < self.toks.len() && self.joins_capitals(j) {
                match self.capital_letters(j) {
                    0 => break,
                    1 => {}
                    n => {
                        last = j;
                        words += 1;
                        longest = longest.max(n);
                    }
                }
                j += 1;
            }
            let shouting = if words >= 2 {
                longest >= 4
            } else {
                letters >= 5 && !ACRONYMS.has(self.toks[i].norm.as_str())
            };
            if shouting && !self.is_dateline(i, last) {
                out.push(Candidate {
                    span: self.span(i, last),
                    category: Category::Caps,
                    rule: if words >= 2 {
                        "typography: words in capitals"
                    } else {
                        "typography: word in capitals"
                    },
                });
            }
            i = last + 1;
        }
    }

    /// Whether only spaces and joining marks separate token `j` from the one before.
    fn joins_capitals(&self, j: usize) -> bool {
        let gap = Span::new(self.toks[j - 1].span.end, self.toks[j].span.start);
        gap.slice(self.text).chars().all(|c| {
            matches!(
                c,
                ' ' | '\u{a0}' | '&' | '/' | '+' | '-' | '–' | '—' | '\'' | '’'
            )
        })
    }

    /// Capitals opening a sentence before "(", a dash or a comma: a
    /// dateline ("WASHINGTON —", "LONDON (Reuters)").
    fn is_dateline(&self, first: usize, last: usize) -> bool {
        let end = self.toks[last].span.end;
        let next = self.toks.get(last + 1).map_or(end, |t| t.span.start);
        first == 0
            && Span::new(end, next)
                .slice(self.text)
                .trim_start()
                .starts_with(['(', '—', '–', '-', ','])
    }
}

/// Every run of "!" in the sentence.
fn exclamations(text: &str, sentence: Span, out: &mut Vec<Candidate>) {
    let slice = sentence.slice(text);
    let mut i = 0;
    while let Some(at) = slice.get(i..).and_then(|rest| rest.find('!')) {
        let start = i + at;
        i = start;
        while slice.as_bytes().get(i) == Some(&b'!') {
            i += 1;
        }
        out.push(Candidate {
            span: Span::new(sentence.start + start, sentence.start + i),
            category: Category::Exclamation,
            rule: "typography: exclamation mark",
        });
    }
}

/// Keeps the longest of overlapping candidates (the earlier on a tie), in
/// text order, in `kept`; `candidates` is emptied.
fn settle(candidates: &mut Vec<Candidate>, kept: &mut Vec<Candidate>) {
    kept.clear();
    while !candidates.is_empty() {
        let mut best = 0;
        for (k, c) in candidates.iter().enumerate().skip(1) {
            let b = candidates[best].span;
            if c.span.len() > b.len() || (c.span.len() == b.len() && c.span.start < b.start) {
                best = k;
            }
        }
        let c = candidates.remove(best);
        if !kept.iter().any(|k| k.span.overlaps(c.span)) {
            let at = kept.partition_point(|k| k.span.start < c.span.start);
            kept.insert(at, c);
        }
    }
}

/// Every language mark of every article, article order then text order.
pub fn find(articles: &[Article], quotes: &Quotes) -> Vec<LanguageMark> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut candidates = Vec::new();
    let mut kept = Vec::new();
    for article in articles {
        let text = article.text();
        // Quotes come in article order.
        let all = &quotes.quotes;
        let from = all.partition_point(|q| q.article < article.index);
        let to = all.partition_point(|q| q.article <= article.index);
        let own_quotes: &[Quote] = all.get(from..to).unwrap_or_default();
        for sentence in &article.sentences {
            let toks = article
                .tokens
                .get(sentence.tokens.clone())
                .unwrap_or_default();
            let scan = Scan { lex, text, toks };
            scan.candidates(sentence.span, &mut candidates);
            settle(&mut candidates, &mut kept);
            for c in &kept {
                out.push(LanguageMark {
                    id: out.len(),
                    article: article.index,
                    sentence: sentence.index,
                    span: c.span,
                    category: c.category,
                    rule: c.rule,
                    quote: own_quotes
                        .iter()
                        .find(|q| q.span.contains(c.span))
                        .map(|q| q.id),
                    boilerplate: sentence.role.is_boilerplate()
                        || article
                            .inline_boilerplate
                            .iter()
                            .any(|m| m.span.overlaps(c.span)),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::article::Analysis;
    use crate::analysis::corpus::bundled_analysis;
    use crate::analysis::sort;
    use crate::analysis::test_support::{analyze_texts, random_strings};

    /// The marks of one text as "category:words", with "@" before the words
    /// of a mark inside a quotation.
    fn marks(text: &str) -> Vec<String> {
        let a = analyze_texts(&[text]);
        check_invariants(&a);
        a.language
            .iter()
            .map(|m| {
                let voice = if m.is_own_voice() { "" } else { "@" };
                format!("{}:{voice}{}", m.category.slug(), m.span.slice(text))
            })
            .collect()
    }

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(marks(text), expected, "text: {text:?}");
    }

    /// Ids in order, text order per article, no overlaps, spans non-empty,
    /// on char boundaries and inside their sentence, quotes of the same
    /// article around the span, the boilerplate flag as the article tells.
    fn check_invariants(a: &Analysis) {
        for (i, m) in a.language.iter().enumerate() {
            assert_eq!(m.id, i);
            let art = &a.articles[m.article];
            let text = art.text();
            assert!(!m.span.is_empty() && text.get(m.span.start..m.span.end).is_some());
            assert!(art.sentences[m.sentence].span.contains(m.span));
            if let Some(q) = m.quote {
                let q = &a.quotes.quotes[q];
                assert!(q.article == m.article && q.span.contains(m.span));
            }
            assert_eq!(m.boilerplate, art.is_boilerplate_at(m.span), "{m:?}");
            assert!(!m.rule.is_empty());
        }
        for pair in a.language.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            assert!(
                (x.article, x.span.end) <= (y.article, y.span.start),
                "out of order or overlapping: {x:?} {y:?}"
            );
        }
    }

    #[test]
    fn lexicon_lists_are_sorted_small_and_well_formed() {
        let mut seen: Vec<&str> = Vec::new();
        for (list, category) in &LISTS {
            assert!(list.is_sorted(), "{category:?} list is not sorted");
            let n = list.all().len();
            assert!((25..=90).contains(&n), "{category:?} has {n} entries");
            for &e in list.all() {
                assert_eq!(e, e.trim(), "{e:?}");
                assert!(!e.contains("  ") && e == e.to_lowercase(), "{e:?}");
                assert!(
                    !e.contains('*') || (e.ends_with('*') && !e.contains(' ')),
                    "{e:?}"
                );
                seen.push(e);
            }
        }
        assert!(NOT_ING.is_sorted() && ACRONYMS.is_sorted());
        // No entry twice, no prefix inside another entry's first word: a
        // word starts one entry at most.
        sort::sort(&mut seen);
        assert!(seen.windows(2).all(|w| w[0] != w[1]), "duplicate entry");
        for p in seen.iter().filter_map(|e| e.strip_suffix('*')) {
            for e in &seen {
                assert!(*e == format!("{p}*") || !e.starts_with(p), "{e} and {p}*");
            }
        }
        assert!(CONTEXTS.len() <= 16, "context bits are a u16");
        // Every entry is found from its key (prefixes by their first
        // `PREFIX_MIN` bytes), and the hash tables stay sparse.
        let lex = lexicon();
        for (k, e) in lex.entries.iter().enumerate() {
            let key = if e.rule.ends_with('*') {
                lex.prefixes
                    .get(e.first.as_bytes().get(..PREFIX_MIN).expect(e.first))
            } else {
                lex.words.get(e.first.as_bytes())
            };
            let mut next = key.map_or(NONE, |key| key.entry);
            while usize::from(next) != k {
                next = lex.entries.get(usize::from(next)).expect(e.rule).next;
            }
        }
        assert!(lex.words.keys.len() * 2 < SLOTS && lex.prefixes.keys.len() * 2 < SLOTS);
    }

    #[test]
    fn rules_name_the_entry() {
        let a = analyze_texts(&["The dictator was holed up in a fabricated bunker."]);
        let rules: Vec<&str> = a.language.iter().map(|m| m.rule).collect();
        assert_eq!(rules, ["lexicon: holed up", "lexicon: fabricat*"]);
    }

    #[test]
    fn caught_exposed_and_plotting_are_loaded_only_in_context() {
        check(
            "The firm just got caught seeking help. The aide was caught lying to agents. \
             The group was exposed plotting with rebels and was exposed as a front.",
            &[
                "loaded:got caught",
                "loaded:caught",
                "loaded:exposed",
                "loaded:plotting",
                "loaded:exposed",
            ],
        );
        check(
            "The barn caught fire. Workers were exposed to the sun for hours. \
             She is plotting the data by region. He caught the train during rush hour.",
            &[],
        );
    }

    #[test]
    fn claims_are_hedges_only_as_verbs() {
        check(
            "Assange claims that he refused. She claimed to be a doctor. \
             Some insiders claim the firm did little.",
            &["hedge:claims", "hedge:claimed", "hedge:claim"],
        );
        check(
            "He denied the claims that he left. His claim was false. \
             Claims that the vote was fixed spread. He made claims that were wrong. \
             The storm claimed the lives of 12. She claimed the title.",
            &[],
        );
    }

    #[test]
    fn crimes_and_lies_are_loaded_when_someone_owns_them() {
        check(
            "Voters heard about the governor’s crimes and his lies.",
            &["loaded:crimes", "loaded:lies"],
        );
        check("Crimes fell last year. The answer lies in the data.", &[]);
    }

    #[test]
    fn amplifiers_count_before_loaded_words_only() {
        check(
            "It was a total fabrication and a complete disaster.",
            &[
                "intensifier:total",
                "loaded:fabrication",
                "intensifier:complete",
                "emotive:disaster",
            ],
        );
        check("The total cost was a complete list of items.", &[]);
    }

    #[test]
    fn quoted_words_are_not_the_outlets_voice() {
        let text = "“He is a narcissistic and paranoid man,” Smith said of the senator. \
                    The senator is paranoid, critics say.";
        check(
            text,
            &[
                "loaded:@narcissistic",
                "loaded:@paranoid",
                "loaded:paranoid",
            ],
        );
        let a = analyze_texts(&[text]);
        assert_eq!(a.language[0].quote, Some(a.quotes.quotes[0].id));
        assert!(!a.language[0].is_own_voice() && a.language[2].is_own_voice());
        // Scare quotes are no quotation: the word stays the outlet's.
        check("The firm called it a “hoax” on Monday.", &["loaded:hoax"]);
    }

    #[test]
    fn hedges() {
        check(
            "The minister reportedly resigned. It’s unclear why. He allegedly took \
             money, and it is not clear who paid. Whether it matters remains to be seen.",
            &[
                "hedge:reportedly",
                "hedge:It’s unclear",
                "hedge:allegedly",
                "hedge:it is not clear",
                "hedge:remains to be seen",
            ],
        );
    }

    #[test]
    fn boosters() {
        check(
            "The plan will obviously fail. The vote was beyond any doubt rigged, \
             and there is overwhelming evidence of it.",
            &[
                "booster:obviously",
                "booster:beyond any doubt",
                "loaded:rigged",
                "booster:overwhelming evidence",
            ],
        );
    }

    #[test]
    fn labels_for_people() {
        check(
            "The right-wing billionaire met his cronies and a right wing money man.",
            &[
                "label:right-wing",
                "label:billionaire",
                "label:cronies",
                "label:right wing",
                "label:money man",
            ],
        );
        check("The trolley stopped at the left turn.", &[]);
    }

    #[test]
    fn calls_to_action_open_sentences() {
        check(
            "Sign the petition today. Join us at the rally. Impeach Trump now. \
             Please donate.",
            &[
                "action:Sign the petition",
                "action:Join us",
                "action:Impeach",
                "action:Please donate",
            ],
        );
        check(
            "Voters will join the march and sign papers. Share prices fell. \
             Support for the bill grew. He wanted to please his base.",
            &[],
        );
        // A phrase that can only be an ask counts anywhere; a colon opens a clause.
        check(
            "If you like our work, become a member today. Note to readers: share it.",
            &["action:become a member", "action:share"],
        );
        // No imperative in a Title Case headline.
        check(
            "Share Prices Fall As Markets Slide\n\nShares fell on Monday.",
            &[],
        );
    }

    #[test]
    fn capitals_mark_shouting_not_acronyms() {
        check(
            "The CEO of the FBI met NATO and U.S. officials, TPM, MSNBC and the GOP’s PACs.",
            &[],
        );
        check(
            "BREAKING: the senator quit. They chanted LOCK HER UP at the rally.",
            &["caps:BREAKING", "caps:LOCK HER UP"],
        );
        // On the same span the word's own category wins over its capitals.
        check("This is SHOCKING news.", &["emotive:SHOCKING"]);
        check(
            "WASHINGTON — The Senate voted. LONDON (Reuters) - Prices rose.",
            &[],
        );
        check(
            "Trump’s Data Firm Was Just Exposed Plotting With Wikileaks\n\nThe story ran.",
            &["loaded:Exposed", "loaded:Plotting"],
        );
        // The longest mark wins: the run holds the imperative.
        check(
            "Add your name to the list. IMPEACH TRUMP & PENCE!",
            &[
                "action:Add your name",
                "caps:IMPEACH TRUMP & PENCE",
                "exclamation:!",
            ],
        );
    }

    #[test]
    fn every_run_of_exclamation_marks_is_one_mark() {
        check(
            "Wow!!! Really?! Thank you!",
            &["exclamation:!!!", "exclamation:!", "exclamation:!"],
        );
    }

    #[test]
    fn marks_in_boilerplate_are_kept_and_flagged() {
        let text = "The council met on Monday to vote on the budget for next year.\n\n\
                    The budget passed by a wide margin after a long debate.\n\n\
                    Add your name to millions demanding action. IMPEACH THEM ALL!";
        let a = analyze_texts(&[text]);
        check_invariants(&a);
        let got: Vec<(&str, bool)> = a
            .language
            .iter()
            .map(|m| (m.span.slice(text), m.boilerplate))
            .collect();
        assert_eq!(
            got,
            [
                ("Add your name", true),
                ("IMPEACH THEM ALL", true),
                ("!", true)
            ]
        );
        let own = analyze_texts(&["The senator slammed the plan on Monday."]);
        assert!(!own.language[0].boilerplate);
    }

    #[test]
    fn never_panics_and_keeps_the_invariants() {
        let alphabet = "aA !.:“”\"’'—&é HOLED up CAUGHT seeking Please share ";
        for text in random_strings(alphabet, 5, 300, 80) {
            check_invariants(&analyze_texts(&[&text, &text]));
        }
        // Word soup from the rules' own vocabulary.
        let words = [
            "caught",
            "got",
            "seeking",
            "exposed",
            "as",
            "claims",
            "that",
            "the",
            "his",
            "total",
            "hoax",
            "Please",
            "share",
            "IMPEACH",
            "TRUMP",
            "&",
            "!",
            "“",
            "”",
            "said",
            "Nix",
            ".",
            ":",
            "it’s",
            "unclear",
            "holed",
            "up",
            "beyond",
            "any",
            "doubt",
            "crimes",
            "President’s",
            "\n\n",
        ];
        for pick in random_strings("0123456789abcdefghijklmnopqrstuvw", 9, 200, 40) {
            let text: Vec<&str> = pick
                .bytes()
                .map(|b| words[usize::from(b) % words.len()])
                .collect();
            check_invariants(&analyze_texts(&[&text.join(" ")]));
        }
    }

    #[test]
    fn the_bundled_story_has_the_expected_marks() {
        let a = bundled_analysis();
        check_invariants(&a);
        let find = |slug: &str, category: Category, words: &str| {
            let art = a.article_by_slug(slug).expect(slug);
            a.language
                .iter()
                .find(|m| {
                    m.article == art.index
                        && m.category == category
                        && m.span.slice(art.text()) == words
                })
                .unwrap_or_else(|| panic!("{slug}: no {category:?} mark on {words:?}"))
        };
        assert!(find("od", Category::Intensifier, "whopping").is_own_voice());
        assert!(find("od", Category::Loaded, "holed up").is_own_voice());
        assert!(find("od", Category::Loaded, "got caught").is_own_voice());
        assert!(find("od", Category::Caps, "IMPEACH TRUMP & PENCE").boilerplate);
        assert!(find("od", Category::CallToAction, "Add your name").boilerplate);
        assert!(find("fud", Category::Hedge, "reportedly").is_own_voice());
        assert!(find("fud", Category::Hedge, "It’s unclear").is_own_voice());
        assert!(find("fud", Category::Loaded, "spooks").is_own_voice());
        assert!(find("hill", Category::Hedge, "reportedly").is_own_voice());
        assert!(find("blog", Category::Booster, "beyond any doubt").is_own_voice());
        assert!(find("blog", Category::Label, "right wing").is_own_voice());
        assert!(find("blog", Category::Hedge, "seemingly").boilerplate);
        assert!(find("blog", Category::CallToAction, "Please share").boilerplate);
        for quoted in ["narcissistic", "untruthful", "fabrications"] {
            let m = find("blog", Category::Loaded, quoted);
            assert!(m.quote.is_some() && !m.is_own_voice(), "{quoted}");
        }
        // The slogan is the only shouting; no acronym is marked at all.
        for m in a.language.iter().filter(|m| m.category == Category::Caps) {
            let words = m.span.slice(a.articles[m.article].text());
            assert_eq!(words, "IMPEACH TRUMP & PENCE");
        }
        for m in &a.language {
            let words = m.span.slice(a.articles[m.article].text());
            for acronym in [
                "CEO", "FBI", "PACs", "U.S.", "OMR", "TPM", "MORE", "CNN", "GOP",
            ] {
                assert!(!words.contains(acronym), "{words:?}");
            }
        }
    }
}
