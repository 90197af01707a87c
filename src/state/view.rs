//! The view state machine: which page is open, which outlets are shown, what
//! is searched, how the reader colors sentences, which claim is in focus, and
//! how all of that is written to and read from the URL hash.

use super::hash;
use crate::analysis::language::Category;
use crate::analysis::similarity::Dimension;

/// Longest search query kept; a longer paste is cut here, never rejected.
pub const MAX_QUERY_CHARS: usize = 200;

/// Default for "claims at least k other outlets carry" in the omission view.
pub const DEFAULT_K: usize = 2;

/// What the state is checked against: the outlets and the number of claims
/// in the current analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Known {
    pub slugs: Vec<String>,
    pub claims: usize,
    pub entities: usize,
}

impl Known {
    pub fn has_slug(&self, slug: &str) -> bool {
        self.slugs.iter().any(|s| s == slug)
    }

    /// The largest meaningful k: the number of other outlets.
    pub fn max_k(&self) -> usize {
        self.slugs.len().saturating_sub(1).max(1)
    }
}

/// Which view fills the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Reader,
    Matrix,
    Omissions,
    Entities,
    Numbers,
    Quotes,
    Profiles,
    Similarity,
    Pair,
    /// The articles themselves: import, remove, reset, export.
    Articles,
}

impl Page {
    pub fn slug(self) -> &'static str {
        match self {
            Page::Reader => "reader",
            Page::Matrix => "matrix",
            Page::Omissions => "omissions",
            Page::Entities => "entities",
            Page::Numbers => "numbers",
            Page::Quotes => "quotes",
            Page::Profiles => "profiles",
            Page::Similarity => "similarity",
            Page::Pair => "pair",
            Page::Articles => "articles",
        }
    }

    pub const ALL: [Page; 10] = [
        Page::Reader,
        Page::Matrix,
        Page::Omissions,
        Page::Entities,
        Page::Numbers,
        Page::Quotes,
        Page::Profiles,
        Page::Similarity,
        Page::Pair,
        Page::Articles,
    ];

    fn parse(s: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == s)
    }
}

/// How the reader marks sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReaderMode {
    #[default]
    Plain,
    /// Shade each claim by how many other outlets carry it.
    Coverage,
    /// Mark every named person, organisation, outlet and place by kind.
    Entities,
    /// Mark loaded language, hedges, boosters and typographic cues by category.
    Language,
}

impl ReaderMode {
    pub fn slug(self) -> &'static str {
        match self {
            ReaderMode::Plain => "plain",
            ReaderMode::Coverage => "coverage",
            ReaderMode::Entities => "entities",
            ReaderMode::Language => "language",
        }
    }

    fn parse(s: &str) -> Option<ReaderMode> {
        [
            ReaderMode::Plain,
            ReaderMode::Coverage,
            ReaderMode::Entities,
            ReaderMode::Language,
        ]
        .into_iter()
        .find(|m| m.slug() == s)
    }
}

/// Whose words the language marks come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Voice {
    #[default]
    All,
    /// The outlet's own words only.
    Own,
    /// Words inside quotations only.
    Quoted,
}

impl Voice {
    pub fn slug(self) -> &'static str {
        match self {
            Voice::All => "all",
            Voice::Own => "own",
            Voice::Quoted => "quoted",
        }
    }

    fn parse(s: &str) -> Option<Voice> {
        [Voice::All, Voice::Own, Voice::Quoted]
            .into_iter()
            .find(|v| v.slug() == s)
    }

    /// Whether a mark in this voice (own or quoted) is shown.
    pub fn shows(self, own_voice: bool) -> bool {
        match self {
            Voice::All => true,
            Voice::Own => own_voice,
            Voice::Quoted => !own_voice,
        }
    }
}

/// Which rows the claim matrix shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum MatrixFilter {
    #[default]
    All,
    /// Claims carried by at least this many outlets.
    AtLeast(usize),
    /// Claims only one outlet states.
    OnlyOne,
    /// The claims one outlet states (by slug).
    Outlet(String),
}

