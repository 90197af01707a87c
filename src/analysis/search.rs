//! Case- and typography-insensitive phrase search with spans into the original.
//!
//! Each article keeps a folded copy of its text (lower case, curly quotes and
//! dashes made plain, runs of white space made one space) plus a map from
//! every folded byte back to the original char, so a match found in the
//! folded copy is reported as the exact words of the source.

use super::span::Span;

/// Shortest query (in chars, spaces excluded) that is searched at all: one
/// letter would light up every column without telling the user anything.
pub const MIN_QUERY_CHARS: usize = 2;

/// A folded copy of a text with a way back to the original bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoldedText {
    folded: String,
    /// For each byte of `folded`: the original char's start and end.
    origin: Vec<(u32, u32)>,
}

impl FoldedText {
    pub fn new(text: &str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(text.len());
        let mut last_space = false;
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // A run of ASCII outside white space, the common case, is copied
            // in lower case at once, without decoding or the Unicode tables.
            if b.is_ascii() && !b.is_ascii_whitespace() {
                let end = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii() || b.is_ascii_whitespace())
                    .map_or(bytes.len(), |n| at + n);
                let start = folded.len();
                folded.push_str(&text[at..end]);
                folded[start..].make_ascii_lowercase();
                origin.extend((at as u32..end as u32).map(|i| (i, i + 1)));
                last_space = false;
                at = end;
                continue;
            }
            let c = if b.is_ascii() {
                b as char
            } else {
                text[at..].chars().next().unwrap_or_default()
            };
            let range = (at as u32, (at + c.len_utf8()) as u32);
            at = range.1 as usize;
            if c.is_ascii_whitespace() || (!c.is_ascii() && c.is_whitespace()) {
                if last_space {
                    // Widen the single folded space over the whole run.
                    if let Some(last) = origin.last_mut() {
                        last.1 = range.1;
                    }
                    continue;
                }
                last_space = true;
                folded.push(' ');
                origin.push(range);
                continue;
            }
            last_space = false;
            let before = folded.len();
            fold_char(c, &mut folded);
            origin.resize(origin.len() + folded.len() - before, range);
        }
        FoldedText { folded, origin }
    }

    /// Every non-overlapping match of `query`, as spans of the original text.
    pub fn find(&self, query: &str) -> Vec<Span> {
        let needle = fold_query(query);
        if needle.chars().filter(|c| *c != ' ').count() < MIN_QUERY_CHARS {
            return Vec::new();
        }
        self.folded
            .match_indices(needle.as_str())
            .map(|(at, m)| {
                let start = self.origin[at].0 as usize;
                let end = self.origin[at + m.len() - 1].1 as usize;
                Span::new(start, end)
            })
            .collect()
    }
}

/// The folded, trimmed form of a query; matching is done on this.
pub fn fold_query(query: &str) -> String {
    FoldedText::new(query.trim()).folded
}

/// True when the query is long enough to be searched.
pub fn is_searchable(query: &str) -> bool {
    fold_query(query).chars().filter(|c| *c != ' ').count() >= MIN_QUERY_CHARS
}

fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        _ => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, query: &str, expected: &[&str]) {
        let found: Vec<&str> = FoldedText::new(text)
            .find(query)
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(found, expected, "searching {query:?} in {text:?}");
    }

    #[test]
    fn matches_ignore_case_typography_and_spacing() {
        check(
            "WikiLeaks and Wikileaks",
            "wikileaks",
            &["WikiLeaks", "Wikileaks"],
        );
        check("Trump’s data firm", "trump's", &["Trump’s"]);
        check("the  data\nfirm", "data firm", &["data\nfirm"]);
        check("“missing” emails", "\"missing\"", &["“missing”"]);
        check("Clinton–related", "clinton-related", &["Clinton–related"]);
        check("ÉCOLE école", "école", &["ÉCOLE", "école"]);
    }

    #[test]
    fn short_or_blank_queries_find_nothing() {
        check("a b c", "a", &[]);
        check("a b c", "   ", &[]);
        check("", "abc", &[]);
        assert!(!is_searchable(" x "));
        assert!(is_searchable("xy"));
    }

    #[test]
    fn spans_end_on_char_boundaries() {
        let text = "Straße “Nix” ünd";
        for span in FoldedText::new(text).find("nix”") {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert_eq!(span.slice(text), "Nix”");
        }
    }
}
