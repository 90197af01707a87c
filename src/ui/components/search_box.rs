//! The search box: a phrase searched in every column at once.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::analysis::search::MIN_QUERY_CHARS;
use crate::state::{Action, MAX_QUERY_CHARS};

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    // Set when a paste was longer than the limit, so the cut is never silent.
    let clipped = use_state(|| false);
    let oninput = {
        let on_action = props.on_action.clone();
        let clipped = clipped.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            clipped.set(value.chars().count() > MAX_QUERY_CHARS);
            on_action.emit(Action::SetQuery(value));
        })
    };
    let clear = {
        let on_action = props.on_action.clone();
        let clipped = clipped.clone();
        Callback::from(move |_| {
            clipped.set(false);
            on_action.emit(Action::SetQuery(String::new()));
        })
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_action.emit(Action::SetQuery(String::new()));
            }
        })
    };
    html! {
        <div class="search-box">
            <label for="search-input">{ "Search every article" }</label>
            <div class="search-field">
                <input
                    id="search-input"
                    type="search"
                    data-testid="search-input"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="e.g. Assange, $5 million, “early June”"
                    aria-describedby="search-help"
                    value={props.query.clone()}
                    {oninput}
                    {onkeydown}
                />
                if !props.query.is_empty() {
                    <button type="button" class="clear-search" aria-label="Clear the search" onclick={clear}>{ "×" }</button>
                }
            </div>
            <p id="search-help" class="help">
                if *clipped {
                    <span class="notice" data-testid="search-clipped">
                        { format!("Searches are limited to {MAX_QUERY_CHARS} characters; the rest of the paste was left out. ") }
                    </span>
                }
                { format!("Case, curly quotes and dashes are ignored; type at least {MIN_QUERY_CHARS} characters. Esc clears.") }
            </p>
        </div>
    }
}
