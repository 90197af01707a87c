//! Word-level differences between two wordings (quotes, aligned claims).
//!
//! Both wordings are cut into tokens (`tokens::tokenize`) and compared by
//! their normalized forms, so case, curly against straight apostrophes and
//! typographic dashes never count as differences, and neither do the quote
//! marks and punctuation between words, which are not tokens at all.
//!
//! The diff is a longest common subsequence of the two token lists. The
//! common head and tail are trimmed first, since two quotations of one
//! statement mostly differ in a few words; the table for what is left costs
//! `n × m` cells, so beyond `MAX_CELLS` the middle is reported as one deleted
//! run and one inserted run instead, which keeps the cost bounded for any
//! input. Consecutive tokens of one kind are merged into one run whose spans
//! cover the words of that run in each text.

use super::span::Span;
use super::tokens::{tokenize, Token};

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

    /// How many words of the first wording are kept in the second.
    pub fn same_words(&self, a_text: &str) -> usize {
        let mut tokens = Vec::new();
        for op in self.ops.iter().filter(|op| op.kind == DiffKind::Same) {
            tokenize(a_text, op.a, &mut tokens);
        }
        tokens.len()
    }
}

/// The largest LCS table (cells) computed; a bigger middle is one replacement.
const MAX_CELLS: usize = 40_000;

/// Diffs the words of `a_span` in `a_text` against those of `b_span` in `b_text`.
pub fn words(a_text: &str, a_span: Span, b_text: &str, b_span: Span) -> WordDiff {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    tokenize(a_text, a_span, &mut a);
    tokenize(b_text, b_span, &mut b);
    let head = a
        .iter()
        .zip(&b)
        .take_while(|(x, y)| x.norm == y.norm)
        .count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x.norm == y.norm)
        .count();
    let (am, bm) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    // One kind per step, in order: the head, the middle's script, the tail.
    let mut steps = vec![DiffKind::Same; head];
    if am.len().saturating_mul(bm.len()) > MAX_CELLS {
        steps.extend(std::iter::repeat_n(DiffKind::Deleted, am.len()));
        steps.extend(std::iter::repeat_n(DiffKind::Inserted, bm.len()));
    } else {
        lcs_script(am, bm, &mut steps);
    }
    steps.extend(std::iter::repeat_n(DiffKind::Same, tail));
    let a_end = end_of(a_text, a_span, &a);
    let b_end = end_of(b_text, b_span, &b);
    merge(&steps, &a, &b, a_end, b_end)
}

