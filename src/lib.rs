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

/// The wasm build's allocator. talc is smaller than the standard library's
/// dlmalloc in the page (measured: about 2.7 KB gzipped) and at least as
/// fast; it lives here, not in `main.rs`, so the in-browser tests and timings
/// run on the allocator the page uses.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: `new_global` requires a single-threaded wasm module that owns its
// memory, which the page is (no threads, no other allocator).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
