use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions};

use super::state::PlanState;
use crate::worksheet::SECTIONS;

/// The sticky section menu, each entry with how much of it is filled in.
#[component]
pub fn SectionMenu() -> impl IntoView {
    let state = PlanState::get();
    view! {
        <nav class="toc" aria-label="Worksheet sections">
            <ol>
                {SECTIONS
                    .iter()
                    .map(|section| {
                        let (key, title) = (section.id, section.menu);
                        // Each entry follows its own section only.
                        let progress = state.watch(key, move |p| p.section_progress(key));
                        let counts = move || progress.get();
                        view! {
                            <li>
                                <a href=format!("#{key}") on:click=move |ev| jump(ev, key) aria-current=super::agenda::current(key)>
                                    <span class="toc-title">{title}</span>
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

/// Follows a menu link: a smooth scroll passes over sections that lay themselves out only when
/// near the screen (`content-visibility: auto`), which moves the target; once the scroll ends,
/// `settle` puts the section where it belongs. Modified clicks keep their usual meaning.
fn jump(ev: MouseEvent, id: &'static str) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    ev.prevent_default();
    // A page opened from a share link keeps the link in the address.
    let from_link = window().location().hash().is_ok_and(|h| h.contains('='));
    if let (false, Ok(history)) = (from_link, window().history()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
    let Some(target) = document().get_element_by_id(id) else {
        // Not built yet: no smooth scroll over a page that is still growing.
        show_section(id);
        request_animation_frame(move || {
            if let Some(target) = document().get_element_by_id(id) {
                take_focus(&target);
            }
        });
        return;
    };
    // Smooth, as the page's `scroll-behavior` says, unless the reader asks for reduced motion.
    target.scroll_into_view();
    // Made now, so that scrolling by hand during the smooth scroll also calls it off.
    let pending = Rc::new(Cell::new(Some(Settle::new(target.clone()))));
    let start = move || {
        if let Some(settle) = pending.take() {
            settle.run();
        }
    };
    let on_end = start.clone();
    let listener = window_event_listener_untyped("scrollend", move |_| on_end());
    // `scrollend` does not fire when nothing scrolled; the timer covers that and old browsers.
    set_timeout(
        move || {
            listener.remove();
            start();
        },
        Duration::from_millis(1500),
    );
    take_focus(&target);
}

/// Moves focus to a section without scrolling, so that Tab goes on from there.
fn take_focus(target: &Element) {
    if target.get_attribute("tabindex").is_none() {
        let _ = target.set_attribute("tabindex", "-1");
    }
    focus_in_place(target);
}

/// Moves focus to an element that can take it, without scrolling.
fn focus_in_place(target: &Element) {
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

/// Whether the address names a place on the page (`#talent`).
pub fn names_a_place() -> bool {
    window().location().hash().is_ok_and(|h| h.len() > 1)
}

/// Puts the section that the address names (`#talent`) under the sticky bar, as following a
/// link to it does: the page is built by the app, after the browser looked for the fragment.
pub fn land_on_hash() {
    let Ok(hash) = window().location().hash() else {
        return;
    };
    if let Some(target) = hash
        .strip_prefix('#')
        .and_then(|id| document().get_element_by_id(id))
    {
        Settle::new(target).run();
    }
}

/// Puts a section under the sticky bars at once (no smooth scroll, so also with reduced motion)
/// and keeps it there while the sections near it lay themselves out: the agenda's new step.
pub fn show_section(id: &'static str) {
    // Its menu entry too, within the menu (on a phone a strip that scrolls sideways).
    let entry = document().query_selector(&format!(".toc a[href=\"#{id}\"]"));
    if let Some(entry) = entry.ok().flatten() {
        let entry: web_sys::HtmlElement = entry.unchecked_into();
        if let Some(menu) = entry.offset_parent() {
            let middle = |at: i32, size: i32, room: i32| f64::from(at - (room - size) / 2);
            menu.scroll_to_with_x_and_y(
                middle(
                    entry.offset_left(),
                    entry.offset_width(),
                    menu.client_width(),
                ),
                middle(
                    entry.offset_top(),
                    entry.offset_height(),
                    menu.client_height(),
                ),
            );
        }
    }
    let settle = move || {
        if let Some(target) = document().get_element_by_id(id) {
            Settle::new(target).run();
        }
    };
    if document().get_element_by_id(id).is_some() {
        settle();
    } else {
        // Not built yet: the rest of the page is built now, and laid out by the next frame.
        super::stages::finish();
        request_animation_frame(settle);
    }
}

/// How long, and for how many frames, the target must stay put before [`Settle`] lets go, and
/// how long it tries at most.
const QUIET_MS: f64 = 500.0;
const QUIET_FRAMES: u32 = 3;
const GIVE_UP_MS: f64 = 5000.0;

/// Keeps `target` at the top, frame by frame: sections that come near the screen lay themselves
/// out only then, a frame or two after each scroll, and can push the target away again. It lets
/// go once nothing has moved for `QUIET_MS`, or as soon as the reader scrolls or types.
struct Settle {
    target: Element,
    stopped: Rc<Cell<bool>>,
    listeners: Vec<WindowListenerHandle>,
}

impl Settle {
    fn new(target: Element) -> Self {
        let stopped = Rc::new(Cell::new(false));
        let listeners = ["wheel", "touchstart", "keydown", "pointerdown"]
            .into_iter()
            .map(|event| {
                let stopped = stopped.clone();
                window_event_listener_untyped(event, move |_| stopped.set(true))
            })
            .collect();
        Settle {
            target,
            stopped,
            listeners,
        }
    }

    fn run(self) {
        let now = js_sys::Date::now();
        let aligned = if self.stopped.get() {
            0.0
        } else {
            self.align()
        };
        self.follow(aligned, now, now + GIVE_UP_MS, 0);
    }

    /// Puts the target in place, and says where that is.
    fn align(&self) -> f64 {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Instant);
        self.target
            .scroll_into_view_with_scroll_into_view_options(&options);
        self.top()
    }

    fn top(&self) -> f64 {
        self.target.get_bounding_client_rect().top()
    }

    /// Looks once a frame. A frame can take longer than `QUIET_MS` on a slow phone, so the target
    /// is looked at before the quiet time is counted, and it must also stay put for a few frames.
    fn follow(self, aligned: f64, last_move: f64, give_up: f64, quiet_frames: u32) {
        request_animation_frame(move || {
            let now = js_sys::Date::now();
            let moved = !self.stopped.get() && (self.top() - aligned).abs() > 0.5;
            let quiet = quiet_frames >= QUIET_FRAMES && now - last_move >= QUIET_MS;
            if self.stopped.get() || (!moved && quiet) || now >= give_up {
                self.listeners
                    .into_iter()
                    .for_each(WindowListenerHandle::remove);
                return;
            }
            if moved {
                let aligned = self.align();
                self.follow(aligned, now, give_up, 0);
            } else {
                self.follow(aligned, last_move, give_up, quiet_frames + 1);
            }
        });
    }
}

/// Shows the top of the page, where the plan just opened is named, with focus on the plan menu.
pub fn show_top() {
    if let Some(menu) = document().get_element_by_id("plan-select") {
        focus_in_place(&menu);
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Brings what just appeared (a preview, a comparison) into view and moves focus to it.
pub fn focus(id: &str) {
    if let Some(target) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        target.scroll_into_view();
        let _ = target.focus();
    }
}
