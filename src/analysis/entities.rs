//! Named entities: people, organisations, outlets, places and other proper
//! names, found by rules (no model) and grouped by alias across all articles.
//!
//! Only headline and body sentences are read; boilerplate sentences and the
//! inline boilerplate cut out of real sentences never yield a mention.
//!
//! Finding names:
//! - A name is a run of capitalized words joined by spaces or hyphens
//!   ("Cambridge Analytica", "Ocasio-Cortez"); "of" may join an institution
//!   word to the next name ("Bank of America"), and "House and Senate
//!   Intelligence Committees" is one name. A run ends at a possessive (the
//!   "’s" is left out of the span), at a period ("U.S.") and at punctuation.
//! - Function words, months and weekdays, titles, sentence adverbs and
//!   common abbreviations ("TV", "PACs") are never names; an all-caps word
//!   of five letters or more is shouting ("IMPEACH") unless it is known.
//! - A capital says nothing at the start of a sentence or quote, in a Title
//!   Case headline or in a shouted all-caps line. There a word is a name only
//!   if it is in a gazetteer or is written capitalized mid-sentence somewhere
//!   in the corpus and never in lower case; at a sentence start an unknown
//!   word followed by a name also counts ("Xavier Becerra said").
//! - A lone word that the corpus also writes in lower case ("secretary of
//!   State") or a lone nationality ("Russian") is no name, unless a title
//!   comes before it ("Senator Hill").
//!
//! Kinds: small gazetteers of outlets, organisations and places decide first;
//! then a title before the name ("Sen.", "CEO", "President") or a common first
//! name makes a person; an organisation suffix ("Committee"), an organisation
//! noun before ("firm Cambridge Analytica") or a role after ("WikiLeaks
//! founder"), or a lower-case "campaign"/"administration" after the name
//! ("Trump campaign") makes an organisation; anything else is Other.
//!
//! Grouping: mentions with the same words, ignoring case and doubled letters
//! ("WikiLeaks" = "WIKILEAKS", "Hilary" = "Hillary"), are one entity; outlet
//! variants meet on the gazetteer name ("WSJ", and "the Journal" when the
//! corpus names the Wall Street Journal). Two people with one surname and
//! first names sharing a beginning are one ("Steve"/"Stephen Bannon"). A lone
//! word joins the person whose first or last name it is, else the
//! organisation whose initials it spells or whose distinctive first or last
//! word it is ("Cambridge"); when several fit, the most mentioned wins.
//!
//! Output: the canonical name is the fullest form (most words, then most
//! frequent, then first seen); aliases are the other written forms, sorted.
//! Entities are sorted by outlets, then mentions (both descending), then name.

use super::words::Words;
use std::borrow::Cow;
use std::sync::OnceLock;

use super::article::{Article, SentenceRole};
use super::small_str::SmallStr;
use super::sort;
use super::span::Span;
use super::terms::{is_stopword, is_title_case, FastMap};
use super::tokens::{Token, TokenKind};

/// What an entity is. Each kind has its own colour and glyph in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EntityKind {
    Person,
    Organization,
    /// A news outlet or publication ("The Daily Beast", "CNN").
    Outlet,
    Place,
    /// Any other proper name (events, laws, products, documents).
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Outlet,
        EntityKind::Place,
        EntityKind::Other,
    ];

    /// Stable identifier used in JSON, CSS (`data-kind`) and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Outlet => "outlet",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organisation",
            EntityKind::Outlet => "Outlet",
            EntityKind::Place => "Place",
            EntityKind::Other => "Other name",
        }
    }
}

/// One place where an article names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityMention {
    pub article: usize,
    pub sentence: usize,
    /// The words as written ("Nix", "Alexander Nix", "Wikileaks’").
    pub span: Span,
}

/// An entity grouped across all articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Position in `Analysis::entities` (sorted: most outlets, then most mentions, then name).
    pub id: usize,
    pub kind: EntityKind,
    /// The fullest form found ("Alexander Nix", "Hillary Clinton").
    pub name: String,
    /// Every other distinct written form, sorted ("Nix", "Wikileaks").
    pub aliases: Vec<String>,
    /// In article order, then text order.
    pub mentions: Vec<EntityMention>,
    /// Mentions per article, indexed by article.
    pub per_article: Vec<usize>,
}

impl Entity {
    pub fn outlet_count(&self) -> usize {
        self.per_article.iter().filter(|&&n| n > 0).count()
    }
}

/// Common first names: a capitalized run starting with one is a person.
#[rustfmt::skip]
static FIRST_NAMES: Words = Words::new(
    "aaron|adam|alan|alex|alexander|alice|amy|andrew|angela|ann|anna|\
     anthony|barack|barbara|ben|benjamin|bernie|betsy|bill|bob|brian|carl|\
     carol|charles|chris|christian|christopher|chuck|dan|daniel|david|\
     deborah|diane|donald|donna|doug|edward|elizabeth|emily|emma|eric|\
     frank|gary|george|grant|hilary|hillary|ivanka|jack|james|jane|jared|\
     jason|jeff|jennifer|jim|joe|john|jonathan|joseph|julian|karen|kate|\
     kevin|kim|laura|linda|lisa|mark|mary|matt|matthew|melania|michael|\
     michelle|mike|mitch|nancy|nick|paul|peter|rachel|rebecca|rebekah|\
     richard|robert|ron|ruth|ryan|sam|sarah|scott|sean|stephen|steve|\
     steven|susan|ted|thomas|tim|tom|tony|vladimir|william",
);

