//! Boilerplate detection: which sentences of a scraped article are not the
//! outlet's reporting, and why.
//!
//! This module is responsible for telling the story's sentences apart from
//! everything a scrape drags along: membership pitches, calls to action,
//! bylines and bios, mastheads, CMS furniture, photo credits, a repeated
//! headline, and related-link widget text glued into a real sentence. It also
//! finds the headline. Every rule is about the shape of the text (position,
//! line structure, typical wording), never about one outlet's literal strings,
//! and every flag carries the rule that fired so the page can explain it.
//!
//! | Reason | Rule |
//! |---|---|
//! | `membership-pitch` | A salutation to readers ("Dear Reader,") starts a pitch that runs through the paragraph asking them to become members, subscribe or donate (at most six paragraphs later); or a paragraph dense in we/our/us plus reader and membership/support words. |
//! | `call-to-action` | A sentence opening with an imperative ask ("Add your name", "Sign the petition", "Please share", "Click here", "Sign up", "Join us", "Follow us"); a slogan of two or more all-caps words ending in "!"; a short standalone question to "you" in the last three paragraphs. Quoted speech is never a call to action. |
//! | `reader-note` | A paragraph opening with "Note to (our) readers:", "Editor's note:" and the like (the whole paragraph). |
//! | `byline` | A "By <Name>" line; a short "by" line holding only a date; a short line of staff-title words ("Editor at Large") near the end or next to a name line; a 2–3 word name line next to such a role line, before a bio of that name, or closing the text. |
//! | `author-bio` | A sentence "<byline name> is/was/has ...", or a "<Name> is a ..." sentence with a journalism job word opening one of the last three paragraphs with no story sentence after it; the rest of its paragraph too. |
//! | `masthead` | A "Masthead" heading line; a run of three or more short lines ending in ":" (staff roles); a paragraph of three or more short lines without sentence punctuation before or after the article body (navigation). |
//! | `site-furniture` | CMS lines: "Published in <Section>", "Rate this item", "(N votes)", "Read more", "Last modified on <date>" and other date stamps, "Tags:", "Share this:", "Related:", share-button lines, a standalone "Comments". |
//! | `photo-credit` | A sentence opening with "Photo by", "Photo:", "Image:", "Featured image via" and the like, or holding or ending in an agency credit ("(Getty Images)", "/AP Images", "Jane Doe/AP"); the captions in a paragraph of at most three sentences with such a credit. |
//! | `repeated-headline` | A later sentence or paragraph equal to the headline (case, quotes and spacing folded). |
//! | `related-links` | Inline: from a camel-case join ("ClintonHillary", both sides at least three letters) to a standalone "MORE" at most 300 bytes later. |
//!
//! The headline is the first sentence or paragraph equal to the caller's hint
//! (folded the same way). Without a hint, or when the hint is not found, it is
//! the first sentence before the body that is a whole single-line paragraph of
//! 2 to 25 words without closing period and not itself boilerplate.
//!
//! When several rules match a sentence, the first in this order wins: note to
//! readers, membership pitch after a salutation, photo credit, CMS furniture,
//! masthead headings and staff roles, byline, author bio, navigation blocks,
//! comments link, call to action, dense membership pitch. A repeated headline
//! overrides them all.

use super::quantities::month_of;
use super::words::Words;
use std::cell::OnceCell;
use std::collections::HashMap;

use super::terms::FastMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

use super::segment::Segmentation;
use super::span::Span;
use super::tokens::{self, Token};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BoilerplateReason {
    MembershipPitch,
    CallToAction,
    ReaderNote,
    AuthorBio,
    Byline,
    Masthead,
    SiteFurniture,
    PhotoCredit,
    RepeatedHeadline,
    RelatedLinks,
}

impl BoilerplateReason {
    pub const ALL: [BoilerplateReason; 10] = [
        BoilerplateReason::MembershipPitch,
        BoilerplateReason::CallToAction,
        BoilerplateReason::ReaderNote,
        BoilerplateReason::AuthorBio,
        BoilerplateReason::Byline,
        BoilerplateReason::Masthead,
        BoilerplateReason::SiteFurniture,
        BoilerplateReason::PhotoCredit,
        BoilerplateReason::RepeatedHeadline,
        BoilerplateReason::RelatedLinks,
    ];

    /// Stable identifier used in CSS, JSON and tests.
    pub fn slug(self) -> &'static str {
        match self {
            BoilerplateReason::MembershipPitch => "membership-pitch",
            BoilerplateReason::CallToAction => "call-to-action",
            BoilerplateReason::ReaderNote => "reader-note",
            BoilerplateReason::AuthorBio => "author-bio",
            BoilerplateReason::Byline => "byline",
            BoilerplateReason::Masthead => "masthead",
            BoilerplateReason::SiteFurniture => "site-furniture",
            BoilerplateReason::PhotoCredit => "photo-credit",
            BoilerplateReason::RepeatedHeadline => "repeated-headline",
            BoilerplateReason::RelatedLinks => "related-links",
        }
    }

    /// Short label shown on the page next to the dimmed text.
    pub fn label(self) -> &'static str {
        match self {
            BoilerplateReason::MembershipPitch => "membership pitch",
            BoilerplateReason::CallToAction => "call to action",
            BoilerplateReason::ReaderNote => "note to readers",
            BoilerplateReason::AuthorBio => "author bio",
            BoilerplateReason::Byline => "byline",
            BoilerplateReason::Masthead => "masthead / staff list",
            BoilerplateReason::SiteFurniture => "site furniture",
            BoilerplateReason::PhotoCredit => "photo caption / credit",
            BoilerplateReason::RepeatedHeadline => "repeated headline",
            BoilerplateReason::RelatedLinks => "related-link text",
        }
    }
}

/// One stretch of boilerplate: why it was flagged and by which rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoilerplateMark {
    pub span: Span,
    pub reason: BoilerplateReason,
    /// A sentence naming the rule that fired, for the tooltip and the JSON.
    pub rule: &'static str,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoilerplateReport {
    /// Index of the sentence that is the article's headline, if found.
    pub headline: Option<usize>,
    /// One entry per sentence of the segmentation: `Some` when the whole
    /// sentence is boilerplate.
    pub sentences: Vec<Option<BoilerplateMark>>,
    /// Boilerplate found inside otherwise real sentences (e.g. related-link
    /// text glued into a sentence). Sorted by span start, non-overlapping.
    pub inline: Vec<BoilerplateMark>,
}

/// Flags the boilerplate in an article. `headline_hint` is the headline the
/// caller knows from elsewhere (a manifest or an import form), if any.
pub fn detect(text: &str, seg: &Segmentation, headline_hint: Option<&str>) -> BoilerplateReport {
    let mut all = Vec::new();
    let sentences: Vec<Range<usize>> = seg
        .sentences
        .iter()
        .map(|s| {
            let from = all.len();
            tokens::tokenize(text, s.span, &mut all);
            from..all.len()
        })
        .collect();
    detect_in(text, seg, headline_hint, &all, &sentences)
}

/// `detect`, given the tokens of every sentence (`tokenize` of its span)
/// and each sentence's range of them, so the caller can keep them.
pub(crate) fn detect_in(
    text: &str,
    seg: &Segmentation,
    headline_hint: Option<&str>,
    tokens: &[Token],
    sentences: &[Range<usize>],
) -> BoilerplateReport {
    let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let doc = Doc::new(text, seg, &norms, sentences);
    let hint = headline_hint.map(fold).filter(|h| !h.is_empty());
    let mut marks = Marks::new(seg.sentences.len());
    let mut headline = hint.as_deref().and_then(|h| doc.find_headline(h));
    marks.protected = headline;

    reader_notes(&doc, &mut marks);
    salutation_pitches(&doc, &mut marks);
    photo_credits(&doc, &mut marks);
    site_furniture(&doc, &mut marks);
    masthead_lines(&doc, &mut marks);
    let names = bylines(&doc, &mut marks);
    author_bios(&doc, &names, &mut marks);
    navigation_blocks(&doc, &mut marks);
    comment_links(&doc, &mut marks);
    calls_to_action(&doc, &mut marks);
    dense_pitches(&doc, &mut marks);

    if headline.is_none() {
        headline = doc.guess_headline(&marks);
    }
    if let Some(h) = headline {
        repeated_headlines(&doc, h, hint.as_deref(), &mut marks);
    }
    BoilerplateReport {
        headline,
        sentences: marks.marks,
        inline: related_links(text, seg),
    }
}

// ---------------------------------------------------------------------------
// The rules' explanations, shown in tooltips and exported in the JSON.

const RULE_READER_NOTE: &str =
    "Opens with a note addressed to readers (\"Note to readers:\"), so the whole paragraph is the outlet talking.";
const RULE_PITCH_SALUTATION: &str =
    "Starts with a salutation to readers and asks them to become members.";
const RULE_PITCH_DENSE: &str =
    "Speaks for the outlet (we, our, us) to readers about membership, support or subscriptions.";
const RULE_CTA_IMPERATIVE: &str =
    "Asks the reader to act (add a name, sign, share, click, join or follow).";
const RULE_CTA_SLOGAN: &str = "Is a slogan of all-caps words ending in an exclamation mark.";
const RULE_CTA_QUESTION: &str = "Is a short question to the reader at the end of the page.";
const RULE_BYLINE_BY: &str = "Is a \"By <name>\" credit line.";
const RULE_BYLINE_DATE: &str = "Is a short \"by\" line that holds only a date.";
const RULE_BYLINE_ROLE: &str = "Is a short line of staff-title words, such as a writer's title.";
const RULE_BYLINE_NAME: &str = "Is a short name line standing next to the author's title or bio.";
const RULE_BIO_NAMED: &str = "Describes the author named in the byline (\"<Name> is a ...\").";
const RULE_BIO_UNNAMED: &str =
    "Describes a writer (\"<Name> is a ... writer\") after the last paragraph of the story.";
const RULE_MASTHEAD_HEADING: &str = "Is a masthead or staff-page heading.";
const RULE_MASTHEAD_ROLES: &str = "Is one of a run of short staff-role lines ending in colons.";
const RULE_MASTHEAD_BLOCK: &str =
    "Is one of three or more short lines without sentence punctuation outside the story (navigation or masthead).";
const RULE_FURNITURE_SECTION: &str = "Is a CMS section label (\"Published in <section>\").";
const RULE_FURNITURE_RATING: &str = "Is a rating widget (\"Rate this item\", vote counts).";
const RULE_FURNITURE_READ_MORE: &str = "Is a \"Read more\" link label.";
const RULE_FURNITURE_DATE: &str = "Is a last-modified or publication date stamp.";
const RULE_FURNITURE_LABEL: &str = "Is a tag, share, related-links or advertising label.";
const RULE_FURNITURE_SHARE: &str = "Is a row of share buttons.";
const RULE_FURNITURE_COMMENTS: &str = "Is a standalone comments link.";
const RULE_PHOTO_CREDIT: &str =
    "Credits a photo or image (\"Photo by\", \"Image via\", agency credit).";
const RULE_PHOTO_CAPTION: &str =
    "Is a photo caption in the same short paragraph as a photo credit.";
const RULE_REPEATED_HEADLINE: &str = "Repeats the headline.";
const RULE_RELATED_LINKS: &str =
    "Is related-link widget text glued into the sentence (a name run into another name, ending in \"MORE\").";

