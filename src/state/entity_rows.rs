//! Rows for the entity views, derived from the analysis: each article's
//! entity mentions in text order (for the reader), and the claims that name
//! an entity (for the claim matrix filter).

use crate::analysis::sort;
use crate::analysis::Analysis;

use super::pieces::Mark;

/// For each article (by index), its entity mentions in text order.
pub fn entity_marks(analysis: &Analysis) -> Vec<Vec<Mark>> {
    let mut marks = vec![Vec::new(); analysis.articles.len()];
    for entity in &analysis.entities {
        for m in &entity.mentions {
            if let Some(list) = marks.get_mut(m.article) {
                list.push(Mark {
                    span: m.span,
                    id: entity.id,
                });
            }
        }
    }
    for list in &mut marks {
        sort::sort(list);
    }
    marks
}

/// The claims (ids, ascending) with a mention that contains a mention of
/// `entity` in the same article.
pub fn claims_naming(analysis: &Analysis, entity: usize) -> Vec<usize> {
    let Some(entity) = analysis.entities.get(entity) else {
        return Vec::new();
    };
    let mut ids: Vec<usize> = analysis
        .claims
        .claims
        .iter()
        .filter(|c| {
            c.mentions.iter().any(|cm| {
                entity
                    .mentions
                    .iter()
                    .any(|em| em.article == cm.article && cm.span.overlaps(em.span))
            })
        })
        .map(|c| c.id)
        .collect();
    sort::sort(&mut ids);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::{Entity, EntityKind, EntityMention};
    use crate::analysis::{analyze, ArticleSource, Span};

    /// Two articles with one shared claim, and a hand-placed entity so the
    /// test does not depend on the entity finder.
    fn analysis_with_entity() -> Analysis {
        let source = ArticleSource::from_text;
        let mut a = analyze(
            "t",
            vec![
                source("a", "Nix contacted Assange about the missing emails. The mayor opened a new bridge downtown."),
                source("b", "Assange was approached by Nix over the missing emails. Shares in the firm rose four percent."),
            ],
        );
        let at = |article: usize, word: &str| {
            let start = a.articles[article].text().find(word).unwrap();
            EntityMention {
                article,
                sentence: 0,
                span: Span::new(start, start + word.len()),
            }
        };
        let mentions = vec![at(0, "Assange"), at(1, "Assange")];
        a.entities = vec![Entity {
            id: 0,
            kind: EntityKind::Person,
            name: "Assange".into(),
            aliases: vec![],
            mentions,
            per_article: vec![1, 1],
        }];
        a
    }

    #[test]
    fn marks_follow_the_text_of_each_article() {
        let a = analysis_with_entity();
        let marks = entity_marks(&a);
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0].len(), 1);
        assert_eq!(marks[0][0].span.slice(a.articles[0].text()), "Assange");
        assert_eq!(marks[1][0].id, 0);
    }

    #[test]
    fn claims_naming_an_entity_are_those_holding_a_mention() {
        let a = analysis_with_entity();
        let naming = claims_naming(&a, 0);
        assert_eq!(naming.len(), 1);
        let claim = &a.claims.claims[naming[0]];
        assert_eq!(claim.articles, vec![0, 1]);
        assert!(claims_naming(&a, 5).is_empty());
    }
}
