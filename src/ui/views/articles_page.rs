//! The articles page: what is being compared, with a remove button for
//! each; starting over or going back to the bundled story; the import form;
//! and what the last change did.

use yew::prelude::*;

use crate::analysis::import::{LIMITS, MAX_ARTICLES};
use crate::state::library::Library;
use crate::ui::components::{outlet_slot, ImportPanel, OUTLET_GLYPHS};
use crate::ui::library::Change;
use crate::ui::views::export_bar::Export;

pub fn articles_page(
    library: &Library,
    on_change: &Callback<Change>,
    on_export: &Callback<Export>,
) -> Html {
    let sources = &library.corpus.sources;
    let emit = |change: fn() -> Change| {
        let on_change = on_change.clone();
        Callback::from(move |_| on_change.emit(change()))
    };
    let rows = sources.iter().enumerate().map(|(i, s)| {
        let remove = {
            let on_change = on_change.clone();
            Callback::from(move |_| on_change.emit(Change::Remove(i)))
        };
        let slot = outlet_slot(i);
        html! {
            <tr data-testid={format!("article-row-{}", s.slug)}>
                <th scope="row" data-slot={slot.to_string()}>
                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                    { " " }{ s.label.clone() }
                </th>
                <td>{ s.outlet.clone() }</td>
                <td>{ s.headline.clone().unwrap_or_default() }</td>
                <td>{ s.date.clone().unwrap_or_default() }</td>
                <td class="num">{ s.text.split_whitespace().count() }</td>
                <td>
                    <button type="button" class="link-button" onclick={remove}
                        aria-label={format!("Remove {}", s.outlet)}
                        data-testid={format!("remove-{}", s.slug)}>{ "Remove" }</button>
                </td>
            </tr>
        }
    });
    let save = {
        let on_export = on_export.clone();
        Callback::from(move |_| on_export.emit(Export::Articles))
    };
    html! {
        <main class="articles-page" data-testid="articles-page" aria-labelledby="articles-heading">
            <h2 id="articles-heading">
                { format!("Articles in this comparison: {} of at most {MAX_ARTICLES}", sources.len()) }
            </h2>
            <p class="help">
                { if library.bundled {
                    "This is the bundled story. Adding an article starts your own set, which this browser keeps for your next visit."
                } else {
                    "Your own set: this browser keeps it for your next visit."
                } }
            </p>
            <ul class="import-notices" aria-live="polite" data-testid="import-notices">
                { for library.notices.iter().map(|n| html! {
                    <li class={if n.error { "notice-error" } else { "notice-ok" }}>
                        <span aria-hidden="true">{ if n.error { "⚠ " } else { "✓ " } }</span>
                        <span class="visually-hidden">{ if n.error { "Problem: " } else { "Done: " } }</span>
                        { n.text.clone() }
                    </li>
                }) }
            </ul>
            if sources.is_empty() {
                <p class="empty-note" data-testid="no-articles">{ "No articles yet. Paste one or pick files below." }</p>
            } else {
                <div class="table-wrap" tabindex="0" role="region" aria-label="Loaded articles">
                    <table class="articles-table" data-testid="articles-table">
                        <thead><tr>
                            <th scope="col">{ "Label" }</th><th scope="col">{ "Outlet" }</th>
                            <th scope="col">{ "Headline" }</th><th scope="col">{ "Date" }</th>
                            <th scope="col">{ "Words" }</th><th scope="col"><span class="visually-hidden">{ "Remove" }</span></th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            <div class="set-actions">
                <button type="button" onclick={emit(|| Change::Clear)} data-testid="new-comparison">{ "Start a new comparison" }</button>
                <button type="button" onclick={emit(|| Change::Reset)} disabled={library.bundled} data-testid="reset-bundled">{ "Back to the bundled story" }</button>
                <button type="button" onclick={save} disabled={sources.is_empty()} data-testid="save-articles">{ "Save articles (JSON)" }</button>
            </div>
            <ImportPanel sources={library.corpus.clone()} on_change={on_change.clone()} />
            <p class="help">{ format!("Limits: {LIMITS}. Files stay on this computer: nothing is uploaded.") }</p>
        </main>
    }
}
