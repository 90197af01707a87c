//! Rows for the numbers and the quotes-and-sources views, derived from the
//! analysis: which measures to list and each outlet's values for one; who is
//! quoted by which outlet; which sources each outlet cites.

use crate::analysis::quantities::{Measure, Verdict};
use crate::analysis::quotes::SourceKind;
use crate::analysis::sort;
use crate::analysis::{Analysis, Span};

/// The measures the numbers view lists, conflicts first (the order the
/// analysis gives), or only the conflicting ones.
pub fn measure_rows(analysis: &Analysis, conflicts_only: bool) -> Vec<usize> {
    analysis
        .measures
        .iter()
        .filter(|m| !conflicts_only || m.verdict == Some(Verdict::Conflicting))
        .map(|m| m.id)
        .collect()
}

/// A measure's quantities per article (by index), in text order.
pub fn values_by_article(analysis: &Analysis, measure: &Measure) -> Vec<Vec<usize>> {
    let mut per = vec![Vec::new(); analysis.articles.len()];
    for &q in &measure.quantities {
        if let Some(quantity) = analysis.quantities.get(q) {
            if let Some(list) = per.get_mut(quantity.article) {
                list.push(q);
            }
        }
    }
    per
}

/// The claim whose unit holds the start of `span` in `article`, if any.
pub fn claim_at(analysis: &Analysis, article: usize, span: Span) -> Option<usize> {
    let units = analysis.claims.article_units.get(article)?;
    units
        .iter()
        .find(|&&u| {
            let unit = analysis.claims.units[u].span;
            unit.start <= span.start && span.start < unit.end
        })
        .map(|&u| analysis.claims.unit_claim[u])
}

/// Someone quoted, and how many quotations each outlet gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerRow {
    pub name: String,
    pub per_article: Vec<usize>,
}

/// Everyone quoted, most quoting outlets first; quotations without a named
/// speaker are gathered under "(no speaker named)" at the end.
pub fn speaker_rows(analysis: &Analysis) -> Vec<SpeakerRow> {
    const UNNAMED: &str = "(no speaker named)";
    let n = analysis.articles.len();
    let mut rows: Vec<SpeakerRow> = Vec::new();
    for quote in &analysis.quotes.quotes {
        let name = match &quote.speaker {
            Some(s) => match s.entity.and_then(|e| analysis.entities.get(e)) {
                Some(entity) => entity.name.clone(),
                None => s.name.clone(),
            },
            None => UNNAMED.to_string(),
        };
        let at = match rows.iter().position(|r| r.name == name) {
            Some(at) => at,
            None => {
                rows.push(SpeakerRow {
                    name,
                    per_article: vec![0; n],
                });
                rows.len() - 1
            }
        };
        if let Some(count) = rows[at].per_article.get_mut(quote.article) {
            *count += 1;
        }
    }
    sort::sort_by_key(&mut rows, |r| {
        (
            r.name == UNNAMED,
            std::cmp::Reverse(r.per_article.iter().filter(|&&c| c > 0).count()),
            std::cmp::Reverse(r.per_article.iter().sum::<usize>()),
            r.name.clone(),
        )
    });
    rows
}

/// A source and how often each outlet cites it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    pub name: String,
    pub kind: SourceKind,
    pub per_article: Vec<usize>,
}

