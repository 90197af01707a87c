//! One wording shown against another, word by word: words only the first
//! has are struck through and marked "−", words only the second has are
//! underlined and marked "+", so the difference never rests on color.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::diff::{DiffKind, DiffOp};
use crate::ui::context::AnalysisContext;

#[derive(Properties, PartialEq)]
pub struct WordDiffViewProps {
    /// Article of the first wording (the `a` spans).
    pub a: usize,
    /// Article of the second wording (the `b` spans).
    pub b: usize,
    pub ops: Rc<[DiffOp]>,
}

#[component]
pub fn WordDiffView(props: &WordDiffViewProps) -> Html {
    let analysis = use_context::<AnalysisContext>().expect("analysis context");
    let a_text = analysis.articles[props.a].text();
    let b_text = analysis.articles[props.b].text();
    let mut parts = Vec::with_capacity(props.ops.len() * 2);
    for (i, op) in props.ops.iter().enumerate() {
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
