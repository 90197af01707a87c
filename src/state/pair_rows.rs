//! Rows for the pair view: two articles' aligned claims with a word-level
//! diff, and the sentences of each that the other does not match.

use crate::analysis::diff::{self, DiffKind, DiffOp};
use crate::analysis::{Analysis, Span};

/// One claim both articles state: a mention in each and the diff from the
/// first article's wording to the second's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignedRow {
    pub claim: usize,
    /// Indices into the claim's mentions.
    pub a: usize,
    pub b: usize,
    pub ops: Vec<DiffOp>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairRows {
    pub aligned: Vec<AlignedRow>,
    /// Sentences (indices) of each article, outside boilerplate, with no
    /// claim the other article states.
    pub only_a: Vec<usize>,
    pub only_b: Vec<usize>,
}

/// The pair view of articles `a` and `b` (in that order).
pub fn pair_rows(analysis: &Analysis, a: usize, b: usize) -> PairRows {
    let n = analysis.articles.len();
    if a >= n || b >= n || a == b {
        return PairRows::default();
    }
    let claims = &analysis.claims;
    let mut aligned = Vec::new();
    for claim in &claims.claims {
        if !(claim.carried_by(a) && claim.carried_by(b)) {
            continue;
        }
        let first = |article| claim.mentions.iter().position(|m| m.article == article);
        let (Some(ia), Some(ib)) = (first(a), first(b)) else {
            continue;
        };
        let (ma, mb) = (&claim.mentions[ia], &claim.mentions[ib]);
        let ops = diff::words(
            analysis.articles[a].text(),
            ma.span,
            analysis.articles[b].text(),
            mb.span,
        )
        .ops;
        aligned.push(AlignedRow {
            claim: claim.id,
            a: ia,
            b: ib,
            ops,
        });
    }
    let unmatched = |this: usize, other: usize| -> Vec<usize> {
        analysis.articles[this]
            .sentences
            .iter()
            .filter(|s| !s.role.is_boilerplate())
            .filter(|s| {
                claims
                    .sentence_units(this, s.index)
                    .all(|u| !claims.claims[claims.unit_claim[u]].carried_by(other))
            })
            .map(|s| s.index)
            .collect()
    };
    PairRows {
        aligned,
        only_a: unmatched(a, b),
        only_b: unmatched(b, a),
    }
}

/// How a run of words shows on one side of a diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunKind {
    /// In both wordings.
    Same,
    /// Only on this side, with nothing in its place on the other.
    Only,
    /// Only on this side, where the other side has other words.
    Changed,
}

/// The runs of one side of `ops`: the first wording's (`first`) or the
/// second's, with the span of each in that side's text.
pub fn side_runs(ops: &[DiffOp], first: bool) -> Vec<(Span, RunKind)> {
    let mine = if first {
        DiffKind::Deleted
    } else {
        DiffKind::Inserted
    };
    let mut runs = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let span = if first { op.a } else { op.b };
        let kind = if op.kind == DiffKind::Same {
            RunKind::Same
        } else if op.kind != mine {
            continue;
        } else {
            // A deletion next to an insertion is a replacement.
            let other = |j: Option<usize>| {
                j.and_then(|j| ops.get(j))
                    .is_some_and(|o| o.kind != DiffKind::Same && o.kind != mine)
            };
            if other(i.checked_sub(1)) || other(Some(i + 1)) {
                RunKind::Changed
            } else {
                RunKind::Only
            }
        };
        runs.push((span, kind));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, ArticleSource};

    fn texts(ops: &[DiffOp], first: bool, text: &str) -> Vec<(String, RunKind)> {
        side_runs(ops, first)
            .into_iter()
            .map(|(s, k)| (s.slice(text).to_string(), k))
            .collect()
    }

    #[test]
    fn runs_tell_changed_words_from_added_and_dropped_ones() {
        let a = "Nix contacted Assange in June about the emails.";
        let b = "Nix reached Assange in June about the missing emails.";
        let d = diff::words(a, Span::new(0, a.len()), b, Span::new(0, b.len()));
        let left = texts(&d.ops, true, a);
        let right = texts(&d.ops, false, b);
        assert!(left.contains(&("contacted".into(), RunKind::Changed)));
        assert!(right.contains(&("reached".into(), RunKind::Changed)));
        assert!(right.contains(&("missing".into(), RunKind::Only)));
        assert!(!left.iter().any(|(t, _)| t == "missing"));
        assert_eq!(left[0], ("Nix".into(), RunKind::Same));
    }

    #[test]
    fn pairs_align_shared_claims_and_list_the_rest() {
        let one = "Cambridge Analytica contacted WikiLeaks founder Julian Assange in June 2016. The weather in London was mild.";
        let two = "Cambridge Analytica reached out to WikiLeaks founder Julian Assange in June 2016. Shares of Apple rose sharply on Tuesday.";
        let a = analyze(
            "t",
            vec![
                ArticleSource::from_text("One", one),
                ArticleSource::from_text("Two", two),
            ],
        );
        let rows = pair_rows(&a, 0, 1);
        assert_eq!(rows.aligned.len(), 1, "{rows:?}");
        assert!(!rows.aligned[0].ops.is_empty());
        assert_eq!(rows.only_a, [1]);
        assert_eq!(rows.only_b, [1]);
        assert_eq!(pair_rows(&a, 0, 0), PairRows::default());
        assert_eq!(pair_rows(&a, 0, 9), PairRows::default());
    }
}