// ---------------------------------------------------------------------------
// Thresholds.

/// Paragraphs counted as "near the end" for bylines and role lines.
const TAIL_PARAGRAPHS: usize = 6;
/// Paragraphs counted as "the last paragraphs" for reader questions and bios.
const LAST_PARAGRAPHS: usize = 3;
/// How far after its salutation a membership pitch may run, in paragraphs.
const PITCH_MAX_PARAGRAPHS: usize = 6;
/// A sentence of at least this many words ending in sentence punctuation is
/// prose; the story's body runs from the first to the last paragraph of prose.
const PROSE_MIN_WORDS: usize = 8;
/// The longest line that still counts as a navigation or masthead line.
const NAV_MAX_WORDS: usize = 6;
/// How far after a camel-case join the "MORE" of a related-links widget may
/// be, in bytes; widgets list three or four short headlines.
const RELATED_WINDOW_BYTES: usize = 300;

// ---------------------------------------------------------------------------
// Word lists, compiled into the binary once.

static NOTE_OPENERS: &[&str] = &[
    "note to readers",
    "note to our readers",
    "a note to readers",
    "a note to our readers",
    "note for readers",
    "note to subscribers",
    "note to our subscribers",
    "editor's note",
    "editors' note",
    "editor note",
    "a note from the editor",
    "note from the editor",
    "programming note",
    "housekeeping note",
    "a message to our readers",
    "a message to readers",
];

/// Words that make "Dear ..." a salutation to an outlet's audience rather than
/// the opening of a quoted letter ("Dear Mr. President").
static SALUTEES: &[&str] = &[
    "reader",
    "readers",
    "friend",
    "friends",
    "supporter",
    "supporters",
    "subscriber",
    "subscribers",
    "member",
    "members",
    "visitor",
    "visitors",
    "patron",
    "patrons",
    "listener",
    "listeners",
    "viewer",
    "viewers",
    "folks",
];

/// Token sequences that ask for membership, money or sign-up.
static CALL_PHRASES: &[&[&str]] = &[
    &["become", "a", "member"],
    &["become", "members"],
    &["become", "a", "subscriber"],
    &["become", "subscribers"],
    &["become", "a", "supporter"],
    &["become", "a", "patron"],
    &["subscribe"],
    &["donate"],
    &["make", "a", "donation"],
    &["make", "a", "contribution"],
    &["contribute"],
    &["support", "us"],
    &["support", "our", "work"],
    &["support", "our", "journalism"],
    &["join", "us"],
    &["join", "today"],
    &["join", "now"],
    &["sign", "up"],
    &["chip", "in"],
];
/// Words that turn a mention of membership into an ask to the reader.
static DIRECT_WORDS: &[&str] = &["you", "your", "please", "today", "now"];
static CALL_VERBS: &[&str] = &[
    "become",
    "subscribe",
    "donate",
    "make",
    "contribute",
    "support",
    "join",
    "sign",
    "chip",
    "help",
    "give",
];

static FIRST_PERSON_PLURAL: &[&str] = &[
    "we",
    "our",
    "us",
    "ours",
    "ourselves",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "let's",
];
static READER_WORDS: &[&str] = &["you", "your", "yours", "reader", "readers"];
static PITCH_WORDS: &[&str] = &[
    "member",
    "members",
    "membership",
    "memberships",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "subscriptions",
    "donate",
    "donation",
    "donations",
    "support",
    "supporter",
    "supporters",
    "journalism",
    "independent",
    "independence",
    "paywall",
    "ad-free",
    "premium",
    "contribute",
    "reader-funded",
    "reader-supported",
];

const ON_FIRST_PERSON_PLURAL: u8 = 1;
const ON_READER_WORDS: u8 = 2;
const ON_PITCH_WORDS: u8 = 4;

/// Every word of `FIRST_PERSON_PLURAL`, `READER_WORDS` and `PITCH_WORDS`, with
/// the lists it is on as `ON_*` flags. The dense-pitch rule looks at every
/// token of the article, and one lookup here replaces a scan of all three
/// lists.
static PITCH_VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::new(&[
        (FIRST_PERSON_PLURAL, ON_FIRST_PERSON_PLURAL),
        (READER_WORDS, ON_READER_WORDS),
        (PITCH_WORDS, ON_PITCH_WORDS),
    ])
});

/// Word lists merged for looking up normalized tokens: each word maps to the
/// flags of the lists it is on.
struct Vocabulary {
    lists: HashMap<&'static str, u8, BuildHasherDefault<WordHasher>>,
    /// For each ASCII first byte, bit `n` is set when a word of `n` bytes
    /// (bit 31: 31 or more) starts with it. Most tokens of a text have a
    /// first letter and length that no listed word has, and this rules them
    /// out without hashing.
    shapes: [u32; 128],
}

impl Vocabulary {
    fn new(lists: &[(&[&'static str], u8)]) -> Self {
        let mut vocabulary = Vocabulary {
            lists: HashMap::default(),
            shapes: [0; 128],
        };
        for &(words, flag) in lists {
            for &word in words {
                *vocabulary.lists.entry(word).or_default() |= flag;
                if let Some(shape) = first_byte(word).and_then(|b| vocabulary.shapes.get_mut(b)) {
                    *shape |= length_bit(word);
                }
            }
        }
        vocabulary
    }

    /// Whether `norm` is on any of the lists.
    fn contains(&self, norm: &str) -> bool {
        self.lists_of(norm) != 0
    }

    /// The flags of the lists that `norm` is on.
    fn lists_of(&self, norm: &str) -> u8 {
        // Words that start with a non-ASCII byte have no shape and are
        // always looked up.
        if let Some(shape) = first_byte(norm).and_then(|b| self.shapes.get(b)) {
            if shape & length_bit(norm) == 0 {
                return 0;
            }
        }
        self.lists.get(norm).copied().unwrap_or(0)
    }
}

/// The first byte of `word`, as an index into `Vocabulary::shapes`.
fn first_byte(word: &str) -> Option<usize> {
    word.as_bytes().first().map(|&b| usize::from(b))
}

/// The bit of `Vocabulary::shapes` for the length of `word`.
fn length_bit(word: &str) -> u32 {
    1 << word.len().min(31)
}

/// FxHash-style hashing for `Vocabulary`: much faster than the default SipHash
/// on short words. The maps hold only the fixed words of this file, so there
/// is no flooding to defend against.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, then the rest packed into one more word.
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*chunk));
            rest = tail;
        }
        let tail = rest
            .iter()
            .rev()
            .fold(0, |word, &b| (word << 8) | u64::from(b));
        self.add(tail);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Openings of an imperative ask to the reader.
static CTA_OPENERS: Words = Words::new(
    "add your name|add your voice|sign the petition|sign our petition|\
     sign this petition|sign up|please share|please sign|please donate|\
     please support|please follow|please like|please subscribe|\
     please consider|share this|share our|share/tweet|share on|tweet this|\
     click here|click the link|click below|join us|join our|\
     join the conversation|follow us|like us on|subscribe to|subscribe now|\
     subscribe today|donate now|donate today|chip in|\
     tell us what you think|let us know|leave a comment|leave your comment|\
     sound off|tell congress",
);

static CREDIT_OPENERS: Words = Words::new(
    "photo by|photo:|photos:|photo credit|photo courtesy|photo via|\
     photograph:|photograph by|photographs by|photography:|photography by|\
     image:|images:|image by|image via|image credit|image courtesy|\
     image source|featured image|feature image|header image|top image|\
     lead image|picture:|pictured:|credit:|credits:|caption:|\
     photo illustration|illustration:|illustration by|screenshot:|\
     screenshot via|(photo:|(photo by|(photo credit|(photo via|(photos:|\
     (image:|(image by|(image via|(image credit|(credit:|(ap photo|(getty|\
     (screenshot",
);
/// Agency credits that end a credit line ("Jane Doe/AP", "... AP Images").
static CREDIT_ENDINGS: &[&str] = &[
    "/ap",
    "/ap)",
    "ap images",
    "ap images)",
    "/getty images)",
    "/reuters)",
    "/afp)",
];
/// Agency credits that mark a caption wherever they stand in the sentence.
/// Wire datelines such as "WASHINGTON (Reuters) -" are deliberately absent:
/// they open real stories.
static CREDIT_MARKERS: &[&str] = &[
    "photo by:",
    "(photo by",
    "(photo:",
    "(photo credit",
    "(image:",
    "(image via",
    "(image credit",
    "(getty images)",
    "(ap photo",
    "(ap images",
    "(shutterstock)",
    "/getty images",
    "getty images/",
    "via getty images",
    "/ap images",
    "/ap photo",
    "ap photo/",
    "/afp",
    "/reuters",
    "/shutterstock",
];

static SECTION_OPENERS: &[&str] = &["published in", "posted in", "filed in"];
static RATING_LINES: &[&str] = &[
    "rate this item",
    "rate this article",
    "rate this post",
    "rate this story",
    "rate this",
];
static COUNT_WORDS: &[&str] = &["vote", "votes", "rating", "ratings"];
static READ_MORE_OPENERS: &[&str] = &[
    "read more",
    "continue reading",
    "read the full story",
    "read the full article",
    "read full article",
    "read full story",
];
static DATE_STAMP_OPENERS: &[&str] = &[
    "last modified",
    "last updated",
    "updated:",
    "updated on",
    "updated at",
    "published:",
    "published on",
    "posted on",
    "posted:",
    "first published",
    "originally published",
    "modified:",
    "date:",
];
static LABEL_OPENERS: Words = Words::new(
    "tags:|tagged:|tagged with:|filed under:|categories:|category:|topics:|\
     keywords:|share this:|share this article|share this story|\
     share this post|share on facebook|share on twitter|related:|\
     related articles|related stories|related posts|related coverage|\
     related content|related links|see also:|more from|more stories|\
     you may also like|you might also like|recommended for you|\
     trending now|most popular|most read|advertisement|sponsored content|\
     skip to content|back to top|print this|email this",
);
static SHARE_BUTTONS: &[&str] = &[
    "share",
    "print",
    "email",
    "e-mail",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "flipboard",
    "copy",
    "link",
    "x",
];
static COMMENT_LINES: &[&str] = &[
    "comments",
    "comment",
    "view comments",
    "show comments",
    "leave a comment",
    "add a comment",
    "post a comment",
    "join the discussion",
    "discussion",
];

static MASTHEAD_LINES: &[&str] = &[
    "masthead",
    "staff directory",
    "our staff",
    "our team",
    "meet the team",
    "about us",
    "contact us",
];

/// Words besides months and numbers that appear in a date stamp.
static DATE_WORDS: Words = Words::new(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|\
     wed|thu|thur|thurs|fri|sat|sun|at|on|am|pm|a.m.|p.m.|et|est|edt|ct|\
     cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|of|th|st|nd|rd",
);

