//! Byte ranges into an article's original text.
//!
//! Every result of the analysis points back into the text it came from, so the
//! page can always show the exact words behind a highlight. A `Span` is a
//! half-open byte range `[start, end)` that always lies on char boundaries.

use serde::Serialize;

/// A half-open byte range `[start, end)` into an article's original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The words this span covers. Returns "" rather than panicking when the
    /// span does not fit the text, because the core never fails on content.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Shrinks the span so it neither starts nor ends with white space.
    pub fn trim(self, text: &str) -> Span {
        let slice = self.slice(text);
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if lead == slice.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_slice_keep_char_boundaries() {
        let text = "  “Hi”  ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "“Hi”");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(0, 0));
        assert_eq!(Span::new(3, 99).slice(text), "");
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(2, 6);
        assert!(a.contains(Span::new(2, 6)));
        assert!(!a.contains(Span::new(1, 3)));
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
    }
}