impl MatrixFilter {
    fn to_hash_value(&self) -> Option<String> {
        match self {
            MatrixFilter::All => None,
            MatrixFilter::AtLeast(k) => Some(format!("min-{k}")),
            MatrixFilter::OnlyOne => Some("single".into()),
            MatrixFilter::Outlet(slug) => Some(format!("outlet-{slug}")),
        }
    }

    fn parse(value: &str, known: &Known) -> Option<MatrixFilter> {
        if value == "all" {
            return Some(MatrixFilter::All);
        }
        if value == "single" {
            return Some(MatrixFilter::OnlyOne);
        }
        if let Some(k) = value.strip_prefix("min-") {
            let k: usize = k.parse().ok()?;
            return (1..=known.slugs.len().max(1))
                .contains(&k)
                .then_some(MatrixFilter::AtLeast(k));
        }
        let slug = value.strip_prefix("outlet-")?;
        known
            .has_slug(slug)
            .then(|| MatrixFilter::Outlet(slug.to_string()))
    }
}

/// Everything the user has chosen about the view. The default is the reader
/// with every outlet, no search, and boilerplate dimmed in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    pub page: Page,
    /// Slugs of the outlets whose columns are hidden, sorted, no repeats
    /// (a sorted list rather than a `BTreeSet`: the page then carries no
    /// B-tree code).
    pub hidden: Vec<String>,
    /// The search query as typed (at most `MAX_QUERY_CHARS` chars).
    pub query: String,
    /// Hide boilerplate instead of showing it dimmed.
    pub hide_boilerplate: bool,
    pub mode: ReaderMode,
    pub filter: MatrixFilter,
    /// The claim search in the matrix.
    pub claim_query: String,
    /// Omissions: claims at least `k` other outlets carry.
    pub k: usize,
    /// The claim in focus (index into the claims), highlighted everywhere.
    pub focus: Option<usize>,
    /// The selected entity (index into the entities): its mentions are
    /// outlined in the reader and the claim matrix lists the claims naming it.
    pub entity: Option<usize>,
    /// The numbers view lists only measures whose values conflict.
    pub conflicts_only: bool,
    /// Language categories hidden in the reader, one bit per `Category::index`.
    pub hidden_marks: u16,
    pub voice: Voice,
    /// The similarity dimension the heat map shows.
    pub dim: Dimension,
    /// Two articles (indices, the smaller first) compared in the similarity
    /// evidence and the pair view.
    pub pair: Option<(usize, usize)>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            page: Page::Reader,
            hidden: Vec::new(),
            query: String::new(),
            hide_boilerplate: false,
            mode: ReaderMode::Plain,
            filter: MatrixFilter::All,
            claim_query: String::new(),
            k: DEFAULT_K,
            focus: None,
            entity: None,
            conflicts_only: false,
            hidden_marks: 0,
            voice: Voice::All,
            dim: Dimension::Overall,
            pair: None,
        }
    }
}

/// What the user did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Action {
    ToggleOutlet(String),
    /// Show this outlet's column alone.
    ShowOnly(String),
    ShowAll,
    SetQuery(String),
    SetHideBoilerplate(bool),
    SetPage(Page),
    SetMode(ReaderMode),
    SetFilter(MatrixFilter),
    SetClaimQuery(String),
    SetK(usize),
    /// Focus a claim (or none), e.g. on hover or keyboard focus.
    FocusClaim(Option<usize>),
    /// Open the reader in coverage mode at a claim, making sure the outlet's
    /// column is shown.
    OpenClaim {
        claim: usize,
        outlet: String,
    },
    /// Select an entity (or none) where the user is.
    SelectEntity(Option<usize>),
    /// Open the reader in entity mode with this entity's mentions outlined.
    OpenEntity(usize),
    /// Open the claim matrix listing the claims that name this entity.
    EntityClaims(usize),
    SetConflictsOnly(bool),
    /// Show or hide one category of language marks.
    ToggleCategory(Category),
    /// Show every category of language marks.
    ShowAllCategories,
    SetVoice(Voice),
    SetDimension(Dimension),
    /// Select two articles (or none) for the similarity evidence.
    SelectPair(Option<(usize, usize)>),
    /// Open the pair view on two articles.
    OpenPair(usize, usize),
    /// Replace the whole state, e.g. after back/forward changed the hash.
    Replace(ViewState),
}

