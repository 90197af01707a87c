//! Word-level differences between two wordings (quotes, aligned claims).
//!
//! (Skeleton: being written.)

use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiffKind {
    Same,
    /// Only in the second wording.
    Inserted,
    /// Only in the first wording.
    Deleted,
}

/// One run of words: its span in the first text (`a`, empty for insertions)
/// and in the second (`b`, empty for deletions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiffOp {
    pub kind: DiffKind,
    pub a: Span,
    pub b: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordDiff {
    pub ops: Vec<DiffOp>,
}

impl WordDiff {
    pub fn is_same(&self) -> bool {
        self.ops.iter().all(|op| op.kind == DiffKind::Same)
    }
}

/// Diffs the words of `a_span` in `a_text` against those of `b_span` in `b_text`.
pub fn words(a_text: &str, a_span: Span, b_text: &str, b_span: Span) -> WordDiff {
    let _ = (a_text, a_span, b_text, b_span);
    WordDiff::default()
}
