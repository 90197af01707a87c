//! One sentence of an article, cut into pieces: plain words, search matches
//! and inline boilerplate. Carries its byte span so every highlight can be
//! traced to the source text. In coverage mode each claim unit of the
//! sentence is shaded by how many outlets carry its claim, with a "k/n" badge,
//! and focusing or hovering it puts its claim in focus everywhere. In entity
//! mode every name is marked by its kind (underline style, a letter and a
//! tint), and clicking one selects that entity in every column. In language
//! mode every language mark is underlined by category, with a glyph, and
//! its category, voice and rule show on hover and on focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::analysis::export::entity_id;

use crate::analysis::export::claim_id;
use crate::analysis::{Article, SentenceRole, Span};
use crate::state::claim_rows::others_carrying;
use crate::state::{sentence_pieces, Action, Mark};
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
    #[prop_or_default]
    pub coverage: bool,
    #[prop_or_default]
    pub focus: Option<usize>,
    #[prop_or_default]
    pub on_action: Callback<Action>,
    /// The one claim unit of the column reachable with Tab (roving focus);
    /// arrow keys move between the others.
    #[prop_or_default]
    pub tab_unit: Option<usize>,
    /// Marks of the article: entity mentions in entity mode, language marks
    /// in language mode, none otherwise.
    #[prop_or_default]
    pub marks: Rc<[Mark]>,
    /// The marks are language marks.
    #[prop_or_default]
    pub language: bool,
    /// The selected entity, whose mentions are outlined.
    #[prop_or_default]
    pub selected_entity: Option<usize>,
}

/// Arrow keys move focus to the previous or next claim unit of the column.
fn step_between_units(e: KeyboardEvent) {
    let forward = match e.key().as_str() {
        "ArrowDown" | "ArrowRight" => true,
        "ArrowUp" | "ArrowLeft" => false,
        _ => return,
    };
    let Some(current) = e.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(body)) = current.closest(".column-body") else {
        return;
    };
    let Ok(units) = body.query_selector_all("[data-claim]") else {
        return;
    };
    let nodes: Vec<web_sys::HtmlElement> = (0..units.length())
        .filter_map(|i| units.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let Some(at) = nodes.iter().position(|n| **n == current) else {
        return;
    };
    let next = if forward { at + 1 } else { at.wrapping_sub(1) };
    if let Some(target) = nodes.get(next) {
        e.prevent_default();
        let _ = target.focus();
    }
}

/// How marks are drawn: which are marked, whether they are language marks,
/// which entity is selected, and where a click on one goes.
struct Paint<'a> {
    marks: &'a [Mark],
    language: bool,
    selected: Option<usize>,
    on_action: &'a Callback<Action>,
    analysis: &'a crate::analysis::Analysis,
}