/// How a state change should reach the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A discrete choice: back should undo it.
    Push,
    /// Typing or hovering: one history entry each would make back useless.
    Replace,
}

impl ViewState {
    /// Applies an action; returns whether anything changed.
    pub fn apply(&mut self, action: Action, known: &Known) -> bool {
        let before = self.clone();
        match action {
            Action::ToggleOutlet(slug) => match self.hidden.binary_search(&slug) {
                Ok(at) => {
                    self.hidden.remove(at);
                }
                Err(at) if known.has_slug(&slug) => self.hidden.insert(at, slug),
                Err(_) => {}
            },
            Action::ShowOnly(slug) => {
                if known.has_slug(&slug) {
                    self.hidden = set_of(known.slugs.iter().filter(|s| **s != slug).cloned());
                }
            }
            Action::ShowAll => self.hidden.clear(),
            Action::SetQuery(query) => self.query = clip_query(&query),
            Action::SetHideBoilerplate(hide) => self.hide_boilerplate = hide,
            Action::SetPage(page) => self.page = page,
            Action::SetMode(mode) => self.mode = mode,
            Action::SetFilter(filter) => {
                let valid = match &filter {
                    MatrixFilter::AtLeast(k) => (1..=known.slugs.len().max(1)).contains(k),
                    MatrixFilter::Outlet(slug) => known.has_slug(slug),
                    _ => true,
                };
                if valid {
                    self.filter = filter;
                }
            }
            Action::SetClaimQuery(query) => self.claim_query = clip_query(&query),
            Action::SetK(k) => self.k = k.clamp(1, known.max_k()),
            Action::FocusClaim(claim) => {
                if claim.is_none_or(|c| c < known.claims) {
                    self.focus = claim;
                }
            }
            Action::OpenClaim { claim, outlet } => {
                if claim < known.claims {
                    self.page = Page::Reader;
                    self.mode = ReaderMode::Coverage;
                    self.focus = Some(claim);
                    self.hidden.retain(|s| *s != outlet);
                }
            }
            Action::SelectEntity(entity) => {
                if entity.is_none_or(|e| e < known.entities) {
                    self.entity = entity;
                }
            }
            Action::OpenEntity(entity) => {
                if entity < known.entities {
                    self.page = Page::Reader;
                    self.mode = ReaderMode::Entities;
                    self.entity = Some(entity);
                }
            }
            Action::EntityClaims(entity) => {
                if entity < known.entities {
                    self.page = Page::Matrix;
                    self.entity = Some(entity);
                }
            }
            Action::SetConflictsOnly(on) => self.conflicts_only = on,
            Action::ToggleCategory(c) => self.hidden_marks ^= 1 << c.index(),
            Action::ShowAllCategories => self.hidden_marks = 0,
            Action::SetVoice(voice) => self.voice = voice,
            Action::SetDimension(dim) => self.dim = dim,
            Action::SelectPair(pair) => {
                if pair.is_none_or(|p| valid_pair(p, known)) {
                    self.pair = pair.map(ordered);
                }
            }
            Action::OpenPair(a, b) => {
                if valid_pair((a, b), known) {
                    self.page = Page::Pair;
                    self.pair = Some(ordered((a, b)));
                }
            }
            Action::Replace(state) => *self = state,
        }
        *self != before
    }

    pub fn is_visible(&self, slug: &str) -> bool {
        self.hidden
            .binary_search_by(|s| s.as_str().cmp(slug))
            .is_err()
    }

    /// Whether language marks of this category are shown.
    pub fn shows_category(&self, c: Category) -> bool {
        self.hidden_marks & (1 << c.index()) == 0
    }