/// Head words of a staff title; a role line needs one of them.
static ROLE_HEADS: Words = Words::new(
    "editor|editors|writer|writers|reporter|reporters|correspondent|\
     correspondents|contributor|contributors|columnist|columnists|staff|\
     journalist|journalists|photographer|producer|analyst|blogger|author|\
     intern|publisher|founder|anchor|host|critic|fellow|newswriter|\
     cartoonist|commentator|researcher",
);
/// Words that may qualify a staff title ("Senior White House Correspondent").
static ROLE_MODIFIERS: Words = Words::new(
    "senior|chief|at|large|in|of|the|and|for|contributing|associate|\
     managing|executive|deputy|assistant|political|national|international|\
     foreign|investigative|freelance|special|white|house|congressional|\
     news|digital|social|media|science|health|tech|technology|business|\
     sports|opinion|editorial|features|local|metro|breaking|desk|bureau|\
     guest|lead|general|assignment|data|visual|video|audio|podcast|copy|\
     web|online|world|economics|legal|affairs|culture|investigations|\
     courts|climate|politics|election|elections|campaign|capitol|hill|\
     washington|global|economy|finance|markets|security|defense|justice|co|\
     staff",
);
/// Capitalized words that never make a name line ("Latest News", "Read More").
static NOT_NAME_WORDS: Words = Words::new(
    "the|a|an|of|in|on|at|for|and|to|by|with|from|or|latest|more|read|\
     comments|comment|home|news|share|related|tags|top|most|popular|\
     trending|menu|search|about|contact|sign|log|subscribe|advertisement|\
     masthead|breaking|live|video|photos|opinion|politics|editor|staff|\
     writer|reporter|this|that|our|your|my|thank|thanks|you|we|it|is|are|\
     not|no|yes|all|monday|tuesday|wednesday|thursday|friday|saturday|\
     sunday|january|february|march|july|september|october|november|\
     december|today|yesterday",
);
/// Verbs that follow the author's name at the start of a bio.
static BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "writes",
    "covers",
    "reports",
    "joined",
    "lives",
    "previously",
    "holds",
    "teaches",
    "serves",
    "worked",
    "works",
    "began",
    "received",
    "earned",
    "edits",
];
/// `BIO_VERBS` for fast lookups: every sentence is checked for a bio, twice.
static BIO_VERB_LOOKUP: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::new(&[(BIO_VERBS, 1)]));

/// Job words that make "<Name> is a ..." a writer's bio.
static BIO_WORDS: &[&str] = &[
    "writer",
    "editor",
    "journalist",
    "reporter",
    "columnist",
    "author",
    "correspondent",
    "contributor",
    "blogger",
    "broadcaster",
    "podcaster",
    "host",
    "freelance",
    "freelancer",
];

// ---------------------------------------------------------------------------
// The article as the rules see it.

/// One sentence with the views of it the rules need.
struct Sent<'a> {
    raw: &'a str,
    para: usize,
    /// Lower case, quotes and dashes folded, white space collapsed.
    folded: String,
    /// White-space separated words with outer punctuation stripped, built on
    /// first use (see `Sent::words`).
    words: OnceCell<Vec<&'a str>>,
    /// Normalized word and number tokens.
    norms: &'a [&'a str],
    /// The sentence is a whole line of the source.
    is_line: bool,
    /// The sentence ends in `.`, `!`, `?` or `…` (closing quotes aside).
    terminal: bool,
}

impl<'a> Sent<'a> {
    /// The words of the sentence. Most rules look at the words of short lines
    /// only, so they are split when first asked for rather than for every
    /// sentence of the article.
    fn words(&self) -> &[&'a str] {
        self.words.get_or_init(|| {
            let mut words = Vec::with_capacity(self.raw.len() / 4 + 1);
            for_each_word(self.raw, |word| {
                words.push(word);
                true
            });
            words
        })
    }

    /// The number of words, or `cap` when there are more: enough to compare
    /// with a threshold below `cap` without splitting a long sentence.
    fn word_count_up_to(&self, cap: usize) -> usize {
        if let Some(words) = self.words.get() {
            return words.len().min(cap);
        }
        let mut count = 0;
        if cap > 0 {
            for_each_word(self.raw, |_| {
                count += 1;
                count < cap
            });
        }
        count
    }
}

struct Para {
    first: usize,
    count: usize,
    /// A single line holding a single sentence.
    single_line: bool,
}

/// Stands in for a paragraph index that does not exist.
const NO_PARAGRAPH: Para = Para {
    first: usize::MAX,
    count: 0,
    single_line: false,
};

struct Doc<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    sents: Vec<Sent<'a>>,
    paras: Vec<Para>,
    /// The first and last paragraphs holding prose; `None` without prose.
    body: Option<(usize, usize)>,
}

impl<'a> Doc<'a> {
    /// `norms` are the normalized tokens of all sentences, and
    /// `sentence_norms` each sentence's range of them (see `NormText`).
    fn new(
        text: &'a str,
        seg: &'a Segmentation,
        norms: &'a [&'a str],
        sentence_norms: &[Range<usize>],
    ) -> Self {
        let spans = &seg.sentences;
        let breaks_line = |from: usize, to: usize| {
            text.get(from..to)
                .is_some_and(|gap| gap.contains(['\n', '\r', '\u{2028}']))
        };
        let mut sents = Vec::with_capacity(spans.len());
        for (i, s) in spans.iter().enumerate() {
            let raw = s.span.slice(text);
            let prev = i.checked_sub(1).and_then(|p| spans.get(p));
            let next = spans.get(i + 1);
            let starts_line = match prev {
                Some(p) if p.paragraph == s.paragraph => breaks_line(p.span.end, s.span.start),
                _ => true,
            };
            let ends_line = match next {
                Some(n) if n.paragraph == s.paragraph => breaks_line(s.span.end, n.span.start),
                _ => true,
            };
            let core = raw.trim_end_matches(is_closer);
            sents.push(Sent {
                raw,
                para: s.paragraph,
                folded: fold(raw),
                words: OnceCell::new(),
                norms: sentence_norms
                    .get(i)
                    .and_then(|range| norms.get(range.clone()))
                    .unwrap_or_default(),
                is_line: starts_line && ends_line && !raw.contains('\n'),
                terminal: core.ends_with(['.', '!', '?', '…']),
            });
        }
        let paras: Vec<Para> = seg
            .paragraphs
            .iter()
            .map(|p| Para {
                first: p.first_sentence,
                count: p.sentence_count,
                single_line: p.sentence_count == 1 && !has_line_break(p.span.slice(text)),
            })
            .collect();
        let prose = |p: &Para| {
            sents
                .get(p.first..p.first.saturating_add(p.count))
                .is_some_and(|ss| ss.iter().any(is_prose))
        };
        let first = paras.iter().position(prose);
        let last = paras.iter().rposition(prose);
        Doc {
            text,
            seg,
            body: first.zip(last),
            sents,
            paras,
        }
    }

    /// The sentence indices of paragraph `p`, clamped to the sentences that
    /// exist so that a Segmentation from another text cannot cause a panic.
    fn para_sentences(&self, p: usize) -> std::ops::Range<usize> {
        let n = self.sents.len();
        self.paras.get(p).map_or(0..0, |p| {
            p.first.min(n)..p.first.saturating_add(p.count).min(n)
        })
    }

    fn para(&self, p: usize) -> &Para {
        self.paras.get(p).unwrap_or(&NO_PARAGRAPH)
    }

    fn near_end(&self, p: usize, paragraphs: usize) -> bool {
        p.saturating_add(paragraphs) >= self.paras.len()
    }

    /// Before the first or after the last paragraph of prose.
    fn outside_body(&self, p: usize) -> bool {
        self.body.is_none_or(|(first, last)| p < first || p > last)
    }

    fn para_text(&self, p: usize) -> &'a str {
        self.seg
            .paragraphs
            .get(p)
            .map_or("", |para| para.span.slice(self.text))
    }

    /// The first sentence, or the first sentence of the first paragraph,
    /// equal to the (folded) hint, whichever comes first.
    fn find_headline(&self, hint: &str) -> Option<usize> {
        let key = headline_key(hint);
        let by_sentence = self
            .sents
            .iter()
            .position(|s| headline_key(&s.folded) == key);
        let by_para = (0..self.paras.len())
            .find(|&p| folds_to_key(self.para_text(p), key))
            .map(|p| self.paras[p].first)
            .filter(|&i| i < self.sents.len());
        match (by_sentence, by_para) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The first short single-line paragraph before the body that is not
    /// boilerplate and does not read like a sentence of prose.
    fn guess_headline(&self, marks: &Marks) -> Option<usize> {
        let before = self.body.map_or(LAST_PARAGRAPHS, |(first, _)| first);
        (0..before.min(self.paras.len()))
            .filter(|&p| self.paras[p].single_line)
            .map(|p| self.paras[p].first)
            .find(|&i| {
                self.sents.get(i).is_some_and(|s| {
                    !marks.is_marked(i)
                        && (2..=25).contains(&s.word_count_up_to(26))
                        && !s.raw.ends_with(['.', ':', ',', ';'])
                })
            })
    }
}

/// The marks being collected, one slot per sentence. The first rule to mark a
/// sentence wins, and the headline is never marked.
struct Marks {
    marks: Vec<Option<BoilerplateMark>>,
    protected: Option<usize>,
}

impl Marks {
    fn new(len: usize) -> Self {
        Marks {
            marks: vec![None; len],
            protected: None,
        }
    }

    fn is_marked(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(Option::is_some)
    }

    fn set(&mut self, doc: &Doc, i: usize, reason: BoilerplateReason, rule: &'static str) {
        if self.protected == Some(i) || self.is_marked(i) {
            return;
        }
        if let (Some(slot), Some(s)) = (self.marks.get_mut(i), doc.seg.sentences.get(i)) {
            *slot = Some(BoilerplateMark {
                span: s.span,
                reason,
                rule,
            });
        }
    }

    fn set_range(
        &mut self,
        doc: &Doc,
        range: std::ops::Range<usize>,
        reason: BoilerplateReason,
        rule: &'static str,
    ) {
        for i in range {
            self.set(doc, i, reason, rule);
        }
    }
}

// ---------------------------------------------------------------------------
// Text helpers.

/// One char of `fold`: typographic apostrophes, quotes and dashes as their
/// ASCII forms; invisible joiners and the byte-order mark dropped (`None`).
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => return None,
        c => c,
    })
}

/// Folds text for comparison: lower case, curly quotes and typographic dashes
/// made plain, invisible characters dropped, white space collapsed.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, usize::MAX, |piece| {
        match piece {
            Folded::Plain(run) => {
                let start = out.len();
                out.push_str(run);
                out[start..].make_ascii_lowercase();
            }
            Folded::Char(c) => out.push(c),
        }
        true
    });
    out
}

/// A piece of folded text, as `fold_each` hands it out.
enum Folded<'a> {
    /// A run of printable ASCII (see `plain_run`) whose folded form is its
    /// ASCII lower case.
    Plain(&'a str),
    Char(char),
}