/// Appends the edit script of `a` into `b` along a longest common
/// subsequence, deletions before insertions where both fit.
fn lcs_script(a: &[Token], b: &[Token], out: &mut Vec<DiffKind>) {
    let (n, m) = (a.len(), b.len());
    // `len[i * (m + 1) + j]`: the LCS length of `a[i..]` and `b[j..]`.
    let mut len = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i * (m + 1) + j] = if a[i].norm == b[j].norm {
                len[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                len[(i + 1) * (m + 1) + j].max(len[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].norm == b[j].norm {
            out.push(DiffKind::Same);
            i += 1;
            j += 1;
        } else if i < n && (j == m || len[(i + 1) * (m + 1) + j] >= len[i * (m + 1) + j + 1]) {
            out.push(DiffKind::Deleted);
            i += 1;
        } else {
            out.push(DiffKind::Inserted);
            j += 1;
        }
    }
}

/// Where an insertion after the last word sits: the span's end when it fits
/// the text, or else the end of the last word (or 0), never off a boundary.
fn end_of(text: &str, span: Span, tokens: &[Token]) -> usize {
    if text.is_char_boundary(span.end) {
        span.end
    } else {
        tokens.last().map_or(0, |t| t.span.end)
    }
}

/// Turns a per-token script into runs with their spans in each text.
fn merge(steps: &[DiffKind], a: &[Token], b: &[Token], a_end: usize, b_end: usize) -> WordDiff {
    let mut ops: Vec<DiffOp> = Vec::new();
    let (mut i, mut j) = (0, 0);
    // An empty span sits where the missing words would be: before the next
    // word of that text, or at the end of the span after the last one.
    let here = |tokens: &[Token], k: usize, end: usize| {
        let at = tokens.get(k).map_or(end, |t| t.span.start);
        Span::new(at, at)
    };
    for &kind in steps {
        let (sa, sb) = match kind {
            DiffKind::Same => (a[i].span, b[j].span),
            DiffKind::Deleted => (a[i].span, here(b, j, b_end)),
            DiffKind::Inserted => (here(a, i, a_end), b[j].span),
        };
        i += usize::from(kind != DiffKind::Inserted);
        j += usize::from(kind != DiffKind::Deleted);
        match ops.last_mut() {
            Some(op) if op.kind == kind => {
                if kind != DiffKind::Inserted {
                    op.a.end = sa.end;
                }
                if kind != DiffKind::Deleted {
                    op.b.end = sb.end;
                }
            }
            _ => ops.push(DiffOp { kind, a: sa, b: sb }),
        }
    }
    WordDiff { ops }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::random_strings;

    /// Renders the diff of two whole texts as "same [-deleted] {+inserted}".
    fn render(a: &str, b: &str) -> String {
        let diff = words(a, Span::new(0, a.len()), b, Span::new(0, b.len()));
        diff.ops
            .iter()
            .map(|op| match op.kind {
                DiffKind::Same => op.a.slice(a).to_string(),
                DiffKind::Deleted => format!("[-{}]", op.a.slice(a)),
                _ => format!("{{+{}}}", op.b.slice(b)),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn check(a: &str, b: &str, expected: &str) {
        assert_eq!(render(a, b), expected, "a: {a:?}\nb: {b:?}");
    }

    #[test]
    fn typography_and_case_are_not_differences() {
        check("He didn’t go—", "he didn't go", "He didn’t go");
        check("“Early June 2016.”", "early June 2016", "Early June 2016");
        check("", "", "");
        check("", "new words", "{+new words}");
        check("old words", "", "[-old words]");
    }

    #[test]
    fn runs_are_merged_and_cover_their_words() {
        check(
            "we received a message back from them",
            "we got a short message from them",
            "we [-received] {+got} a {+short} message [-back] from them",
        );
        check(
            "that was the end of the story",
            "that was, in the end, the story",
            "that was {+in} the end [-of] the story",
        );
        check("a b c d", "x y", "[-a b c d] {+x y}");
    }

    #[test]
    fn insertions_sit_where_the_words_would_be() {
        let (a, b) = ("one three", "one two three");
        let d = words(a, Span::new(0, a.len()), b, Span::new(0, b.len()));
        assert_eq!(d.ops[1].kind, DiffKind::Inserted);
        assert_eq!(d.ops[1].a, Span::new(4, 4));
        assert_eq!(d.same_words(a), 2);
        assert!(!d.is_same());
    }

    #[test]
    fn long_inputs_fall_back_to_one_replacement() {
        let a = "alpha ".repeat(400) + "end";
        let b = "beta ".repeat(400) + "end";
        let d = words(&a, Span::new(0, a.len()), &b, Span::new(0, b.len()));
        let kinds: Vec<DiffKind> = d.ops.iter().map(|o| o.kind).collect();
        assert_eq!(
            kinds,
            [DiffKind::Deleted, DiffKind::Inserted, DiffKind::Same]
        );
    }

    #[test]
    fn never_panics_and_spans_stay_on_char_boundaries() {
        let texts = random_strings("ab ’“”—é.\u{301}", 7, 200, 30);
        for pair in texts.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            for span in [
                Span::new(0, a.len()),
                Span::new(1, a.len().max(1)),
                Span::new(0, 999),
            ] {
                let d = words(a, span, b, Span::new(0, b.len()));
                for op in &d.ops {
                    assert!(a.get(op.a.start..op.a.end).is_some());
                    assert!(b.get(op.b.start..op.b.end).is_some());
                }
            }
        }
    }
}
