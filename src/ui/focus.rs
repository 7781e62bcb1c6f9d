//! Moving the focus where the page will have it: a control that is not there yet, or one that
//! takes the place of the button pressed.

use leptos::prelude::*;

/// Moves focus to the first element `selector` finds once it is on the page (next frame): a new
/// or restored row's first field, an Undo, the button that opened a panel.
pub fn focus_later(selector: String) {
    request_animation_frame(move || {
        let found = document().query_selector(&selector).ok().flatten();
        if let Some(el) =
            found.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    });
}
