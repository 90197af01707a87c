//! The pair view: two outlets chosen by the user, their aligned claims side
//! by side with a word-level diff, and each side's sentences that the other
//! does not match. Words only one side has are marked by style as well as
//! color: dropped or added words struck or underlined with "−"/"+", changed
//! words boxed with "~", and screen-reader text saying which.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::analysis::export::claim_id;
use crate::analysis::Analysis;
use crate::state::pair_rows::{pair_rows, side_runs, RunKind};
use crate::state::{Action, ViewState};
use crate::ui::views::outlet_ref::outlet_ref;

/// One side of a diff: the runs of `article`'s wording, marked by kind.
fn side(
    analysis: &Analysis,
    article: usize,
    ops: &[crate::analysis::diff::DiffOp],
    first: bool,
) -> Html {
    let text = analysis.articles[article].text();
    let mut parts = Vec::new();
    for (i, (span, kind)) in side_runs(ops, first).into_iter().enumerate() {
        if i > 0 {
            parts.push(html! { " " });
        }
        let words = span.slice(text).to_string();
        parts.push(match kind {
            RunKind::Same => html! { { words } },
            RunKind::Changed => html! {
                <span class="diff-changed" data-diff="changed"><span class="visually-hidden">{ "[changed: " }</span>{ words }<span class="visually-hidden">{ "]" }</span></span>
            },
            RunKind::Only if first => html! {
                <del data-diff="deleted"><span class="visually-hidden">{ "[only here: " }</span>{ words }<span class="visually-hidden">{ "]" }</span></del>
            },
            RunKind::Only => html! {
                <ins data-diff="inserted"><span class="visually-hidden">{ "[only here: " }</span>{ words }<span class="visually-hidden">{ "]" }</span></ins>
            },
        });
    }
    parts.into_iter().collect::<Html>()
}

pub fn pair(analysis: &Analysis, view: &ViewState, on_action: &Callback<Action>) -> Html {
    let n = analysis.articles.len();
    let (a, b) = view.pair.unwrap_or((0, 1));
    // The pair is kept smaller index first, so a picker cannot take the
    // other side's outlet (the "swap" would order back to the same pair and
    // leave the picker showing an outlet the rows do not compare): that
    // option is disabled. Picking a later outlet first reorders the pair.
    let picker = |which: usize, chosen: usize, other: usize, label: &'static str| {
        let id = format!("pair-{which}");
        let on_action = on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                on_action.emit(Action::SelectPair(Some((i, other))));
            }
        });
        // `selected` is only an attribute to Yew, and the browser ignores a
        // new `selected` attribute on an option the user once picked, so the
        // picker could show another outlet than the rows compare. Keying each
        // option by whether it is chosen replaces the options whose choice
        // changed, and a fresh selected option always wins; the select keeps
        // its focus.
        html! {
            <label for={id.clone()}>
                { label }
                <select id={id.clone()} data-testid={id} {onchange}>
                    { for analysis.articles.iter().map(|x| html! {
                        <option
                            key={format!("{}{}", x.index, if x.index == chosen { "-chosen" } else { "" })}
                            value={x.index.to_string()}
                            selected={x.index == chosen}
                            disabled={x.index == other}
                        >{ x.source.outlet.clone() }</option>
                    }) }
                </select>
            </label>
        }
    };
    let body = if n < 2 || a == b || b >= n {
        html! { <p class="help">{ "Pick two different outlets." }</p> }
    } else {
        let rows = pair_rows(analysis, a, b);
        let aligned = rows
            .aligned
            .iter()
            .map(|r| {
                html! {
                    <tr data-claim={claim_id(r.claim)}>
                        <th scope="row">{ claim_id(r.claim) }</th>
                        <td lang="en">{ side(analysis, a, &r.ops, true) }</td>
                        <td lang="en">{ side(analysis, b, &r.ops, false) }</td>
                        <td>{ if r.ops.iter().all(|o| o.kind == crate::analysis::diff::DiffKind::Same) { "same words" } else { "" } }</td>
                    </tr>
                }
            })
            .collect::<Html>();
        let only = |article: usize, sentences: &[usize]| {
            let art = &analysis.articles[article];
            html! {
                <section class="pair-only" data-testid={format!("pair-only-{}", art.source.slug)}>
                    <h3>{ "Only in " }{ outlet_ref(analysis, article) }{ format!(" ({} sentences)", sentences.len()) }</h3>
                    <ul>{ for sentences.iter().map(|&s| html! { <li>{ art.sentences[s].span.slice(art.text()).to_string() }</li> }) }</ul>
                </section>
            }
        };
        html! {
            <>
                <p class="match-summary" role="status" data-testid="pair-count">
                    { format!("{} claims both state; {} sentences only in {}, {} only in {}.", rows.aligned.len(), rows.only_a.len(), analysis.articles[a].source.label, rows.only_b.len(), analysis.articles[b].source.label) }
                </p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Aligned claims">
                    <table class="pair-table" data-testid="pair-table">
                        <caption class="visually-hidden">{ "Claims both outlets state, word by word" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Claim" }</th>
                            <th scope="col">{ outlet_ref(analysis, a) }</th>
                            <th scope="col">{ outlet_ref(analysis, b) }</th>
                            <th scope="col">{ "Note" }</th>
                        </tr></thead>
                        <tbody>{ aligned }</tbody>
                    </table>
                </div>
                <div class="pair-only-grid">
                    { only(a, &rows.only_a) }
                    { only(b, &rows.only_b) }
                </div>
            </>
        }
    };
    html! {
        <main class="pair-view" data-testid="pair-view" aria-labelledby="pair-title">
            <h2 id="pair-title">{ "Pair: two outlets, word by word" }</h2>
            <p class="help">{ "Each row is a claim both outlets state, the first outlet's wording on the left and the second's on the right. Words only one side has are struck through (−) on the left or underlined (+) on the right; words put differently are boxed (~). Below, each outlet's sentences that state nothing the other does." }</p>
            <div class="pair-pickers">
                { picker(0, a, b, "First outlet ") }
                { picker(1, b, a, "Second outlet ") }
            </div>
            { body }
        </main>
    }
}
