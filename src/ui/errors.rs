use std::cell::Cell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Node, ResizeObserver, ResizeObserverEntry, ScrollBehavior, ScrollToOptions};

use super::inputs::ErrorRegistry;

/// "There is a problem": every field that shows an error, each a link to the field,
/// as the GOV.UK Design System's error summary does.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let registry = expect_context::<ErrorRegistry>();
    let errors = Memo::new(move |_| registry.current());
    // An entry that was not taken is in no storage: closing the tab asks first, until it is
    // fixed or emptied.
    Effect::new(move |asking: Option<Option<WindowListenerHandle>>| {
        if let Some(Some(listener)) = asking {
            listener.remove();
        }
        (!errors.with(Vec::is_empty))
            .then(|| window_event_listener(leptos::ev::beforeunload, |ev| ev.prevent_default()))
    });
    let place = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(place) = place.get() {
            keep_still(&place);
        }
    });
    view! {
        <div class="error-place" node_ref=place>
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"There is a problem"</h2>
                <p>"These entries were not taken; each field keeps the value it had before until it is fixed."</p>
                <ul>
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|e| view! {
                                <li>
                                    <a href=format!("#{}", e.0)>{format!("{}{}: {}", standing(&e.0, &e.1), e.1, e.2)}</a>
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
        </div>
    }
}

/// Where a field stands, for fields that share a label: its row (`Automation 2 · `,
/// `Engineering · `) or group (`Phase 1: Immediate Scaling (0–3 months) · `); empty outside
/// both, and when the label already says it (`CTO/VP Engineering: requirements`).
fn standing(id: &str, label: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|field| field.closest(".row, .team-row, fieldset").ok()?)
        .and_then(|holder| holder.query_selector(".row-title, .dept, legend").ok()?)
        .and_then(|head| head.text_content())
        .filter(|head| !label.starts_with(head.trim()))
        .map_or_else(String::new, |head| format!("{} · ", head.trim()))
}

/// Keeps the field being typed into still when the summary above it grows or shrinks (a new
/// refused entry, one fixed). The browser's scroll anchoring does so only when the top of the
/// screen shows the worksheet, not the bars above it; then this moves the page itself.
fn keep_still(place: &web_sys::HtmlDivElement) {
    let scrolled = Rc::new(Cell::new(window().scroll_y().unwrap_or_default()));
    let seen = scrolled.clone();
    let listener = window_event_listener_untyped("scroll", move |_| {
        seen.set(window().scroll_y().unwrap_or_default());
    });
    let height = Cell::new(0.0);
    let summary: Node = place.clone().into();
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let entry: ResizeObserverEntry = entries.get(0).unchecked_into();
        let now = entry.content_rect().height();
        let grown = now - height.replace(now);
        let below = document().active_element().is_some_and(|focused| {
            summary.compare_document_position(&focused) & Node::DOCUMENT_POSITION_FOLLOWING != 0
        });
        // Unmoved since the last scroll: the browser did not make up for it.
        let unmoved = window().scroll_y().unwrap_or_default() == scrolled.get();
        if grown != 0.0 && below && unmoved {
            let by = ScrollToOptions::new();
            by.set_top(grown);
            by.set_behavior(ScrollBehavior::Instant);
            window().scroll_by_with_scroll_to_options(&by);
        }
    });
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(place);
    let observing = SendWrapper::new((observer, on_resize));
    on_cleanup(move || {
        observing.0.disconnect();
        listener.remove();
    });
}
