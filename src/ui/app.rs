//! The root component: computes the analysis once, owns the view state,
//! mirrors it into the URL hash, and lays out the page.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser;
use super::components::ArticleColumn;
use super::context::{AnalysisContext, ByPtr, Matches};
use super::job::{self, Job};
use super::library::{self, Change, LibraryState};
use super::store::{Msg, Store};
use super::views::export_bar::Export;
use crate::analysis::csv::UTF8_BOM;
use crate::analysis::export::to_json;
use crate::analysis::import::corpus_json;
use crate::analysis::import::Corpus;
use crate::analysis::search::is_searchable;
use crate::analysis::{Analysis, Span};
use crate::state::entity_rows::{claims_naming, entity_marks};
use crate::state::language_rows::language_marks;
use crate::state::{history_mode, Action, Mark, Page, ReaderMode, ViewState};
use crate::ui::views;

#[component]
pub fn App() -> Html {
    // The saved set or the bundled story, analysed before the first render.
    let boot = use_memo((), |_| library::boot());
    let collection = use_reducer(|| LibraryState(boot.library.clone()));
    let storage_notice = use_state(|| boot.notice.clone());
    let progress = use_state(|| None::<(usize, usize)>);
    let job = use_mut_ref(|| None::<Job>);

    // Fields of the URL hash that could not be read, for a gentle notice.
    let unreadable = use_state(|| Store::new(boot.analysis.clone(), &browser::current_hash()).1);
    let store = use_reducer(|| Store::new(boot.analysis.clone(), &browser::current_hash()).0);
    let analysis = store.analysis.clone();
    let context = AnalysisContext(analysis.clone());

    // A changed set is kept in storage and analysed in slices; the view
    // switches to it when the analysis is complete.
    {
        let dispatcher = store.dispatcher();
        let progress = progress.clone();
        let storage_notice = storage_notice.clone();
        let job = job.clone();
        let first = boot.library.corpus.clone();
        use_effect_with(
            (ByPtr(collection.0.corpus.clone()), collection.0.bundled),
            move |(corpus, bundled)| {
                if !Rc::ptr_eq(&corpus.0, &first) {
                    storage_notice.set(library::persist(&corpus.0, *bundled));
                    if let Some(old) = job.borrow_mut().take() {
                        old.cancel();
                    }
                    let on_progress = {
                        let progress = progress.clone();
                        Callback::from(move |p| progress.set(Some(p)))
                    };
                    let on_done = Callback::from(move |analysis| {
                        progress.set(None);
                        dispatcher.dispatch(Msg::Analysis(analysis));
                    });
                    *job.borrow_mut() = Some(job::start(&corpus.0, on_progress, on_done));
                }
            },
        );
    }
    let on_change = {
        let dispatcher = collection.dispatcher();
        use_callback((), move |change: Change, _| dispatcher.dispatch(change))
    };

    // Memos depend on the context, whose equality is pointer equality: an
    // `Rc<Analysis>` would compare the whole analysis field by field.
    let marks = use_memo(context.clone(), |analysis| {
        entity_marks(analysis)
            .into_iter()
            .map(Rc::from)
            .collect::<Vec<Rc<[Mark]>>>()
    });

    // Back, forward and hand-edited URLs: re-read the hash into the state.
    {
        let dispatcher = store.dispatcher();
        let known = store.known.clone();
        let set_unreadable = unreadable.setter();
        use_effect_with(known, move |known| {
            let known = known.clone();
            let reread = move |_: &Event| {
                let (view, ignored) = ViewState::from_hash(&browser::current_hash(), &known);
                set_unreadable.set(ignored);
                dispatcher.dispatch(Msg::View(Action::Replace(view)));
            };
            let window = gloo::utils::window();
            let reread = Rc::new(reread);
            let on_pop = {
                let reread = reread.clone();
                EventListener::new(&window, "popstate", move |e| reread(e))
            };
            let on_hash = EventListener::new(&window, "hashchange", move |e| reread(e));
            move || drop((on_pop, on_hash))
        });
    }

    // The state is the source of truth; the hash follows it.
    use_effect_with(store.clone(), |store| {
        let wanted = store.view.to_hash(&store.known);
        let current = browser::current_hash();
        if wanted != current {
            let (shown, _) = ViewState::from_hash(&current, &store.known);
            browser::write_hash(&wanted, history_mode(&shown, &store.view));
        }
    });

    let matches = use_memo(
        (context.clone(), store.view.query.clone()),
        |(analysis, query)| {
            let per_article: Vec<Rc<[Span]>> = analysis
                .articles
                .iter()
                .map(|a| Rc::from(a.folded.find(query)))
                .collect();
            Matches(Rc::new(per_article))
        },
    );

    let on_action = {
        let dispatcher = store.dispatcher();
        use_callback((), move |action: Action, _| {
            dispatcher.dispatch(Msg::View(action))
        })
    };
    let copied = use_state(|| None::<bool>);
    let on_export = {
        let analysis = analysis.clone();
        let corpus = collection.0.corpus.clone();
        let copied = copied.clone();
        Callback::from(move |what: Export| export(what, &analysis, &corpus, &copied))
    };

    let view = &store.view;
    // Language marks per article, filtered by category and voice.
    let lang_marks = use_memo(
        (context.clone(), view.hidden_marks, view.voice),
        |(analysis, hidden, voice)| {
            language_marks(analysis, *hidden, *voice)
                .into_iter()
                .map(Rc::from)
                .collect::<Vec<Rc<[Mark]>>>()
        },
    );
    // How many claims name each entity, for the names page only (the one
    // costly derivation a page needs; empty elsewhere).
    let claim_counts = use_memo(
        (context.clone(), view.page == Page::Entities),
        |(analysis, on_page)| {
            let counts: Vec<usize> = if *on_page {
                (0..analysis.entities.len())
                    .map(|e| claims_naming(analysis, e).len())
                    .collect()
            } else {
                Vec::new()
            };
            Rc::new(counts)
        },
    );
    // With no articles, every view would be empty: show where to add some.
    let shown = if analysis.articles.is_empty() {
        Page::Articles
    } else {
        view.page
    };
    let page = match shown {
        Page::Articles => {
            views::articles_page::articles_page(&collection.0, &on_change, &on_export)
        }
        Page::Reader => {
            let marks = match view.mode {
                ReaderMode::Entities => Some(&*marks),
                ReaderMode::Language => Some(&*lang_marks),
                _ => None,
            };
            reader(&analysis, view, &matches, marks, &on_action)
        }
        Page::Profiles => views::profiles::profiles(&analysis),
        Page::Similarity => views::similarity::similarity(&analysis, view, &on_action),
        Page::Pair => views::pair::pair(&analysis, view, &on_action),
        Page::Matrix => views::claim_matrix::claim_matrix(
            &analysis,
            &views::claim_matrix::ClaimMatrixProps {
                filter: view.filter.clone(),
                claim_query: AttrValue::from(view.claim_query.clone()),
                entity: view.entity,
                on_action: on_action.clone(),
            },
        ),
        Page::Entities => views::entity_panel::entity_panel(
            &analysis,
            &views::entity_panel::EntityPanelProps {
                claim_counts: (*claim_counts).clone(),
                selected: view.entity,
                on_action: on_action.clone(),
            },
        ),
        Page::Numbers => views::numbers_view::numbers_view(
            &analysis,
            &views::numbers_view::NumbersViewProps {
                conflicts_only: view.conflicts_only,
                on_action: on_action.clone(),
            },
        ),
        Page::Quotes => views::quotes_view::quotes_view(
            &analysis,
            &views::quotes_view::QuotesViewProps {
                on_action: on_action.clone(),
            },
        ),
        Page::Omissions => views::omission_view::omission_view(
            &analysis,
            &views::omission_view::OmissionViewProps {
                k: view.k,
                hidden: Rc::new(view.hidden.clone()),
                on_action: on_action.clone(),
            },
        ),
    };
    let reader_controls = (view.page == Page::Reader).then(|| {
        html! {
            <>
                <div class="control-row">
                    { views::search_box::search_box(&views::search_box::SearchBoxProps { query: AttrValue::from(view.query.clone()), on_action: on_action.clone() }) }
                    { views::boilerplate_switch::boilerplate_switch(&analysis, view.hide_boilerplate, &on_action) }
                    { views::reader_mode_switch::reader_mode_switch(view.mode, &on_action) }
                </div>
                { views::match_summary::match_summary(&analysis, &views::match_summary::MatchSummaryProps { query: AttrValue::from(view.query.clone()), matches: (*matches).clone(), hidden: Rc::new(view.hidden.clone()), hide_boilerplate: view.hide_boilerplate }) }
                if let (ReaderMode::Coverage, Some(claim)) = (view.mode, view.focus) {
                    { views::focus_panel::focus_panel(&analysis, &views::focus_panel::FocusPanelProps { claim, on_action: on_action.clone() }) }
                }
                if view.mode == ReaderMode::Entities {
                    { views::entity_bar::entity_bar(&analysis, &views::entity_bar::EntityBarProps { selected: view.entity, on_action: on_action.clone() }) }
                }
                if view.mode == ReaderMode::Language {
                    { views::language_bar::language_bar(&analysis, view, &on_action) }
                }
            </>
        }
    });

    html! {
        <ContextProvider<AnalysisContext> {context}>
            <div class="app">
                { views::page_header::page_header(&analysis) }
                if !unreadable.is_empty() {
                    <p class="notice-bar" role="status" data-testid="link-notice">
                        { format!("Part of this link could not be read ({}); those settings show their defaults. ", unreadable.iter().map(|k| if k.is_empty() { "?" } else { k.as_str() }).collect::<Vec<_>>().join(", ")) }
                        <button type="button" class="link-button" onclick={{
                            let unreadable = unreadable.clone();
                            Callback::from(move |_| unreadable.set(Vec::new()))
                        }}>{ "Dismiss" }</button>
                    </p>
                }
                if let Some(notice) = &*storage_notice {
                    <p class="notice-bar" role="status" data-testid="storage-notice">{ notice.clone() }</p>
                }
                if let Some((read, total)) = *progress {
                    { views::progress_line::progress_line(read, total) }
                }
                { views::view_tabs::view_tabs(shown, &on_action) }
                { views::export_bar::export_bar(*copied, &on_export) }
                <section class="controls" aria-label="View controls">
                    { views::outlet_bar::outlet_bar(&analysis, &views::outlet_bar::OutletBarProps { hidden: Rc::new(view.hidden.clone()), matches: (*matches).clone(), query_active: view.page == Page::Reader && is_searchable(&view.query), hide_boilerplate: view.hide_boilerplate, on_action: on_action.clone() }) }
                    { reader_controls }
                    { views::legend::legend(&analysis, &views::legend::LegendProps { mode: (view.page == Page::Reader).then_some(view.mode) }) }
                </section>
                { page }
            </div>
        </ContextProvider<AnalysisContext>>
    }
}

