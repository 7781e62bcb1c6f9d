//! A QR code of a text (the participant link) for people to scan from the room's screen.

use leptos::either::Either;
use leptos::prelude::*;

use crate::share::qr;

/// `text` as a QR code, redrawn when it changes; `label` names it for screen readers. A text too
/// long for a QR code shows a short message instead.
#[component]
pub fn QrCode(#[prop(into)] text: Signal<String>, label: &'static str) -> impl IntoView {
    let svg = Memo::new(move |_| text.with(|t| qr::svg(t)));
    move || match svg.get() {
        // The SVG is written by `share::qr` from the code's modules alone: no text of the link
        // (or of anyone else) is in it, so it is safe as markup.
        Some(svg) => Either::Left(view! {
            <div class="qr" role="img" aria-label=label inner_html=svg></div>
        }),
        None => Either::Right(view! {
            <p class="qr qr-too-long" role="status">
                "This link is too long for a QR code: share it another way."
            </p>
        }),
    }
}
