//! The page built a part at a time, in tasks of a few milliseconds each, so that the main thread
//! is never held for long while a phone builds the worksheet. Parts are built in the order they
//! were asked for, and the parts a part asks for come right after it: the page grows from the top
//! down, and nothing already shown moves.
//! A page that is not built in steps (a shared plan, a link to a section) builds every part at once.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// How long one task builds before it lets the browser paint and answer the user.
const BUDGET_MS: f64 = 6.0;

#[derive(Default)]
struct Parts {
    /// Whether parts wait their turn; otherwise each is built with the view that asks for it.
    waiting: bool,
    queue: Vec<ArcRwSignal<bool>>,
    /// Where the next part asked for goes in the queue.
    next: usize,
}

/// Every this many tasks, the next waits on a timeout, not `scheduler.yield()`: a yielded task
/// runs before the browser renders, so what the tasks add would otherwise be laid out all at once
/// when they end (30-45 ms at 412 px, four times that on a phone), not a few parts at a time.
const RENDER_EVERY: u32 = 3;

thread_local! {
    static PARTS: RefCell<Parts> = RefCell::default();
    /// How many tasks have built parts.
    static SLICES: Cell<u32> = const { Cell::new(0) };
}

/// `part`, now or once the parts asked for before it are built.
pub fn later(part: fn() -> AnyView) -> AnyView {
    deferred(Box::new(part))
}

/// [`later`] for a part built by a closure.
pub fn later_with(part: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    deferred(Box::new(part))
}

fn deferred(part: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    let shown = PARTS.with_borrow_mut(|parts| {
        let shown = ArcRwSignal::new(!parts.waiting);
        if parts.waiting {
            let at = parts.next;
            parts.queue.insert(at, shown.clone());
            parts.next += 1;
        }
        shown
    });
    (move || shown.get().then(&part)).into_any()
}

/// Makes the parts asked for from now on wait their turn, and builds them in tasks after this one.
pub fn start() {
    PARTS.with_borrow_mut(|parts| parts.waiting = true);
    leptos::task::spawn_local(async { while build_some().await {} });
}

/// Lets the browser paint and answer the user, then builds parts for [`BUDGET_MS`] in a new
/// task; false once none are left.
async fn build_some() -> bool {
    let slice = SLICES.get();
    SLICES.set(slice + 1);
    _ = wasm_bindgen_futures::JsFuture::from(pause(slice % RENDER_EVERY == RENDER_EVERY - 1)).await;
    let began = now();
    while now() - began < BUDGET_MS {
        let Some(part) = PARTS.with_borrow_mut(|parts| {
            parts.next = 0;
            let part = (!parts.queue.is_empty()).then(|| parts.queue.remove(0));
            parts.waiting = part.is_some();
            part
        }) else {
            return false;
        };
        part.set(true);
        // The part is built by its effect, which runs before this resumes.
        _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
    }
    true
}

/// Lets the browser answer the user, then goes on in a task of its own, at once.
pub async fn next_task() {
    _ = wasm_bindgen_futures::JsFuture::from(pause(false)).await;
}

/// Builds every part now: for printing, which lays out the page at once.
pub fn finish() {
    let queue = PARTS.with_borrow_mut(|parts| {
        parts.waiting = false;
        std::mem::take(&mut parts.queue)
    });
    for part in queue {
        part.set(true);
    }
}

/// `scheduler.yield()` where the browser has it (otherwise the calls throw) and `render` is false;
/// else a timeout, which lets the browser render first, and which a browser delays by 4 ms once
/// timeouts have set each other five times.
fn pause(render: bool) -> js_sys::Promise {
    let key = |k: &str| JsValue::from_str(k);
    let scheduler = if render {
        Err(JsValue::NULL)
    } else {
        js_sys::Reflect::get(&window(), &key("scheduler"))
    };
    scheduler
        .and_then(|s| {
            js_sys::Reflect::get(&s, &key("yield"))?
                .unchecked_into::<js_sys::Function>()
                .call0(&s)
        })
        .map_or_else(
            |_| {
                js_sys::Promise::new(&mut |resume, _| {
                    _ = window().set_timeout_with_callback(&resume);
                })
            },
            JsCast::unchecked_into,
        )
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
