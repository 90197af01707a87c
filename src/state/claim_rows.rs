//! Rows for the claim views, derived from the analysis and the view state:
//! which claims the matrix lists, and what each outlet leaves out.

use crate::analysis::claims::Claim;
use crate::analysis::search::fold_query;
use crate::analysis::Analysis;

use super::entity_rows::claims_naming;
use super::view::MatrixFilter;

/// The claims the matrix lists, in claim order (most outlets first): those
/// the filter and the claim search let through and, when an entity is
/// selected, that name it.
pub fn matrix_rows(
    analysis: &Analysis,
    filter: &MatrixFilter,
    claim_query: &str,
    entity: Option<usize>,
) -> Vec<usize> {
    let needle = fold_query(claim_query);
    let naming = entity.map(|e| claims_naming(analysis, e));
    analysis
        .claims
        .claims
        .iter()
        .filter(|c| match filter {
            MatrixFilter::All => true,
            MatrixFilter::AtLeast(k) => c.outlet_count() >= *k,
            MatrixFilter::OnlyOne => c.outlet_count() == 1,
            MatrixFilter::Outlet(slug) => analysis
                .article_by_slug(slug)
                .is_some_and(|a| c.carried_by(a.index)),
        })
        .filter(|c| needle.is_empty() || claim_text_matches(analysis, c, &needle))
        .filter(|c| {
            naming
                .as_ref()
                .is_none_or(|n| n.binary_search(&c.id).is_ok())
        })
        .map(|c| c.id)
        .collect()
}

/// True when the folded `needle` occurs in any mention of the claim.
fn claim_text_matches(analysis: &Analysis, claim: &Claim, needle: &str) -> bool {
    claim.mentions.iter().any(|m| {
        let text = m.span.slice(analysis.articles[m.article].text());
        fold_query(text).contains(needle)
    })
}

/// For each article (by index): the claims at least `k` *other* outlets carry
/// that this article does not state.
pub fn omissions(analysis: &Analysis, k: usize) -> Vec<Vec<usize>> {
    analysis
        .articles
        .iter()
        .map(|a| {
            analysis
                .claims
                .claims
                .iter()
                .filter(|c| !c.carried_by(a.index) && c.outlet_count() >= k)
                .map(|c| c.id)
                .collect()
        })
        .collect()
}

/// How many outlets other than the one stating it carry a claim.
pub fn others_carrying(claim: &Claim) -> usize {
    claim.outlet_count().saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, ArticleSource};

    fn analysis() -> Analysis {
        let source = ArticleSource::from_text;
        analyze(
            "t",
            vec![
                source("a", "Nix contacted Assange about the missing emails. The mayor opened a new bridge downtown."),
                source("b", "Assange was approached by Nix over the missing emails. Shares in the firm rose four percent."),
                source("c", "Nix reached out to Assange about the missing emails. A storm closed schools across the county."),
            ],
        )
    }

    #[test]
    fn matrix_filters_pick_the_right_claims() {
        let a = analysis();
        let shared = matrix_rows(&a, &MatrixFilter::AtLeast(3), "", None);
        assert_eq!(shared.len(), 1);
        assert_eq!(a.claims.claims[shared[0]].articles, vec![0, 1, 2]);
        let single = matrix_rows(&a, &MatrixFilter::OnlyOne, "", None);
        assert_eq!(single.len(), 3);
        let b_only = matrix_rows(&a, &MatrixFilter::Outlet("b".into()), "", None);
        assert_eq!(b_only.len(), 2);
        assert_eq!(
            matrix_rows(&a, &MatrixFilter::All, "SHARES in", None).len(),
            1
        );
        assert_eq!(matrix_rows(&a, &MatrixFilter::All, "", None).len(), 4);
    }

    #[test]
    fn omissions_list_what_others_carry() {
        let a = analysis();
        // Every outlet carries the one shared claim; nothing else has two outlets.
        assert!(omissions(&a, 2).iter().all(|o| o.is_empty()));
        // With k = 1 each outlet misses the other two outlets' single claims.
        assert!(omissions(&a, 1).iter().all(|o| o.len() == 2));
    }
}
