//! One wording shown against another, word by word: words only the first
//! has are struck through and marked "−", words only the second has are
//! underlined and marked "+", so the difference never rests on color.

use yew::prelude::*;

use crate::analysis::diff::{DiffKind, DiffOp};
use crate::analysis::Analysis;

/// `ops` diff the words of article `a` (their `a` spans) against those of
/// article `b` (their `b` spans).
pub fn word_diff(analysis: &Analysis, a: usize, b: usize, ops: &[DiffOp]) -> Html {
    let a_text = analysis.articles[a].text();
    let b_text = analysis.articles[b].text();
    let mut parts = Vec::with_capacity(ops.len() * 2);
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            parts.push(html! { " " });
        }
        parts.push(match op.kind {
            DiffKind::Deleted => html! {
                <del data-diff="deleted"><span class="visually-hidden">{ "[left out: " }</span>{ op.a.slice(a_text).to_string() }<span class="visually-hidden">{ "]" }</span></del>
            },
            DiffKind::Inserted => html! {
                <ins data-diff="inserted"><span class="visually-hidden">{ "[added: " }</span>{ op.b.slice(b_text).to_string() }<span class="visually-hidden">{ "]" }</span></ins>
            },
            _ => html! { { op.b.slice(b_text).to_string() } },
        });
    }
    html! { <span class="word-diff" data-testid="word-diff">{ parts }</span> }
}
