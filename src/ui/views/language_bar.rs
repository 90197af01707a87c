//! The reader's language bar (language mode): the legend and the filters in
//! one. Each category is a checkbox showing its underline and glyph, its
//! name and how many marks it has in the outlets' own voice and in
//! quotations; a voice switch shows all marks, own voice only or quoted only.

use yew::prelude::*;

use crate::analysis::language::Category;
use crate::analysis::Analysis;
use crate::state::language_rows::category_counts;
use crate::state::{Action, ViewState, Voice};

/// What each category flags, for the legend.
fn help(c: Category) -> &'static str {
    match c {
        Category::Loaded => "slanted or pejorative where a neutral word exists",
        Category::Intensifier => "inflates size or degree",
        Category::Emotive => "appeals to feeling",
        Category::Label => "sorts people into a type",
        Category::CallToAction => "tells the reader to act",
        Category::Hedge => "softens or distances a statement",
        Category::Booster => "claims certainty",
        Category::Caps => "words set in capitals",
        Category::Exclamation => "exclamation marks",
    }
}

pub fn language_bar(analysis: &Analysis, view: &ViewState, on_action: &Callback<Action>) -> Html {
    let counts = category_counts(analysis);
    let emit = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: Event| on_action.emit(action.clone()))
    };
    let boxes = Category::ALL
        .into_iter()
        .map(|c| {
            let id = format!("cat-{}", c.slug());
            let [own, quoted] = counts[c.index()];
            html! {
                <li>
                    <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={view.shows_category(c)} onchange={emit(Action::ToggleCategory(c))} />
                    <label for={id}>
                        <span class="lang" data-cat={c.slug()}>{ c.label() }</span>
                        { format!(" {own} own, {quoted} quoted: {}", help(c)) }
                    </label>
                </li>
            }
        })
        .collect::<Html>();
    let voice = |v: Voice, label: &'static str| {
        let id = format!("voice-{}", v.slug());
        html! {
            <label for={id.clone()}>
                <input type="radio" id={id.clone()} name="voice" data-testid={id} checked={view.voice == v} onchange={emit(Action::SetVoice(v))} />
                { label }
            </label>
        }
    };
    let show_all = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowAllCategories))
    };
    html! {
        <div class="language-bar" data-testid="language-bar">
            <p class="legend-title">
                { format!("{} language marks, found by a lexicon and typographic rules. Each is a suggestion, not a verdict: hover or focus one for its category, voice and rule. Each category has its own underline and glyph.", analysis.language.len()) }
            </p>
            <fieldset class="voice-switch">
                <legend>{ "Whose words" }</legend>
                { voice(Voice::All, " all") }
                { voice(Voice::Own, " the outlet's own voice") }
                { voice(Voice::Quoted, " inside quotations") }
            </fieldset>
            <fieldset class="category-filter">
                <legend>{ "Show categories " }<button type="button" class="link-button" data-testid="cat-all" onclick={show_all}>{ "(show all)" }</button></legend>
                <ul class="legend-list">{ boxes }</ul>
            </fieldset>
        </div>
    }
}