/// The pieces of `span` as HTML: matches marked, inline boilerplate tagged
/// (or left out when boilerplate is hidden), entity mentions marked by kind.
fn render_pieces(
    article: &Article,
    span: Span,
    matches: &[Span],
    hide_boilerplate: bool,
    paint: &Paint,
) -> Html {
    let text = article.text();
    sentence_pieces(span, matches, &article.inline_boilerplate, paint.marks)
        .iter()
        .filter_map(|piece| {
            let words = piece.span.slice(text).to_string();
            let inner = if piece.matched {
                html! { <mark class="match" data-match="">{ words }</mark> }
            } else {
                html! { { words } }
            };
            let inner = match piece.mark {
                Some(id) if paint.language => match paint.analysis.language.get(id) {
                    Some(m) => {
                        let voice = if m.is_own_voice() {
                            "own voice"
                        } else {
                            "quoted"
                        };
                        html! {
                            <span
                                class="lang"
                                data-cat={m.category.slug()}
                                data-voice={if m.is_own_voice() { "own" } else { "quoted" }}
                                data-mark={format!("l{}", id + 1)}
                                title={format!("{} ({voice}) · {}", m.category.label(), m.rule)}
                                tabindex="0"
                            >{ inner }</span>
                        }
                    }
                    None => inner,
                },
                _ => match piece.mark.and_then(|e| paint.analysis.entities.get(e)) {
                    Some(entity) => {
                        let id = entity.id;
                        let on_action = paint.on_action.clone();
                        let select = Callback::from(move |_: MouseEvent| {
                            on_action.emit(Action::SelectEntity(Some(id)))
                        });
                        html! {
                            <span
                                class="entity"
                                data-kind={entity.kind.slug()}
                                data-entity={entity_id(id)}
                                data-selected={(paint.selected == Some(id)).then_some("true")}
                                title={format!("{}: {}", entity.kind.label(), entity.name)}
                                onclick={select}
                            >{ inner }</span>
                        }
                    }
                    None => inner,
                },
            };
            match piece.boilerplate {
                Some(_) if hide_boilerplate => None,
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
        .collect::<Html>()
}

#[component]
pub fn SentenceView(props: &SentenceViewProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let article = &analysis.articles[props.article];
    let sentence = &article.sentences[props.sentence];
    let id = format!("s-{}-{}", article.source.slug, sentence.index);
    let units: Vec<usize> = analysis
        .claims
        .sentence_units(props.article, props.sentence)
        .collect();
    let paint = Paint {
        marks: &props.marks,
        language: props.language,
        selected: props.selected_entity,
        on_action: &props.on_action,
        analysis: &analysis,
    };

    if let SentenceRole::Boilerplate(mark) = &sentence.role {
        return html! {
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
                { render_pieces(article, sentence.span, &props.matches, props.hide_boilerplate, &paint) }
            </span>
        };
    }

    let body = if props.coverage && !units.is_empty() {
        let total = analysis.articles.len();
        let tab_unit = props.tab_unit;
        let step = Callback::from(step_between_units);
        let mut parts = Vec::new();
        let mut at = sentence.span.start;
        for &u in &units {
            let unit = &analysis.claims.units[u];
            if unit.span.start > at {
                parts.push(html! { " " });
            }
            at = unit.span.end;
            let c = analysis.claims.unit_claim[u];
            let claim = &analysis.claims.claims[c];
            let carried = claim.outlet_count();
            let focus = {
                let on_action = props.on_action.clone();
                Callback::from(move |_: FocusEvent| on_action.emit(Action::FocusClaim(Some(c))))
            };
            let hover = {
                let on_action = props.on_action.clone();
                Callback::from(move |_: MouseEvent| on_action.emit(Action::FocusClaim(Some(c))))
            };
            parts.push(html! {
                <span
                    class="claim-unit"
                    data-claim={claim_id(c)}
                    data-coverage={others_carrying(claim).to_string()}
                    data-focused={(props.focus == Some(c)).then_some("true")}
                    data-start={unit.span.start.to_string()}
                    data-end={unit.span.end.to_string()}
                    tabindex={if tab_unit == Some(u) { "0" } else { "-1" }}
                    onfocus={focus}
                    onkeydown={step.clone()}
                    onmouseenter={hover}
                >
                    { render_pieces(article, unit.span, &props.matches, props.hide_boilerplate, &paint) }
                    <span class="coverage-badge">
                        <span aria-hidden="true">{ format!("{carried}/{total}") }</span>
                        <span class="visually-hidden">{ format!(" (claim {}, carried by {carried} of {total} outlets)", claim_id(c)) }</span>
                    </span>
                </span>
            });
        }
        parts.into_iter().collect::<Html>()
    } else {
        render_pieces(
            article,
            sentence.span,
            &props.matches,
            props.hide_boilerplate,
            &paint,
        )
    };
    html! {
        <span
            {id}
            class="sentence"
            data-role={sentence.role.slug()}
            data-start={sentence.span.start.to_string()}
            data-end={sentence.span.end.to_string()}
        >
            { body }
        </span>
    }
}