/// The folding of `fold` piece by piece: calls `emit` with each piece of the
/// folded text, in order, and stops as soon as `emit` returns false. Returns
/// whether it got to the end. Plain runs are cut after about `max_run` bytes
/// (see `plain_run`).
fn fold_each<'a>(s: &'a str, max_run: usize, mut emit: impl FnMut(Folded<'a>) -> bool) -> bool {
    let bytes = s.as_bytes();
    let mut started = false;
    let mut space = false;
    // `i` steps over whole chars and runs, so it is always a char boundary.
    let mut i = 0;
    while i < bytes.len() {
        let run = plain_run(&bytes[i..], max_run);
        if run > 0 {
            if space && !emit(Folded::Char(' ')) {
                return false;
            }
            space = false;
            started = true;
            if !emit(Folded::Plain(s.get(i..i + run).unwrap_or_default())) {
                return false;
            }
            i += run;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        let Some(c) = fold_char(c) else {
            continue;
        };
        if c.is_whitespace() {
            space = started;
            continue;
        }
        if space && !emit(Folded::Char(' ')) {
            return false;
        }
        space = false;
        started = true;
        for lower in c.to_lowercase() {
            if !emit(Folded::Char(lower)) {
                return false;
            }
        }
    }
    true
}

/// The length of the run of plain ASCII that `bytes` starts with: printable
/// chars other than '`', and single spaces between them. Folding leaves such
/// a run as it is, but for case, so it is handled in one piece; most prose
/// breaks a run only at a curly quote or a line break. Only the first
/// `max_run` bytes are looked at.
fn plain_run(bytes: &[u8], max_run: usize) -> usize {
    let bytes = bytes.get(..max_run).unwrap_or(bytes);
    if bytes.first() == Some(&b' ') {
        return 0;
    }
    // Two simple scans rather than one that tells spaces apart: spaces come
    // at unpredictable places, and a mispredicted branch per word would cost
    // more than the scans.
    let plain_or_space = |b: &u8| (b' '..=0x7F).contains(b) && *b != b'`';
    let stretch = bytes
        .iter()
        .position(|b| !plain_or_space(b))
        .map_or(bytes, |end| &bytes[..end]);
    let end = stretch
        .windows(2)
        .position(|pair| pair == b"  ")
        .unwrap_or(stretch.len());
    // A space at the end belongs to the run only when a plain char follows
    // it, and what follows the stretch is not plain.
    end - usize::from(end > 0 && stretch[end - 1] == b' ')
}

/// Whether `headline_key(&fold(s)) == key`, where `key` is itself a headline
/// key. The folding stops at the first char that differs, so comparing a
/// long paragraph with a headline costs no more than the common start.
fn folds_to_key(s: &str, key: &str) -> bool {
    let mut expected = key.chars();
    let mut next_is = |c: char| match expected.next() {
        Some(k) => c == k,
        // Past the key, only the periods and spaces `headline_key` drops.
        None => c == '.' || c == ' ',
    };
    // Short runs, because most comparisons fail on the first few chars.
    let matched = fold_each(s, 8, |piece| match piece {
        Folded::Plain(run) => run
            .bytes()
            .all(|b| next_is(char::from(b.to_ascii_lowercase()))),
        Folded::Char(c) => next_is(c),
    });
    matched && expected.next().is_none()
}

/// Calls `word` with each white-space separated word of `raw`, outer
/// punctuation stripped, leaving out words that are all punctuation; stops
/// when `word` returns false. One pass over the bytes finds each word's first
/// and last letter or digit, decoding only non-ASCII chars; that is several
/// times faster than trimming the words of `split_whitespace`.
fn for_each_word<'a>(raw: &'a str, mut word: impl FnMut(&'a str) -> bool) {
    const NO_WORD: usize = usize::MAX;
    let bytes = raw.as_bytes();
    // The current word's letters and digits so far, as a byte range.
    let (mut from, mut to) = (NO_WORD, 0);
    // `i` steps from char to char, so it is always a char boundary.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (len, space, alphanumeric) = if b.is_ascii() {
            let space = b == b' ' || (b'\t'..=b'\r').contains(&b);
            (1, space, b.is_ascii_alphanumeric())
        } else {
            let c = raw
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(' ');
            (c.len_utf8(), c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            if let Some(found) = raw.get(from..to) {
                if !word(found) {
                    return;
                }
            }
            from = NO_WORD;
        } else if alphanumeric {
            if from == NO_WORD {
                from = i;
            }
            to = i + len;
        }
        i += len;
    }
    if let Some(found) = raw.get(from..to) {
        word(found);
    }
}

/// Whether `s` holds a `\n` or a `\r`. Two searches for one char each are
/// much faster than one search for either.
fn has_line_break(s: &str) -> bool {
    s.contains('\n') || s.contains('\r')
}

/// A folded headline without a closing period, so "Headline." matches
/// "Headline".
fn headline_key(folded: &str) -> &str {
    folded.trim_end_matches(['.', ' '])
}

/// Quoted speech opens with a quotation mark; it is reported, not addressed
/// to the reader.
fn opens_with_quote(raw: &str) -> bool {
    raw.starts_with(['"', '“', '\'', '‘', '«', '„'])
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// `folded` starts with `phrase` as whole words.
fn starts_with_phrase(folded: &str, phrase: &str) -> bool {
    folded.strip_prefix(phrase).is_some_and(|rest| {
        !phrase.ends_with(char::is_alphanumeric) || !rest.starts_with(char::is_alphanumeric)
    })
}

fn starts_with_any(folded: &str, phrases: &[&str]) -> bool {
    let head = first_two_bytes(folded);
    phrases
        .iter()
        .any(|p| may_start_with(head, p) && starts_with_phrase(folded, p))
}

fn first_two_bytes(s: &str) -> Option<[u8; 2]> {
    s.as_bytes().first_chunk().copied()
}

/// A phrase list grouped by first byte, for the long lists that every
/// sentence is tested against: a test then looks only at the phrases that
/// start like the sentence.
struct PhraseIndex {
    by_first_byte: Vec<Vec<&'static str>>,
    /// Phrases without a first byte (the empty one), which fit anything.
    empty: Vec<&'static str>,
}

impl PhraseIndex {
    fn new(phrases: &[&'static str]) -> Self {
        let mut index = PhraseIndex {
            by_first_byte: vec![Vec::new(); 256],
            empty: Vec::new(),
        };
        for &phrase in phrases {
            let group = match phrase.as_bytes().first() {
                Some(&b) => &mut index.by_first_byte[usize::from(b)],
                None => &mut index.empty,
            };
            group.push(phrase);
        }
        index
    }

    /// Whether `folded` starts with one of the phrases as whole words, as
    /// `starts_with_any` tells for a plain list.
    fn starts(&self, folded: &str) -> bool {
        let group = folded
            .as_bytes()
            .first()
            .and_then(|&b| self.by_first_byte.get(usize::from(b)));
        self.empty
            .iter()
            .chain(group.into_iter().flatten())
            .any(|p| starts_with_phrase(folded, p))
    }
}

/// `CTA_OPENERS.all()` and `CREDIT_OPENERS.all()`, indexed: every sentence is tested
/// against both.
static CTA_OPENER_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| PhraseIndex::new(CTA_OPENERS.all()));
static CREDIT_OPENER_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| PhraseIndex::new(CREDIT_OPENERS.all()));

/// A quick first test for whether a text whose first two bytes are `head`
/// starts with `phrase`. Phrase lists are tested against many sentences, and
/// this rules out almost every phrase without a call.
fn may_start_with(head: Option<[u8; 2]>, phrase: &str) -> bool {
    phrase.len() < 2 || first_two_bytes(phrase) == head
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn has_phrase(norms: &[&str], phrase: &[&str]) -> bool {
    norms
        .windows(phrase.len())
        .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
}

fn count_in(norms: &[&str], list: &[&str]) -> usize {
    norms.iter().filter(|n| list.contains(n)).count()
}

/// A four-digit year from 1900 to 2099 or a month name.
fn has_date(s: &Sent) -> bool {
    // ASCII digits never occur inside a multi-byte char, so the runs of them
    // can be found on the bytes.
    let year = s
        .raw
        .as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() == 4 && (run.starts_with(b"19") || run.starts_with(b"20")));
    year || s.norms.iter().any(|n| month_of(n).is_some())
}

/// A capitalized word that can be part of a person's name.
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        && !is_one_of(w, NOT_NAME_WORDS.all())
}

/// A standalone line of two or three name words, like "Grant Stern".
fn is_name_line(s: &Sent) -> bool {
    s.is_line
        && !s.terminal
        && s.raw
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '\'' | '’' | '-' | '.'))
        && (2..=3).contains(&s.word_count_up_to(4))
        && s.words().iter().all(|w| is_name_word(w))
}

/// A standalone line made only of staff-title words, like "Editor at Large".
fn is_role_line(s: &Sent) -> bool {
    if !s.is_line || s.terminal || s.raw.ends_with(':') {
        return false;
    }
    let n = s.word_count_up_to(NAV_MAX_WORDS + 1);
    if n == 0 || n > NAV_MAX_WORDS {
        return false;
    }
    // Every part must be a title word, and one at least a head word.
    let mut has_head = false;
    let mut norm = String::new();
    let parts = s
        .raw
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | '&' | ',' | '|'))
        .filter(|p| !p.is_empty());
    for part in parts {
        norm.clear();
        tokens::normalize_into(part, &mut norm);
        let head = ROLE_HEADS.all().contains(&norm.as_str());
        if !head && !ROLE_MODIFIERS.all().contains(&norm.as_str()) {
            return false;
        }
        has_head |= head;
    }
    has_head
}

/// A short line that is not a sentence: no sentence punctuation at its end.
fn is_nav_line(s: &Sent) -> bool {
    s.is_line && !s.terminal && s.word_count_up_to(NAV_MAX_WORDS + 1) <= NAV_MAX_WORDS
}

fn is_prose(s: &Sent) -> bool {
    s.terminal && s.word_count_up_to(PROSE_MIN_WORDS) >= PROSE_MIN_WORDS
}

// ---------------------------------------------------------------------------
// The rules, in the order they are applied.

/// A paragraph opening with a note to readers is the outlet speaking, all of
/// it, however many sentences follow the opener.
fn reader_notes(doc: &Doc, marks: &mut Marks) {
    for p in 0..doc.paras.len() {
        let Some(first) = doc.sents.get(doc.para(p).first) else {
            continue;
        };
        let head = first_two_bytes(&first.folded);
        let opens = NOTE_OPENERS.iter().any(|opener| {
            may_start_with(head, opener)
                && first.folded.strip_prefix(opener).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.is_empty() || rest.starts_with([':', '-'])
                })
        });
        if opens {
            marks.set_range(
                doc,
                doc.para_sentences(p),
                BoilerplateReason::ReaderNote,
                RULE_READER_NOTE,
            );
        }
    }
}

/// "Dear Reader," and the paragraphs after it, through the first one that
/// asks the reader to join, subscribe or donate.
fn salutation_pitches(doc: &Doc, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        let is_salutation = s.is_line
            && starts_with_phrase(&s.folded, "dear")
            && (2..=6).contains(&s.word_count_up_to(7))
            && !s.raw.ends_with(['.', '?'])
            && s.norms.iter().skip(1).any(|n| SALUTEES.contains(n));
        if !is_salutation {
            continue;
        }
        let last_para = s
            .para
            .saturating_add(PITCH_MAX_PARAGRAPHS)
            .min(doc.paras.len().saturating_sub(1));
        let end = (s.para..=last_para).find_map(|p| {
            let range = doc.para_sentences(p);
            let from = range.start.max(i);
            (from..range.end)
                .any(|j| is_direct_call(&doc.sents[j]))
                .then_some(range.end)
        });
        if let Some(end) = end {
            marks.set_range(
                doc,
                i..end,
                BoilerplateReason::MembershipPitch,
                RULE_PITCH_SALUTATION,
            );
        }
    }
}

