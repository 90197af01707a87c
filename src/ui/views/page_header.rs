//! The page header: the product name and the story being compared.

use yew::prelude::*;

use crate::analysis::Analysis;

pub fn page_header(analysis: &Analysis) -> Html {
    html! {
        <header class="page-header">
            <h1><span class="brand">{ "Parallax" }</span></h1>
            <p class="story-title" data-testid="story-title">{ analysis.title.clone() }</p>
            <p class="story-meta">
                { format!("{} articles compared side by side. Everything is computed in your browser from the texts below.", analysis.articles.len()) }
            </p>
        </header>
    }
}