    /// The URL hash for this state (without `#`); empty for the default.
    pub fn to_hash(&self, known: &Known) -> String {
        let mut parts = Vec::new();
        if self.page != Page::Reader {
            parts.push(format!("view={}", self.page.slug()));
        }
        let visible: Vec<&str> = known
            .slugs
            .iter()
            .map(String::as_str)
            .filter(|s| self.is_visible(s))
            .collect();
        if visible.len() < known.slugs.len() {
            let list = if visible.is_empty() {
                "none".to_string()
            } else {
                visible.join(",")
            };
            parts.push(format!("outlets={list}"));
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", hash::encode(&self.query)));
        }
        if self.hide_boilerplate {
            parts.push("boilerplate=hide".to_string());
        }
        if self.mode != ReaderMode::Plain {
            parts.push(format!("mode={}", self.mode.slug()));
        }
        if let Some(filter) = self.filter.to_hash_value() {
            parts.push(format!("filter={filter}"));
        }
        if !self.claim_query.is_empty() {
            parts.push(format!("cq={}", hash::encode(&self.claim_query)));
        }
        if self.k != DEFAULT_K {
            parts.push(format!("k={}", self.k));
        }
        if let Some(claim) = self.focus {
            parts.push(format!("claim=c{}", claim + 1));
        }
        if let Some(entity) = self.entity {
            parts.push(format!("entity=e{}", entity + 1));
        }
        if self.conflicts_only {
            parts.push("numbers=conflicts".to_string());
        }
        if self.hidden_marks != 0 {
            let shown: Vec<&str> = Category::ALL
                .into_iter()
                .filter(|c| self.shows_category(*c))
                .map(Category::slug)
                .collect();
            let list = if shown.is_empty() {
                "none".to_string()
            } else {
                shown.join(",")
            };
            parts.push(format!("marks={list}"));
        }
        if self.voice != Voice::All {
            parts.push(format!("voice={}", self.voice.slug()));
        }
        if self.dim != Dimension::Overall {
            parts.push(format!("dim={}", self.dim.slug()));
        }
        if let Some((a, b)) = self.pair {
            if let (Some(a), Some(b)) = (known.slugs.get(a), known.slugs.get(b)) {
                parts.push(format!("pair={a},{b}"));
            }
        }
        parts.join("&")
    }

    /// Reads a hash written by `to_hash` (or typed or mangled by hand). Never
    /// fails: anything unreadable keeps its default, and the names of the
    /// fields that were ignored come back for an optional notice.
    pub fn from_hash(hash: &str, known: &Known) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        for pair in hash::parse_pairs(hash) {
            let (key, value) = match pair {
                Ok(kv) => kv,
                Err(key) => {
                    ignored.push(key);
                    continue;
                }
            };
            let ok = match key.as_str() {
                "view" => Page::parse(&value).map(|p| state.page = p).is_some(),
                "outlets" => parse_outlets(&value, known)
                    .map(|h| state.hidden = h)
                    .is_some(),
                "q" => {
                    state.query = clip_query(&value);
                    true
                }
                "boilerplate" => match value.as_str() {
                    "hide" => {
                        state.hide_boilerplate = true;
                        true
                    }
                    "show" => true,
                    _ => false,
                },
                "mode" => ReaderMode::parse(&value).map(|m| state.mode = m).is_some(),
                "filter" => MatrixFilter::parse(&value, known)
                    .map(|f| state.filter = f)
                    .is_some(),
                "cq" => {
                    state.claim_query = clip_query(&value);
                    true
                }
                "k" => value
                    .parse::<usize>()
                    .ok()
                    .filter(|k| (1..=known.max_k()).contains(k))
                    .map(|k| state.k = k)
                    .is_some(),
                "claim" => value
                    .strip_prefix('c')
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| (1..=known.claims).contains(n))
                    .map(|n| state.focus = Some(n - 1))
                    .is_some(),
                "entity" => value
                    .strip_prefix('e')
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| (1..=known.entities).contains(n))
                    .map(|n| state.entity = Some(n - 1))
                    .is_some(),
                "numbers" => match value.as_str() {
                    "conflicts" => {
                        state.conflicts_only = true;
                        true
                    }
                    "all" => true,
                    _ => false,
                },
                "marks" => parse_marks(&value)
                    .map(|m| state.hidden_marks = m)
                    .is_some(),
                "voice" => Voice::parse(&value).map(|v| state.voice = v).is_some(),
                "dim" => Dimension::parse(&value).map(|d| state.dim = d).is_some(),
                "pair" => parse_pair(&value, known)
                    .map(|p| state.pair = Some(p))
                    .is_some(),
                _ => false,
            };
            if !ok {
                ignored.push(key);
            }
        }
        (state, ignored)
    }
}

