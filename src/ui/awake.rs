//! Keeps the screen on while the agenda's timer runs, so that a phone or laptop showing it does
//! not dim and lock halfway through a step. Uses the Screen Wake Lock API where the browser has
//! it; elsewhere, or when the browser says no, the timer simply runs as before.

use std::cell::{Cell, RefCell};

use leptos::prelude::{document, window};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `navigator`, for the member web-sys has only behind its unstable APIs.
    type Navigator;
    type WakeLock;
    type Sentinel;

    /// `navigator.wakeLock`, missing in browsers without the API.
    #[wasm_bindgen(method, getter, js_name = wakeLock)]
    fn wake_lock(this: &Navigator) -> Option<WakeLock>;

    #[wasm_bindgen(method, catch)]
    fn request(this: &WakeLock, kind: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method)]
    fn release(this: &Sentinel) -> js_sys::Promise;
}

thread_local! {
    static WANTED: Cell<bool> = const { Cell::new(false) };
    static HELD: RefCell<Option<Sentinel>> = const { RefCell::new(None) };
    /// Hears the browser's answer to a request: the lock, or why not.
    static ON_ANSWER: Closure<dyn FnMut(JsValue)> = Closure::new(|answer: JsValue| {
        if answer.is_instance_of::<web_sys::DomException>() {
            return;
        }
        let held: Sentinel = answer.unchecked_into();
        if WANTED.get() && HELD.with_borrow(Option::is_none) {
            HELD.set(Some(held));
        } else {
            let _ = held.release();
        }
    });
}

/// Holds the screen on while `on`, and lets it go otherwise.
pub fn keep_awake(on: bool) {
    WANTED.set(on);
    if !on {
        if let Some(held) = HELD.take() {
            // A promise that cannot fail: it resolves once the lock is let go.
            let _ = held.release();
        }
        return;
    }
    if HELD.with_borrow(Option::is_some) || document().hidden() {
        return;
    }
    let Some(promise) = window()
        .navigator()
        .unchecked_into::<Navigator>()
        .wake_lock()
        .and_then(|lock| lock.request("screen").ok())
    else {
        return;
    };
    // Refused (a battery saver, a permissions policy): the timer runs without it.
    ON_ANSWER.with(|answer| {
        let _ = promise.then2(answer, answer);
    });
}

/// The browser lets the lock go when the page is hidden; asks again once it is back.
pub fn on_visible() {
    if !document().hidden() {
        HELD.take();
        keep_awake(WANTED.get());
    }
}
