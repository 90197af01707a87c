//! Omissions: for each outlet, the claims at least k other outlets carry and
//! it does not, each linked to where the others say it.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::analysis::export::{claim_id, one_line};
use crate::analysis::Analysis;
use crate::state::claim_rows::omissions;
use crate::state::Action;
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};

pub struct OmissionViewProps {
    pub k: usize,
    pub hidden: Rc<Vec<String>>,
    pub on_action: Callback<Action>,
}

pub fn omission_view(analysis: &Analysis, props: &OmissionViewProps) -> Html {
    // Cheap (one pass over the claims), so computed on each render.
    let missing = omissions(analysis, props.k);
    let max_k = analysis.articles.len().saturating_sub(1).max(1);
    let on_k = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(k) = select.value().parse() {
                on_action.emit(Action::SetK(k));
            }
        })
    };
    let k_options = (1..=max_k)
        .map(|k| html! { <option value={k.to_string()} selected={k == props.k}>{ k }</option> })
        .collect::<Html>();

    let sections = analysis
        .articles
        .iter()
        .filter(|a| !props.hidden.contains(&a.source.slug))
        .map(|a| {
            let slot = outlet_slot(a.index);
            let claims = &missing[a.index];
            let items = claims
                .iter()
                .map(|&c| {
                    let claim = &analysis.claims.claims[c];
                    let label = claim.label_mention();
                    let text = one_line(label.span.slice(analysis.articles[label.article].text()));
                    let sources = claim
                        .articles
                        .iter()
                        .map(|&other| {
                            let source = &analysis.articles[other].source;
                            let other_slot = outlet_slot(other);
                            let on_action = props.on_action.clone();
                            let slug = source.slug.clone();
                            html! {
                                <button
                                    type="button"
                                    class="source-button"
                                    data-slot={other_slot.to_string()}
                                    data-testid={format!("omission-{}-{}-{}", a.source.slug, claim_id(c), source.slug)}
                                    onclick={Callback::from(move |_| on_action.emit(Action::OpenClaim { claim: c, outlet: slug.clone() }))}
                                >
                                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[other_slot] }</span>
                                    { format!(" {}", source.label) }
                                    <span class="visually-hidden">{ format!(": read it in {}", source.outlet) }</span>
                                </button>
                            }
                        })
                        .collect::<Html>();
                    html! {
                        <li key={claim_id(c)} data-claim={claim_id(c)}>
                            <span class="claim-id">{ claim_id(c) }</span>{ " " }
                            <span class="claim-text">{ text }</span>
                            <span class="carried-by">{ format!(" — {} of {} outlets: ", claim.outlet_count(), analysis.articles.len()) }{ sources }</span>
                        </li>
                    }
                })
                .collect::<Html>();
            let count = claims.len();
            html! {
                <section key={a.source.slug.clone()} class="omission-outlet" data-slot={slot.to_string()} data-testid={format!("omissions-{}", a.source.slug)} aria-labelledby={format!("omit-{}", a.source.slug)}>
                    <h3 id={format!("omit-{}", a.source.slug)}>
                        <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                        { format!(" {} leaves out {count} {}", a.source.outlet, if count == 1 { "claim" } else { "claims" }) }
                    </h3>
                    if count == 0 {
                        <p class="help">{ "Nothing that enough other outlets carry." }</p>
                    } else {
                        <ul class="omission-list">{ items }</ul>
                    }
                </section>
            }
        })
        .collect::<Html>();

    html! {
        <main class="omission-view" aria-labelledby="omissions-title">
            <h2 id="omissions-title">{ "What each outlet leaves out" }</h2>
            <label class="k-select">
                { "Show claims that at least " }
                <select data-testid="omission-k" onchange={on_k}>{ k_options }</select>
                { " other outlets carry" }
            </label>
            <div class="omission-grid">{ sections }</div>
        </main>
    }
}