/// Replace when only typed text or the hovered claim changed; push for every
/// other choice, so back undoes it.
pub fn history_mode(old: &ViewState, new: &ViewState) -> HistoryMode {
    let mut passing = new.clone();
    passing.query = old.query.clone();
    passing.claim_query = old.claim_query.clone();
    passing.focus = old.focus;
    if passing == *old {
        HistoryMode::Replace
    } else {
        HistoryMode::Push
    }
}

/// Two different known articles.
fn valid_pair((a, b): (usize, usize), known: &Known) -> bool {
    a != b && a.max(b) < known.slugs.len()
}

fn ordered((a, b): (usize, usize)) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// The hidden-category bits for a `marks=` value listing the shown ones.
/// `None` when the value names no category (and is not `none`).
fn parse_marks(value: &str) -> Option<u16> {
    if value == "none" {
        return Some((1 << Category::ALL.len()) - 1);
    }
    let mut shown = 0u16;
    for c in value.split(',').filter_map(|s| Category::parse(s.trim())) {
        shown |= 1 << c.index();
    }
    (shown != 0).then_some(((1 << Category::ALL.len()) - 1) & !shown)
}

/// The articles of a `pair=slug,slug` value.
fn parse_pair(value: &str, known: &Known) -> Option<(usize, usize)> {
    let (a, b) = value.split_once(',')?;
    let index = |s: &str| known.slugs.iter().position(|k| k == s.trim());
    let pair = (index(a)?, index(b)?);
    valid_pair(pair, known).then(|| ordered(pair))
}

/// The hidden set for an `outlets=` value: the listed known slugs are shown,
/// the rest hidden. `None` when the value names no known outlet at all.
fn parse_outlets(value: &str, known: &Known) -> Option<Vec<String>> {
    if value == "none" {
        return Some(set_of(known.slugs.iter().cloned()));
    }
    let listed: Vec<&str> = value.split(',').map(str::trim).collect();
    if !known.slugs.iter().any(|s| listed.contains(&s.as_str())) {
        return None;
    }
    Some(set_of(
        known
            .slugs
            .iter()
            .filter(|s| !listed.contains(&s.as_str()))
            .cloned(),
    ))
}

/// A sorted list without repeats, built by inserting each item in place: a
/// handful of outlet slugs needs neither a sort nor a B-tree in the page.
pub fn set_of(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut set = Vec::new();
    for item in items {
        if let Err(at) = set.binary_search(&item) {
            set.insert(at, item);
        }
    }
    set
}

