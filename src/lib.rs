//! Parallax: see how different outlets tell the same news story.
//!
//! Three layers, dependencies pointing one way:
//! `analysis` (pure text analysis) -> `state` (pure view state) -> `ui` (Yew).
//! Only `ui` touches the browser, and it is compiled only with the `web`
//! feature, so `cargo test --no-default-features` runs all logic natively.

pub mod analysis;
pub mod state;

#[cfg(feature = "web")]
pub mod ui;

/// The wasm build's allocator. talc makes the page about 2.7 KB gzipped
/// smaller than the standard library's dlmalloc (measured), at some cost in
/// speed on small inputs (the bundled story's analysis in Chromium: about
/// 12 ms instead of 9; 200 articles: about the same, 0.28–0.31 s; see
/// BENCHMARKS.md). It lives here, not in `main.rs`, so the in-browser tests
/// and timings run on the allocator the page uses.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: `new_global` requires a single-threaded wasm module that owns its
// memory, which the page is (no threads, no other allocator).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
