//! One outlet chip: a toggle button in the outlet's color and shape, with its
//! label, its search-match count, and a one-click "only" filter.

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::state::Action;
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};

pub struct OutletChipProps {
    /// Index of the article in the analysis.
    pub index: usize,
    pub visible: bool,
    /// Search matches in this outlet, when a search is active.
    pub count: Option<usize>,
    pub on_action: Callback<Action>,
}

pub fn outlet_chip(analysis: &Analysis, props: &OutletChipProps) -> Html {
    let source = &analysis.articles[props.index].source;
    let slot = outlet_slot(props.index);
    let toggle = {
        let slug = source.slug.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ToggleOutlet(slug.clone())))
    };
    let only = {
        let slug = source.slug.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ShowOnly(slug.clone())))
    };
    let state_word = if props.visible { "shown" } else { "hidden" };
    html! {
        <li class="chip-item" data-slot={slot.to_string()}>
            <button
                type="button"
                class="chip"
                data-testid={format!("chip-{}", source.slug)}
                aria-pressed={props.visible.to_string()}
                title={format!("{}: column {state_word}. Click to {}.", source.outlet, if props.visible { "hide it" } else { "show it" })}
                onclick={toggle}
            >
                <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                <span class="chip-label">{ source.label.clone() }</span>
                if let Some(count) = props.count {
                    <span class="chip-count" data-testid={format!("chip-count-{}", source.slug)}>
                        <span class="visually-hidden">{ ", matches: " }</span>
                        { count }
                    </span>
                }
            </button>
            <button
                type="button"
                class="chip-only"
                aria-label={format!("Show only {}", source.outlet)}
                data-testid={format!("only-{}", source.slug)}
                onclick={only}
            >{ "only" }</button>
        </li>
    }
}
