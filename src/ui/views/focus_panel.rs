//! The focused claim, named above the columns: which outlets carry it, and
//! on request the evidence for grouping its sentences.

use yew::prelude::*;

use crate::ui::views::outlet_ref::outlet_ref;

use super::claim_evidence::{claim_evidence, ClaimEvidenceProps};
use crate::analysis::export::{claim_id, one_line};
use crate::analysis::Analysis;
use crate::state::Action;

pub struct FocusPanelProps {
    pub claim: usize,
    pub on_action: Callback<Action>,
}

pub fn focus_panel(analysis: &Analysis, props: &FocusPanelProps) -> Html {
    let Some(claim) = analysis.claims.claims.get(props.claim) else {
        return html! {};
    };
    let label = claim.label_mention();
    let text = one_line(label.span.slice(analysis.articles[label.article].text()));
    let outlets = claim
        .articles
        .iter()
        .map(|&article| html! { <>{ outlet_ref(analysis, article) }{ " " }</> })
        .collect::<Html>();
    let clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::FocusClaim(None)))
    };
    html! {
        <div class="focus-panel" data-testid="focus-panel">
            <p class="focus-head">
                <span class="claim-id">{ claim_id(claim.id) }</span>
                { format!(" carried by {} of {}: ", claim.outlet_count(), analysis.articles.len()) }
                { outlets }
                <button type="button" class="link-button" onclick={clear}>{ "Clear focus" }</button>
            </p>
            <details>
                <summary>
                    <span class="claim-text">{ text }</span>
                    { " — why these sentences are grouped" }
                </summary>
                { claim_evidence(analysis, &ClaimEvidenceProps { claim: claim.id }) }
            </details>
        </div>
    }
}
