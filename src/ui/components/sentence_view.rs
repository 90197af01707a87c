//! One sentence of an article, cut into pieces: plain words, search matches
//! and inline boilerplate. Carries its byte span so every highlight can be
//! traced to the source text.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::{SentenceRole, Span};
use crate::state::sentence_pieces;
use crate::ui::context::AnalysisContext;

#[derive(Properties, PartialEq)]
pub struct SentenceViewProps {
    pub article: usize,
    pub sentence: usize,
    /// All search matches of the article; the sentence picks its own.
    pub matches: Rc<[Span]>,
    pub hide_boilerplate: bool,
    /// Show the boilerplate reason tag (first sentence of a run).
    #[prop_or_default]
    pub show_tag: bool,
}

#[component]
pub fn SentenceView(props: &SentenceViewProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let article = &analysis.articles[props.article];
    let text = article.text();
    let sentence = &article.sentences[props.sentence];
    let pieces = sentence_pieces(sentence.span, &props.matches, &article.inline_boilerplate);
    let body = pieces
        .iter()
        .filter_map(|piece| {
            let words = piece.span.slice(text).to_string();
            let inner = if piece.matched {
                html! { <mark class="match" data-match="">{ words }</mark> }
            } else {
                html! { { words } }
            };
            match piece.boilerplate {
                Some(i) if props.hide_boilerplate => {
                    let _ = i;
                    None
                }
                Some(i) => {
                    let mark = &article.inline_boilerplate[i];
                    Some(html! {
                        <span
                            class="inline-boilerplate"
                            data-role="inline-boilerplate"
                            data-reason={mark.reason.slug()}
                            data-rule={mark.rule}
                            title={format!("Boilerplate ({}): {}", mark.reason.label(), mark.rule)}
                            tabindex="0"
                        >
                            <span class="bp-tag">{ mark.reason.label() }</span>
                            { inner }
                        </span>
                    })
                }
                None => Some(inner),
            }
        })
        .collect::<Html>();
    let id = format!("s-{}-{}", article.source.slug, sentence.index);
    match &sentence.role {
        SentenceRole::Boilerplate(mark) => html! {
            <span
                {id}
                class="sentence boilerplate"
                data-role="boilerplate"
                data-reason={mark.reason.slug()}
                data-rule={mark.rule}
                data-start={sentence.span.start.to_string()}
                data-end={sentence.span.end.to_string()}
                title={format!("Boilerplate ({}): {}", mark.reason.label(), mark.rule)}
                tabindex="0"
            >
                if props.show_tag {
                    <span class="bp-tag">{ mark.reason.label() }</span>
                }
                { body }
            </span>
        },
        role => html! {
            <span
                {id}
                class="sentence"
                data-role={role.slug()}
                data-start={sentence.span.start.to_string()}
                data-end={sentence.span.end.to_string()}
            >
                { body }
            </span>
        },
    }
}
