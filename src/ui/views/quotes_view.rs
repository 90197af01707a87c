//! The quotes-and-sources page: every direct quotation with its speaker and
//! the outlets that carry it (a different wording shown word by word), who
//! each outlet quotes, and which sources each outlet cites.

use crate::analysis::sort;
use yew::prelude::*;

use crate::ui::views::{
    outlet_headers::outlet_headers, outlet_ref::outlet_ref, word_diff::word_diff,
};

use crate::analysis::export::{one_line, quote_id};
use crate::analysis::Analysis;
use crate::state::particular_rows::{claim_at, source_rows, speaker_rows};
use crate::state::Action;
use crate::ui::components::outlet_slot;

pub struct QuotesViewProps {
    pub on_action: Callback<Action>,
}

/// Table cells of counts per outlet, "·" for none.
fn count_cells(per_article: &[usize]) -> Html {
    per_article
        .iter()
        .enumerate()
        .map(|(a, &n)| {
            html! {
                <td class="count" data-slot={outlet_slot(a).to_string()} data-count={n.to_string()}>
                    { if n == 0 { "·".to_string() } else { n.to_string() } }
                </td>
            }
        })
        .collect()
}

pub fn quotes_view(analysis: &Analysis, props: &QuotesViewProps) -> Html {
    let tables = (speaker_rows(analysis), source_rows(analysis));
    let quotes = &analysis.quotes;
    let mut groups: Vec<&_> = quotes.groups.iter().collect();
    sort::sort_by_key(&mut groups, |g| std::cmp::Reverse(g.quotes.len()));

    let group_items = groups
        .iter()
        .map(|group| {
            let first = &quotes.quotes[group.quotes[0]];
            let first_text = one_line(first.span.slice(analysis.articles[first.article].text()));
            let carriers = group
                .quotes
                .iter()
                .map(|&q| {
                    let quote = &quotes.quotes[q];
                    let article = &analysis.articles[quote.article];
                    let who = match &quote.speaker {
                        Some(s) => {
                            let name = s
                                .entity
                                .and_then(|e| analysis.entities.get(e))
                                .map_or(s.name.clone(), |e| e.name.clone());
                            format!(": {name} ({})", s.cue)
                        }
                        None => ": speaker not named".to_string(),
                    };
                    let read = claim_at(analysis, quote.article, quote.span).map(|claim| {
                        let on_action = props.on_action.clone();
                        let outlet = article.source.slug.clone();
                        let open = Callback::from(move |_: MouseEvent| {
                            on_action.emit(Action::OpenClaim { claim, outlet: outlet.clone() })
                        });
                        html! {
                            <button type="button" class="link-button" data-testid={format!("read-{}", quote_id(q))} onclick={open}>
                                { "read" }<span class="visually-hidden">{ format!(" it in {}", article.source.outlet) }</span>
                            </button>
                        }
                    });
                    html! {
                        <li data-quote={quote_id(q)} data-speaker={quote.speaker.as_ref().map(|s| s.name.clone())}>
                            { outlet_ref(analysis, quote.article) }
                            { who }
                            { " " }
                            { read }
                        </li>
                    }
                })
                .collect::<Html>();
            let variants = group
                .quotes
                .iter()
                .skip(1)
                .zip(group.diffs.iter())
                .filter(|(_, diff)| !diff.is_same())
                .map(|(&q, diff)| {
                    let quote = &quotes.quotes[q];
                    html! {
                        <p class="quote-variant" data-testid="quote-variant">
                            { outlet_ref(analysis, quote.article) }
                            { " words it: “" }
                            { word_diff(analysis, first.article, quote.article, &diff.ops) }
                            { "”" }
                        </p>
                    }
                })
                .collect::<Html>();
            let outlets = {
                let mut list: Vec<usize> = group.quotes.iter().map(|&q| quotes.quotes[q].article).collect();
                list.dedup();
                list.len()
            };
            html! {
                <li key={group.id} class="quote-group" data-quote-group={format!("g{}", group.id + 1)} data-outlets={outlets.to_string()}>
                    <blockquote>{ format!("“{first_text}”") }</blockquote>
                    <ul class="quote-carriers">{ carriers }</ul>
                    { variants }
                </li>
            }
        })
        .collect::<Html>();

    let speakers = tables
        .0
        .iter()
        .map(|row| {
            html! {
                <tr key={row.name.clone()} data-speaker={row.name.clone()}>
                    <th scope="row">{ row.name.clone() }</th>
                    { count_cells(&row.per_article) }
                </tr>
            }
        })
        .collect::<Html>();
    let sources = tables
        .1
        .iter()
        .map(|row| {
            html! {
                <tr key={format!("{}-{}", row.kind.slug(), row.name)} data-source={row.name.clone()} data-kind={row.kind.slug()}>
                    <th scope="row">{ row.name.clone() }</th>
                    <td>{ row.kind.label() }</td>
                    { count_cells(&row.per_article) }
                </tr>
            }
        })
        .collect::<Html>();

    html! {
        <main class="quotes-view" aria-labelledby="quotes-title">
            <h2 id="quotes-title">{ "Quotes and sources: who is quoted, and whom each outlet leans on" }</h2>
            <p class="help">
                { "Direct quotations (words in quotation marks, over one or several sentences) with the speaker the text names. The same quotation in several outlets is one item; where an outlet’s wording differs, its words are shown against the first: “−” struck through for words it leaves out, “+” underlined for words it adds." }
            </p>
            <p class="match-summary" data-testid="quote-count">
                { format!("{} quotations in {} groups; {} sources cited.", quotes.quotes.len(), quotes.groups.len(), quotes.sources.len()) }
            </p>
            <section aria-labelledby="quotations-title">
                <h3 id="quotations-title">{ "Quotations" }</h3>
                <ol class="quote-list" data-testid="quote-list">{ group_items }</ol>
            </section>
            <section aria-labelledby="speakers-title">
                <h3 id="speakers-title">{ "Who is quoted, by outlet" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Speakers table">
                    <table data-testid="speaker-table">
                        <caption class="visually-hidden">{ "Number of quotations of each speaker in each outlet." }</caption>
                        <thead><tr><th scope="col">{ "Speaker" }</th>{ outlet_headers(analysis) }</tr></thead>
                        <tbody>{ speakers }</tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="sources-title">
                <h3 id="sources-title">{ "Sources cited, by outlet" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Sources table">
                    <table data-testid="source-table">
                        <caption class="visually-hidden">{ "How often each outlet cites each source." }</caption>
                        <thead><tr><th scope="col">{ "Source" }</th><th scope="col">{ "Kind" }</th>{ outlet_headers(analysis) }</tr></thead>
                        <tbody>{ sources }</tbody>
                    </table>
                </div>
            </section>
        </main>
    }
}
