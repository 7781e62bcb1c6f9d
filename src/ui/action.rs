//! Buttons in HTML that the page writes as text (a preview, a comparison, the brief): each says
//! what it does in `data-action`, and one listener on their container reads it. A view per
//! button would put far more code in the download.

use wasm_bindgen::JsCast;

/// The `data-action` of the button an event came from, if any.
pub fn action(ev: &web_sys::Event) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest("[data-action]")
        .ok()??
        .get_attribute("data-action")
}

/// A button for HTML written as text.
pub fn button(action: &str, label: &str, primary: bool) -> String {
    let class = if primary { " class=\"primary\"" } else { "" };
    format!("<button type=\"button\"{class} data-action=\"{action}\">{label}</button>")
}