fn clip_query(query: &str) -> String {
    query.chars().take(MAX_QUERY_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        Known {
            slugs: ["od", "blog", "fud", "hill", "tpm"]
                .map(String::from)
                .to_vec(),
            claims: 40,
            entities: 12,
        }
    }

    fn state(hidden: &[&str], query: &str, hide_boilerplate: bool) -> ViewState {
        ViewState {
            hidden: set_of(hidden.iter().map(|s| s.to_string())),
            query: query.into(),
            hide_boilerplate,
            ..ViewState::default()
        }
    }

    fn check(hash: &str, expected: ViewState, expected_ignored: &[&str]) {
        let (got, ignored) = ViewState::from_hash(hash, &known());
        assert_eq!(got, expected, "reading {hash:?}");
        assert_eq!(ignored, expected_ignored, "ignored fields of {hash:?}");
    }

    #[test]
    fn hashes_are_read_back() {
        let all: Vec<&str> = vec!["od", "blog", "fud", "hill", "tpm"];
        check("", ViewState::default(), &[]);
        check(
            "#outlets=od,hill",
            state(&["blog", "fud", "tpm"], "", false),
            &[],
        );
        check("#outlets=none", state(&all, "", false), &[]);
        check(
            "#q=Assange%20tweet&boilerplate=hide",
            state(&[], "Assange tweet", true),
            &[],
        );
        check(
            "#outlets=hill,nope",
            state(&["od", "blog", "fud", "tpm"], "", false),
            &[],
        );
        check(
            "#view=matrix&filter=outlet-fud&cq=paid&k=3&claim=c7&mode=coverage",
            ViewState {
                page: Page::Matrix,
                filter: MatrixFilter::Outlet("fud".into()),
                claim_query: "paid".into(),
                k: 3,
                focus: Some(6),
                mode: ReaderMode::Coverage,
                ..ViewState::default()
            },
            &[],
        );
    }

    #[test]
    fn malformed_hashes_fall_back_to_defaults() {
        check("#outlets=nope,zilch", ViewState::default(), &["outlets"]);
        check("#q=%E2%8", ViewState::default(), &["q"]);
        check(
            "#boilerplate=maybe&zoom=3",
            ViewState::default(),
            &["boilerplate", "zoom"],
        );
        check("#&&&===", ViewState::default(), &[""]);
        check("#%%%", ViewState::default(), &["%%%"]);
        check(
            "#view=chart&filter=min-9&k=0&claim=c99&mode=loud",
            ViewState::default(),
            &["view", "filter", "k", "claim", "mode"],
        );
        check(
            "#filter=outlet-nope&claim=7&k=x",
            ViewState::default(),
            &["filter", "claim", "k"],
        );
        check(
            "#entity=e13&numbers=some&view=quotes&mode=entities",
            ViewState {
                page: Page::Quotes,
                mode: ReaderMode::Entities,
                ..ViewState::default()
            },
            &["entity", "numbers"],
        );
    }

    #[test]
    fn every_state_round_trips_through_the_hash() {
        let states = [
            ViewState::default(),
            state(&["od"], "", false),
            state(&["od", "blog", "fud", "hill", "tpm"], "x", true),
            state(&["tpm", "fud"], "Trump’s “missing” emails & more=1", true),
            ViewState {
                page: Page::Omissions,
                k: 1,
                focus: Some(0),
                filter: MatrixFilter::AtLeast(3),
                claim_query: "a&b".into(),
                ..ViewState::default()
            },
            ViewState {
                filter: MatrixFilter::OnlyOne,
                mode: ReaderMode::Coverage,
                ..ViewState::default()
            },
            ViewState {
                page: Page::Numbers,
                mode: ReaderMode::Entities,
                entity: Some(11),
                conflicts_only: true,
                ..ViewState::default()
            },
            ViewState {
                page: Page::Similarity,
                mode: ReaderMode::Language,
                hidden_marks: 0b1_0000_0110,
                voice: Voice::Quoted,
                dim: Dimension::Tone,
                pair: Some((1, 4)),
                ..ViewState::default()
            },
            ViewState {
                page: Page::Pair,
                hidden_marks: (1 << Category::ALL.len()) - 1,
                voice: Voice::Own,
                pair: Some((0, 2)),
                ..ViewState::default()
            },
        ];
        for s in states {
            let hash = s.to_hash(&known());
            assert_eq!(
                ViewState::from_hash(&hash, &known()),
                (s.clone(), vec![]),
                "{hash}"
            );
        }
        assert_eq!(ViewState::default().to_hash(&known()), "");
    }

    #[test]
    fn actions_change_state_and_report_it() {
        let k = known();
        let mut s = ViewState::default();
        assert!(s.apply(Action::ToggleOutlet("fud".into()), &k));
        assert!(!s.is_visible("fud"));
        assert!(s.apply(Action::ToggleOutlet("fud".into()), &k));
        assert!(s.is_visible("fud"));
        assert!(!s.apply(Action::ToggleOutlet("unknown".into()), &k));
        assert!(s.apply(Action::ShowOnly("hill".into()), &k));
        assert_eq!(s.hidden.len(), 4);
        assert!(!s.apply(Action::ShowOnly("hill".into()), &k));
        assert!(s.apply(Action::ShowAll, &k));
        assert!(!s.apply(Action::ShowAll, &k));
        assert!(s.apply(Action::SetHideBoilerplate(true), &k));
        assert!(!s.apply(Action::SetHideBoilerplate(true), &k));
        assert!(!s.apply(Action::SetFilter(MatrixFilter::AtLeast(9)), &k));
        assert!(!s.apply(Action::FocusClaim(Some(40)), &k));
        assert!(s.apply(Action::FocusClaim(Some(39)), &k));
        assert!(s.apply(Action::SetK(99), &k));
        assert_eq!(s.k, 4);
    }

    #[test]
    fn opening_a_claim_goes_to_the_reader_and_shows_the_outlet() {
        let k = known();
        let mut s = ViewState {
            page: Page::Matrix,
            hidden: ["fud".to_string()].into(),
            ..ViewState::default()
        };
        assert!(s.apply(
            Action::OpenClaim {
                claim: 3,
                outlet: "fud".into()
            },
            &k
        ));
        assert_eq!(s.page, Page::Reader);
        assert_eq!(s.mode, ReaderMode::Coverage);
        assert_eq!(s.focus, Some(3));
        assert!(s.is_visible("fud"));
    }

    #[test]
    fn entities_open_the_reader_or_the_claims_naming_them() {
        let k = known();
        let mut s = ViewState::default();
        assert!(!s.apply(Action::OpenEntity(12), &k));
        assert!(s.apply(Action::EntityClaims(4), &k));
        assert_eq!((s.page, s.entity), (Page::Matrix, Some(4)));
        assert!(s.apply(Action::OpenEntity(2), &k));
        assert_eq!(
            (s.page, s.mode, s.entity),
            (Page::Reader, ReaderMode::Entities, Some(2))
        );
        assert!(s.apply(Action::SelectEntity(None), &k));
        assert_eq!(s.entity, None);
        assert!(!s.apply(Action::SelectEntity(Some(99)), &k));
    }

    #[test]
    fn language_filters_and_pairs_read_and_validate() {
        check(
            "#mode=language&marks=hedge,loaded&voice=own&dim=style&pair=tpm,blog&view=profiles",
            ViewState {
                page: Page::Profiles,
                mode: ReaderMode::Language,
                hidden_marks: ((1 << Category::ALL.len()) - 1)
                    & !(1 << Category::Hedge.index() | 1 << Category::Loaded.index()),
                voice: Voice::Own,
                dim: Dimension::Style,
                pair: Some((1, 4)),
                ..ViewState::default()
            },
            &[],
        );
        check(
            "#marks=shouting&voice=loud&dim=mood&pair=tpm,tpm",
            ViewState::default(),
            &["marks", "voice", "dim", "pair"],
        );
        check("#pair=tpm,nope", ViewState::default(), &["pair"]);
        let k = known();
        let mut s = ViewState::default();
        assert!(s.apply(Action::ToggleCategory(Category::Caps), &k));
        assert!(!s.shows_category(Category::Caps) && s.shows_category(Category::Hedge));
        assert!(s.apply(Action::ShowAllCategories, &k));
        assert!(s.shows_category(Category::Caps));
        assert!(!s.apply(Action::SelectPair(Some((2, 2))), &k));
        assert!(!s.apply(Action::SelectPair(Some((2, 5))), &k));
        assert!(s.apply(Action::SelectPair(Some((3, 1))), &k));
        assert_eq!(s.pair, Some((1, 3)));
        assert!(s.apply(Action::OpenPair(4, 0), &k));
        assert_eq!((s.page, s.pair), (Page::Pair, Some((0, 4))));
        assert!(Voice::Own.shows(true) && !Voice::Own.shows(false));
        assert!(Voice::Quoted.shows(false) && Voice::All.shows(true));
    }

    #[test]
    fn huge_queries_are_clipped_not_refused() {
        let mut s = ViewState::default();
        s.apply(Action::SetQuery("ab".repeat(10_000)), &known());
        assert_eq!(s.query.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn typing_and_hovering_replace_history_and_choices_push_it() {
        let a = state(&[], "nix", false);
        assert_eq!(
            history_mode(&a, &state(&[], "nix ", false)),
            HistoryMode::Replace
        );
        let mut hovered = a.clone();
        hovered.focus = Some(2);
        assert_eq!(history_mode(&a, &hovered), HistoryMode::Replace);
        assert_eq!(
            history_mode(&a, &state(&["od"], "nix", false)),
            HistoryMode::Push
        );
        assert_eq!(
            history_mode(&a, &state(&[], "nix", true)),
            HistoryMode::Push
        );
        assert_eq!(
            history_mode(&a, &state(&["od"], "x", false)),
            HistoryMode::Push
        );
    }
}
