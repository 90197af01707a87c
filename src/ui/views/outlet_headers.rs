//! The column headers every outlet-by-row table shares: one `<th>` per
//! outlet, its shape glyph in its color, then its short label.

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};

pub fn outlet_headers(analysis: &Analysis) -> Html {
    analysis
        .articles
        .iter()
        .map(|a| {
            let slot = outlet_slot(a.index);
            html! {
                <th scope="col" class="outlet-col" data-slot={slot.to_string()} title={a.source.outlet.clone()}>
                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                    <span class="col-label">{ a.source.label.clone() }</span>
                </th>
            }
        })
        .collect::<Html>()
}
