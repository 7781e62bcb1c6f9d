//! The agenda bar: wires [`crate::agenda`]'s timer to buttons, a clock that ticks once a
//! second while the timer runs, and localStorage. All the arithmetic is in the pure module.
//!
//! Kept small for the download: the timer lives in one cell with two triggers rather than in
//! signals, every reactive value goes through [`shown_by`] and every button through [`press`],
//! so each is one compiled closure type, and the minutes input is for the current step only.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::agenda::{shown, Agenda, KEY};
use crate::worksheet::AGENDA;

thread_local! {
    /// The timer, and the time the page last looked at the clock.
    static TIMER: RefCell<(Agenda, i64)> = RefCell::new((load(), clock()));
    /// Told when the timer changes (step, run, minutes).
    static MOVED: ArcTrigger = ArcTrigger::new();
    /// Told at each tick of the clock.
    static TICKED: ArcTrigger = ArcTrigger::new();
    static TICKING: Cell<Option<IntervalHandle>> = const { Cell::new(None) };
    /// The timer before and after the last Reset of a started agenda, for its Undo.
    static RESET: RefCell<Option<(Agenda, Agenda)>> = const { RefCell::new(None) };
    /// Brings a section into view: [`super::nav::show_section`], handed over by the page.
    static SHOW: Cell<fn(&'static str)> = const { Cell::new(|_| {}) };
}

fn clock() -> i64 {
    js_sys::Date::now() as i64
}

/// localStorage, when the browser lets the page have it. Without it the timer still works; it
/// just does not outlive the page.
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn load() -> Agenda {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map_or_else(Agenda::default, |text| Agenda::parse(&text))
}

/// `aria-current`: `step` for the section `id` (or its menu entry) while the agenda is on it,
/// else `false`. (A string, as the page's other reactive attributes are: no new code for it.)
pub fn current(id: &'static str) -> impl Fn() -> String + Copy {
    move || {
        MOVED.with(ArcTrigger::track);
        let on = TIMER.with_borrow(|(a, _)| a.is_started() && a.section().id == id);
        (if on { "step" } else { "false" }).to_string()
    }
}

/// A value read from the timer, as of the last tick.
fn shown_by<T>(read: fn(&Agenda, i64) -> T) -> impl Fn() -> T + Copy {
    move || {
        MOVED.with(ArcTrigger::track);
        TICKED.with(ArcTrigger::track);
        TIMER.with_borrow(|(a, now)| read(a, *now))
    }
}

/// A button's click: see [`act`].
fn press(change: fn(&mut Agenda, i64)) -> impl Fn(MouseEvent) + Copy {
    move |_| act(change)
}

/// Reset: back to not started, with an Undo while nothing else changed the timer since.
fn reset(a: &mut Agenda, _: i64) {
    let before = a.clone();
    a.reset();
    RESET.set(before.is_started().then(|| (before, a.clone())));
}

/// Undo of a Reset: the timer as it was, its time still counted from when it started.
fn undo_reset(a: &mut Agenda, _: i64) {
    if let Some((before, after)) = RESET.take() {
        if *a == after {
            *a = before;
        }
    }
}

fn undoable(a: &Agenda) -> bool {
    RESET.with_borrow(|r| r.as_ref().is_some_and(|(_, after)| after == a))
}

/// Changes the timer now, saves it, ticks while it runs, and brings a new step's section into
/// view.
fn act(change: impl FnOnce(&mut Agenda, i64)) {
    let now = clock();
    let on = |a: &Agenda| a.is_started().then_some(a.step);
    let (before, after) = TIMER.with_borrow_mut(|(a, at)| {
        let before = on(a);
        *at = now;
        change(a, now);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, &a.save());
        }
        (before, on(a))
    });
    MOVED.with(ArcTrigger::notify);
    tick();
    if let Some(step) = after.filter(|_| after != before) {
        SHOW.get()(AGENDA[step].section.id);
    }
}

/// One tick a second while the timer runs, none otherwise, and the screen kept on meanwhile.
fn tick() {
    let running = TIMER.with_borrow(|(a, _)| a.is_running());
    super::awake::keep_awake(running);
    let handle = TICKING.take();
    match (running, handle) {
        (true, None) => TICKING.set(
            set_interval_with_handle(
                || {
                    TIMER.with_borrow_mut(|(_, at)| *at = clock());
                    TICKED.with(ArcTrigger::notify);
                },
                Duration::from_secs(1),
            )
            .ok(),
        ),
        (true, handle) => TICKING.set(handle),
        (false, handle) => handle.iter().for_each(IntervalHandle::clear),
    }
}

