//! One article as a column: outlet, date and headline on top, then every
//! paragraph with its sentences as addressable spans.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{outlet_slot, SentenceView, OUTLET_GLYPHS};
use crate::analysis::export::claim_id;
use crate::analysis::{SentenceRole, Span};
use crate::state::pieces::visible_matches;
use crate::state::{Action, Mark};
use crate::ui::context::AnalysisContext;

#[derive(Properties, PartialEq)]
pub struct ArticleColumnProps {
    /// Index of the article in the analysis.
    pub index: usize,
    pub matches: Rc<[Span]>,
    pub hide_boilerplate: bool,
    #[prop_or_default]
    pub coverage: bool,
    /// The claim in focus; its mention here is scrolled into view.
    #[prop_or_default]
    pub focus: Option<usize>,
    #[prop_or_default]
    pub on_action: Callback<Action>,
    /// This article's marks: entity mentions in entity mode, language marks
    /// in language mode, none otherwise.
    #[prop_or_default]
    pub marks: Rc<[Mark]>,
    #[prop_or_default]
    pub language: bool,
    #[prop_or_default]
    pub selected_entity: Option<usize>,
}

/// "2017-10-26" as "26 Oct 2017"; anything else is shown as given.
fn display_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[component]
pub fn ArticleColumn(props: &ArticleColumnProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let article = &analysis.articles[props.index];
    let source = &article.source;
    let slot = outlet_slot(props.index);
    let title_id = format!("col-title-{}", source.slug);
    let body_ref = use_node_ref();

    // Bring this column's mention of the focused claim into view, unless it is
    // already visible (so the column being read does not jump).
    {
        let body_ref = body_ref.clone();
        use_effect_with((props.focus, props.coverage), move |(focus, _)| {
            if let (Some(claim), Some(body)) = (focus, body_ref.cast::<web_sys::HtmlElement>()) {
                let selector = format!("[data-claim=\"{}\"]", claim_id(*claim));
                if let Ok(Some(el)) = body.query_selector(&selector) {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let top = el.offset_top();
                        let visible = top >= body.scroll_top()
                            && top + el.offset_height() <= body.scroll_top() + body.client_height();
                        if !visible {
                            body.set_scroll_top((top - 32).max(0));
                        }
                    }
                }
            }
        });
    }

    // Bring this column's first mention of a newly selected entity into view.
    {
        let body_ref = body_ref.clone();
        use_effect_with(props.selected_entity, move |selected| {
            if let (Some(_), Some(body)) = (selected, body_ref.cast::<web_sys::HtmlElement>()) {
                if let Ok(Some(el)) = body.query_selector("[data-selected=\"true\"]") {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        body.set_scroll_top((el.offset_top() - 32).max(0));
                    }
                }
            }
        });
    }

    // Roving focus: Tab reaches one claim unit per column (the focused
    // claim's, or the first), arrow keys the rest.
    let units = &analysis.claims.article_units[props.index];
    let tab_unit = props
        .focus
        .and_then(|c| {
            units
                .iter()
                .copied()
                .find(|&u| analysis.claims.unit_claim[u] == c)
        })
        .or_else(|| units.first().copied());
    let mut hidden_passages = 0;
    let paragraphs = article
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p_index, paragraph)| {
            let range =
                paragraph.first_sentence..paragraph.first_sentence + paragraph.sentence_count;
            let sentences = &article.sentences[range];
            let mut previous_reason = None;
            let mut items = Vec::new();
            for s in sentences {
                let reason = match &s.role {
                    SentenceRole::Boilerplate(mark) => Some(mark.reason),
                    _ => None,
                };
                if reason.is_some() && props.hide_boilerplate {
                    if reason != previous_reason {
                        hidden_passages += 1;
                    }
                    previous_reason = reason;
                    continue;
                }
                let show_tag = reason.is_some() && reason != previous_reason;
                previous_reason = reason;
                if !items.is_empty() {
                    items.push(html! { " " });
                }
                items.push(html! {
                    <SentenceView
                        key={s.index}
                        article={props.index}
                        sentence={s.index}
                        matches={props.matches.clone()}
                        hide_boilerplate={props.hide_boilerplate}
                        {show_tag}
                        coverage={props.coverage}
                        focus={props.focus}
                        on_action={props.on_action.clone()}
                        {tab_unit}
                        marks={props.marks.clone()}
                        language={props.language}
                        selected_entity={props.selected_entity}
                    />
                });
            }
            if items.is_empty() {
                return None;
            }
            let is_headline = sentences.len() == 1 && sentences[0].role == SentenceRole::Headline;
            Some(if is_headline {
                html! { <h3 key={p_index} class="headline">{ items }</h3> }
            } else {
                html! { <p key={p_index}>{ items }</p> }
            })
        })
        .collect::<Vec<Html>>();

    let date = match &source.date {
        Some(iso) => display_date(iso),
        None => "date not in text".to_string(),
    };
    let match_count = visible_matches(article, &props.matches, props.hide_boilerplate);
    let words = article.body_word_count();
    html! {
        <article
            class="column"
            data-column={source.slug.clone()}
            data-slot={slot.to_string()}
            data-testid={format!("column-{}", source.slug)}
            aria-labelledby={title_id.clone()}
        >
            <header class="column-header">
                <h2 id={title_id}>
                    <span class="glyph" aria-hidden="true">{ OUTLET_GLYPHS[slot] }</span>
                    { format!(" {}", source.outlet) }
                </h2>
                <p class="column-meta">
                    <span title={source.date_note.clone().unwrap_or_default()}>{ date }</span>
                    { format!(" · {words} words") }
                    if !props.matches.is_empty() {
                        <span data-testid={format!("column-matches-{}", source.slug)}>
                            { format!(" · {match_count} {}", if match_count == 1 { "match" } else { "matches" }) }
                        </span>
                    }
                </p>
                if article.headline_sentence.is_none() {
                    if let Some(headline) = &source.headline {
                        <h3 class="headline">{ headline.clone() }</h3>
                    }
                }
            </header>
            <div class="column-body" ref={body_ref} tabindex="0" role="region" aria-label={format!("{} article text", source.outlet)}>
                { for paragraphs }
                if hidden_passages > 0 {
                    <p class="hidden-note" data-testid={format!("hidden-note-{}", source.slug)}>
                        { format!("{hidden_passages} boilerplate {} hidden.", if hidden_passages == 1 { "passage" } else { "passages" }) }
                    </p>
                }
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::display_date;

    #[test]
    fn dates_read_naturally() {
        assert_eq!(display_date("2017-10-26"), "26 Oct 2017");
        assert_eq!(display_date("2017-13-26"), "2017-13-26");
        assert_eq!(display_date("sometime"), "sometime");
    }
}
