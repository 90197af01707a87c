//! The legend: what each outlet's color and shape mean, how boilerplate and
//! search matches look, and in coverage mode the shading scale. Color is
//! never the only cue, and this says so.

use yew::prelude::*;

use crate::analysis::entities::EntityKind;
use crate::analysis::Analysis;
use crate::state::ReaderMode;
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};

pub struct LegendProps {
    /// The reader's mode, when the reader is shown: coverage adds the
    /// shading scale, entities the kinds.
    pub mode: Option<ReaderMode>,
}

pub fn legend(analysis: &Analysis, props: &LegendProps) -> Html {
    let n = analysis.articles.len();
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
    let scale = (1..=n)
        .map(|carried| {
            let text = if carried == 1 {
                "only this outlet".to_string()
            } else {
                format!("{carried} of {n} outlets")
            };
            html! {
                <li>
                    <span class="claim-unit legend-swatch" data-coverage={(carried - 1).to_string()}>
                        { "claim " }
                        <span class="coverage-badge">{ format!("{carried}/{n}") }</span>
                    </span>
                    { format!(" {text}") }
                </li>
            }
        })
        .collect::<Html>();
    let kinds = EntityKind::ALL
        .iter()
        .map(|k| {
            html! {
                <li>
                    <span class="entity" data-kind={k.slug()}>{ k.label() }</span>
                    { format!(" ({})", kind_help(*k)) }
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <>
            if props.mode == Some(ReaderMode::Entities) {
                <div class="entity-legend" data-testid="entity-legend">
                    <p class="legend-title">{ "Names, by kind: each kind has its own underline, letter and tint. Click a name to outline all its mentions in every column." }</p>
                    <ul class="legend-list">{ kinds }</ul>
                </div>
            }
            if props.mode == Some(ReaderMode::Coverage) {
                <div class="coverage-legend" data-testid="coverage-legend">
                    <p class="legend-title">{ "Coverage: the darker the shade, the more outlets carry the claim; the badge gives the count. Hover or focus a claim to find it in every column." }</p>
                    <ul class="legend-list">{ scale }</ul>
                </div>
            }
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
        </>
    }
}

/// What a kind of entity covers, for the legend.
fn kind_help(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "a person",
        EntityKind::Organization => "a company, party, campaign or agency",
        EntityKind::Outlet => "a news outlet or publication",
        EntityKind::Place => "a country, state or city",
        _ => "another proper name",
    }
}