/// A sentence asking the reader to become a member, subscribe or donate, as
/// opposed to one that mentions members ("readers deciding to become members").
fn is_direct_call(s: &Sent) -> bool {
    let norms = s.norms;
    CALL_PHRASES.iter().any(|p| has_phrase(norms, p))
        && (count_in(norms, DIRECT_WORDS) > 0
            || norms.first().is_some_and(|n| CALL_VERBS.contains(n)))
}

/// A credit line: it opens like one ("Photo by", "Image:") or carries an
/// agency credit ("/AP Images", "(Getty Images)").
fn is_photo_credit(s: &Sent) -> bool {
    CREDIT_OPENER_INDEX.starts(&s.folded)
        || has_credit_marker(&s.folded)
        || CREDIT_ENDINGS.iter().any(|e| s.folded.ends_with(e))
}

/// Whether `folded` holds one of `CREDIT_MARKERS`. Most markers hold a bracket or a
/// slash, which prose seldom does, so for most sentences two fast searches
/// for those chars rule them out and only the other markers need a search.
fn has_credit_marker(folded: &str) -> bool {
    if has_bracket_or_slash(folded) {
        CREDIT_MARKERS.iter().any(|m| folded.contains(m))
    } else {
        UNANCHORED_CREDIT_MARKERS.iter().any(|m| folded.contains(m))
    }
}

fn has_bracket_or_slash(s: &str) -> bool {
    s.contains('(') || s.contains('/')
}

/// The `CREDIT_MARKERS` without a bracket or a slash.
static UNANCHORED_CREDIT_MARKERS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    CREDIT_MARKERS
        .iter()
        .copied()
        .filter(|m| !has_bracket_or_slash(m))
        .collect()
});

/// Credits, and captions in short paragraphs that hold a credit.
fn photo_credits(doc: &Doc, marks: &mut Marks) {
    for p in 0..doc.paras.len() {
        let range = doc.para_sentences(p);
        let credits: Vec<usize> = range
            .clone()
            .filter(|&i| is_photo_credit(&doc.sents[i]))
            .collect();
        if credits.is_empty() {
            continue;
        }
        for &i in &credits {
            marks.set(doc, i, BoilerplateReason::PhotoCredit, RULE_PHOTO_CREDIT);
        }
        if range.len() <= 3 {
            marks.set_range(
                doc,
                range,
                BoilerplateReason::PhotoCredit,
                RULE_PHOTO_CAPTION,
            );
        }
    }
}

/// The furniture rule a line matches, if any. Only whole lines count, because
/// a CMS prints each of these on a line of its own, while a sentence that
/// merely starts the same way ("Published in 1998, the book ...") runs on.
fn furniture_rule(s: &Sent) -> Option<&'static str> {
    if !s.is_line {
        return None;
    }
    // The word count is taken only where cheaper tests have passed, since a
    // line may be a long sentence; every threshold below is under 16 words.
    let n = || s.word_count_up_to(16);
    let f = s.folded.as_str();
    if starts_with_any(f, SECTION_OPENERS) && n() <= 5 && !s.terminal && !s.raw.contains(',') {
        return Some(RULE_FURNITURE_SECTION);
    }
    if RATING_LINES.contains(&f) || is_count_line(f) {
        return Some(RULE_FURNITURE_RATING);
    }
    // "Read more about it in our report." is a sentence; "Read more",
    // "Read more »" and "Read more: <linked title>" are link labels.
    if starts_with_any(f, READ_MORE_OPENERS)
        && ((n() <= 6 && !s.terminal) || n() <= 2 || f.starts_with("read more:"))
    {
        return Some(RULE_FURNITURE_READ_MORE);
    }
    if (starts_with_any(f, DATE_STAMP_OPENERS) || is_date_only(s)) && n() <= 12 && has_date(s) {
        return Some(RULE_FURNITURE_DATE);
    }
    if starts_with_any(f, LABEL_OPENERS.all()) && n() <= 15 && !s.terminal {
        return Some(RULE_FURNITURE_LABEL);
    }
    if !s.terminal && s.norms.iter().all(|w| SHARE_BUTTONS.contains(w)) && n() >= 1 {
        return Some(RULE_FURNITURE_SHARE);
    }
    None
}

/// "(0 votes)", "12 ratings".
fn is_count_line(folded: &str) -> bool {
    let core = folded.trim_start_matches('(').trim_end_matches(')');
    let mut words = core.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(count), Some(unit), None) => {
            count.chars().all(|c| c.is_ascii_digit() || c == ',') && is_one_of(unit, COUNT_WORDS)
        }
        _ => false,
    }
}

/// A line made only of date words and numbers: "Oct 26, 2017 11:03 AM".
fn is_date_only(s: &Sent) -> bool {
    s.norms.iter().all(|n| {
        n.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == ':')
            || month_of(n).is_some()
            || DATE_WORDS.all().contains(n)
    }) && s.word_count_up_to(9) <= 8
}

/// CMS lines that stand on their own line: section labels, rating widgets,
/// "Read more" links, date stamps, tag and share labels.
fn site_furniture(doc: &Doc, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        if let Some(rule) = furniture_rule(s) {
            marks.set(doc, i, BoilerplateReason::SiteFurniture, rule);
        }
    }
}

/// Masthead headings and runs of staff-role lines ("Publisher:").
fn masthead_lines(doc: &Doc, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        // A word "masthead" in any case folds to "masthead", so a line
        // without that is not a heading of such words and needs no count.
        let heading = s.is_line
            && (MASTHEAD_LINES.contains(&s.folded.as_str())
                || (s.folded.contains("masthead")
                    && (1..=3).contains(&s.word_count_up_to(4))
                    && s.words().iter().all(|w| w.eq_ignore_ascii_case("masthead"))));
        if heading {
            marks.set(doc, i, BoilerplateReason::Masthead, RULE_MASTHEAD_HEADING);
        }
    }
    let is_role = |s: &Sent| {
        s.is_line
            && s.raw.ends_with(':')
            && (1..=5).contains(&s.words().len())
            && s.words()[0].starts_with(char::is_uppercase)
            && !s.raw[..s.raw.len() - 1].contains(['.', '!', '?', ':'])
    };
    let mut i = 0;
    while i < doc.sents.len() {
        let run = doc.sents[i..].iter().take_while(|s| is_role(s)).count();
        if run >= 3 {
            marks.set_range(
                doc,
                i..i + run,
                BoilerplateReason::Masthead,
                RULE_MASTHEAD_ROLES,
            );
        }
        i += run.max(1);
    }
}

/// Names of the article's authors found in byline lines, folded.
struct AuthorNames(Vec<String>);

/// "By" lines, dated "by" lines, name lines and staff-title lines. Returns the
/// author names found, so that bios of those names can be recognized.
fn bylines(doc: &Doc, marks: &mut Marks) -> AuthorNames {
    // A few names at most: a list, not a tree (size: no B-tree code in the page).
    let mut names: Vec<String> = Vec::new();
    for (i, s) in doc.sents.iter().enumerate() {
        if !s.is_line || s.terminal {
            continue;
        }
        if let Some(name) = by_line_name(s) {
            marks.set(doc, i, BoilerplateReason::Byline, RULE_BYLINE_BY);
            if !names.contains(&name) {
                names.push(name);
            }
        } else if starts_with_phrase(&s.folded, "by") && s.word_count_up_to(11) <= 10 && has_date(s)
        {
            marks.set(doc, i, BoilerplateReason::Byline, RULE_BYLINE_DATE);
        }
    }
    // A name line counts when it stands next to a title, is followed by a bio
    // of that name, or closes the text.
    let adjacent = |i: usize, test: &dyn Fn(&Sent) -> bool| {
        let prev = i.checked_sub(1).and_then(|p| doc.sents.get(p));
        prev.is_some_and(test) || doc.sents.get(i + 1).is_some_and(test)
    };
    // Where each possible bio subject last starts a sentence, so that every
    // name line is checked with one lookup instead of a scan.
    let mut last_bio: FastMap<&str, usize> = FastMap::default();
    for (i, s) in doc.sents.iter().enumerate() {
        for subject in bio_subjects(&s.folded) {
            last_bio.insert(subject, i);
        }
    }
    for (i, s) in doc.sents.iter().enumerate() {
        if !is_name_line(s) {
            continue;
        }
        let key = s.folded.clone();
        let has_bio = last_bio.get(key.as_str()).is_some_and(|&j| j > i);
        let closes = i + 1 == doc.sents.len() && doc.para(s.para).single_line;
        if adjacent(i, &is_role_line) || has_bio || closes {
            marks.set(doc, i, BoilerplateReason::Byline, RULE_BYLINE_NAME);
            if !names.contains(&key) {
                names.push(key);
            }
        }
    }
    for (i, s) in doc.sents.iter().enumerate() {
        if is_role_line(s) && (doc.near_end(s.para, TAIL_PARAGRAPHS) || adjacent(i, &is_name_line))
        {
            marks.set(doc, i, BoilerplateReason::Byline, RULE_BYLINE_ROLE);
        }
    }
    AuthorNames(names)
}

/// The folded name of a "By Jane Doe" or "Written by Jane Doe, Staff" line.
fn by_line_name(s: &Sent) -> Option<String> {
    const OPENERS: &[&str] = &[
        "by",
        "written by",
        "posted by",
        "story by",
        "words by",
        "reporting by",
    ];
    let opener = OPENERS.iter().find(|o| starts_with_phrase(&s.folded, o))?;
    if s.word_count_up_to(13) > 12 {
        return None;
    }
    let skip = opener.split(' ').count();
    let rest = s.words().get(skip..)?;
    let name: Vec<&str> = rest
        .iter()
        .take_while(|w| is_name_word(w))
        .take(4)
        .copied()
        .collect();
    if name.is_empty() {
        return None;
    }
    Some(fold(&name.join(" ")))
}

/// The openings of `folded` (one to four words) that a bio verb follows:
/// "jane doe is a reporter" yields "jane doe".
fn bio_subjects(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .match_indices(' ')
        .take(4)
        .filter_map(move |(pos, _)| {
            let rest = &folded[pos + 1..];
            let verb = &rest[..rest
                .bytes()
                .position(|b| b == b' ' || b == b',')
                .unwrap_or(rest.len())];
            BIO_VERB_LOOKUP.contains(verb).then(|| &folded[..pos])
        })
}

/// Bios of a byline's author anywhere, and unnamed writer bios at the very
/// end. A bio runs to the end of its paragraph ("She lives in Lyon.").
fn author_bios(doc: &Doc, names: &AuthorNames, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        if marks.is_marked(i) {
            continue;
        }
        let named = !names.0.is_empty()
            && bio_subjects(&s.folded).any(|subject| names.0.iter().any(|n| n == subject));
        let rule = if named {
            RULE_BIO_NAMED
        } else if is_unnamed_bio(doc, marks, i) {
            RULE_BIO_UNNAMED
        } else {
            continue;
        };
        let end = doc.para_sentences(s.para).end;
        marks.set_range(doc, i..end, BoilerplateReason::AuthorBio, rule);
    }
}