/// Countries, regions, US states (and the abbreviations of party-state tags
/// such as "(D-Calif.)") and major cities.
#[rustfmt::skip]
static PLACES: Words = Words::new(
    "afghanistan|africa|alabama|alaska|ariz|arizona|arkansas|asia|atlanta|\
     australia|austria|baltimore|beijing|belgium|berlin|boston|brazil|\
     britain|brooklyn|brussels|calif|california|canada|chicago|china|colo|\
     colorado|conn|connecticut|cuba|d.c.|dallas|delaware|denmark|detroit|\
     ecuador|egypt|england|europe|fla|florida|france|geneva|georgia|\
     germany|greece|hamburg|hawaii|hong kong|houston|idaho|illinois|india|\
     indiana|iowa|iran|iraq|ireland|israel|italy|japan|kansas|kentucky|\
     kiev|ky|kyiv|las vegas|lisbon|london|los angeles|louisiana|madrid|\
     maine|manhattan|maryland|massachusetts|mexico|miami|mich|michigan|\
     middle east|minn|minnesota|mississippi|missouri|montana|moscow|n.j.|\
     n.y.|nebraska|netherlands|nevada|new hampshire|new jersey|new mexico|\
     new orleans|new york|north carolina|north dakota|north korea|norway|\
     ohio|oklahoma|oregon|pakistan|paris|pennsylvania|philadelphia|poland|\
     portugal|rhode island|rome|russia|san antonio|san francisco|\
     saudi arabia|scotland|seattle|south carolina|south dakota|south korea|\
     spain|stockholm|sweden|switzerland|syria|tenn|tennessee|texas|tokyo|\
     toronto|turkey|u.k.|u.s.|u.s.a.|uk|ukraine|united kingdom|\
     united states|usa|utah|venezuela|vermont|virginia|wales|washington|\
     west virginia|wis|wisconsin|wyoming",
);

/// Well-known organisations, parties and institutions.
#[rustfmt::skip]
static ORGS: Words = Words::new(
    "amazon|apple|cia|congress|democratic party|democrats|doj|eu|facebook|\
     fbi|google|gop|house|instagram|irs|justice department|kremlin|\
     microsoft|nasa|nato|nsa|pentagon|republican party|republicans|senate|\
     state department|supreme court|twitter|united nations|white house|\
     wikileaks|youtube",
);

/// News outlets: (written form without a leading "the", outlet). The outlet
/// starts with "the " when "The" belongs to its name, and with "?" when the
/// short form means it only if the corpus also names it in full.
const OUTLETS: &[(&str, &str)] = &[
    ("abc news", "abc news"),
    ("ap", "associated press"),
    ("associated press", "associated press"),
    ("axios", "axios"),
    ("bbc", "bbc"),
    ("bloomberg", "bloomberg"),
    ("breitbart", "breitbart"),
    ("buzzfeed", "buzzfeed"),
    ("cbs", "cbs"),
    ("cnbc", "cnbc"),
    ("cnn", "cnn"),
    ("daily beast", "the daily beast"),
    ("daily mail", "daily mail"),
    ("fox news", "fox news"),
    ("fudzilla", "fudzilla"),
    ("guardian", "the guardian"),
    ("hill", "the hill"),
    ("huffington post", "huffpost"),
    ("huffpost", "huffpost"),
    ("journal", "?the wall street journal"),
    ("los angeles times", "los angeles times"),
    ("msnbc", "msnbc"),
    ("nbc", "nbc"),
    ("new york times", "the new york times"),
    ("npr", "npr"),
    ("nyt", "the new york times"),
    ("occupy democrats", "occupy democrats"),
    ("politico", "politico"),
    ("post", "?the washington post"),
    ("reuters", "reuters"),
    ("talking points memo", "talking points memo"),
    ("thinkprogress", "thinkprogress"),
    ("times", "?the new york times"),
    ("tpm", "talking points memo"),
    ("usa today", "usa today"),
    ("vox", "vox"),
    ("wall street journal", "the wall street journal"),
    ("washington post", "the washington post"),
    ("wsj", "the wall street journal"),
];

/// Titles and roles before a person's name; never part of the name.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "ceo", "chairman", "chancellor", "dr", "gen", "gov", "governor", "judge", "king", "mayor",
    "minister", "mr", "mrs", "ms", "pope", "president", "prime", "prince", "princess", "queen",
    "rep", "representative", "sen", "senator", "sir", "speaker", "vice",
];

/// Capitalized words that are never names: dates, sentence adverbs and
/// common all-caps abbreviations.
#[rustfmt::skip]
static NOT_NAMES: Words = Words::new(
    "according|am|apr|april|aug|august|breaking|dear|dec|december|dna|\
     exclusive|feb|february|finally|former|friday|however|id|indeed|\
     instead|jan|january|jul|july|jun|june|last|later|mar|march|may|\
     meanwhile|monday|moreover|nevertheless|next|note|nov|november|oct|\
     october|ok|pac|pacs|pm|saturday|sept|september|still|sunday|thursday|\
     today|tuesday|tv|update|wednesday|yesterday",
);

/// Nationalities and party adjectives: part of a name ("Democratic National
/// Committee") but no entity alone ("Russian hackers").
#[rustfmt::skip]
const DEMONYMS: &[&str] = &[
    "american", "british", "canadian", "catholic", "chinese", "democratic", "english", "european",
    "french", "german", "iranian", "iraqi", "israeli", "italian", "japanese", "jewish", "korean",
    "mexican", "muslim", "republican", "russian", "saudi", "scottish", "spanish", "swedish",
    "syrian", "turkish", "ukrainian",
];

/// Last words that make a name an organisation (also in the plural).
#[rustfmt::skip]
static ORG_SUFFIXES: Words = Words::new(
    "administration|agency|association|bank|board|bureau|campaign|\
     commission|committee|company|corp|corporation|council|counsel|court|\
     department|foundation|group|inc|institute|llc|ltd|ministry|office|\
     party|service|society|team|union|university",
);

/// Lower-case words right before a name that say it is an organisation.
#[rustfmt::skip]
const ORG_BEFORE: &[&str] = &[
    "agency", "company", "firm", "group", "organisation", "organization", "startup",
];

/// Lower-case words right after a name that say it is an organisation.
#[rustfmt::skip]
const ORG_AFTER: &[&str] = &[
    "board", "ceo", "editor", "employees", "executives", "founder", "spokesman", "spokesperson",
    "spokeswoman", "staffers",
];

/// Institution words that "of" may join to the next name.
#[rustfmt::skip]
const OF_HEADS: &[&str] = &[
    "academy", "bank", "board", "bureau", "college", "council", "court", "department", "house",
    "institute", "league", "ministry", "museum", "office", "republic", "school", "society", "union",
    "university",
];

