#![cfg(not(target_arch = "wasm32"))]
//! Quotations on inputs built to be expensive or confusing: two long,
//! different quotations of one speaker (the word diff falls back to one
//! replacement, so they stay two quotations) and a paragraph of unmatched
//! marks (which opens nothing). The cost of `quotes::find` is measured with
//! the rest of the analysis in `benches/analysis.rs`.

use parallax::analysis::{analyze, ArticleSource};

#[test]
fn long_quotations_and_stray_marks_stay_apart() {
    let long_a = format!("“{}” Nix said.", "we tried to reach them ".repeat(400));
    let long_b = format!("“{}” Nix said.", "they never answered us ".repeat(400));
    let marks = "“ \" ” “ “ \" ".repeat(2000);
    let sources = [long_a, long_b, marks]
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleSource::from_text(&format!("Outlet {i}"), t))
        .collect();
    let analysis = analyze("t", sources);
    let q = &analysis.quotes;
    assert_eq!(q.quotes.len(), 2);
    assert_eq!(
        q.groups.len(),
        2,
        "different wordings are different quotations"
    );
    for quote in &q.quotes {
        let speaker = quote.speaker.as_ref().expect("the speaker is named");
        assert_eq!(speaker.name, "Nix");
        assert_eq!(speaker.cue, "said");
    }
}
