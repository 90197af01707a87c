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

/// The page's local storage, or `None` where the browser refuses it
/// (storage turned off, or blocked for pages opened from disk).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Why storage did not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser offers no storage to this page.
    Unavailable,
    /// The browser refused the write: its quota for the page is used up.
    Full,
}

/// The stored value under `key`.
pub fn load(key: &str) -> Result<Option<String>, StorageProblem> {
    let store = storage().ok_or(StorageProblem::Unavailable)?;
    store.get_item(key).map_err(|_| StorageProblem::Unavailable)
}

/// Stores `value` under `key`, or removes the key when `value` is `None`.
pub fn save(key: &str, value: Option<&str>) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Unavailable)?;
    match value {
        Some(v) => store.set_item(key, v).map_err(|_| StorageProblem::Full),
        None => store
            .remove_item(key)
            .map_err(|_| StorageProblem::Unavailable),
    }
}

/// Offers `text` as a file download named `name`. Returns false if the
/// browser refused to make the file.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let make = || -> Option<()> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = gloo::utils::document()
            .create_element("a")
            .ok()?
            .dyn_into()
            .ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Revoked later, not at once: the download may still be reading it.
        gloo::timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    };
    make().is_some()
}

/// The address of the current view, as the address bar shows it.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; false where the browser has no
/// clipboard for this page or refuses the write.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let clipboard = JsValue::from(navigator.clipboard());
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Reads one file the user picked or dropped through the import rules. A
/// file over the limit is refused before its bytes are read.
pub async fn read_file(
    file: web_sys::File,
) -> (
    String,
    Result<crate::analysis::import::Corpus, crate::analysis::import::ImportError>,
) {
    use crate::analysis::import::{self, ImportError};
    let name = file.name();
    let label = import::file_label(&name);
    // `size` is a double; anything that does not fit counts as too large.
    let size = file.size();
    let bytes = if size >= 0.0 && size <= usize::MAX as f64 {
        size as usize
    } else {
        usize::MAX
    };
    if let Err(e) = import::check_size(&name, bytes) {
        return (label, Err(e));
    }
    let read = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => import::read_file(&name, &js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => Err(ImportError::Unreadable {
            name: label.clone(),
            reason: "the browser could not open it".into(),
        }),
    };
    (label, read)
}
