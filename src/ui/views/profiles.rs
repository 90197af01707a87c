//! The profiles page: one small bar chart per metric (outlets as bars, each
//! labelled with its glyph, name and value, so no chart needs color), the
//! same numbers as a table, and each outlet's most frequent marked wordings.

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::state::language_rows::top_marks;
use crate::state::profile_rows::{bar, fixed, METRICS};
use crate::ui::components::{outlet_slot, OUTLET_GLYPHS};
use crate::ui::views::outlet_headers::outlet_headers;
use crate::ui::views::outlet_ref::outlet_ref;

/// Chart geometry in SVG user units: a row per outlet, the bar after the label.
const ROW: usize = 16;
const BAR_X: u32 = 78;
const BAR_FULL: u32 = 130;

pub fn profiles(analysis: &Analysis) -> Html {
    let charts = METRICS
        .iter()
        .map(|m| {
            let values: Vec<f64> = analysis.profiles.iter().map(|p| (m.value)(p)).collect();
            let max = values.iter().copied().fold(0.0, f64::max);
            let caption = format!("chart-{}", m.slug);
            let rows = values
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let slot = outlet_slot(i);
                    let y = i * ROW;
                    let w = bar(v, max, BAR_FULL);
                    html! {
                        <g data-slot={slot.to_string()}>
                            <text x="0" y={(y + 12).to_string()} class="chart-label">
                                { format!("{} {}", OUTLET_GLYPHS[slot], analysis.articles[i].source.label) }
                            </text>
                            <rect class="chart-bar" x={BAR_X.to_string()} y={(y + 3).to_string()} width={w.to_string()} height="11" />
                            <text x={(BAR_X + w + 4).to_string()} y={(y + 12).to_string()} class="chart-value">
                                { format!("{}{}", fixed(v, m.decimals), m.unit) }
                            </text>
                        </g>
                    }
                })
                .collect::<Html>();
            html! {
                <figure class="chart" data-metric={m.slug}>
                    <figcaption id={caption.clone()}>{ m.label }</figcaption>
                    <svg viewBox={format!("0 0 250 {}", values.len() * ROW + 4)} role="img" aria-labelledby={caption}>
                        { rows }
                    </svg>
                </figure>
            }
        })
        .collect::<Html>();
    let table_rows = METRICS
        .iter()
        .map(|m| {
            html! {
                <tr data-metric={m.slug}>
                    <th scope="row">{ m.label }</th>
                    { for analysis.profiles.iter().map(|p| html! { <td>{ format!("{}{}", fixed((m.value)(p), m.decimals), m.unit) }</td> }) }
                </tr>
            }
        })
        .collect::<Html>();
    let claims_row = html! {
        <tr data-metric="claims">
            <th scope="row">{ "Claims: shared / only this outlet" }</th>
            { for analysis.profiles.iter().map(|p| html! { <td>{ format!("{} / {}", p.shared_claims, p.claims - p.shared_claims) }</td> }) }
        </tr>
    };
    let tops = analysis
        .articles
        .iter()
        .map(|a| {
            let items = top_marks(analysis, a.index, 6)
                .into_iter()
                .map(|t| {
                    let voice = match (t.own, t.quoted) {
                        (_, 0) => format!("×{}", t.own),
                        (0, q) => format!("×{q} quoted"),
                        (o, q) => format!("×{o}, +{q} quoted"),
                    };
                    html! {
                        <li>
                            <span class="lang" data-cat={t.category.slug()}>{ t.text }</span>
                            { format!(" {} ({})", voice, t.category.label().to_lowercase()) }
                        </li>
                    }
                })
                .collect::<Html>();
            html! {
                <li data-testid={format!("top-marks-{}", a.source.slug)}>
                    { outlet_ref(analysis, a.index) }
                    <ul class="top-marks">{ items }</ul>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <main class="profiles-view" data-testid="profiles-view" aria-labelledby="profiles-title">
            <h2 id="profiles-title">{ "Profiles: how each outlet tells it" }</h2>
            <p class="help">{ "Counted from the texts: length, boilerplate, how much is shared with other outlets, how much is quoted or attributed, and how often the language marks occur per 1,000 words, in the outlet's own voice and inside quotations. Every chart prints its numbers; the table below has them all." }</p>
            <div class="charts">{ charts }</div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Profiles as a table">
                <table class="profiles-table" data-testid="profiles-table">
                    <caption>{ "Profiles as numbers" }</caption>
                    <thead><tr><th scope="col">{ "Metric" }</th>{ outlet_headers(analysis) }</tr></thead>
                    <tbody>{ table_rows }{ claims_row }</tbody>
                </table>
            </div>
            <h3>{ "Most frequent language marks, outside boilerplate" }</h3>
            <ul class="top-marks-list">{ tops }</ul>
        </main>
    }
}