/// Every cited source, most citing outlets first.
pub fn source_rows(analysis: &Analysis) -> Vec<SourceRow> {
    let n = analysis.articles.len();
    let mut rows: Vec<SourceRow> = Vec::new();
    for source in &analysis.quotes.sources {
        let at = match rows
            .iter()
            .position(|r| r.name == source.name && r.kind == source.kind)
        {
            Some(at) => at,
            None => {
                rows.push(SourceRow {
                    name: source.name.clone(),
                    kind: source.kind,
                    per_article: vec![0; n],
                });
                rows.len() - 1
            }
        };
        if let Some(count) = rows[at].per_article.get_mut(source.article) {
            *count += 1;
        }
    }
    sort::sort_by_key(&mut rows, |r| {
        (
            std::cmp::Reverse(r.per_article.iter().filter(|&&c| c > 0).count()),
            std::cmp::Reverse(r.per_article.iter().sum::<usize>()),
            r.name.clone(),
        )
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quantities::{Qualifier, Quantity, QuantityKind};
    use crate::analysis::quotes::{Quote, QuoteGroup, Source, Speaker};
    use crate::analysis::{analyze, ArticleSource};

    fn analysis() -> Analysis {
        let source = ArticleSource::from_text;
        analyze(
            "t",
            vec![
                source("a", "Nix contacted Assange about the missing emails. The mayor opened a new bridge downtown."),
                source("b", "Assange was approached by Nix over the missing emails. Shares in the firm rose four percent."),
            ],
        )
    }

    fn quantity(id: usize, article: usize) -> Quantity {
        Quantity {
            id,
            article,
            sentence: 0,
            span: Span::new(0, 3),
            kind: QuantityKind::Count,
            qualifier: Qualifier::Exact,
            value: 1.0,
            low: 1.0,
            high: 1.0,
            normalized: "1".into(),
            unit: String::new(),
            note: None,
            claim: None,
        }
    }

    fn measure(id: usize, quantities: Vec<usize>, verdict: Option<Verdict>) -> Measure {
        Measure {
            id,
            label: "x".into(),
            kind: QuantityKind::Count,
            claim: None,
            quantities,
            verdict,
            explanation: String::new(),
        }
    }

    #[test]
    fn measures_can_be_narrowed_to_conflicts() {
        let mut a = analysis();
        a.quantities = vec![quantity(0, 0), quantity(1, 1), quantity(2, 1)];
        a.measures = vec![
            measure(0, vec![0, 1], Some(Verdict::Conflicting)),
            measure(1, vec![0, 2], Some(Verdict::Consistent)),
            measure(2, vec![2], None),
        ];
        assert_eq!(measure_rows(&a, false), vec![0, 1, 2]);
        assert_eq!(measure_rows(&a, true), vec![0]);
        assert_eq!(
            values_by_article(&a, &a.measures[1]),
            vec![vec![0], vec![2]]
        );
    }

    #[test]
    fn a_span_finds_the_claim_of_its_unit() {
        let a = analysis();
        let text = a.articles[1].text();
        let at = text.find("Shares").unwrap();
        let claim = claim_at(&a, 1, Span::new(at, at + 6)).unwrap();
        assert_eq!(a.claims.claims[claim].articles, vec![1]);
        let first = claim_at(&a, 0, Span::new(0, 3)).unwrap();
        assert_eq!(a.claims.claims[first].articles, vec![0, 1]);
        assert_eq!(claim_at(&a, 7, Span::new(0, 3)), None);
    }

    #[test]
    fn speakers_and_sources_are_counted_per_outlet() {
        let mut a = analysis();
        let speaker = |name: &str| Speaker {
            span: Span::new(0, 3),
            name: name.into(),
            cue: "said".into(),
            entity: None,
        };
        let quote = |id: usize, article: usize, speaker: Option<Speaker>| Quote {
            id,
            article,
            sentence: 0,
            span: Span::new(0, 3),
            speaker,
            group: id,
        };
        a.quotes.quotes = vec![
            quote(0, 0, None),
            quote(1, 0, Some(speaker("Nix"))),
            quote(2, 1, Some(speaker("Nix"))),
            quote(3, 1, Some(speaker("Trump"))),
        ];
        a.quotes.groups = (0..4)
            .map(|id| QuoteGroup {
                id,
                quotes: vec![id],
                diffs: vec![],
            })
            .collect();
        let rows = speaker_rows(&a);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Nix", "Trump", "(no speaker named)"]);
        assert_eq!(rows[0].per_article, vec![1, 1]);

        let cite = |article: usize, name: &str, kind: SourceKind| Source {
            article,
            sentence: 0,
            span: Span::new(0, 3),
            kind,
            name: name.into(),
        };
        a.quotes.sources = vec![
            cite(0, "CNN", SourceKind::Outlet),
            cite(1, "The Daily Beast", SourceKind::Outlet),
            cite(0, "The Daily Beast", SourceKind::Outlet),
            cite(0, "The Daily Beast", SourceKind::Outlet),
        ];
        let rows = source_rows(&a);
        assert_eq!(rows[0].name, "The Daily Beast");
        assert_eq!(rows[0].per_article, vec![2, 1]);
        assert_eq!(rows[1].per_article, vec![1, 0]);
    }
}
