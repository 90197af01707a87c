//! A short, inline reference to an outlet: its shape glyph in its color, then
//! its label. Used wherever a sentence of the UI names outlets.

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};

pub fn outlet_ref(analysis: &Analysis, article: usize) -> Html {
    let slot = outlet_slot(article);
    html! {
        <span class="outlet-ref" data-slot={slot.to_string()}>
            <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
            { format!(" {}", analysis.articles[article].source.label) }
        </span>
    }
}
