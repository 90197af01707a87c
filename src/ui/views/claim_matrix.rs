//! The claim matrix: one row per claim, one column per outlet, a mark where
//! the outlet states the claim (a button that opens the sentence), sorted by
//! how many outlets carry it; filters and a claim search on top.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::views::outlet_headers::outlet_headers;

use crate::analysis::export::{claim_id, one_line};
use crate::analysis::Analysis;
use crate::state::claim_rows::matrix_rows;
use crate::state::{Action, MatrixFilter};
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};
use crate::ui::views::claim_evidence::{claim_evidence, ClaimEvidenceProps};

pub struct ClaimMatrixProps {
    pub filter: MatrixFilter,
    pub claim_query: AttrValue,
    /// Only claims naming this entity, when set.
    pub entity: Option<usize>,
    pub on_action: Callback<Action>,
}

pub fn claim_matrix(analysis: &Analysis, props: &ClaimMatrixProps) -> Html {
    let rows = matrix_rows(analysis, &props.filter, &props.claim_query, props.entity);
    let n = analysis.articles.len();
    let filter = &props.filter;

    let quick = |label: String, target: MatrixFilter, testid: String| {
        let on_action = props.on_action.clone();
        let pressed = *filter == target;
        html! {
            <button
                type="button"
                class="filter-button"
                data-testid={testid}
                aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| on_action.emit(Action::SetFilter(target.clone())))}
            >{ label }</button>
        }
    };
    let mut buttons = vec![quick(
        "All claims".into(),
        MatrixFilter::All,
        "filter-all".into(),
    )];
    for k in 2..=n {
        let label = if k == n {
            format!("All {n} outlets")
        } else {
            format!("≥ {k} outlets")
        };
        buttons.push(quick(
            label,
            MatrixFilter::AtLeast(k),
            format!("filter-min-{k}"),
        ));
    }
    buttons.push(quick(
        "Only one outlet".into(),
        MatrixFilter::OnlyOne,
        "filter-single".into(),
    ));

    let on_outlet = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_action.emit(Action::SetFilter(if value.is_empty() {
                MatrixFilter::All
            } else {
                MatrixFilter::Outlet(value)
            }));
        })
    };
    let selected_outlet = match filter {
        MatrixFilter::Outlet(slug) => slug.clone(),
        _ => String::new(),
    };
    let outlet_options = analysis
        .articles
        .iter()
        .map(|a| {
            html! {
                <option value={a.source.slug.clone()} selected={selected_outlet == a.source.slug}>
                    { a.source.outlet.clone() }
                </option>
            }
        })
        .collect::<Html>();
    let on_query = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetClaimQuery(input.value()));
        })
    };

    let body = rows
        .iter()
        .map(|&c| {
            let claim = &analysis.claims.claims[c];
            let id = claim_id(c);
            let label = claim.label_mention();
            let label_text = one_line(label.span.slice(analysis.articles[label.article].text()));
            let cells = analysis
                .articles
                .iter()
                .map(|a| {
                    let slot = outlet_slot(a.index);
                    if claim.carried_by(a.index) {
                        let on_action = props.on_action.clone();
                        let slug = a.source.slug.clone();
                        let open = Callback::from(move |_| {
                            on_action.emit(Action::OpenClaim { claim: c, outlet: slug.clone() })
                        });
                        html! {
                            <td class="cell present" data-slot={slot.to_string()}>
                                <button
                                    type="button"
                                    class="cell-button"
                                    data-testid={format!("cell-{id}-{}", a.source.slug)}
                                    aria-label={format!("{} states {id}: open it in the reader", a.source.outlet)}
                                    onclick={open}
                                >
                                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                                    <span aria-hidden="true">{ " ✓" }</span>
                                </button>
                            </td>
                        }
                    } else {
                        html! {
                            <td class="cell absent">
                                <span aria-hidden="true">{ "·" }</span>
                                <span class="visually-hidden">{ format!("{} does not state it", a.source.label) }</span>
                            </td>
                        }
                    }
                })
                .collect::<Html>();
            html! {
                <tr key={id.clone()} data-claim={id.clone()} data-testid={format!("row-{id}")} data-outlets={claim.outlet_count().to_string()}>
                    <th scope="row" class="claim-label">
                        <details>
                            <summary><span class="claim-id">{ id.clone() }</span>{ " " }{ label_text }</summary>
                            { claim_evidence(analysis, &ClaimEvidenceProps { claim: c }) }
                        </details>
                    </th>
                    <td class="count" data-coverage={claim.outlet_count().saturating_sub(1).to_string()}>
                        { format!("{}/{n}", claim.outlet_count()) }
                    </td>
                    { cells }
                </tr>
            }
        })
        .collect::<Html>();

    html! {
        <main class="claim-matrix" aria-labelledby="matrix-title">
            <h2 id="matrix-title">{ "Claim matrix: who reports what" }</h2>
            <p class="help">
                { "Each row is a claim: a sentence or clause, grouped with the sentences in other outlets that state the same thing. Rows with most outlets come first. Open a row to see each link's evidence; press a ✓ to read the sentence in place." }
            </p>
            <div class="matrix-filters" role="group" aria-label="Filter claims">
                { for buttons }
                <label class="outlet-filter">
                    { "Claims of one outlet " }
                    <select data-testid="filter-outlet" onchange={on_outlet}>
                        <option value="" selected={selected_outlet.is_empty()}>{ "—" }</option>
                        { outlet_options }
                    </select>
                </label>
                <label class="claim-search">
                    { "Search claims " }
                    <input
                        type="search"
                        data-testid="claim-search"
                        value={props.claim_query.clone()}
                        oninput={on_query}
                    />
                </label>
            </div>
            if let Some(entity) = props.entity.and_then(|e| analysis.entities.get(e)) {
                <p class="entity-filter" data-testid="matrix-entity-filter">
                    { format!("Only claims naming {} ({}). ", entity.name, entity.kind.label().to_lowercase()) }
                    <button type="button" class="link-button" data-testid="clear-entity" onclick={{
                        let on_action = props.on_action.clone();
                        Callback::from(move |_| on_action.emit(Action::SelectEntity(None)))
                    }}>{ "Show claims naming anyone" }</button>
                </p>
            }
            <p class="match-summary" role="status" data-testid="matrix-count">
                { format!("{} of {} claims shown.", rows.len(), analysis.claims.claims.len()) }
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Claim matrix table">
                <table data-testid="claim-matrix">
                    <caption class="visually-hidden">{ "Claims by outlet; ✓ marks an outlet that states the claim." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Claim" }</th>
                            <th scope="col">{ "Outlets" }</th>
                            { outlet_headers(analysis) }
                        </tr>
                    </thead>
                    <tbody>{ body }</tbody>
                </table>
            </div>
        </main>
    }
}
