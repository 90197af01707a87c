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