/// Orders words as `str` does, settling most comparisons on the first byte
/// without a call to `memcmp`.
fn order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

fn has(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|w| order(w, word)).is_ok()
}

fn outlet(phrase: &str) -> Option<&'static str> {
    OUTLETS
        .binary_search_by(|(k, _)| order(k, phrase))
        .ok()
        .map(|i| OUTLETS[i].1)
}

/// The kind a gazetteer gives a lower-case phrase.
fn gazetteer(phrase: &str) -> Option<EntityKind> {
    if outlet(phrase).is_some() {
        Some(EntityKind::Outlet)
    } else if has(ORGS.all(), phrase) {
        Some(EntityKind::Organization)
    } else if has(PLACES.all(), phrase) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

fn org_suffix(word: &str) -> bool {
    has(ORG_SUFFIXES.all(), word)
        || word
            .strip_suffix('s')
            .is_some_and(|w| has(ORG_SUFFIXES.all(), w))
}

/// What is known about a lower-case word, as bits. The corpus tells whether
/// it is written in lower case (`LOWER`) and capitalized mid-sentence
/// (`CAPS_MID`). The word lists are searched once per distinct capitalized
/// word (`CLASSED`) and tell whether it is never a name (`COMMON`), a title
/// (`TITLE`), or a first name or gazetteer entry (`LISTED`).
const LOWER: u8 = 1;
const CAPS_MID: u8 = 2;
const CLASSED: u8 = 4;
const COMMON: u8 = 8;
const TITLE: u8 = 16;
const LISTED: u8 = 32;

/// The `COMMON`, `TITLE` and `LISTED` bits the word lists give a phrase,
/// gathered once into one map.
fn listed(phrase: &str) -> u8 {
    static MAP: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: FastMap<&'static str, u8> = FastMap::default();
        let lists = [
            (TITLES, COMMON | TITLE),
            (NOT_NAMES.all(), COMMON),
            (FIRST_NAMES.all(), LISTED),
            (ORGS.all(), LISTED),
            (PLACES.all(), LISTED),
        ];
        for (list, bits) in lists {
            for &w in list {
                *map.entry(w).or_default() |= bits;
            }
        }
        for &(w, _) in OUTLETS {
            *map.entry(w).or_default() |= LISTED;
        }
        map
    });
    map.get(phrase).copied().unwrap_or(0)
}

fn classify(word: &str) -> u8 {
    CLASSED | listed(word) | if is_stopword(word) { COMMON } else { 0 }
}

/// A word, or one part of a hyphenated word, as the finder sees it.
struct Piece<'a> {
    /// The letters as written, any possessive "’s" left out.
    span: Span,
    /// Lower case, apostrophes folded.
    low: &'a str,
    cap: bool,
    /// Two or more letters, all capitals ("CNN", "IMPEACH").
    caps: bool,
    /// Follows the previous piece with only white space or a hyphen between
    /// (or the period of an initial: "John F. Kennedy").
    joined: bool,
    /// Follows the previous piece after a hyphen, in one token.
    hyphen: bool,
    /// Starts a sentence or a quotation, where a capital says nothing.
    initial: bool,
    possessive: bool,
    /// A period follows: "Sen.", "F.".
    dot: bool,
    /// The lexicon's bits of a capitalized piece, looked up once.
    bits: u8,
}

/// The dashes `tokens::normalize` folds to "-", so that the parts of a
/// token's text and of its normalized form line up.
fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Cuts a sentence's tokens into pieces. The lower-case forms are borrowed
/// from the tokens' normalized forms, so no word is copied.
fn pieces<'a>(text: &str, tokens: &'a [Token]) -> Vec<Piece<'a>> {
    let mut out: Vec<Piece> = Vec::with_capacity(tokens.len() + 4);
    for token in tokens {
        let word = token.span.slice(text);
        let (spaced, initial) = match out.last() {
            None => (false, true),
            Some(p) => {
                let gap = text.get(p.span.end..token.span.start).unwrap_or("");
                if gap == " " {
                    // The common case: one space.
                    (true, false)
                } else {
                    let initial_dot = p.dot && p.cap && p.low.len() == 1 && gap.trim() == ".";
                    let spaced = gap.chars().all(char::is_whitespace) || initial_dot;
                    let opening = gap.trim_end().ends_with(['“', '‘', '"', '\'', '(', '[']);
                    (spaced, !spaced && opening)
                }
            }
        };
        let number = token.kind == TokenKind::Number;
        let push = |out: &mut Vec<Piece<'a>>, at: usize, part: &str, low: &'a str, last: bool| {
            let first = at == 0;
            let possessive = last && low.len() > 2 && matches!(low.as_bytes(), [.., b'\'', b's']);
            let (part, low) = if possessive {
                let part = part
                    .strip_suffix(['s', 'S'])
                    .and_then(|p| p.strip_suffix(['\'', '’']))
                    .unwrap_or(part);
                (part, &low[..low.len() - 2])
            } else {
                (part, low)
            };
            if part.is_empty() || low.is_empty() {
                return;
            }
            let start = token.span.start + at;
            let end = start + part.len();
            let cap = !number && part.starts_with(char::is_uppercase);
            out.push(Piece {
                span: Span::new(start, end),
                cap,
                caps: cap
                    && part.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
                    && !part.contains(char::is_lowercase),
                joined: !first || spaced,
                hyphen: !first,
                initial: first && initial,
                possessive,
                dot: text.get(end..).is_some_and(|r| r.starts_with('.')),
                low,
                bits: 0,
            });
        };
        // Most words hold no dash and are one piece.
        if !token.norm.bytes().any(|b| b == b'-') {
            push(&mut out, 0, word, &token.norm, true);
            continue;
        }
        let mut lows = token.norm.split('-');
        let mut from = 0;
        for (i, c) in word.char_indices().chain([(word.len(), '-')]) {
            if is_hyphen(c) {
                let low = lows.next().unwrap_or("");
                push(&mut out, from, &word[from..i], low, i == word.len());
                from = i + c.len_utf8();
            }
        }
    }
    out
}

