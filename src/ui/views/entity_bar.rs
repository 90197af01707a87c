//! The reader's entity bar (entity mode): names the selected entity, counts
//! its mentions per outlet, and offers its claims or clearing the selection.

use yew::prelude::*;

use crate::analysis::export::entity_id;

use crate::analysis::Analysis;
use crate::state::Action;

pub struct EntityBarProps {
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

pub fn entity_bar(analysis: &Analysis, props: &EntityBarProps) -> Html {
    let Some(entity) = props.selected.and_then(|e| analysis.entities.get(e)) else {
        return html! {
            <p class="entity-bar" data-testid="entity-bar">
                { format!("{} names found. Click one in the text, or pick one under “Names”, to outline it in every column.", analysis.entities.len()) }
            </p>
        };
    };
    let id = entity.id;
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let per_outlet = analysis
        .articles
        .iter()
        .map(|a| format!("{} {}", a.source.label, entity.per_article[a.index]))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <p class="entity-bar" role="status" data-testid="entity-bar" data-entity={entity_id(id)}>
            <span class="entity" data-kind={entity.kind.slug()} data-selected="true">{ entity.name.clone() }</span>
            { format!(" ({}): {} mentions in {} outlets ({per_outlet}). ", entity.kind.label().to_lowercase(), entity.mentions.len(), entity.outlet_count()) }
            <button type="button" class="link-button" data-testid="entity-claims" onclick={emit(Action::EntityClaims(id))}>{ "Claims naming it" }</button>
            { " · " }
            <button type="button" class="link-button" data-testid="entity-clear" onclick={emit(Action::SelectEntity(None))}>{ "Clear" }</button>
        </p>
    }
}
