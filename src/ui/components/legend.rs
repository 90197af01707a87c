//! The legend: what each outlet's color and shape mean, and how boilerplate
//! and search matches look. Color is never the only cue, and this says so.

use yew::prelude::*;

use super::{outlet_slot, OUTLET_GLYPHS};
use crate::ui::context::AnalysisContext;

#[component]
pub fn Legend() -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let outlets = analysis
        .articles
        .iter()
        .map(|a| {
            let slot = outlet_slot(a.index);
            html! {
                <li key={a.source.slug.clone()} class="legend-outlet" data-slot={slot.to_string()}>
                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                    { format!(" {} ({})", a.source.outlet, a.source.label) }
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <details class="legend" data-testid="legend">
            <summary>{ "Legend" }</summary>
            <ul class="legend-list">
                { outlets }
                <li><span class="legend-sample match">{ "marked text" }</span>{ ": matches the search" }</li>
                <li>
                    <span class="legend-sample boilerplate">
                        <span class="bp-tag">{ "reason" }</span>{ " dimmed, italic, dotted text" }
                    </span>
                    { ": boilerplate; the tag names why. Hover or focus it for the rule that flagged it." }
                </li>
            </ul>
        </details>
    }
}
