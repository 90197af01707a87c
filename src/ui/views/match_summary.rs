//! A live line that says how many matches the search found in each outlet.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::search::is_searchable;
use crate::analysis::Analysis;
use crate::state::pieces::visible_matches;
use crate::ui::context::Matches;

pub struct MatchSummaryProps {
    pub query: AttrValue,
    pub matches: Matches,
    pub hidden: Rc<Vec<String>>,
    pub hide_boilerplate: bool,
}

pub fn match_summary(analysis: &Analysis, props: &MatchSummaryProps) -> Html {
    let text = if props.query.trim().is_empty() {
        String::new()
    } else if !is_searchable(&props.query) {
        "Type one more character to search.".to_string()
    } else {
        let counts: Vec<(String, usize, bool)> = analysis
            .articles
            .iter()
            .map(|a| {
                let n = visible_matches(a, &props.matches.0[a.index], props.hide_boilerplate);
                (
                    a.source.label.clone(),
                    n,
                    props.hidden.contains(&a.source.slug),
                )
            })
            .collect();
        let total: usize = counts.iter().map(|c| c.1).sum();
        let per_outlet: Vec<String> = counts
            .iter()
            .map(|(label, n, hidden)| {
                if *hidden {
                    format!("{label} {n} (hidden)")
                } else {
                    format!("{label} {n}")
                }
            })
            .collect();
        let noun = if total == 1 { "match" } else { "matches" };
        format!(
            "{total} {noun} for “{}”: {}.",
            props.query.trim(),
            per_outlet.join(" · ")
        )
    };
    html! {
        <p class="match-summary" data-testid="match-summary" role="status" aria-live="polite">{ text }</p>
    }
}
