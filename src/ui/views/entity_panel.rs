//! The names page: every person, organisation, outlet and place the articles
//! name, grouped by alias, with its mentions per outlet as small bars (the
//! count printed beside each). From a row, open the reader with every
//! mention outlined, or list the claims that name it.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::views::outlet_headers::outlet_headers;

use crate::analysis::export::entity_id;
use crate::analysis::Analysis;
use crate::state::Action;
use crate::ui::components::outlet_slot;

pub struct EntityPanelProps {
    /// How many claims name each entity (memoized by the app: it is the
    /// costly part).
    pub claim_counts: Rc<Vec<usize>>,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

pub fn entity_panel(analysis: &Analysis, props: &EntityPanelProps) -> Html {
    let most = analysis
        .entities
        .iter()
        .flat_map(|e| e.per_article.iter().copied())
        .max()
        .unwrap_or(1)
        .max(1);
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let rows = analysis
        .entities
        .iter()
        .map(|entity| {
            let id = entity_id(entity.id);
            let cells = entity
                .per_article
                .iter()
                .enumerate()
                .map(|(a, &count)| {
                    let width = (count * 40 / most).max(usize::from(count > 0));
                    html! {
                        <td class="bar-cell" data-slot={outlet_slot(a).to_string()} data-count={count.to_string()}>
                            <svg class="mini-bar" viewBox="0 0 40 8" width="40" height="8" aria-hidden="true">
                                <rect width={width.to_string()} height="8" />
                            </svg>
                            { format!(" {count}") }
                        </td>
                    }
                })
                .collect::<Html>();
            let claims = props.claim_counts.get(entity.id).copied().unwrap_or(0);
            html! {
                <tr key={id.clone()} data-entity={id.clone()} data-kind={entity.kind.slug()} data-selected={(props.selected == Some(entity.id)).then_some("true")}>
                    <th scope="row" class="entity-name">
                        <span class="entity" data-kind={entity.kind.slug()}>{ entity.name.clone() }</span>
                        if !entity.aliases.is_empty() {
                            <span class="aliases">{ format!(" also “{}”", entity.aliases.join("”, “")) }</span>
                        }
                    </th>
                    <td>{ entity.kind.label() }</td>
                    { cells }
                    <td class="count">{ entity.mentions.len() }</td>
                    <td class="entity-actions">
                        <button type="button" class="link-button" data-testid={format!("open-{id}")} onclick={emit(Action::OpenEntity(entity.id))}>
                            { "Show in text" }
                            <span class="visually-hidden">{ format!(": {}", entity.name) }</span>
                        </button>
                        { " · " }
                        <button type="button" class="link-button" data-testid={format!("claims-{id}")} disabled={claims == 0} onclick={emit(Action::EntityClaims(entity.id))}>
                            { format!("{claims} claims") }
                            <span class="visually-hidden">{ format!(" naming {}", entity.name) }</span>
                        </button>
                    </td>
                </tr>
            }
        })
        .collect::<Html>();
    html! {
        <main class="entity-panel" aria-labelledby="entities-title">
            <h2 id="entities-title">{ "Names: who and what each outlet mentions" }</h2>
            <p class="help">
                { "People, organisations, news outlets and places, found by rules (capitalised names, titles, organisation words and short lists of places and first names) and grouped across articles when they are the same (“Nix” and “Alexander Nix”). The bars show how often each outlet names them. Boilerplate is not counted." }
            </p>
            <p class="match-summary" data-testid="entity-count">
                { format!("{} names.", analysis.entities.len()) }
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Names table">
                <table data-testid="entity-table">
                    <caption class="visually-hidden">{ "Names by outlet: mentions per outlet, total, and links to the text and the claims." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Name" }</th>
                            <th scope="col">{ "Kind" }</th>
                            { outlet_headers(analysis) }
                            <th scope="col">{ "Total" }</th>
                            <th scope="col">{ "Go to" }</th>
                        </tr>
                    </thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        </main>
    }
}
