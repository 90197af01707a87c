//! The thin Yew layer: components that render the analysis and the view
//! state, and dispatch actions. No analysis happens here.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod store;

pub use app::App;

/// Mounts the app into `<body>`; called by the wasm binary.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