/// The bar (a plain function, as [`super::sheet::section`] is: less code than a component).
/// `show` brings the section of a new current step into view; `named`: the address names a
/// place, which the page lands on instead.
pub fn agenda_bar(show: fn(&'static str), named: bool) -> AnyView {
    SHOW.set(show);
    tick();
    // Opened or reloaded mid-workshop: the current step's section, unless the address names
    // a place. After this part of the page is built.
    let on_step = TIMER.with_borrow(|(a, _)| a.is_started().then(|| a.section().id));
    if let (Some(id), false) = (on_step, named) {
        request_animation_frame(move || show(id));
    }
    let visible = window_event_listener_untyped("visibilitychange", |_| super::awake::on_visible());
    // Another tab's timer (a laptop's and a projector's): this one follows it. Saving the same
    // text again tells no tab anything.
    let other_tab = window_event_listener(leptos::ev::storage, |ev| {
        if ev.key().as_deref() == Some(KEY) {
            let theirs = Agenda::parse(&ev.new_value().unwrap_or_default());
            act(|a, _| *a = theirs);
        }
    });
    on_cleanup(|| {
        TICKING.take().iter().for_each(IntervalHandle::clear);
        super::awake::keep_awake(false);
        visible.remove();
        other_tab.remove();
    });

    view! {
        // Its state in one attribute, `started paused over` as they hold, for the style sheet.
        <section class="agenda" data-state=shown_by(|a, now| {
            let mut state = String::new();
            for (on, word) in [
                (a.is_started(), "started "),
                (a.is_started() && !a.is_running(), "paused "),
                (a.is_over(now), "over"),
            ] {
                if on {
                    state.push_str(word);
                }
            }
            state
        }) aria-label="Agenda">
                <h2>"Agenda"</h2>
                <span class="agenda-step" aria-live="polite" data-figure="agenda.step" data-value=shown_by(|a, _| a.section().id.to_string())>
                    {shown_by(|a, _| format!("{}/{} {}", a.step + 1, AGENDA.len(), a.section().menu))}
                </span>
                <span class="agenda-minutes">
                    <input type="number" id="agenda-minutes" aria-label="Minutes for this step" min="1" max="240"
                        prop:value=shown_by(|a, _| a.minutes[a.step].to_string())
                        on:change=|ev| {
                            let input = event_target::<web_sys::HtmlInputElement>(&ev);
                            let minutes = crate::model::parse_json::<f64>(input.value().trim());
                            let mut taken = 0;
                            act(|a, _| {
                                if let Some(m) = minutes {
                                    a.set_minutes(a.step, m.round() as u32);
                                }
                                taken = a.minutes[a.step];
                            });
                            // What was taken, also when the box held what it was changed back to.
                            input.set_value(&taken.to_string());
                        } />
                    <label for="agenda-minutes">" min"</label>
                </span>
                <span class="agenda-time" role="timer" data-figure="agenda.remaining_seconds" data-value=shown_by(|a, now| (a.remaining_seconds(now) as f64).to_string())>
                    {shown_by(|a, now| shown(a.remaining_seconds(now)))}
                    <small>{shown_by(|a, now| if a.is_over(now) { " over" } else { "" })}</small>
                </span>
                <span class="agenda-controls">
                    <button type="button" aria-label="Previous step" disabled=shown_by(|a, _| a.step == 0) on:click=press(|a, now| { a.previous(now); })>"‹"</button>
                    <button type="button" class="agenda-go" on:click=press(|a, now| if a.is_running() { a.pause(now) } else { a.start(now) })>
                        {shown_by(|a, _| (if a.is_running() { "Pause" } else if a.is_started() { "Resume" } else { "Start" }).to_string())}
                    </button>
                    <button type="button" aria-label="Next step" disabled=shown_by(|a, _| a.step + 1 == AGENDA.len()) on:click=press(|a, now| { a.next(now); })>"›"</button>
                    <button type="button" aria-label="Reset the agenda" on:click=press(reset)>"↺"</button>
                    <button type="button" aria-label="Undo reset" hidden=shown_by(|a, _| !undoable(a)) on:click=press(undo_reset)>"Undo"</button>
                </span>
        </section>
    }
    .into_any()
}
