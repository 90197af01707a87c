//! The thin Yew layer: components (with hooks) and view functions (without)
//! that render the analysis and the view state, and dispatch actions. No
//! analysis happens here.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod job;
pub mod library;
pub mod store;
pub mod views;

pub use app::App;

/// Mounts the app into `<body>`; called by the wasm binary.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
