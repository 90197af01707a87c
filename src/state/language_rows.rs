//! Rows for the language views: each article's shown marks (for the
//! reader), the count of marks per category and voice (for the filter bar),
//! and each outlet's most frequent marked words (for the profiles).

use crate::analysis::language::{Category, CATEGORIES};
use crate::analysis::{sort, Analysis};

use super::pieces::Mark;
use super::view::Voice;

/// For each article (by index), its language marks that pass the category
/// bits (`hidden`: one bit per hidden category) and the voice, in text order.
pub fn language_marks(analysis: &Analysis, hidden: u16, voice: Voice) -> Vec<Vec<Mark>> {
    let mut marks = vec![Vec::new(); analysis.articles.len()];
    for m in &analysis.language {
        if hidden & (1 << m.category.index()) != 0 || !voice.shows(m.is_own_voice()) {
            continue;
        }
        if let Some(list) = marks.get_mut(m.article) {
            list.push(Mark {
                span: m.span,
                id: m.id,
            });
        }
    }
    marks
}

/// Marks per category, `[own voice, quoted]`, over every article.
pub fn category_counts(analysis: &Analysis) -> [[usize; 2]; CATEGORIES] {
    let mut counts = [[0; 2]; CATEGORIES];
    for m in &analysis.language {
        counts[m.category.index()][usize::from(!m.is_own_voice())] += 1;
    }
    counts
}

/// A marked wording and how often one outlet uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopMark {
    /// The words, lower-cased, white space collapsed.
    pub text: String,
    pub category: Category,
    pub own: usize,
    pub quoted: usize,
}

/// One article's marked wordings outside boilerplate, most frequent first
/// (own voice before quoted, then text order), at most `limit`.
pub fn top_marks(analysis: &Analysis, article: usize, limit: usize) -> Vec<TopMark> {
    let Some(a) = analysis.articles.get(article) else {
        return Vec::new();
    };
    let mut rows: Vec<TopMark> = Vec::new();
    for m in analysis
        .language
        .iter()
        .filter(|m| m.article == article && !m.boilerplate)
    {
        let text = m
            .span
            .slice(a.text())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let row = match rows
            .iter_mut()
            .find(|r| r.text == text && r.category == m.category)
        {
            Some(row) => row,
            None => {
                rows.push(TopMark {
                    text,
                    category: m.category,
                    own: 0,
                    quoted: 0,
                });
                rows.last_mut().expect("just pushed")
            }
        };
        if m.is_own_voice() {
            row.own += 1;
        } else {
            row.quoted += 1;
        }
    }
    // Stable: equal counts keep text order.
    sort::sort_by_key(&mut rows, |r| {
        (usize::MAX - (r.own + r.quoted), usize::MAX - r.own)
    });
    rows.truncate(limit);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::LanguageMark;
    use crate::analysis::test_support::language_mark;
    use crate::analysis::{analyze, ArticleSource, Span};

    /// One article with hand-placed marks, so the test does not depend on
    /// the lexicon.
    fn fixture() -> Analysis {
        let text = "Reportedly the deal is shocking. Reportedly, he said \"it is shocking\".";
        let mut a = analyze("t", vec![ArticleSource::from_text("A", text)]);
        let mark = |id, start, end, category, quote| LanguageMark {
            id,
            ..language_mark(0, Span::new(start, end), category, quote, false)
        };
        a.language = vec![
            mark(0, 0, 10, Category::Hedge, None),
            mark(1, 23, 31, Category::Emotive, None),
            mark(2, 33, 43, Category::Hedge, None),
            mark(3, 60, 68, Category::Emotive, Some(0)),
        ];
        a
    }

    #[test]
    fn marks_are_filtered_by_category_and_voice() {
        let a = fixture();
        let ids = |hidden, voice| -> Vec<usize> {
            language_marks(&a, hidden, voice)[0]
                .iter()
                .map(|m| m.id)
                .collect()
        };
        assert_eq!(ids(0, Voice::All), [0, 1, 2, 3]);
        assert_eq!(ids(1 << Category::Hedge.index(), Voice::All), [1, 3]);
        assert_eq!(ids(0, Voice::Quoted), [3]);
        assert_eq!(ids(0, Voice::Own), [0, 1, 2]);
        let counts = category_counts(&a);
        assert_eq!(counts[Category::Hedge.index()], [2, 0]);
        assert_eq!(counts[Category::Emotive.index()], [1, 1]);
    }

    #[test]
    fn top_marks_fold_case_and_count_voices() {
        let a = fixture();
        let top = top_marks(&a, 0, 5);
        assert_eq!(top.len(), 2);
        assert_eq!(
            (top[0].text.as_str(), top[0].own, top[0].quoted),
            ("reportedly", 2, 0)
        );
        assert_eq!(
            (top[1].text.as_str(), top[1].own, top[1].quoted),
            ("shocking", 1, 1)
        );
        assert_eq!(top_marks(&a, 0, 1).len(), 1);
        assert!(top_marks(&a, 7, 5).is_empty());
    }
}
