//! Why a claim's mentions were grouped: every link with its score and the
//! shared terms in each outlet's own words.

use yew::prelude::*;

use crate::ui::views::outlet_ref::outlet_ref;

use crate::analysis::terms::TermKind;
use crate::analysis::Analysis;

pub struct ClaimEvidenceProps {
    pub claim: usize,
}

pub fn claim_evidence(analysis: &Analysis, props: &ClaimEvidenceProps) -> Html {
    let claim = &analysis.claims.claims[props.claim];
    let outlet = |article: usize| html! { { outlet_ref(analysis, article) } };
    let mentions = claim
        .mentions
        .iter()
        .map(|m| {
            let text = crate::analysis::export::one_line(
                m.span.slice(analysis.articles[m.article].text()),
            );
            html! { <li>{ outlet(m.article) }{ ": " }<span class="claim-text">{ text }</span></li> }
        })
        .collect::<Html>();
    let links = claim
        .links
        .iter()
        .map(|l| {
            let (a, b) = (&claim.mentions[l.a], &claim.mentions[l.b]);
            let terms = l
                .shared
                .iter()
                .map(|s| {
                    let ta = s.a.slice(analysis.articles[a.article].text());
                    let tb = s.b.slice(analysis.articles[b.article].text());
                    let kind = match s.kind {
                        TermKind::Name => "name",
                        TermKind::Number => "number",
                        TermKind::Word => "word",
                    };
                    let shown = if ta.eq_ignore_ascii_case(tb) {
                        ta.to_string()
                    } else {
                        format!("{ta} / {tb}")
                    };
                    html! { <li class="term" data-kind={kind}>{ shown }</li> }
                })
                .collect::<Html>();
            html! {
                <li>
                    { outlet(a.article) }{ " ↔ " }{ outlet(b.article) }
                    { format!(" · score {} · shared: ", hundredths(l.score)) }
                    <ul class="terms">{ terms }</ul>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <div class="claim-evidence" data-testid={format!("evidence-c{}", claim.id + 1)}>
            <p class="evidence-head">{ "Mentions" }</p>
            <ul class="mentions">{ mentions }</ul>
            if !claim.links.is_empty() {
                <p class="evidence-head">{ "Links (shared terms, score 0–1)" }</p>
                <ul class="links">{ links }</ul>
            }
        </div>
    }
}

/// A score in [0, 1] with two decimals ("0.53"), written with integers so
/// the page does not carry the float formatter for it.
fn hundredths(score: f64) -> String {
    let n = (score.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{}.{:02}", n / 100, n % 100)
}
