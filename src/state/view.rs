//! The view state machine: which outlets are shown, what is searched, whether
//! boilerplate is shown, and how that state is written to and read from the
//! URL hash.

use std::collections::BTreeSet;

use super::hash;

/// Longest search query kept; a longer paste is cut here, never rejected.
pub const MAX_QUERY_CHARS: usize = 200;

/// Everything the user has chosen about the view. The default shows every
/// outlet, no search, and boilerplate dimmed in place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Slugs of the outlets whose columns are hidden.
    pub hidden: BTreeSet<String>,
    /// The search query as typed (at most `MAX_QUERY_CHARS` chars).
    pub query: String,
    /// Hide boilerplate instead of showing it dimmed.
    pub hide_boilerplate: bool,
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
    /// Replace the whole state, e.g. after back/forward changed the hash.
    Replace(ViewState),
}

/// How a state change should reach the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A discrete choice: back should undo it.
    Push,
    /// Typing: one history entry per keystroke would make back useless.
    Replace,
}

impl ViewState {
    /// Applies an action; returns whether anything changed.
    pub fn apply(&mut self, action: Action, slugs: &[&str]) -> bool {
        let before = self.clone();
        match action {
            Action::ToggleOutlet(slug) => {
                if !self.hidden.remove(&slug) && slugs.contains(&slug.as_str()) {
                    self.hidden.insert(slug);
                }
            }
            Action::ShowOnly(slug) => {
                if slugs.contains(&slug.as_str()) {
                    self.hidden = slugs
                        .iter()
                        .filter(|s| **s != slug)
                        .map(|s| s.to_string())
                        .collect();
                }
            }
            Action::ShowAll => self.hidden.clear(),
            Action::SetQuery(query) => self.query = clip_query(&query),
            Action::SetHideBoilerplate(hide) => self.hide_boilerplate = hide,
            Action::Replace(state) => *self = state,
        }
        *self != before
    }

    pub fn is_visible(&self, slug: &str) -> bool {
        !self.hidden.contains(slug)
    }

    /// The URL hash for this state (without `#`); empty for the default.
    pub fn to_hash(&self, slugs: &[&str]) -> String {
        let mut parts = Vec::new();
        let visible: Vec<&str> = slugs
            .iter()
            .copied()
            .filter(|s| self.is_visible(s))
            .collect();
        if visible.len() < slugs.len() {
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
        parts.join("&")
    }

    /// Reads a hash written by `to_hash` (or typed or mangled by hand). Never
    /// fails: anything unreadable keeps its default, and the names of the
    /// fields that were ignored come back for an optional notice.
    pub fn from_hash(hash: &str, slugs: &[&str]) -> (ViewState, Vec<String>) {
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
            match key.as_str() {
                "outlets" => match parse_outlets(&value, slugs) {
                    Some(hidden) => state.hidden = hidden,
                    None => ignored.push(key),
                },
                "q" => state.query = clip_query(&value),
                "boilerplate" => match value.as_str() {
                    "hide" => state.hide_boilerplate = true,
                    "show" => state.hide_boilerplate = false,
                    _ => ignored.push(key),
                },
                _ => ignored.push(key),
            }
        }
        (state, ignored)
    }
}

/// Push for discrete changes, replace when only the query text changed.
pub fn history_mode(old: &ViewState, new: &ViewState) -> HistoryMode {
    let mut typed = new.clone();
    typed.query = old.query.clone();
    if typed == *old && old.query != new.query {
        HistoryMode::Replace
    } else {
        HistoryMode::Push
    }
}

/// The hidden set for an `outlets=` value: the listed known slugs are shown,
/// the rest hidden. `None` when the value names no known outlet at all.
fn parse_outlets(value: &str, slugs: &[&str]) -> Option<BTreeSet<String>> {
    if value == "none" {
        return Some(slugs.iter().map(|s| s.to_string()).collect());
    }
    let listed: BTreeSet<&str> = value.split(',').map(str::trim).collect();
    if !slugs.iter().any(|s| listed.contains(s)) {
        return None;
    }
    Some(
        slugs
            .iter()
            .filter(|s| !listed.contains(*s))
            .map(|s| s.to_string())
            .collect(),
    )
}

fn clip_query(query: &str) -> String {
    query.chars().take(MAX_QUERY_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLUGS: &[&str] = &["od", "blog", "fud", "hill", "tpm"];

    fn state(hidden: &[&str], query: &str, hide_boilerplate: bool) -> ViewState {
        ViewState {
            hidden: hidden.iter().map(|s| s.to_string()).collect(),
            query: query.into(),
            hide_boilerplate,
        }
    }

    fn check(hash: &str, expected: ViewState, expected_ignored: &[&str]) {
        let (got, ignored) = ViewState::from_hash(hash, SLUGS);
        assert_eq!(got, expected, "reading {hash:?}");
        assert_eq!(ignored, expected_ignored, "ignored fields of {hash:?}");
    }

    #[test]
    fn hashes_are_read_back() {
        check("", ViewState::default(), &[]);
        check(
            "#outlets=od,hill",
            state(&["blog", "fud", "tpm"], "", false),
            &[],
        );
        check("#outlets=none", state(SLUGS, "", false), &[]);
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
    }

    #[test]
    fn every_state_round_trips_through_the_hash() {
        let states = [
            ViewState::default(),
            state(&["od"], "", false),
            state(SLUGS, "x", true),
            state(&["tpm", "fud"], "Trump’s “missing” emails & more=1", true),
        ];
        for s in states {
            let hash = s.to_hash(SLUGS);
            assert_eq!(
                ViewState::from_hash(&hash, SLUGS),
                (s.clone(), vec![]),
                "{hash}"
            );
        }
        assert_eq!(ViewState::default().to_hash(SLUGS), "");
    }

    #[test]
    fn actions_change_state_and_report_it() {
        let mut s = ViewState::default();
        assert!(s.apply(Action::ToggleOutlet("fud".into()), SLUGS));
        assert!(!s.is_visible("fud"));
        assert!(s.apply(Action::ToggleOutlet("fud".into()), SLUGS));
        assert!(s.is_visible("fud"));
        assert!(!s.apply(Action::ToggleOutlet("unknown".into()), SLUGS));
        assert!(s.apply(Action::ShowOnly("hill".into()), SLUGS));
        assert_eq!(s.hidden.len(), 4);
        assert!(!s.apply(Action::ShowOnly("hill".into()), SLUGS));
        assert!(s.apply(Action::ShowAll, SLUGS));
        assert!(!s.apply(Action::ShowAll, SLUGS));
        assert!(s.apply(Action::SetHideBoilerplate(true), SLUGS));
        assert!(!s.apply(Action::SetHideBoilerplate(true), SLUGS));
    }

    #[test]
    fn huge_queries_are_clipped_not_refused() {
        let mut s = ViewState::default();
        s.apply(Action::SetQuery("ab".repeat(10_000)), SLUGS);
        assert_eq!(s.query.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn typing_replaces_history_and_choices_push_it() {
        let a = state(&[], "nix", false);
        assert_eq!(
            history_mode(&a, &state(&[], "nix ", false)),
            HistoryMode::Replace
        );
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
