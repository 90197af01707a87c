//! Cutting a sentence into pieces for display: plain text, search matches,
//! inline boilerplate and marks (entity mentions or language marks), each a
//! span of the original text.

use crate::analysis::sort;
use crate::analysis::{Article, BoilerplateMark, Span};

/// A run of a sentence that is displayed one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// Inside a search match.
    pub matched: bool,
    /// Index into the marks passed to `sentence_pieces` when the run is
    /// inline boilerplate.
    pub boilerplate: Option<usize>,
    /// The mark here (its id: an entity in entity mode, a language mark in
    /// language mode).
    pub mark: Option<usize>,
}

/// Something to mark in the reader: where, and what (an entity id or a
/// language mark id, by mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    pub span: Span,
    pub id: usize,
}

/// Splits `sentence` at every edge of the matches, inline boilerplate marks
/// and marks that touch it. Adjacent runs that display alike are
/// merged, so a sentence without any is one piece.
pub fn sentence_pieces(
    sentence: Span,
    matches: &[Span],
    inline: &[BoilerplateMark],
    marks: &[Mark],
) -> Vec<Piece> {
    let mut cuts = vec![sentence.start, sentence.end];
    let inside = |s: Span| s.overlaps(sentence);
    for s in matches.iter().copied().filter(|s| inside(*s)) {
        cuts.extend([s.start, s.end]);
    }
    for m in inline.iter().filter(|m| inside(m.span)) {
        cuts.extend([m.span.start, m.span.end]);
    }
    for m in marks.iter().filter(|m| inside(m.span)) {
        cuts.extend([m.span.start, m.span.end]);
    }
    cuts.retain(|c| (sentence.start..=sentence.end).contains(c));
    sort::sort(&mut cuts);
    cuts.dedup();

    let mut pieces: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let span = Span::new(w[0], w[1]);
        let piece = Piece {
            span,
            matched: matches.iter().any(|m| m.contains(span)),
            boilerplate: inline.iter().position(|m| m.span.contains(span)),
            mark: marks.iter().find(|m| m.span.contains(span)).map(|m| m.id),
        };
        match pieces.last_mut() {
            // Two marks side by side stay two pieces, each its own.
            Some(last)
                if last.matched == piece.matched
                    && last.boilerplate == piece.boilerplate
                    && last.mark.is_none()
                    && piece.mark.is_none() =>
            {
                last.span.end = span.end;
            }
            _ => pieces.push(piece),
        }
    }
    pieces
}

/// The matches a reader can see: all of them, or those outside boilerplate
/// when boilerplate is hidden.
pub fn visible_matches(article: &Article, matches: &[Span], hide_boilerplate: bool) -> usize {
    if !hide_boilerplate {
        return matches.len();
    }
    matches
        .iter()
        .filter(|m| !article.is_boilerplate_at(**m))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::BoilerplateReason;

    fn mark(start: usize, end: usize) -> BoilerplateMark {
        BoilerplateMark {
            span: Span::new(start, end),
            reason: BoilerplateReason::RelatedLinks,
            rule: "test",
        }
    }

    fn check(
        sentence: (usize, usize),
        matches: &[(usize, usize)],
        inline: &[BoilerplateMark],
        expected: &[(usize, usize, bool, Option<usize>)],
    ) {
        let matches: Vec<Span> = matches.iter().map(|(s, e)| Span::new(*s, *e)).collect();
        let got: Vec<(usize, usize, bool, Option<usize>)> =
            sentence_pieces(Span::new(sentence.0, sentence.1), &matches, inline, &[])
                .iter()
                .map(|p| (p.span.start, p.span.end, p.matched, p.boilerplate))
                .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn plain_sentence_is_one_piece() {
        check((5, 20), &[], &[], &[(5, 20, false, None)]);
        check((5, 20), &[(0, 4), (30, 40)], &[], &[(5, 20, false, None)]);
    }

    #[test]
    fn matches_and_inline_boilerplate_cut_the_sentence() {
        check(
            (0, 30),
            &[(2, 5), (12, 18)],
            &[mark(10, 20)],
            &[
                (0, 2, false, None),
                (2, 5, true, None),
                (5, 10, false, None),
                (10, 12, false, Some(0)),
                (12, 18, true, Some(0)),
                (18, 20, false, Some(0)),
                (20, 30, false, None),
            ],
        );
    }

    #[test]
    fn matches_running_past_the_sentence_are_clipped() {
        check(
            (10, 20),
            &[(5, 12), (18, 25)],
            &[],
            &[
                (10, 12, true, None),
                (12, 18, false, None),
                (18, 20, true, None),
            ],
        );
    }

    #[test]
    fn entity_mentions_are_pieces_of_their_own() {
        let marks = [
            Mark {
                span: Span::new(0, 3),
                id: 4,
            },
            Mark {
                span: Span::new(3, 10),
                id: 1,
            },
        ];
        let got: Vec<(usize, usize, bool, Option<usize>)> =
            sentence_pieces(Span::new(0, 20), &[Span::new(2, 12)], &[], &marks)
                .iter()
                .map(|p| (p.span.start, p.span.end, p.matched, p.mark))
                .collect();
        assert_eq!(
            got,
            [
                (0, 2, false, Some(4)),
                (2, 3, true, Some(4)),
                (3, 10, true, Some(1)),
                (10, 12, true, None),
                (12, 20, false, None),
            ]
        );
    }
}
