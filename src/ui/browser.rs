//! The few browser calls the app makes: reading and writing the URL hash
//! through the History API. Kept in one place so components stay plain.

use wasm_bindgen::JsValue;

use crate::state::HistoryMode;

/// The current hash without its `#`, or "" when there is none or no window.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Writes `hash` (without `#`) to the address bar. An empty hash removes the
/// fragment entirely. Uses the History API so no `hashchange` fires and the
/// page does not jump; works on http:// and file:// alike.
pub fn write_hash(hash: &str, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    // A failure here only means the URL lags behind the view; the page itself
    // is unaffected, so it is not worth an error message.
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
