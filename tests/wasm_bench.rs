//! Timing of the full analysis inside the browser (headless Chromium): the
//! bundled story and a synthetic corpus of 25 to 200 articles of ~800 words.
//! A measurement, not a test: it prints numbers and asserts nothing about
//! time. Run by `scripts/bench.sh`:
//! `cargo test --profile wasm-release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture`
//! (the profile the page itself is built with).
#![cfg(target_arch = "wasm32")]

use parallax::analysis::analyze;
use parallax::analysis::corpus::bundled_sources;
use wasm_bindgen_test::*;

#[path = "common/synthetic.rs"]
mod synthetic;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// The median of `runs` timings of `f`, in milliseconds.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now();
            std::hint::black_box(f());
            now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[wasm_bindgen_test]
fn analysis_time_in_the_browser() {
    let (title, sources) = bundled_sources();
    let bundled = time(21, || analyze(&title, sources.clone()));
    console_log!("wasm: analyze bundled corpus (5 articles): {bundled:.2} ms (median of 21)");
    for n in [25usize, 50, 100, 200] {
        let corpus = synthetic::corpus(n, 800);
        let words: usize = corpus
            .iter()
            .map(|a| a.text.split_whitespace().count())
            .sum();
        let ms = time(5, || analyze("synthetic", corpus.clone()));
        console_log!("wasm: analyze {n} articles ({words} words): {ms:.1} ms (median of 5)");
    }
}