/// "Jane Doe is a freelance writer based in Ohio." opening one of the last
/// paragraphs, with no sentence of the story after it: whatever follows is
/// already boilerplate, a question or a line without a closing period.
fn is_unnamed_bio(doc: &Doc, marks: &Marks, i: usize) -> bool {
    let s = &doc.sents[i];
    if doc.para(s.para).first != i || !doc.near_end(s.para, LAST_PARAGRAPHS) {
        return false;
    }
    let later = doc.para_sentences(s.para).end;
    let story_follows = (later..doc.sents.len()).any(|j| {
        !marks.is_marked(j) && doc.sents[j].raw.trim_end_matches(is_closer).ends_with('.')
    });
    if story_follows {
        return false;
    }
    let names = s.words().iter().take_while(|w| is_name_word(w)).count();
    (2..=3).contains(&names)
        && s.words().get(names).is_some_and(|w| *w == "is")
        && s.words()
            .get(names + 1)
            .is_some_and(|w| is_one_of(w, &["a", "an", "the"]))
        && count_in(s.norms, BIO_WORDS) > 0
}

/// Paragraphs of three or more short lines without sentence punctuation,
/// before or after the body: menus, section lists, mastheads.
fn navigation_blocks(doc: &Doc, marks: &mut Marks) {
    for p in 0..doc.paras.len() {
        let range = doc.para_sentences(p);
        if range.len() >= 3
            && doc.outside_body(p)
            && doc.sents[range.clone()].iter().all(is_nav_line)
        {
            marks.set_range(doc, range, BoilerplateReason::Masthead, RULE_MASTHEAD_BLOCK);
        }
    }
}

/// A standalone "Comments" or "4 Comments" line. This runs after the
/// navigation rule, so a "Comments" inside a menu block stays part of it.
fn comment_links(doc: &Doc, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        let count_first = s.folded.split_once(' ').is_some_and(|(n, rest)| {
            n.chars().all(|c| c.is_ascii_digit()) && COMMENT_LINES.contains(&rest)
        });
        if s.is_line && (COMMENT_LINES.contains(&s.folded.as_str()) || count_first) {
            marks.set(
                doc,
                i,
                BoilerplateReason::SiteFurniture,
                RULE_FURNITURE_COMMENTS,
            );
        }
    }
}

/// Imperative asks, all-caps slogans and questions to the reader.
fn calls_to_action(doc: &Doc, marks: &mut Marks) {
    for (i, s) in doc.sents.iter().enumerate() {
        let rule = if CTA_OPENER_INDEX.starts(&s.folded) {
            RULE_CTA_IMPERATIVE
        } else if is_slogan(s) {
            RULE_CTA_SLOGAN
        } else if is_reader_question(doc, s) {
            RULE_CTA_QUESTION
        } else {
            continue;
        };
        marks.set(doc, i, BoilerplateReason::CallToAction, rule);
    }
}

/// "IMPEACH TRUMP & PENCE!": two or more words, all in capitals, with "!".
fn is_slogan(s: &Sent) -> bool {
    let lettered = || {
        s.words()
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
    };
    s.raw.trim_end_matches(is_closer).ends_with('!')
        && !opens_with_quote(s.raw)
        && lettered()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count()
            >= 2
        && lettered().all(|w| !w.chars().any(char::is_lowercase))
}

/// "What do you think?" standing alone in the last paragraphs.
fn is_reader_question(doc: &Doc, s: &Sent) -> bool {
    s.raw.trim_end_matches(is_closer).ends_with('?')
        && s.is_line
        && s.word_count_up_to(9) <= 8
        && !opens_with_quote(s.raw)
        && count_in(s.norms, &["you", "your", "yours", "y'all"]) > 0
        && doc.near_end(s.para, LAST_PARAGRAPHS)
        && doc.para(s.para).count <= 2
}

/// Paragraphs where the outlet talks to readers about supporting it. Quoted
/// speech is left alone: a union leader's "our members" is news.
fn dense_pitches(doc: &Doc, marks: &mut Marks) {
    for p in 0..doc.paras.len() {
        let range = doc.para_sentences(p);
        // Three searches for one char each are much faster than one search
        // for any of three chars.
        let para = doc.para_text(p);
        if para.contains('"') || para.contains('“') || para.contains('”') {
            continue;
        }
        let (mut we, mut readers, mut pitch, mut total) = (0, 0, 0, 0);
        for norm in doc.sents[range.clone()].iter().flat_map(|s| s.norms) {
            let lists = PITCH_VOCABULARY.lists_of(norm);
            we += usize::from(lists & ON_FIRST_PERSON_PLURAL != 0);
            readers += usize::from(lists & ON_READER_WORDS != 0);
            pitch += usize::from(lists & ON_PITCH_WORDS != 0);
            total += 1;
        }
        let dense = (we + readers + pitch) * 100 >= total * 12;
        if we >= 2 && readers >= 1 && pitch >= 2 && dense {
            marks.set_range(
                doc,
                range,
                BoilerplateReason::MembershipPitch,
                RULE_PITCH_DENSE,
            );
        }
    }
}

/// Later copies of the headline, as sentences or as whole paragraphs.
fn repeated_headlines(doc: &Doc, headline: usize, hint: Option<&str>, marks: &mut Marks) {
    let Some(h) = doc.sents.get(headline) else {
        return;
    };
    let mut keys = vec![headline_key(&h.folded).to_string()];
    if let Some(hint) = hint {
        keys.push(headline_key(hint).to_string());
    }
    let matches = |folded: &str| {
        keys.iter()
            .any(|k| !k.is_empty() && k == headline_key(folded))
    };
    let para_matches = |p: usize| {
        keys.iter()
            .any(|k| !k.is_empty() && folds_to_key(doc.para_text(p), k))
    };
    let mut force = |i: usize| {
        if let (Some(slot), Some(s)) = (marks.marks.get_mut(i), doc.seg.sentences.get(i)) {
            *slot = Some(BoilerplateMark {
                span: s.span,
                reason: BoilerplateReason::RepeatedHeadline,
                rule: RULE_REPEATED_HEADLINE,
            });
        }
    };
    for p in h.para.saturating_add(1)..doc.paras.len() {
        let range = doc.para_sentences(p);
        if para_matches(p) {
            range.for_each(&mut force);
        } else {
            range
                .filter(|&i| matches(&doc.sents[i].folded))
                .for_each(&mut force);
        }
    }
}

/// Related-link widget text glued into a sentence: "... Hillary
/// ClintonHillary Diane Rodham ClintonDemocrats say ... MORE deleted ...".
/// The span runs from the glued-on capital to the end of "MORE", so that
/// removing it leaves "Hillary Clinton deleted".
fn related_links(text: &str, seg: &Segmentation) -> Vec<BoilerplateMark> {
    let mut out = Vec::new();
    for para in &seg.paragraphs {
        let s = para.span.slice(text);
        let bytes = s.as_bytes();
        // `i` steps from char to char, so it is always a char boundary.
        let mut i = 0;
        // A join needs a capital; ASCII other than capitals is passed over
        // without decoding.
        while let Some(skip) = bytes.get(i..).and_then(next_capital_or_non_ascii) {
            i += skip;
            // A join also needs a lower-case letter before it, which an ASCII
            // byte other than a lower-case letter (a space, mostly) is not.
            let after_non_lower = i
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(|p| p.is_ascii() && !p.is_ascii_lowercase());
            if !after_non_lower && is_camel_join(s, i) {
                if let Some(end) = find_more(s, i) {
                    out.push(BoilerplateMark {
                        span: Span::new(para.span.start + i, para.span.start + end),
                        reason: BoilerplateReason::RelatedLinks,
                        rule: RULE_RELATED_LINKS,
                    });
                    i = end;
                    continue;
                }
            }
            i += s
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .map_or(1, char::len_utf8);
        }
    }
    out
}

/// The offset of the first byte of `bytes` that is an ASCII capital or not
/// ASCII, which is where a camel join may be. Most of a text is lower-case
/// letters and spaces, so eight bytes at a time are ruled out at once.
fn next_capital_or_non_ascii(bytes: &[u8]) -> Option<usize> {
    let is_candidate = |b: &u8| !b.is_ascii() || b.is_ascii_uppercase();
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let may_hold = <[u8; 8]>::try_from(chunk).map_or(true, |word| {
            has_capital_or_non_ascii(u64::from_le_bytes(word))
        });
        if may_hold {
            if let Some(found) = chunk.iter().position(is_candidate) {
                return Some(offset + found);
            }
        }
        offset += chunk.len();
    }
    chunks
        .remainder()
        .iter()
        .position(is_candidate)
        .map(|found| offset + found)
}

/// Whether one of the eight bytes of `word` is an ASCII capital or not ASCII.
/// With the top bit of each byte cleared, adding 0x3F to a byte sets its top
/// bit from 'A' up and adding 0x25 sets it from '[' (the byte after 'Z')
/// up, and neither sum carries into the next byte.
fn has_capital_or_non_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let low = word & !TOP;
    let from_a = low + ONES * 0x3F;
    let past_z = low + ONES * 0x25;
    ((from_a & !past_z) | word) & TOP != 0
}

