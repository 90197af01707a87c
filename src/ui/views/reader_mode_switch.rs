//! Plain reading, coverage (each claim shaded by how many outlets carry it),
//! names (each entity mention marked by kind), or language (loaded terms,
//! hedges, boosters and typographic cues marked by category).

use yew::prelude::*;

use crate::state::{Action, ReaderMode};

pub fn reader_mode_switch(current: ReaderMode, on_action: &Callback<Action>) -> Html {
    let option = |mode: ReaderMode, id: &'static str, label: &'static str| {
        let on_action = on_action.clone();
        html! {
            <label for={id}>
                <input
                    type="radio"
                    {id}
                    name="reader-mode"
                    data-testid={id}
                    checked={current == mode}
                    onchange={Callback::from(move |_| on_action.emit(Action::SetMode(mode)))}
                />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="reader-mode">
            <legend>{ "Mark sentences by" }</legend>
            { option(ReaderMode::Plain, "mode-plain", " nothing") }
            { option(ReaderMode::Coverage, "mode-coverage", " coverage (how many outlets carry the claim)") }
            { option(ReaderMode::Entities, "mode-entities", " names (people, organisations, outlets, places)") }
            { option(ReaderMode::Language, "mode-language", " language (loaded words, hedges, emphasis)") }
        </fieldset>
    }
}
