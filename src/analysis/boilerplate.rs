//! Boilerplate detection. (Stub: being written.)

use super::segment::Segmentation;
use super::span::Span;
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
    let _ = (text, headline_hint);
    BoilerplateReport {
        headline: None,
        sentences: vec![None; seg.sentences.len()],
        inline: Vec::new(),
    }
}
