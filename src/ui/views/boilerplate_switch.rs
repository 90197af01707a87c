//! The switch between showing boilerplate dimmed in place and hiding it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::state::Action;

pub fn boilerplate_switch(analysis: &Analysis, hide: bool, on_action: &Callback<Action>) -> Html {
    let flagged: usize = analysis
        .articles
        .iter()
        .map(|a| {
            a.sentences
                .iter()
                .filter(|s| s.role.is_boilerplate())
                .count()
                + a.inline_boilerplate.len()
        })
        .sum();
    let onchange = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetHideBoilerplate(input.checked()));
        })
    };
    html! {
        <div class="boilerplate-switch">
            <input
                id="hide-boilerplate"
                type="checkbox"
                role="switch"
                data-testid="hide-boilerplate"
                checked={hide}
                {onchange}
            />
            <label for="hide-boilerplate">
                { "Hide boilerplate " }
                <span class="help">{ format!("({flagged} passages flagged: pitches, bylines, credits, site furniture)") }</span>
            </label>
        </div>
    }
}
