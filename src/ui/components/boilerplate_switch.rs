//! The switch between showing boilerplate dimmed in place and hiding it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::Action;
use crate::ui::context::AnalysisContext;

#[derive(Properties, PartialEq)]
pub struct BoilerplateSwitchProps {
    pub hide: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn BoilerplateSwitch(props: &BoilerplateSwitchProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
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
        let on_action = props.on_action.clone();
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
                checked={props.hide}
                {onchange}
            />
            <label for="hide-boilerplate">
                { "Hide boilerplate " }
                <span class="help">{ format!("({flagged} passages flagged: pitches, bylines, credits, site furniture)") }</span>
            </label>
        </div>
    }
}
