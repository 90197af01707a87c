//! The page switch: reader, claim matrix, omissions, names, numbers, quotes,
//! profiles, similarity, the pair view and the articles page.

use yew::prelude::*;

use crate::state::{Action, Page};

pub fn view_tabs(page: Page, on_action: &Callback<Action>) -> Html {
    let current_page = page;
    let tab = |page: Page, label: &'static str, help: &'static str| {
        let on_action = on_action.clone();
        let current = current_page == page;
        html! {
            <li>
                <button
                    type="button"
                    class="view-tab"
                    data-testid={format!("tab-{}", page.slug())}
                    aria-current={current.then_some("page")}
                    title={help}
                    onclick={Callback::from(move |_| on_action.emit(Action::SetPage(page)))}
                >{ label }</button>
            </li>
        }
    };
    html! {
        <nav class="view-tabs" aria-label="Views">
            <ul>
                { tab(Page::Reader, "Side by side", "Read the articles in columns") }
                { tab(Page::Matrix, "Claim matrix", "Which outlet reports which claim") }
                { tab(Page::Omissions, "Omissions", "What each outlet leaves out") }
                { tab(Page::Entities, "Names", "Who and what each outlet names") }
                { tab(Page::Numbers, "Numbers", "Every figure and date, and where outlets disagree") }
                { tab(Page::Quotes, "Quotes & sources", "Who is quoted, and whom each outlet cites") }
                { tab(Page::Profiles, "Profiles", "Length, sourcing and language of each outlet, charted") }
                { tab(Page::Similarity, "Similarity", "How close each pair of outlets is, by dimension") }
                { tab(Page::Pair, "Pair", "Two outlets' shared claims, word by word") }
                { tab(Page::Articles, "Articles", "Load your own articles, remove them, or go back to the bundled story") }
            </ul>
        </nav>
    }
}
