//! The root component: computes the analysis once, owns the view state,
//! mirrors it into the URL hash, and lays out the page.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser;
use super::components::{
    ArticleColumn, BoilerplateSwitch, Legend, MatchSummary, OutletBar, PageHeader, SearchBox,
};
use super::context::{AnalysisContext, Matches};
use super::store::Store;
use crate::analysis::corpus::bundled_analysis;
use crate::analysis::Span;
use crate::state::{history_mode, Action, ViewState};

#[component]
pub fn App() -> Html {
    let analysis = use_memo((), |_| bundled_analysis());
    let context = AnalysisContext(analysis.clone());

    let store = use_reducer(|| {
        let slugs: Rc<[String]> = analysis.slugs().iter().map(|s| s.to_string()).collect();
        let refs: Vec<&str> = slugs.iter().map(String::as_str).collect();
        let (view, _) = ViewState::from_hash(&browser::current_hash(), &refs);
        Store { slugs, view }
    });

    // Back, forward and hand-edited URLs: re-read the hash into the state.
    {
        let dispatcher = store.dispatcher();
        let slugs = store.slugs.clone();
        use_effect_with((), move |_| {
            let reread = move |_: &Event| {
                let refs: Vec<&str> = slugs.iter().map(String::as_str).collect();
                let (view, _) = ViewState::from_hash(&browser::current_hash(), &refs);
                dispatcher.dispatch(Action::Replace(view));
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
        let refs = store.slug_refs();
        let wanted = store.view.to_hash(&refs);
        let current = browser::current_hash();
        if wanted != current {
            let (shown, _) = ViewState::from_hash(&current, &refs);
            browser::write_hash(&wanted, history_mode(&shown, &store.view));
        }
    });

    let matches = {
        let analysis = analysis.clone();
        use_memo(store.view.query.clone(), move |query| {
            let per_article: Vec<Rc<[Span]>> = analysis
                .articles
                .iter()
                .map(|a| Rc::from(a.folded.find(query)))
                .collect();
            Matches(Rc::new(per_article))
        })
    };

    let on_action = {
        let dispatcher = store.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    let view = &store.view;
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
                    />
                }
            })
            .collect::<Html>()
    };

    html! {
        <ContextProvider<AnalysisContext> {context}>
            <div class="app">
                <PageHeader />
                <section class="controls" aria-label="View controls">
                    <OutletBar hidden={Rc::new(view.hidden.clone())} matches={(*matches).clone()} query_active={crate::analysis::search::is_searchable(&view.query)} hide_boilerplate={view.hide_boilerplate} on_action={on_action.clone()} />
                    <div class="control-row">
                        <SearchBox query={AttrValue::from(view.query.clone())} on_action={on_action.clone()} />
                        <BoilerplateSwitch hide={view.hide_boilerplate} on_action={on_action.clone()} />
                    </div>
                    <MatchSummary query={AttrValue::from(view.query.clone())} matches={(*matches).clone()} hidden={Rc::new(view.hidden.clone())} hide_boilerplate={view.hide_boilerplate} />
                    <Legend />
                </section>
                <main class="columns" data-testid="columns" data-count={visible.len().to_string()} aria-label="Articles side by side" tabindex="0">
                    { columns }
                </main>
            </div>
        </ContextProvider<AnalysisContext>>
    }
}