/// A name found in one sentence, before grouping.
struct Candidate {
    article: usize,
    sentence: usize,
    span: Span,
    /// Lower-case words, doubled letters made single.
    key: SmallStr,
    /// The gazetteer name of an outlet, which groups it instead of `key`.
    outlet: Option<&'static str>,
    gazetteer: Option<EntityKind>,
    person: bool,
    org: bool,
    /// "the Journal": the outlet only if the corpus names it in full.
    conditional: bool,
}

/// One sentence ready for the name scan.
struct Scan<'a, 'b> {
    pieces: Vec<Piece<'a>>,
    /// Title Case headline or shouting: every capital needs evidence.
    strict: bool,
    lexicon: &'b FastMap<&'a str, u8>,
}

impl Scan<'_, '_> {
    fn lex(&self, word: &str) -> u8 {
        self.lexicon.get(word).copied().unwrap_or(0)
    }

    /// Whether the corpus or a gazetteer vouches for a word as a name.
    fn known(bits: u8) -> bool {
        bits & (CAPS_MID | LOWER) == CAPS_MID || bits & LISTED != 0
    }

    /// A capitalized word that may be part of a name, before any evidence.
    fn plain_name(&self, i: usize) -> bool {
        let p = &self.pieces[i];
        let bits = p.bits;
        p.cap
            && bits & COMMON == 0
            && !(p.caps && bits & LOWER != 0)
            && p.low.chars().nth(1).is_some()
    }

    /// Whether piece `i` is a name word here.
    fn name(&self, i: usize) -> bool {
        let p = &self.pieces[i];
        if !self.plain_name(i) {
            return false;
        }
        if Self::known(p.bits) {
            return true;
        }
        // Long all-capital words are shouting ("IMPEACH"), not acronyms,
        // unless the corpus or a gazetteer knows them.
        if p.caps && p.low.chars().count() > 4 {
            return false;
        }
        if !(self.strict || p.initial) {
            return true;
        }
        // An unknown word opening a sentence counts when a name follows it
        // and nothing suggests a common word.
        !self.strict
            && p.bits & LOWER == 0
            && !["ly", "ing", "ed"].iter().any(|s| p.low.ends_with(s))
            && self
                .pieces
                .get(i + 1)
                .is_some_and(|n| n.joined && !p.possessive && self.plain_name(i + 1))
    }

    /// The end of the run of name words starting at `start`.
    fn run_end(&self, start: usize) -> usize {
        let ps = &self.pieces;
        let mut end = start + 1;
        while end < ps.len() {
            let prev = &ps[end - 1];
            if prev.possessive || (prev.low.ends_with('.') && prev.low.len() > 2) || !ps[end].joined
            {
                break;
            }
            if self.name(end) {
                end += 1;
                continue;
            }
            let p = &ps[end];
            let bridge = (p.cap && p.dot && p.low.chars().count() == 1)
                || (p.low == "of" && has(OF_HEADS, prev.low));
            if bridge && ps.get(end + 1).is_some_and(|n| n.joined) && self.name(end + 1) {
                end += 2;
                continue;
            }
            break;
        }
        end
    }

    /// The names of the sentence, in text order.
    fn names(&self, article: usize, sentence: usize, out: &mut Vec<Candidate>) {
        let ps = &self.pieces;
        let mut titled = false;
        let mut last: Option<(usize, usize)> = None;
        // One buffer for every phrase of the sentence.
        let (mut phrase, mut undoubled) = (String::new(), String::new());
        let mut i = 0;
        while i < ps.len() {
            // A title matters only before a capital, so most words skip the search.
            let title = if ps[i].cap {
                ps[i].bits & TITLE != 0
            } else {
                ps.get(i + 1).is_some_and(|n| n.cap) && has(TITLES, ps[i].low)
            };
            if title {
                titled = true;
                i += 1;
                continue;
            }
            if !ps[i].cap || !self.name(i) {
                titled = false;
                i += 1;
                continue;
            }
            let mut start = i;
            let mut end = self.run_end(i);
            i = end;
            // "House and Senate Intelligence Committees" is one name.
            let plural = ps[end - 1].low.ends_with('s') && org_suffix(ps[end - 1].low);
            if let Some((s, _)) =
                last.filter(|&(_, e)| plural && e + 1 == start && ps[e].low == "and")
            {
                out.pop();
                start = s;
            }
            let mut span = Span::new(ps[start].span.start, ps[end - 1].span.end);
            // A lower-case "campaign" after a name is the organisation.
            let extended = end < ps.len()
                && !ps[end - 1].possessive
                && ps[end].joined
                && !ps[end].cap
                && matches!(ps[end].low, "campaign" | "administration");
            if extended {
                span.end = ps[end].span.end;
                end += 1;
                i = end;
            }
            // Parts of a hyphenated name stay one word ("Ocasio-Cortez").
            phrase.clear();
            for (k, p) in ps[start..end].iter().enumerate() {
                if k > 0 {
                    phrase.push(if p.hyphen { '-' } else { ' ' });
                }
                phrase.push_str(p.low);
            }
            let one_word = !phrase.contains(' ');
            let before = start
                .checked_sub(1)
                .map(|b| &ps[b])
                .filter(|_| ps[start].joined);
            let mut outlet_name = None;
            let mut conditional = false;
            // Lone words not in the lists skip the searches.
            let bits = if one_word {
                self.lex(&phrase)
            } else {
                listed(&phrase)
            };
            let outlet_of = if bits & LISTED != 0 {
                outlet(&phrase)
            } else {
                None
            };
            let mut kind = match outlet_of {
                Some(_) => Some(EntityKind::Outlet),
                None if bits & LISTED != 0 => gazetteer(&phrase),
                None => None,
            };
            if let Some(name) = outlet_of {
                let the = before.is_some_and(|b| b.low == "the");
                if phrase == "hill" && !the {
                    kind = None;
                } else {
                    conditional = name.starts_with('?');
                    let name = name.trim_start_matches('?');
                    if the && name.starts_with("the ") && before.is_some_and(|b| b.cap) {
                        span.start = before.map_or(span.start, |b| b.span.start);
                    }
                    outlet_name = Some(name.trim_start_matches("the "));
                }
            }
            if one_word
                && kind.is_none()
                && !titled
                && (has(DEMONYMS, &phrase) || self.lex(&phrase) & LOWER != 0)
            {
                titled = false;
                continue;
            }
            let after = ps.get(end).filter(|p| p.joined && !ps[end - 1].possessive);
            out.push(Candidate {
                article,
                sentence,
                span,
                key: {
                    undouble(&phrase, &mut undoubled);
                    SmallStr::from(undoubled.as_str())
                },
                outlet: outlet_name,
                gazetteer: kind,
                person: titled || (!one_word && has(FIRST_NAMES.all(), ps[start].low)),
                org: extended
                    || org_suffix(ps[end - 1].low)
                    || before.is_some_and(|b| has(ORG_BEFORE, b.low))
                    || after.is_some_and(|a| has(ORG_AFTER, a.low)),
                conditional,
            });
            last = Some((start, end));
            titled = false;
        }
    }
}

