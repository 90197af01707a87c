//! The similarity page: a heat map of every pair of outlets on one
//! dimension (one hue in five luminance steps, the score printed in every
//! cell), a switch between the dimensions, and for the selected pair all six
//! scores with their evidence: shared names, shared claims, matching dates.

use yew::prelude::*;

use crate::analysis::export::claim_id;
use crate::analysis::similarity::{Dimension, Pair};
use crate::analysis::{Analysis, Span};
use crate::state::profile_rows::{score, step};
use crate::state::{Action, ViewState};
use crate::ui::views::outlet_headers::outlet_headers;
use crate::ui::views::outlet_ref::outlet_ref;

/// How each dimension is scored, for the page's help.
fn help(d: Dimension) -> &'static str {
    match d {
        Dimension::Overall => {
            "weighted mean: narrative 35%, entities 25%, time 15%, tone 15%, style 10%"
        }
        Dimension::Entities => "the names both use, weighted by mentions",
        Dimension::Time => "dates that fall in the same period (a bare year matches a precise date only a little), and how close the publication dates are",
        Dimension::Narrative => "the claims both state",
        Dimension::Tone => "how alike their rates of language marks are, in their own voice",
        Dimension::Style => "sentence length, quotations, attribution and boilerplate",
    }
}

pub fn similarity(analysis: &Analysis, view: &ViewState, on_action: &Callback<Action>) -> Html {
    let sim = &analysis.similarity;
    let dim = view.dim;
    let dims = Dimension::ALL
        .into_iter()
        .map(|d| {
            let id = format!("dim-{}", d.slug());
            let on_action = on_action.clone();
            html! {
                <label for={id.clone()} title={help(d)}>
                    <input type="radio" id={id.clone()} name="dimension" data-testid={id} checked={d == dim}
                        onchange={Callback::from(move |_: Event| on_action.emit(Action::SetDimension(d)))} />
                    { format!(" {}", d.label()) }
                </label>
            }
        })
        .collect::<Html>();
    let rows = analysis
        .articles
        .iter()
        .map(|row| {
            let cells = analysis
                .articles
                .iter()
                .map(|col| match sim.pair(row.index, col.index) {
                    None => html! { <td class="sim-self">{ "—" }</td> },
                    Some(p) => {
                        let v = p.score(dim);
                        let pair = (p.a, p.b);
                        let on_action = on_action.clone();
                        html! {
                            <td>
                                <button type="button" class="sim-cell"
                                    data-step={step(v).to_string()}
                                    data-testid={format!("sim-{}-{}", row.source.slug, col.source.slug)}
                                    aria-pressed={(view.pair == Some(pair)).to_string()}
                                    aria-label={format!("{} and {}: {} {}", row.source.label, col.source.label, dim.label(), score(v))}
                                    onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SelectPair(Some(pair))))}
                                >{ score(v) }</button>
                            </td>
                        }
                    }
                })
                .collect::<Html>();
            html! {
                <tr>
                    <th scope="row">{ outlet_ref(analysis, row.index) }</th>
                    { cells }
                </tr>
            }
        })
        .collect::<Html>();
    let evidence = view
        .pair
        .and_then(|(a, b)| sim.pair(a, b))
        .map(|p| pair_evidence(analysis, p, on_action));
    html! {
        <main class="similarity-view" data-testid="similarity-view" aria-labelledby="similarity-title">
            <h2 id="similarity-title">{ "Similarity: how close each pair of outlets is" }</h2>
            <p class="help">{ format!("Scores from 0 (nothing in common) to 1 (the same), by dimension. {}: {}. The darker the cell, the higher the score; the score is printed in it. Press a cell for the evidence.", dim.label(), help(dim)) }</p>
            <fieldset class="dimension-switch">
                <legend>{ "Dimension" }</legend>
                { dims }
            </fieldset>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Similarity heat map">
                <table class="sim-table" data-testid="sim-table" data-dim={dim.slug()}>
                    <caption class="visually-hidden">{ format!("{} similarity of every pair of outlets", dim.label()) }</caption>
                    <thead><tr><td></td>{ outlet_headers(analysis) }</tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            { evidence }
        </main>
    }
}

/// The six scores of a pair and why: the names, claims and dates they share.
fn pair_evidence(analysis: &Analysis, p: &Pair, on_action: &Callback<Action>) -> Html {
    let (a, b) = (p.a, p.b);
    let scores = Dimension::ALL
        .into_iter()
        .map(|d| html! { <li>{ format!("{}: {}", d.label(), score(p.score(d))) }</li> })
        .collect::<Html>();
    let names = p
        .entities
        .iter()
        .filter_map(|&e| analysis.entities.get(e))
        .map(|e| {
            html! { <li>{ format!("{} ({} / {})", e.name, e.per_article[a], e.per_article[b]) }</li> }
        })
        .collect::<Html>();
    let text =
        |article: usize, span: Span| span.slice(analysis.articles[article].text()).to_string();
    let claims = p
        .claims
        .iter()
        .filter_map(|&c| analysis.claims.claims.get(c))
        .map(|c| {
            // The first outlet's own wording of it (the pair view shows both).
            let m = c
                .mentions
                .iter()
                .find(|m| m.article == a)
                .unwrap_or(c.label_mention());
            let outlet = analysis.articles[a].source.slug.clone();
            let id = c.id;
            let on_action = on_action.clone();
            html! {
                <li>
                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenClaim { claim: id, outlet: outlet.clone() }))}>
                        { claim_id(c.id) }
                    </button>
                    { format!(" {}", text(m.article, m.span)) }
                </li>
            }
        })
        .collect::<Html>();
    let dates = p
        .dates
        .iter()
        .map(|d| {
            let (qa, qb) = (&analysis.quantities[d.a], &analysis.quantities[d.b]);
            html! { <li>{ format!("“{}” / “{}”", text(qa.article, qa.span), text(qb.article, qb.span)) }</li> }
        })
        .collect::<Html>();
    let open = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenPair(a, b)))
    };
    let empty = |n: usize| (n == 0).then(|| html! { <li>{ "none" }</li> });
    html! {
        <section class="pair-evidence" data-testid="pair-evidence" aria-labelledby="evidence-title">
            <h3 id="evidence-title">{ outlet_ref(analysis, a) }{ " and " }{ outlet_ref(analysis, b) }</h3>
            <ul class="pair-scores">{ scores }</ul>
            <button type="button" data-testid="open-pair" onclick={open}>{ "Compare their wording side by side" }</button>
            <h4>{ format!("Names both use ({}; mentions in each)", p.entities.len()) }</h4>
            <ul data-testid="evidence-entities">{ names }{ empty(p.entities.len()) }</ul>
            <h4>{ format!("Claims both state ({})", p.claims.len()) }</h4>
            <ul data-testid="evidence-claims">{ claims }{ empty(p.claims.len()) }</ul>
            <h4>{ format!("Dates that match ({})", p.dates.len()) }</h4>
            <ul data-testid="evidence-dates">{ dates }{ empty(p.dates.len()) }</ul>
        </section>
    }
}
