use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions};

use super::sections::SECTIONS;
use super::state::PlanState;

/// The sticky section menu, each entry with how much of it is filled in.
#[component]
pub fn SectionMenu() -> impl IntoView {
    let state = PlanState::get();
    view! {
        <nav class="toc" aria-label="Worksheet sections">
            <ol>
                {SECTIONS
                    .iter()
                    .map(|(key, title)| {
                        // Each entry follows its own section only.
                        let progress = state.watch(key, move |p| p.section_progress(key));
                        let counts = move || progress.get();
                        view! {
                            <li>
                                <a href=format!("#{key}") on:click=move |ev| jump(ev, key)>
                                    <span class="toc-title">{*title}</span>
                                    <progress
                                        max=move || counts().1
                                        value=move || counts().0
                                        aria-label=format!("{title} completion")
                                    ></progress>
                                    <span class="toc-count">{move || format!("{}/{}", counts().0, counts().1)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Follows a menu link: the smooth scroll passes over sections that lay themselves out only when
/// near the screen (`content-visibility: auto`), which moves the target; once the scroll ends,
/// one instant scroll puts the section where it belongs. Modified clicks keep their usual meaning.
fn jump(ev: MouseEvent, id: &'static str) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(target) = document().get_element_by_id(id) else {
        return;
    };
    ev.prevent_default();
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Smooth);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let settled = target.clone();
    let correct = move || {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Instant);
        settled.scroll_into_view_with_scroll_into_view_options(&options);
    };
    // `scrollend` does not fire when nothing scrolled; the timer covers that and old browsers.
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = {
        let done = done.clone();
        move || {
            if !done.replace(true) {
                correct();
            }
        }
    };
    let on_end = once.clone();
    let listener = window_event_listener_untyped("scrollend", move |_| on_end());
    set_timeout(
        move || {
            listener.remove();
            once();
        },
        std::time::Duration::from_millis(1500),
    );
    if target.get_attribute("tabindex").is_none() {
        let _ = target.set_attribute("tabindex", "-1");
    }
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

/// Puts the section that the address names (`#talent`) under the sticky bar, as following a
/// link to it does: the page is built by the app, after the browser looked for the fragment.
pub fn land_on_hash() {
    let Ok(hash) = window().location().hash() else {
        return;
    };
    let Some(target) = hash
        .strip_prefix('#')
        .and_then(|id| document().get_element_by_id(id))
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    // Sections near the new place lay themselves out only now (`content-visibility`).
    request_animation_frame(move || {
        target.scroll_into_view_with_scroll_into_view_options(&options)
    });
}
