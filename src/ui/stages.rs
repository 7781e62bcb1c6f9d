//! The page built in steps, one task each, so that the main thread is never held for long while
//! a phone builds the worksheet: the top of the page first, then the section menu and the
//! summary, then each section in order.
//! A page that is not built in steps (a shared plan, a link to a section) shows every step at once.

use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// How many steps are shown; everything, unless [`start`] was called.
    static SHOWN: ArcRwSignal<usize> = ArcRwSignal::new(usize::MAX);
}

/// The step after the last: the page is whole.
const WHOLE: usize = 13;

/// `part`, once the page has come to `step` (1 is the first).
pub fn at_step(step: usize, part: fn() -> AnyView) -> impl IntoView {
    let shown = SHOWN.with(Clone::clone);
    let on = Memo::new(move |_| shown.get() >= step);
    move || on.get().then(part)
}

/// Shows nothing of the steps yet, then one more step in each task after this one (the snapshots,
/// `#snapshots`, are the last).
pub fn start() {
    SHOWN.with(|s| s.set(0));
    next();
}

fn next() {
    set_timeout(
        || {
            let shown = SHOWN.with(|s| {
                s.update(|n| *n = n.saturating_add(1));
                s.get_untracked()
            });
            if shown < WHOLE {
                next();
            }
        },
        Duration::ZERO,
    );
}

/// Shows every step now: for printing, which lays out the page at once.
pub fn finish() {
    SHOWN.with(|s| {
        if s.get_untracked() < WHOLE {
            s.set(WHOLE);
        }
    });
}