/// A word with doubled letters made single, so that "Hilary" meets "Hillary".
fn undouble(word: &str, out: &mut String) {
    out.clear();
    // The last character kept is always the last one read.
    let mut last = None;
    for c in word.chars() {
        if !(c.is_alphabetic() && last == Some(c)) {
            out.push(c);
        }
        last = Some(c);
    }
}

/// Mentions with one key, before aliases are joined.
struct Group<'a> {
    words: Vec<&'a str>,
    mentions: Vec<usize>,
    gazetteer: Option<EntityKind>,
    person: usize,
    org: usize,
}

impl Group<'_> {
    /// The kind the group's own evidence gives it.
    fn kind(&self) -> Option<EntityKind> {
        self.gazetteer.or(if self.org > self.person {
            Some(EntityKind::Organization)
        } else if self.person > 0 {
            Some(EntityKind::Person)
        } else {
            None
        })
    }

    /// An organisation or other name whose words are all distinctive, so
    /// that one of them alone means it ("Cambridge" for "Cambridge Analytica").
    fn distinctive(&self) -> bool {
        self.gazetteer.is_none()
            && self.kind() != Some(EntityKind::Person)
            && self
                .words
                .iter()
                .all(|w| !org_suffix(w) && !has(DEMONYMS, w))
    }
}

fn root(parent: &mut [usize], mut g: usize) -> usize {
    while parent[g] != g {
        parent[g] = parent[parent[g]];
        g = parent[g];
    }
    g
}

