//! The import form: paste an article (with optional headline, outlet and
//! date), or pick or drop files. Files are read here and handed on as
//! `Change::Add`; a paste is checked against the loaded set first, so the
//! form keeps its text when the article is refused and clears only when it
//! is added.

use std::rc::Rc;

use web_sys::{DragEvent, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::analysis::import::{self, Corpus, Paste, PASTED};
use crate::ui::browser;
use crate::ui::library::Change;

#[derive(Properties)]
pub struct ImportPanelProps {
    /// The loaded set, to check a paste for duplicates and the limit.
    pub sources: Rc<Corpus>,
    pub on_change: Callback<Change>,
}

impl PartialEq for ImportPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.sources, &other.sources) && self.on_change == other.on_change
    }
}

/// Reads every file, one after another, and reports them together.
fn read_all(files: Option<FileList>, on_change: Callback<Change>, reading: UseStateHandle<bool>) {
    let Some(files) = files else {
        return;
    };
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if files.is_empty() {
        return;
    }
    reading.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let mut inputs = Vec::with_capacity(files.len());
        for file in files {
            inputs.push(browser::read_file(file).await);
        }
        reading.set(false);
        on_change.emit(Change::Add(inputs));
    });
}

#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let headline = use_node_ref();
    let outlet = use_node_ref();
    let date = use_node_ref();
    let text = use_node_ref();
    let dragging = use_state(|| false);
    let reading = use_state(|| false);

    let onsubmit = {
        let (headline, outlet, date, text) =
            (headline.clone(), outlet.clone(), date.clone(), text.clone());
        let sources = props.sources.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let area = text.cast::<HtmlTextAreaElement>();
            let paste = Paste {
                headline: value(&headline),
                outlet: value(&outlet),
                date: value(&date),
                text: area.as_ref().map(|a| a.value()).unwrap_or_default(),
            };
            let read = import::read_paste(&paste).map(|article| Corpus {
                title: import::USER_TITLE.into(),
                sources: vec![article],
            });
            // Only a paste the set will take clears the form.
            let fits = read
                .as_ref()
                .is_ok_and(|c| import::check(&sources.sources, &c.sources, PASTED).is_ok());
            on_change.emit(Change::Add(vec![(PASTED.to_string(), read)]));
            if fits {
                for r in [&headline, &outlet, &date] {
                    if let Some(i) = r.cast::<HtmlInputElement>() {
                        i.set_value("");
                    }
                }
                if let Some(a) = area {
                    a.set_value("");
                }
            }
        })
    };
    let onchange = {
        let on_change = props.on_change.clone();
        let reading = reading.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read_all(input.files(), on_change.clone(), reading.clone());
            // The same file can be picked again after a fix.
            input.set_value("");
        })
    };
    let drag = |on: bool| {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(on);
        })
    };
    let ondrop = {
        let on_change = props.on_change.clone();
        let reading = reading.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = e.data_transfer().and_then(|d| d.files());
            read_all(files, on_change.clone(), reading.clone());
        })
    };
    let field = |id: &'static str,
                 label: &'static str,
                 r: &NodeRef,
                 kind: &'static str,
                 hint: &'static str| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} type={kind} ref={r.clone()} placeholder={hint} data-testid={id} />
            </div>
        }
    };
    html! {
        <section class="import-panel" aria-labelledby="import-heading">
            <h3 id="import-heading">{ "Add articles" }</h3>
            <div
                class={classes!("drop-zone", (*dragging).then_some("dragging"))}
                data-testid="drop-zone"
                ondragover={drag(true)}
                ondragenter={drag(true)}
                ondragleave={drag(false)}
                {ondrop}
            >
                <label for="import-files">{ "Pick files, or drop them here: " }</label>
                <input id="import-files" type="file" multiple=true
                    accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json,text/plain,text/markdown,text/html,application/json"
                    data-testid="import-files" {onchange} />
                <p class="help">{ "Plain text (.txt), Markdown (.md), a saved web page (.html: the article text is kept, menus and scripts are dropped), or a corpus (.json, several articles; see the README)." }</p>
                if *reading {
                    <p role="status">{ "Reading files…" }</p>
                }
            </div>
            <form class="paste-form" {onsubmit} data-testid="paste-form">
                <div class="paste-fields">
                    { field("paste-headline", "Headline (optional)", &headline, "text", "") }
                    { field("paste-outlet", "Outlet (optional)", &outlet, "text", "e.g. The Daily Planet") }
                    { field("paste-date", "Date (optional)", &date, "text", "YYYY-MM-DD") }
                </div>
                <label for="paste-text">{ "Article text" }</label>
                <textarea id="paste-text" ref={text.clone()} rows="8" data-testid="paste-text"
                    placeholder="Paste the article here: plain text, or the HTML of a page." />
                <button type="submit" data-testid="paste-add">{ "Add this article" }</button>
            </form>
        </section>
    }
}
