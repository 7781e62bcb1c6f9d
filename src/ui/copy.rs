//! Copying a link to the clipboard, and where the app itself lives.

/// The app's address without its fragment: what a link into the app starts with.
pub fn base_url() -> String {
    let href = leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Copies `text`; `done` hears whether it worked (no clipboard without a secure context).
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
