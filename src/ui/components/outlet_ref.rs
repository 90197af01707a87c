//! A short, inline reference to an outlet: its shape glyph in its color, then
//! its label. Used wherever a sentence of the UI names outlets.

use yew::prelude::*;

use super::{outlet_slot, OUTLET_GLYPHS};
use crate::ui::context::AnalysisContext;

#[derive(Properties, PartialEq)]
pub struct OutletRefProps {
    /// Index of the article in the analysis.
    pub article: usize,
}

#[component]
pub fn OutletRef(props: &OutletRefProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let slot = outlet_slot(props.article);
    html! {
        <span class="outlet-ref" data-slot={slot.to_string()}>
            <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
            { format!(" {}", analysis.articles[props.article].source.label) }
        </span>
    }
}