/// A lower-case letter directly followed by a capital inside one word, with
/// at least three letters on each side ("ClintonHillary", but not "McDonald"
/// or "iPhone"); the capital is at byte `i` of `s`.
fn is_camel_join(s: &str, i: usize) -> bool {
    let (Some(before), Some(after)) = (s.get(..i), s.get(i..)) else {
        return false;
    };
    let (Some(prev), Some(next)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    if !(prev.is_lowercase() && next.is_uppercase()) {
        return false;
    }
    // Only three letters per side matter; stopping there keeps long runs of
    // letters from making the scan quadratic.
    let letters =
        |run: &mut dyn Iterator<Item = char>| run.take_while(|c| c.is_alphabetic()).take(3).count();
    letters(&mut before.chars().rev()) >= 3 && letters(&mut after.chars()) >= 3
}

/// The end of the first standalone "MORE" starting at most
/// `RELATED_WINDOW_BYTES` after `from`. Only the window is searched, so many
/// joins in a long paragraph stay cheap.
fn find_more(s: &str, from: usize) -> Option<usize> {
    const MORE: &str = "MORE";
    let mut window_end = from
        .saturating_add(RELATED_WINDOW_BYTES + MORE.len())
        .min(s.len());
    while !s.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = s.get(from..window_end)?;
    window.match_indices(MORE).find_map(|(pos, _)| {
        let start = from + pos;
        let end = start + MORE.len();
        let before = s[..start].chars().next_back();
        let after = s[end..].chars().next();
        (before.is_some_and(char::is_whitespace) && !after.is_some_and(char::is_alphanumeric))
            .then_some(end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::segment;

    /// Runs segmentation and detection on `text` and compares a rendering of
    /// the result with `expected`: one line per flagged sentence
    /// (`slug: sentence`), `headline: sentence` for the headline and
    /// `inline slug: text` for inline marks. Unflagged sentences are not
    /// listed, so every case also asserts that nothing else was flagged.
    /// Leading white space and blank lines in `expected` are ignored.
    fn check(text: &str, hint: Option<&str>, expected: &str) {
        let seg = segment(text);
        let report = detect(text, &seg, hint);
        assert_eq!(report.sentences.len(), seg.sentences.len());
        let mut got = Vec::new();
        for (i, s) in seg.sentences.iter().enumerate() {
            let sentence = s.span.slice(text);
            match &report.sentences[i] {
                Some(mark) => {
                    assert_ne!(report.headline, Some(i), "the headline is flagged");
                    assert_eq!(mark.span, s.span);
                    assert!(mark.rule.ends_with('.') && !mark.rule.is_empty());
                    got.push(format!("{}: {sentence}", mark.reason.slug()));
                }
                None if report.headline == Some(i) => got.push(format!("headline: {sentence}")),
                None => {}
            }
        }
        let mut prev_end = 0;
        for mark in &report.inline {
            assert!(
                mark.span.start >= prev_end,
                "inline marks overlap or are unsorted"
            );
            assert!(text.is_char_boundary(mark.span.start) && text.is_char_boundary(mark.span.end));
            prev_end = mark.span.end;
            got.push(format!(
                "inline {}: {}",
                mark.reason.slug(),
                mark.span.slice(text)
            ));
        }
        let want: Vec<&str> = expected
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(got, want, "text: {text:?}");
    }

    #[test]
    fn headline_from_a_hint_and_its_repeats() {
        check(
            "Mayor’s  Plan Wins\n\nMayor's plan wins\n\nThe council voted on Monday to approve the mayor's plan.",
            Some("MAYOR'S PLAN WINS"),
            "headline: Mayor’s  Plan Wins
             repeated-headline: Mayor's plan wins",
        );
        // The hint may match a whole paragraph that splits into sentences.
        check(
            "Is it over? Experts say no\n\nThe market fell sharply again on Tuesday after the report.\n\nIs it over? Experts say no",
            Some("Is it over? Experts say no"),
            "headline: Is it over?
             repeated-headline: Is it over?
             repeated-headline: Experts say no",
        );
        // A hint that is not in the text falls back to the guess.
        check(
            "Storm hits coast\n\nHeavy rain flooded the town overnight and closed the schools.",
            Some("Something else entirely"),
            "headline: Storm hits coast",
        );
    }

    #[test]
    fn headline_guessed_without_a_hint() {
        check(
            "Published in Science\n\nNew comet spotted\n\nAstronomers in Chile said on Friday they had found a new comet.",
            None,
            "site-furniture: Published in Science
             headline: New comet spotted",
        );
        // A text that starts with prose has no headline to guess.
        check(
            "Astronomers in Chile said on Friday they had found a new comet.\n\nShort line here",
            None,
            "",
        );
        check("", None, "");
        check("   \n\n \r\n", None, "");
        // A closing period makes a line a sentence, not a headline.
        check(
            "It rained.\n\nThe river rose by two meters during the night, officials said.",
            None,
            "",
        );
    }

    #[test]
    fn membership_pitch_after_a_salutation() {
        check(
            "The vote passed with a narrow majority late on Thursday night.\n\n\
             Dear friends,\n\n\
             Our newsroom has covered this city for twenty years without a paywall.\n\n\
             That work depends on readers like you. Please become a member today.\n\n\
             The council meets again next week to discuss the budget in detail.",
            None,
            "membership-pitch: Dear friends,
             membership-pitch: Our newsroom has covered this city for twenty years without a paywall.
             membership-pitch: That work depends on readers like you.
             membership-pitch: Please become a member today.",
        );
        // A quoted letter to an official is not a pitch, even with "support".
        check(
            "The senator released the letter on Monday morning to reporters.\n\n\
             Dear Mr. President,\n\n\
             We urge you to support the farmers of our state this year.",
            None,
            "",
        );
        // Without an ask to the reader, a salutation alone flags nothing.
        check(
            "Dear readers,\n\nThe election results will be published here on Sunday night.",
            None,
            "",
        );
    }

    #[test]
    fn membership_pitch_by_density() {
        check(
            "The mayor resigned on Friday after weeks of pressure from the council.\n\n\
             We believe our readers deserve independent journalism, and your support makes it possible: subscribe to keep us going.",
            None,
            "membership-pitch: We believe our readers deserve independent journalism, and your support makes it possible: subscribe to keep us going.",
        );
        // Quoted speech about "our members" is news.
        check(
            "“We will support our members and our union,” the leader told you and other reporters, urging members to stay.",
            None,
            "",
        );
    }

    #[test]
    fn calls_to_action() {
        check(
            "The bill failed in the Senate on Tuesday by a wide margin of votes.\n\n\
             Sign the petition to demand a new vote. Click here to learn more.\n\n\
             Follow us on social media for updates.\n\n\
             STOP THE BILL NOW!\n\n\
             What are your thoughts?",
            None,
            "call-to-action: Sign the petition to demand a new vote.
             call-to-action: Click here to learn more.
             call-to-action: Follow us on social media for updates.
             call-to-action: STOP THE BILL NOW!
             call-to-action: What are your thoughts?",
        );
        // Look-alikes in the body: shares, a joining official, a quoted or
        // mid-article question, a shout with lower-case words.
        check(
            "Shares of the company fell sharply after the report on Monday.\n\n\
             Joining the board in May, she promised reform within a year.\n\n\
             “What do you think?” he asked the crowd.\n\n\
             Why would you sell now?\n\n\
             The crowd chanted NO MORE WAR! as police watched.\n\n\
             “LOCK THEM UP!” The chant went on for an hour.\n\n\
             Contact your doctor if the symptoms persist for more than a week.\n\n\
             The firm said it would appeal the ruling to the Supreme Court.\n\n\
             Lawyers for both sides declined to comment on the case further.\n\n\
             A hearing is scheduled for the spring, the court said on Friday.",
            None,
            "",
        );
    }

    #[test]
    fn reader_notes_cover_the_whole_paragraph() {
        check(
            "The court ruled against the city on Wednesday after a long trial.\n\n\
             Editor’s note: This story was updated. An earlier version misstated the date.",
            None,
            "reader-note: Editor’s note: This story was updated.
             reader-note: An earlier version misstated the date.",
        );
        check(
            "Note to readers - comments are closed. Thanks!\n\nThe story continues with more news from the region today.",
            None,
            "reader-note: Note to readers - comments are closed.
             reader-note: Thanks!",
        );
        // "Note" in a body sentence is not a note to readers.
        check(
            "Note to readers of the report that the figures are estimates.",
            None,
            "",
        );
    }

    #[test]
    fn bylines_and_author_bios() {
        check(
            "Dam Plans Approved\n\n\
             By Jane Doe and John Roe\n\n\
             The regional council approved the dam plans on Monday after a long debate.\n\n\
             Residents said they would challenge the decision in court next month.\n\n\
             Jane Doe is a reporter covering the environment. She lives in Lyon.",
            None,
            "headline: Dam Plans Approved
             byline: By Jane Doe and John Roe
             author-bio: Jane Doe is a reporter covering the environment.
             author-bio: She lives in Lyon.",
        );
        check(
            "The regional council approved the dam plans on Monday after a long debate.\n\n\
             Maria Lopez\n\n\
             Senior White House Correspondent\n\n\
             Residents said they would challenge the decision in court.",
            None,
            "byline: Maria Lopez
             byline: Senior White House Correspondent",
        );
        check(
            "Plans Approved\n\nby on5 May 2019\n\nThe council approved the plans on Monday after a long debate.\n\nTom Smith",
            None,
            "headline: Plans Approved
             byline: by on5 May 2019
             byline: Tom Smith",
        );
        // Near the end, a writer's bio needs no byline when nothing follows it.
        check(
            "The council approved the plans on Monday after a long debate.\n\n\
             Ann Lee is a freelance writer based in Ohio who covers local politics.",
            None,
            "author-bio: Ann Lee is a freelance writer based in Ohio who covers local politics.",
        );
        // Look-alikes: "By Tuesday", a news subject described near the end, a
        // short sentence without a period, a name line in the body.
        check(
            "Talks Collapse\n\n\
             Assange said no\n\n\
             By Tuesday, the firm had withdrawn its offer to buy the rival company.\n\n\
             Cambridge Analytica\n\n\
             The firm declined to comment on the reports about the deal.\n\n\
             Andrew Smith is a British author who wrote about the firm last year.\n\n\
             He said more would follow.",
            None,
            "headline: Talks Collapse",
        );
    }

    #[test]
    fn mastheads_and_navigation() {
        check(
            "The storm moved north overnight, leaving thousands without power.\n\n\
             Masthead\n\
             Editor:\n\
             Deputy Editor:\n\
             Photo Desk:\n\
             Publisher:",
            None,
            "masthead: Masthead
             masthead: Editor:
             masthead: Deputy Editor:
             masthead: Photo Desk:
             masthead: Publisher:",
        );
        check(
            "Home\nWorld\nBusiness\nLatest Sports\n\nStorm hits coast\n\nThe storm moved north overnight, leaving thousands without power.",
            None,
            "masthead: Home
             masthead: World
             masthead: Business
             masthead: Latest Sports
             headline: Storm hits coast",
        );
        // Inside the body, a short list and a lone colon line are content.
        check(
            "The storm moved north overnight, leaving thousands without power.\n\n\
             Officials named the worst-hit towns:\n\
             Harbor Point\n\
             Elm Grove\n\
             Cedar Falls\n\n\
             Crews expect to restore power to most homes by the weekend.",
            None,
            "",
        );
    }

    #[test]
    fn site_furniture() {
        check(
            "Posted in Politics\n\n\
             The storm moved north overnight, leaving thousands without power.\n\n\
             Last updated: 3 March 2021 10:15 GMT\n\
             Rate this article\n\
             (12 votes)\n\
             Tags: storm, weather, power\n\
             Share this:\n\
             Facebook Twitter Email\n\
             Related Stories\n\
             Read more\n\n\
             Oct 26, 2017\n\n\
             4 Comments",
            None,
            "site-furniture: Posted in Politics
             site-furniture: Last updated: 3 March 2021 10:15 GMT
             site-furniture: Rate this article
             site-furniture: (12 votes)
             site-furniture: Tags: storm, weather, power
             site-furniture: Share this:
             site-furniture: Facebook Twitter Email
             site-furniture: Related Stories
             site-furniture: Read more
             site-furniture: Oct 26, 2017
             site-furniture: 4 Comments",
        );
        // Body sentences that merely start like furniture.
        check(
            "Published in 1998, the book sold a million copies in its first year.\n\n\
             Read more carefully, the report says something else entirely about the firm.\n\n\
             Read more about it in our report.\n\n\
             Related questions were raised by the committee in its final report.",
            None,
            "",
        );
    }

    #[test]
    fn photo_credits_and_captions() {
        check(
            "Storm hits coast\n\n\
             A man wades through flood water in Harbor Point, Maine, on Monday. (AP Photo/Jane Doe)\n\n\
             The storm moved north overnight, leaving thousands without power.\n\n\
             Image: Wikimedia Commons",
            None,
            "headline: Storm hits coast
             photo-credit: A man wades through flood water in Harbor Point, Maine, on Monday.
             photo-credit: (AP Photo/Jane Doe)
             photo-credit: Image: Wikimedia Commons",
        );
        check(
            "The storm moved north overnight, leaving thousands without power.\n\n\
             Rescue crews in Harbor Point\nJane Doe/AP",
            None,
            "photo-credit: Rescue crews in Harbor Point
             photo-credit: Jane Doe/AP",
        );
        // A company named in the news, a wire dateline and a bracket that
        // starts with "Photo" are not credits.
        check(
            "Getty Images said on Monday it would cut jobs across its photo business.\n\n\
             WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill.\n\n\
             (Photo ops were common at the summit, aides said.)",
            None,
            "",
        );
    }

    #[test]
    fn related_link_widgets_glued_into_sentences() {
        let text = "Officials met the senator Jane RoeJane Ann RoeSenate passes budget bill Markets rally after vote MORE on Tuesday to discuss the plan.";
        check(
            text,
            None,
            "inline related-links: Jane Ann RoeSenate passes budget bill Markets rally after vote MORE",
        );
        let seg = segment(text);
        let report = detect(text, &seg, None);
        let span = report.inline[0].span;
        let cleaned = format!("{}{}", &text[..span.start], &text[span.end..]);
        assert!(cleaned.contains("senator Jane Roe on Tuesday"), "{cleaned}");
        // Camel case alone is a name, not a widget; so is a widget word far
        // away or inside another word.
        check(
            "WikiLeaks, McDonald's and the iPhone maker ThinkProgress met.",
            None,
            "",
        );
        check(
            "The YouTube channel said MOREOVER that it would stay online.",
            None,
            "",
        );
        let far = format!(
            "The WikiLeaks founder {} MORE",
            "spoke at length ".repeat(25)
        );
        check(&far, None, "");
    }

    #[test]
    fn body_sentences_of_news_are_left_alone() {
        check(
            "Cambridge Analytica says it reached out to the group last year.\n\n\
             They wrote:\n\n\
             The Wall Street Journal explains:\n\n\
             “We can confirm an approach,” the company said in a statement to reporters.\n\n\
             Assange said no\n\n\
             Sen. Ted Cruz (R., Texas) paid the firm $5.8 million, records show.",
            None,
            "",
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let samples = [
            "\u{feff}Dear Reader,\r\n\r\nPlease donate now.\r\n",
            "ClintonHillary MORE",
            "aBcDeF MORE",
            "ééÉÉ MORE MORE",
            "By\n\nBy \n\nby 2019",
            "Dear\n\n:\n:\n:\n\n!!! ??? …",
            "日本語のテキスト。\n\n中文文本！",
            "Photo by\u{2028}Image:\u{2029}(0 votes)",
        ];
        for text in samples {
            let seg = segment(text);
            for hint in [None, Some(""), Some("  "), Some(text)] {
                let report = detect(text, &seg, hint);
                assert_eq!(report.sentences.len(), seg.sentences.len());
            }
        }
        let alphabet = "aZ .!?:,”“’\n\r\u{a0}é日1MORE ByDear(votes)";
        for s in
            crate::analysis::test_support::random_strings(alphabet, 0x2545_F491_4F6C_DD1D, 300, 80)
        {
            let seg = segment(&s);
            let report = detect(&s, &seg, Some("Dear"));
            assert_eq!(report.sentences.len(), seg.sentences.len());
            for m in &report.inline {
                assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            }
        }
    }

    #[test]
    fn a_segmentation_of_another_text_does_not_panic() {
        let long = include_str!("../../static/corpus/talking-points-memo.txt");
        let short = "Dear Reader,\n\nBecome a member today.";
        for (text, other) in [(short, long), (long, short), ("", long), (long, "")] {
            let seg = segment(other);
            let report = detect(text, &seg, Some("Dear Reader,"));
            assert_eq!(report.sentences.len(), seg.sentences.len());
        }
    }

    fn first_line(text: &str) -> &str {
        text.lines().next().unwrap_or("").trim()
    }

    #[test]
    fn bundled_occupy_democrats() {
        let text = include_str!("../../static/corpus/occupy-democrats.txt");
        check(
            text,
            Some(first_line(text)),
            "headline: Trump’s Election Data Firm Was Just Exposed Plotting With Wikileaks To Release Hillary’s Emails
             call-to-action: Add your name to millions demanding Congress take action on the President’s crimes.
             call-to-action: IMPEACH TRUMP & PENCE!
             byline: Grant Stern
             byline: Editor at Large
             author-bio: Grant Stern is a mortgage broker, activist, columnist, and radio broadcaster in Miami, Florida and Editor at Large of Occupy Democrats.
             call-to-action: What do you think?",
        );
    }

    #[test]
    fn bundled_progressive_blog() {
        let text = include_str!("../../static/corpus/progressive-blog.txt");
        check(
            text,
            Some(first_line(text)),
            "headline: Trump’s Data Firm CEO Asked Julian Assange To Obtain Clinton Emails
             reader-note: Note to our readers: Please share/tweet our articles.
             reader-note: Trump supporting trolls targeted our site’s account and reported it en masse, without cause.
             reader-note: This triggered a seemingly automatic suspension.
             reader-note: Twitter support has failed to address this issue.
             reader-note: Thank you!
             photo-credit: Featured image via screen capture",
        );
    }

    #[test]
    fn bundled_fudzilla() {
        let text = include_str!("../../static/corpus/fudzilla.txt");
        check(
            text,
            Some("Trump asked Assange to improve access to Hilary emails"),
            "site-furniture: Published in News
             headline: Trump asked Assange to improve access to Hilary emails
             byline: by on26 October 2017
             site-furniture: Last modified on 26 October 2017
             site-furniture: Rate this item
             site-furniture: (0 votes)
             site-furniture: Read more about:",
        );
    }

    #[test]
    fn bundled_the_hill() {
        let text = include_str!("../../static/corpus/the-hill.txt");
        check(
            text,
            Some(first_line(text)),
            "headline: CEO of data firm that aided Trump reached out to Assange in June 2016: report
             repeated-headline: CEO of data firm that aided Trump reached out to Assange in June 2016: report
             inline related-links: Hillary Diane Rodham ClintonDemocrats say it's up to GOP to stop Trump 2024 Hillary Clinton to speak at Asian Americans and Pacific Islanders summit More than half of eligible Latinos voted in 2020, setting record MORE",
        );
        let seg = segment(text);
        let report = detect(text, &seg, None);
        let span = report.inline[0].span;
        let cleaned = format!("{}{}", &text[..span.start], &text[span.end..]);
        assert!(cleaned.contains("the emails that Hillary Clinton deleted from the private server"));
    }

    #[test]
    fn bundled_talking_points_memo() {
        let text = include_str!("../../static/corpus/talking-points-memo.txt");
        check(
            text,
            Some(first_line(text)),
            "headline: Trump-Linked Data Firm: We Asked Assange For Clinton Emails In June 2016
             photo-credit: Data expert Alexander Nix, CEO of Cambridge Analytica, speaks at the marketing fair 'Online Marketing Rockstars' (OMR)'in Hamburg, Germany, 3 March 2017.
             photo-credit: Photo by: Christian Charisius/picture-alliance/dpa/AP Images
             membership-pitch: Dear Reader,
             membership-pitch: When we asked recently what makes TPM different from other outlets, readers cited factors like honesty, curiosity, transparency, and our vibrant community.
             membership-pitch: They also pointed to our ability to report on important stories and trends long before they are picked up by mainstream outlets; our ability to contextualize information within the arc of history; and our focus on the real-world consequences of the news.
             membership-pitch: Our unique approach to reporting and presenting the news, however, wouldn’t be possible without our readers’ support.
             membership-pitch: That’s not just marketing speak, it’s true: our work would literally not be possible without readers deciding to become members.
             membership-pitch: Not only does member support account for more than 80% of TPM’s revenue, our members have helped us build an engaged and informed community.
             membership-pitch: Many of our best stories were born from reader tips and valuable member feedback.
             membership-pitch: We do what other news outlets can’t or won’t do because our members’ support gives us real independence.
             membership-pitch: If you enjoy reading TPM and value what we do, become a member today.
             masthead: Latest Muckraker
             masthead: Comments
             masthead: Masthead Masthead
             masthead: Founder & Editor-in-Chief:
             masthead: Executive Editor:
             masthead: Managing Editor:
             masthead: Associate Editor:
             masthead: Investigations Desk:
             masthead: Reporters:
             masthead: Newswriter:
             masthead: Editor at Large:
             masthead: General Counsel:
             masthead: Publisher:
             masthead: Head of Product:
             masthead: Director of Technology:
             masthead: Associate Publisher:
             masthead: Front End Developer:
             masthead: Senior Designer:",
        );
    }

    #[test]
    fn capitals_are_found_eight_bytes_at_a_time() {
        let is_candidate = |b: &u8| !b.is_ascii() || b.is_ascii_uppercase();
        // Backgrounds of letters, spaces, DEL and the bytes around 'A'..'Z'
        // and 'a'..'z', with every byte value at every position.
        for background in [*b"abcdefgh", *b"        ", [0x7F; 8], *b"@[`{@[`{", [0; 8]] {
            for b in 0..=u8::MAX {
                for at in 0..8 {
                    let mut word = background;
                    word[at] = b;
                    assert_eq!(
                        has_capital_or_non_ascii(u64::from_le_bytes(word)),
                        word.iter().any(is_candidate),
                        "byte {b:#x} at {at} in {background:?}"
                    );
                }
            }
        }
        let text = "lower case text, then Capital and é and more";
        for start in 0..text.len() {
            let rest = &text.as_bytes()[start..];
            let expected = rest
                .iter()
                .position(|b| !b.is_ascii() || b.is_ascii_uppercase());
            assert_eq!(next_capital_or_non_ascii(rest), expected);
        }
    }

    #[test]
    fn folding_in_pieces_matches_the_definition() {
        // The char-by-char definition of `fold`, kept here as the reference
        // for the faster version that hands out runs of plain ASCII.
        fn reference(s: &str) -> String {
            let mut out = String::new();
            let mut space = false;
            for c in s.chars() {
                let Some(c) = fold_char(c) else {
                    continue;
                };
                if c.is_whitespace() {
                    space = !out.is_empty();
                    continue;
                }
                if space {
                    out.push(' ');
                    space = false;
                }
                out.extend(c.to_lowercase());
            }
            out
        }
        let samples = [
            "",
            " ",
            "Plain ASCII words, with PUNCTUATION!",
            "  two  spaces\tand\ttabs\n\nand lines  ",
            "It’s “quoted” — and `ticked` «here»",
            "ends with a space ",
            " starts with one",
            "a\u{a0}b\u{3000}c\u{200b}d\u{feff}e",
            "ÉCOLE İstanbul ΣΑΣ",
            "Headline. . .",
            "x \u{2028} y",
        ];
        for s in samples {
            assert_eq!(fold(s), reference(s), "{s:?}");
            for key in samples
                .iter()
                .map(|k| headline_key(&reference(k)).to_string())
            {
                assert_eq!(
                    folds_to_key(s, &key),
                    headline_key(&reference(s)) == key,
                    "{s:?} against {key:?}"
                );
            }
        }
    }

    #[test]
    fn word_counts_stop_at_the_cap() {
        let text = "One two, three — four five.";
        let seg = segment(text);
        let doc = Doc::new(text, &seg, &[], &[]);
        let s = &doc.sents[0];
        for cap in 0..8 {
            assert_eq!(s.word_count_up_to(cap), 5.min(cap), "cap {cap}");
        }
        assert_eq!(s.words(), ["One", "two", "three", "four", "five"]);
        assert_eq!(s.word_count_up_to(3), 3);
    }

    #[test]
    fn every_reason_keeps_its_slug_and_label() {
        for reason in BoilerplateReason::ALL {
            assert!(!reason.slug().is_empty() && !reason.label().is_empty());
        }
    }
}
