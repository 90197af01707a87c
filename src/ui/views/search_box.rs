//! The search box: a phrase searched in every column at once.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::analysis::search::MIN_QUERY_CHARS;
use crate::state::{Action, MAX_QUERY_CHARS};

pub struct SearchBoxProps {
    pub query: AttrValue,
    pub on_action: Callback<Action>,
}

pub fn search_box(props: &SearchBoxProps) -> Html {
    // A query at the limit was (or may have been) cut: say so, so the cut
    // is never silent.
    let clipped = props.query.chars().count() >= MAX_QUERY_CHARS;
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetQuery(input.value()));
        })
    };
    let clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::SetQuery(String::new())))
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
                if clipped {
                    <span class="notice" data-testid="search-clipped">
                        { format!("Searches are limited to {MAX_QUERY_CHARS} characters; anything longer is cut there. ") }
                    </span>
                }
                { format!("Case, curly quotes and dashes are ignored; type at least {MIN_QUERY_CHARS} characters. Esc clears.") }
            </p>
        </div>
    }
}
