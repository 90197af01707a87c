//! The numbers page: each measure (a sum, a count, a date…) with every
//! outlet's value as written, a verdict (conflicting values flagged by a
//! word and a symbol, not color alone) and a one-line explanation. Each value
//! opens its sentence in the reader.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::views::outlet_headers::outlet_headers;

use crate::analysis::export::{measure_id, quantity_id};
use crate::analysis::quantities::Verdict;
use crate::analysis::Analysis;
use crate::state::particular_rows::{claim_at, measure_rows, values_by_article};
use crate::state::Action;
use crate::ui::components::outlet_slot;

pub struct NumbersViewProps {
    pub conflicts_only: bool,
    pub on_action: Callback<Action>,
}

pub fn numbers_view(analysis: &Analysis, props: &NumbersViewProps) -> Html {
    let rows = measure_rows(analysis, props.conflicts_only);
    let conflicts = analysis
        .measures
        .iter()
        .filter(|m| m.verdict == Some(Verdict::Conflicting))
        .count();
    let on_toggle = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetConflictsOnly(input.checked()));
        })
    };
    let body = rows
        .iter()
        .map(|&m| {
            let measure = &analysis.measures[m];
            let id = measure_id(m);
            let (verdict, symbol, text) = match measure.verdict {
                Some(Verdict::Conflicting) => ("conflicting", "⚠", "Conflict"),
                Some(_) => ("consistent", "✓", "Consistent"),
                None => ("single", "–", "One outlet"),
            };
            let cells = values_by_article(analysis, measure)
                .into_iter()
                .enumerate()
                .map(|(a, quantities)| {
                    let article = &analysis.articles[a];
                    let values = quantities
                        .iter()
                        .map(|&q| {
                            let quantity = &analysis.quantities[q];
                            let words = quantity.span.slice(article.text()).to_string();
                            let title = match &quantity.note {
                                Some(note) => format!("{} ({note})", quantity.normalized),
                                None => quantity.normalized.clone(),
                            };
                            let claim = quantity.claim.or_else(|| claim_at(analysis, a, quantity.span));
                            match claim {
                                Some(claim) => {
                                    let on_action = props.on_action.clone();
                                    let outlet = article.source.slug.clone();
                                    let open = Callback::from(move |_: MouseEvent| {
                                        on_action.emit(Action::OpenClaim { claim, outlet: outlet.clone() })
                                    });
                                    html! {
                                        <button type="button" class="value-button" data-testid={format!("value-{}", quantity_id(q))} {title} onclick={open}>
                                            { words }
                                            <span class="visually-hidden">{ format!(" ({}): open it in the reader", article.source.outlet) }</span>
                                        </button>
                                    }
                                }
                                None => html! { <span class="value" {title}>{ words }</span> },
                            }
                        })
                        .collect::<Html>();
                    html! { <td class="values" data-slot={outlet_slot(a).to_string()}>{ values }</td> }
                })
                .collect::<Html>();
            html! {
                <tr key={id.clone()} data-measure={id.clone()} data-verdict={verdict} data-kind={measure.kind.slug()}>
                    <th scope="row" class="measure-label">
                        { measure.label.clone() }
                        <span class="explanation">{ measure.explanation.clone() }</span>
                    </th>
                    <td class="verdict" data-verdict={verdict}>
                        <span aria-hidden="true">{ symbol }</span>{ format!(" {text}") }
                    </td>
                    { cells }
                </tr>
            }
        })
        .collect::<Html>();
    html! {
        <main class="numbers-view" aria-labelledby="numbers-title">
            <h2 id="numbers-title">{ "Numbers: sums, counts and dates, side by side" }</h2>
            <p class="help">
                { "Each row is one thing measured, with every outlet’s value as written. Values are read with their qualifiers (“more than”, “about”, “early June”), and relative dates are resolved against the article’s date where it gives one. A row is a conflict when two outlets give values that cannot both be true; the line under the label says why. Press a value to read its sentence." }
            </p>
            <div class="matrix-filters">
                <label>
                    <input type="checkbox" data-testid="conflicts-only" checked={props.conflicts_only} onchange={on_toggle} />
                    { format!(" Only conflicts ({conflicts})") }
                </label>
            </div>
            <p class="match-summary" role="status" data-testid="numbers-count">
                { format!("{} of {} measures shown; {conflicts} with conflicting values.", rows.len(), analysis.measures.len()) }
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Numbers table">
                <table data-testid="numbers-table">
                    <caption class="visually-hidden">{ "Measures by outlet, with a verdict for each." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Measure" }</th>
                            <th scope="col">{ "Verdict" }</th>
                            { outlet_headers(analysis) }
                        </tr>
                    </thead>
                    <tbody>{ body }</tbody>
                </table>
            </div>
        </main>
    }
}
