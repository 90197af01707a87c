//! Downloads and the link: the four CSV tables, the full analysis as JSON
//! (the document `parallax-analyze` prints), and "copy link" for the view.

use yew::prelude::*;

use crate::analysis::csv::Table;

/// What the user asked to take away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Csv(Table),
    Analysis,
    Articles,
    Link,
}

/// `copied`: the outcome of the last "copy link", if any.
pub fn export_bar(copied: Option<bool>, on_export: &Callback<Export>) -> Html {
    let button = |what: Export, label: &'static str, help: &'static str, id: String| {
        let on_export = on_export.clone();
        html! {
            <button type="button" class="export-button" title={help} data-testid={id}
                onclick={Callback::from(move |_| on_export.emit(what))}>{ label }</button>
        }
    };
    html! {
        <section class="export-bar" aria-label="Export and share">
            <span class="export-title">{ "Download CSV:" }</span>
            { for Table::ALL.iter().map(|&t| button(Export::Csv(t), t.label(), "A CSV table for a spreadsheet", format!("export-{}", t.slug()))) }
            <span class="export-title">{ "or" }</span>
            { button(Export::Analysis, "Analysis JSON", "Everything computed, as parallax-analyze prints it", "export-json".into()) }
            { button(Export::Link, "Copy link", "Copy the address of this view", "copy-link".into()) }
            <span class="export-status" role="status" data-testid="copy-status">
                { match copied {
                    Some(true) => "✓ Link copied.",
                    Some(false) => "The browser did not allow copying: copy the address bar instead.",
                    None => "",
                } }
            </span>
        </section>
    }
}