/// Finds the entities of every article (headline and body sentences; never
/// boilerplate) and groups them by alias.
pub fn find(articles: &[Article]) -> Vec<Entity> {
    // First pass: cut sentences into pieces and learn which words the corpus
    // writes in lower case and which capitalized mid-sentence.
    let mut lexicon: FastMap<&str, u8> = FastMap::default();
    // Per first byte, the lengths (up to 63) of the lexicon's words: most
    // lower-case words are ruled out below without hashing.
    let mut shapes = [0u64; 128];
    let shape = |w: &str| {
        let first = w.bytes().next().unwrap_or(0) & 127;
        (usize::from(first), 1u64 << w.len().min(63))
    };
    let mut scans = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let text = article.text();
        for (s, sentence) in article.sentences.iter().enumerate() {
            if !matches!(sentence.role, SentenceRole::Headline | SentenceRole::Body) {
                continue;
            }
            let tokens = article.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
            let pieces = pieces(text, tokens);
            let caps = pieces.iter().filter(|p| p.caps).count();
            let strict = (sentence.role == SentenceRole::Headline && is_title_case(text, tokens))
                || (caps >= 2 && caps * 2 >= pieces.len());
            for p in pieces.iter().filter(|p| p.cap) {
                let (first, len) = shape(p.low);
                shapes[first] |= len;
                let bits = lexicon.entry(p.low).or_default();
                if *bits & CLASSED == 0 {
                    *bits |= classify(p.low);
                }
                if !p.caps && !p.initial && !strict {
                    *bits |= CAPS_MID;
                }
            }
            scans.push((a, s, pieces, strict));
        }
    }
    // Only words also written capitalized need to know about lower case.
    for p in scans.iter().flat_map(|s| &s.2).filter(|p| !p.cap) {
        let (first, len) = shape(p.low);
        if shapes[first] & len == 0 {
            continue;
        }
        if let Some(bits) = lexicon.get_mut(p.low) {
            *bits |= LOWER;
        }
    }
    // Second pass: the names of every sentence.
    let mut found = Vec::new();
    for (a, s, mut pieces, strict) in scans {
        for p in pieces.iter_mut().filter(|p| p.cap) {
            p.bits = lexicon.get(p.low).copied().unwrap_or(0);
        }
        let scan = Scan {
            pieces,
            strict,
            lexicon: &lexicon,
        };
        scan.names(a, s, &mut found);
    }
    let inline = |c: &Candidate| {
        articles[c.article]
            .inline_boilerplate
            .iter()
            .any(|m| m.span.overlaps(c.span))
    };
    found.retain(|c| !c.span.is_empty() && !inline(c));
    // "the Journal" is the Wall Street Journal only when the corpus names it.
    let mut named: Vec<&str> = found
        .iter()
        .filter(|c| !c.conditional)
        .filter_map(|c| c.outlet)
        .collect();
    sort::sort(&mut named);
    for c in &mut found {
        if c.conditional && c.outlet.is_some_and(|o| named.binary_search(&o).is_err()) {
            c.outlet = None;
            c.gazetteer = None;
        }
    }
    // Mentions with the same words (case and doubled letters aside) meet;
    // outlets meet on their gazetteer name.
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FastMap<(bool, &str), usize> = FastMap::default();
    for (i, c) in found.iter().enumerate() {
        let key = c.outlet.map_or((false, c.key.as_str()), |o| (true, o));
        let g = *by_key.entry(key).or_insert_with(|| {
            groups.push(Group {
                words: key.1.split(' ').collect(),
                mentions: Vec::new(),
                gazetteer: None,
                person: 0,
                org: 0,
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.mentions.push(i);
        group.gazetteer = group.gazetteer.or(c.gazetteer);
        group.person += usize::from(c.person);
        group.org += usize::from(c.org);
    }
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    // People with one surname and first names sharing a beginning are one
    // person ("Steve Bannon", "Stephen Bannon").
    let is_person: Vec<bool> = groups
        .iter()
        .map(|g| g.words.len() > 1 && g.kind() == Some(EntityKind::Person))
        .collect();
    let mut by_surname: FastMap<&str, Vec<usize>> = FastMap::default();
    for g in (0..groups.len()).filter(|&g| is_person[g]) {
        let words = &groups[g].words;
        let bucket = by_surname.entry(words[words.len() - 1]).or_default();
        let first = &words[0];
        let same = bucket.iter().copied().find(|&h| {
            let other = &groups[h].words[0];
            let common = first
                .chars()
                .zip(other.chars())
                .take_while(|(x, y)| x == y)
                .count();
            common >= 3 || first.starts_with(other) || other.starts_with(first)
        });
        match same {
            Some(h) => parent[g] = h,
            None => bucket.push(g),
        }
    }
    // A lone word joins a person whose first or last name it is, else an
    // organisation it abbreviates, else one it names by a distinctive word;
    // among several, the most mentioned.
    let mut sizes = vec![0; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        let r = root(&mut parent, g);
        sizes[r] += group.mentions.len();
    }
    let mut by_word: FastMap<Cow<str>, Vec<(u8, usize)>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        let words = &group.words;
        if words.len() < 2 {
            continue;
        }
        let rank = if is_person[g] { 0 } else { 2 };
        if rank == 0 || group.distinctive() {
            for w in [&words[0], &words[words.len() - 1]] {
                by_word
                    .entry(Cow::Borrowed(*w))
                    .or_default()
                    .push((rank, g));
            }
        }
        if rank > 0 && group.gazetteer != Some(EntityKind::Place) {
            let initials: String = words
                .iter()
                .filter(|w| !matches!(**w, "the" | "of" | "and"))
                .filter_map(|w| w.chars().next())
                .collect();
            by_word
                .entry(Cow::Owned(initials))
                .or_default()
                .push((1, g));
        }
    }
    for g in 0..groups.len() {
        if groups[g].words.len() != 1 || groups[g].gazetteer.is_some() || parent[g] != g {
            continue;
        }
        let Some(options) = by_word.get(groups[g].words[0]) else {
            continue;
        };
        // Only capitals abbreviate: "CA" may be Cambridge Analytica, "Ca" not.
        let c = &found[groups[g].mentions[0]];
        let shouted = !c
            .span
            .slice(articles[c.article].text())
            .contains(char::is_lowercase);
        let best = options
            .iter()
            .map(|o| o.0)
            .filter(|&r| r != 1 || shouted)
            .min();
        let target = options
            .iter()
            .filter(|o| Some(o.0) == best)
            .map(|o| root(&mut parent, o.1))
            .min_by_key(|&r| (std::cmp::Reverse(sizes[r]), r));
        if let Some(r) = target.filter(|&r| r != g) {
            parent[g] = r;
            sizes[r] += sizes[g];
            // A lone word that joined a person counts as the person, so that
            // a stray organisation cue on it cannot outvote the full name.
            groups[r].person += usize::from(is_person[r]) * groups[g].mentions.len();
        }
    }
    build(articles, &found, &groups, &mut parent)
}

/// The words of a mention as written, white space made single spaces
/// ("Stephen\u{a0}Bannon" is "Stephen Bannon").
fn written(text: &str, span: Span) -> Cow<'_, str> {
    let words = span.slice(text);
    if words.chars().all(|c| c == ' ' || !c.is_whitespace()) && !words.contains("  ") {
        Cow::Borrowed(words)
    } else {
        Cow::Owned(words.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Turns the merged groups into sorted entities.
fn build(
    articles: &[Article],
    found: &[Candidate],
    groups: &[Group],
    parent: &mut [usize],
) -> Vec<Entity> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for g in 0..groups.len() {
        let r = root(parent, g);
        members[r].push(g);
    }
    let mut entities = Vec::new();
    for (r, members) in members.iter().enumerate().filter(|(_, m)| !m.is_empty()) {
        let mut mentions: Vec<usize> = members
            .iter()
            .flat_map(|&g| groups[g].mentions.iter().copied())
            .collect();
        sort::sort_by_key(&mut mentions, |&m| {
            (found[m].article, found[m].span.start, m)
        });
        let sum = |f: fn(&Group) -> usize| members.iter().map(|&g| f(&groups[g])).sum::<usize>();
        let merged = Group {
            words: Vec::new(),
            mentions: Vec::new(),
            gazetteer: members.iter().find_map(|&g| groups[g].gazetteer),
            person: sum(|g| g.person),
            org: sum(|g| g.org),
        };
        let kind = groups[r]
            .gazetteer
            .or(merged.kind())
            .unwrap_or(EntityKind::Other);
        // Written forms in order of first appearance, with their counts.
        let mut forms: Vec<(Cow<str>, usize)> = Vec::new();
        for &m in &mentions {
            let c = &found[m];
            let form = written(articles[c.article].text(), c.span);
            match forms.iter_mut().find(|f| f.0 == form) {
                Some(f) => f.1 += 1,
                None => forms.push((form, 1)),
            }
        }
        let best = (0..forms.len())
            .max_by_key(|&i| {
                let words = forms[i].0.split(' ').count();
                (words, forms[i].1, std::cmp::Reverse(i))
            })
            .unwrap_or(0);
        let name = forms.get(best).map(|f| f.0.to_string()).unwrap_or_default();
        let mut aliases: Vec<String> = forms
            .into_iter()
            .filter(|f| f.0 != name)
            .map(|f| f.0.into_owned())
            .collect();
        sort::sort(&mut aliases);
        let mut per_article = vec![0; articles.len()];
        for &m in &mentions {
            per_article[found[m].article] += 1;
        }
        entities.push(Entity {
            id: 0,
            kind,
            name,
            aliases,
            mentions: mentions
                .iter()
                .map(|&m| EntityMention {
                    article: found[m].article,
                    sentence: found[m].sentence,
                    span: found[m].span,
                })
                .collect(),
            per_article,
        });
    }
    sort::sort_by(&mut entities, |a, b| {
        b.outlet_count()
            .cmp(&a.outlet_count())
            .then(b.mentions.len().cmp(&a.mentions.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Analysis, ArticleSource};

    fn corpus(texts: &[&str]) -> Analysis {
        crate::analysis::test_support::analyze_texts(texts)
    }

    /// Each entity as "kind:Name" followed by "/Alias" for each alias; sorted.
    fn render(entities: &[Entity]) -> Vec<String> {
        let mut out: Vec<String> = entities
            .iter()
            .map(|e| {
                let mut s = format!("{}:{}", e.kind.slug(), e.name);
                for a in &e.aliases {
                    s.push('/');
                    s.push_str(a);
                }
                s
            })
            .collect();
        out.sort();
        out
    }

    /// The entities found in the articles `texts`, against `expected`.
    fn check(texts: &[&str], expected: &[&str]) {
        let got = render(&corpus(texts).entities);
        let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        expected.sort();
        assert_eq!(got, expected, "entities of {texts:?}");
    }

    /// The words every mention covers, in mention order per entity.
    fn mentions(text: &str) -> Vec<String> {
        let a = corpus(&[text]);
        let mut spans: Vec<Span> = a
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span))
            .collect();
        spans.sort();
        spans.iter().map(|s| s.slice(text).to_string()).collect()
    }

    #[test]
    fn sentence_starts_are_names_only_when_known() {
        check(
            &["Nix said the deal was off. Former aides disagreed. \
               However, Alexander Nix spoke to the board. But Nix left."],
            &["person:Alexander Nix/Nix"],
        );
        // An unknown name opening a sentence still counts with its surname.
        check(
            &["Xavier Becerra said no. Speaking later, Becerra repeated it."],
            &["other:Xavier Becerra/Becerra"],
        );
    }

    #[test]
    fn possessives_are_left_out_of_the_span() {
        assert_eq!(
            mentions("Trump’s lawyers met Wikileaks’ editor. Then WikiLeaks's staff met Trump."),
            ["Trump", "Wikileaks", "WikiLeaks", "Trump"]
        );
    }

    #[test]
    fn party_tags_give_places_not_letters() {
        check(
            &["Sen. Ted Cruz (R., Texas) and Rep. Adam Schiff (D-Calif.) argued."],
            &[
                "person:Ted Cruz",
                "person:Adam Schiff",
                "place:Texas",
                "place:Calif",
            ],
        );
    }

    #[test]
    fn hyphenated_names_and_hyphenated_modifiers() {
        check(
            &[
                "Rep. Alexandria Ocasio-Cortez spoke. Then Ocasio-Cortez left. \
               A pro-Trump crowd read Clinton-related emails.",
            ],
            &[
                "person:Alexandria Ocasio-Cortez/Ocasio-Cortez",
                "other:Trump",
                "other:Clinton",
            ],
        );
        assert_eq!(
            mentions("They read Hillary Clinton-related emails."),
            ["Hillary Clinton"]
        );
    }

    #[test]
    fn titles_make_people_and_stay_out_of_the_name() {
        check(
            &[
                "The data firm Cambridge Analytica CEO Alexander Nix met President Trump. \
               Mr. Trump left and the President smiled.",
            ],
            &[
                "organization:Cambridge Analytica",
                "person:Alexander Nix",
                "person:Trump",
            ],
        );
        assert_eq!(mentions("They met Sen. Ted Cruz."), ["Ted Cruz"]);
    }

    #[test]
    fn campaigns_are_organisations_apart_from_their_candidates() {
        check(
            &[
                "The Trump campaign hired the firm. The Trump Campaign’s vendor was paid. \
               The Clinton campaign objected and Donald Trump laughed. Clinton’s aides left.",
            ],
            &[
                "organization:Trump campaign/Trump Campaign",
                "organization:Clinton campaign",
                "person:Donald Trump",
                "other:Clinton",
            ],
        );
    }

    #[test]
    fn outlets_meet_on_their_gazetteer_name() {
        check(
            &[
                "The Wall Street Journal reported it first. CNN followed.",
                "According to the Journal, the WSJ was right, as was The Daily Beast.",
                "It ran in the newspaper and Daily Beast, then in The Hill.",
                "Senator Hill said the hill was steep.",
            ],
            &[
                "outlet:The Wall Street Journal/Journal/WSJ",
                "outlet:The Daily Beast/Daily Beast",
                "outlet:CNN",
                "outlet:The Hill",
                "person:Hill",
            ],
        );
        // Without the full name, "the Journal" is no outlet.
        check(
            &["According to the Journal, it was right."],
            &["other:Journal"],
        );
    }

    #[test]
    fn places_come_from_the_gazetteer() {
        check(
            &["He flew from London to Moscow and then to the U.S. and San Antonio, Texas."],
            &[
                "place:London",
                "place:Moscow",
                "place:U.S.",
                "place:San Antonio",
                "place:Texas",
            ],
        );
    }

    #[test]
    fn shouting_meets_existing_names_and_drops_common_words() {
        check(
            &[
                "WikiLeaks published it and Trump read it. Then a sign said WIKILEAKS LIED \
                 AND TRUMP KNEW IT. The TV ad ran on super PACs.",
            ],
            &["organization:WikiLeaks/WIKILEAKS", "other:Trump/TRUMP"],
        );
    }

    #[test]
    fn months_days_and_nationalities_are_no_entities() {
        check(
            &["Last July, on Thursday, Russian hackers and Republican donors met in May."],
            &[],
        );
    }

    #[test]
    fn multi_word_organisations_and_committees() {
        check(
            &[
                "The House Intelligence Committee and the Democratic National Committee \
               called Julian Assange. The House and Senate Intelligence Committees agreed.",
            ],
            &[
                "organization:House Intelligence Committee",
                "organization:Democratic National Committee",
                "organization:House and Senate Intelligence Committees",
                "person:Julian Assange",
            ],
        );
    }

    #[test]
    fn lone_words_join_names_and_ambiguity_goes_to_the_most_mentioned() {
        check(
            &[
                "Hillary Clinton spoke. Clinton left. Hillary returned. Hilary smiled.",
                "Robert Mercer and Rebekah Mercer met. Robert Mercer paid. Then Mercer smiled.",
                "Steve Bannon spoke and Stephen Bannon wrote. Bannon left.",
                "The firm Cambridge Analytica said no, and Cambridge said it twice.",
            ],
            &[
                "person:Hillary Clinton/Clinton/Hilary/Hillary",
                "person:Robert Mercer/Mercer",
                "person:Rebekah Mercer",
                "person:Steve Bannon/Bannon/Stephen Bannon",
                "organization:Cambridge Analytica/Cambridge",
            ],
        );
    }

    #[test]
    fn acronyms_join_the_name_they_abbreviate() {
        check(
            &["The Democratic National Committee was hacked. The DNC said so."],
            &["organization:Democratic National Committee/DNC"],
        );
    }

    #[test]
    fn title_case_headlines_mark_only_known_names() {
        let text = "Trump’s Data Firm Asked Julian Assange For Clinton Emails\n\n\
                    The data firm that worked for Donald Trump asked Julian Assange for emails \
                    of Hillary Clinton.";
        let mut source = ArticleSource::from_text("A", text);
        source.headline = Some("Trump’s Data Firm Asked Julian Assange For Clinton Emails".into());
        let a = analyze("t", vec![source]);
        assert_eq!(
            a.articles[0].sentences[0].role,
            crate::analysis::SentenceRole::Headline
        );
        assert_eq!(
            render(&a.entities),
            [
                "person:Donald Trump/Trump",
                "person:Hillary Clinton/Clinton",
                "person:Julian Assange",
            ]
        );
    }

    #[test]
    fn entities_are_sorted_and_counted_per_article() {
        let a = corpus(&["Nix met Assange. Later Nix left.", "Assange spoke."]);
        let names: Vec<(&str, usize, Vec<usize>)> = a
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.id, e.per_article.clone()))
            .collect();
        assert_eq!(names, [("Assange", 0, vec![1, 1]), ("Nix", 1, vec![2, 0])]);
        for e in &a.entities {
            assert!(e
                .mentions
                .windows(2)
                .all(|w| (w[0].article, w[0].span.start) < (w[1].article, w[1].span.start)));
        }
    }

    #[test]
    fn bundled_corpus_groups_the_key_names() {
        let a = crate::analysis::corpus::bundled_analysis();
        let find = |name: &str| {
            a.entities
                .iter()
                .find(|e| e.name == name || e.aliases.iter().any(|x| x == name))
                .unwrap_or_else(|| panic!("no entity {name}"))
        };
        let same = |names: &[&str], kind: EntityKind| {
            let e = find(names[0]);
            assert_eq!(e.kind, kind, "{}", e.name);
            for n in names {
                assert_eq!(find(n).id, e.id, "{n} apart from {}", e.name);
            }
        };
        same(&["Alexander Nix", "Nix"], EntityKind::Person);
        same(&["WikiLeaks", "Wikileaks"], EntityKind::Organization);
        same(
            &["Hillary Clinton", "Clinton", "Hillary", "Hilary"],
            EntityKind::Person,
        );
        same(&["Donald Trump", "Trump"], EntityKind::Person);
        same(&["Julian Assange", "Assange"], EntityKind::Person);
        same(
            &["Steve Bannon", "Stephen Bannon", "Bannon"],
            EntityKind::Person,
        );
        same(
            &["Trump campaign", "Trump Campaign"],
            EntityKind::Organization,
        );
        same(
            &["Cambridge Analytica", "Cambridge"],
            EntityKind::Organization,
        );
        same(
            &["The Wall Street Journal", "Wall Street Journal", "Journal"],
            EntityKind::Outlet,
        );
        same(&["The Daily Beast", "Daily Beast"], EntityKind::Outlet);
        same(&["U.S."], EntityKind::Place);
        for junk in [
            "The",
            "But",
            "However",
            "MORE",
            "IMPEACH",
            "TRUMP",
            "PENCE",
            "July",
            "Thursday",
            "CEO",
            "TV",
            "PACs",
            "Russian",
            "Republican",
            "Grant Stern",
            "Diane Rodham",
        ] {
            assert!(
                a.entities
                    .iter()
                    .all(|e| e.name != junk && !e.aliases.iter().any(|x| x == junk)),
                "{junk}"
            );
        }
        // Every mention lies in a headline or body sentence, outside inline
        // boilerplate, and covers exactly the entity's written forms.
        for e in &a.entities {
            assert_eq!(e.per_article.len(), a.articles.len());
            for m in &e.mentions {
                let article = &a.articles[m.article];
                assert!(!article.is_boilerplate_at(m.span), "{}", e.name);
                let form = m
                    .span
                    .slice(article.text())
                    .split_whitespace()
                    .collect::<Vec<_>>();
                let form = form.join(" ");
                assert!(form == e.name || e.aliases.contains(&form), "{form}");
            }
        }
    }

    #[test]
    fn gazetteers_are_sorted_for_binary_search() {
        for list in [
            FIRST_NAMES.all(),
            PLACES.all(),
            ORGS.all(),
            TITLES,
            NOT_NAMES.all(),
            DEMONYMS,
            ORG_SUFFIXES.all(),
            ORG_BEFORE,
            ORG_AFTER,
            OF_HEADS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", &list[..3]);
        }
        assert!(OUTLETS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn never_panics_and_spans_lie_on_char_boundaries() {
        let alphabet = "aZ Nix’s-–—.(,)“”\"'\n\u{a0}Éé漢🙂 U.S. Sen. The WIKILEAKS Hill of and";
        let strings =
            crate::analysis::test_support::random_strings(alphabet, 0x2545_F491_4F6C_DD1D, 300, 80);
        let a = corpus(&strings.iter().map(String::as_str).collect::<Vec<_>>());
        for e in &a.entities {
            assert!(!e.name.is_empty());
            for m in &e.mentions {
                let text = a.articles[m.article].text();
                assert!(m.span.start < m.span.end && text.get(m.span.start..m.span.end).is_some());
            }
        }
        assert_eq!(find(&a.articles), a.entities, "deterministic");
    }
}