/// Downloads an export, or copies the link of the current view.
fn export(
    what: Export,
    analysis: &Analysis,
    corpus: &Corpus,
    copied: &UseStateHandle<Option<bool>>,
) {
    const CSV: &str = "text/csv;charset=utf-8";
    const JSON: &str = "application/json";
    match what {
        // The byte-order mark tells spreadsheets the file is UTF-8.
        Export::Csv(table) => {
            let text = format!("{UTF8_BOM}{}", table.render(analysis));
            browser::download(table.file_name(), CSV, &text);
        }
        Export::Analysis => {
            browser::download("parallax-analysis.json", JSON, &to_json(analysis));
        }
        Export::Articles => {
            browser::download("parallax-articles.json", JSON, &corpus_json(corpus));
        }
        Export::Link => {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy_text(&browser::current_url()).await));
            });
        }
    }
}

/// The side-by-side reader: one column per visible outlet.
fn reader(
    analysis: &Analysis,
    view: &ViewState,
    matches: &Matches,
    marks: Option<&Vec<Rc<[Mark]>>>,
    on_action: &Callback<Action>,
) -> Html {
    let visible: Vec<usize> = analysis
        .articles
        .iter()
        .filter(|a| view.is_visible(&a.source.slug))
        .map(|a| a.index)
        .collect();
    let columns = if visible.is_empty() {
        let show_all = {
            let on_action = on_action.clone();
            Callback::from(move |_| on_action.emit(Action::ShowAll))
        };
        html! {
            <p class="empty-note" data-testid="no-columns">
                { "Every outlet is hidden. Pick one above, or " }
                <button type="button" class="link-button" onclick={show_all}>{ "show them all" }</button>
                { "." }
            </p>
        }
    } else {
        visible
            .iter()
            .map(|&index| {
                let slug = analysis.articles[index].source.slug.clone();
                html! {
                    <ArticleColumn
                        key={slug}
                        {index}
                        matches={matches.0[index].clone()}
                        hide_boilerplate={view.hide_boilerplate}
                        coverage={view.mode == ReaderMode::Coverage}
                        focus={view.focus}
                        on_action={on_action.clone()}
                        marks={marks.map_or_else(|| Rc::from([]), |m| m[index].clone())}
                        language={view.mode == ReaderMode::Language}
                        selected_entity={view.entity.filter(|_| view.mode == ReaderMode::Entities)}
                    />
                }
            })
            .collect::<Html>()
    };
    html! {
        <main class="columns" data-testid="columns" data-count={visible.len().to_string()} aria-label="Articles side by side" tabindex="0">
            { columns }
        </main>
    }
}
