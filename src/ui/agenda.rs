//! The agenda bar: wires [`crate::agenda`]'s timer to buttons, a clock that ticks once a
//! second while the timer runs, and localStorage. All the arithmetic is in the pure module.
//!
//! Every reactive attribute and text goes through [`shown_by`] and every button through
//! [`press`], so they share one compiled closure type each: the bar adds little to the download.

use std::time::Duration;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::agenda::{shown, Agenda, KEY};
use crate::worksheet::AGENDA;

#[derive(Clone, Copy)]
struct Timer {
    agenda: RwSignal<Agenda>,
    /// The time the page last looked at the clock.
    now: RwSignal<i64>,
}

/// Reads the saved timer; for [`AgendaBar`] and [`current`], before either is built.
pub fn provide() {
    provide_context(Timer {
        agenda: RwSignal::new(load()),
        now: RwSignal::new(clock()),
    });
}

/// `aria-current="step"` for the section `id` (or its menu entry) while the agenda is on it.
pub fn current(id: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
    let timer = use_context::<Timer>();
    move || {
        let on = |a: &Agenda| a.is_started() && a.section().id == id;
        timer.and_then(|t| t.agenda.with(on).then_some("step"))
    }
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

/// A value read from the timer at the last tick.
fn shown_by<T>(t: Timer, read: fn(&Agenda, i64) -> T) -> impl Fn() -> T + Copy {
    move || t.agenda.with(|a| read(a, t.now.get()))
}

/// A button's click: changes the timer now, saves it, and brings a new step's section into view.
fn press(t: Timer, change: fn(&mut Agenda, i64)) -> impl Fn(MouseEvent) + Copy {
    move |_| act(t, change)
}

fn act(t: Timer, change: fn(&mut Agenda, i64)) {
    let now = clock();
    let on = |a: &Agenda| a.is_started().then_some(a.step);
    let before = t.agenda.with_untracked(on);
    t.now.set(now);
    t.agenda.update(|a| change(a, now));
    if let Some(s) = storage() {
        let _ = t.agenda.with_untracked(|a| s.set_item(KEY, &a.save()));
    }
    let after = t.agenda.with_untracked(on);
    if let Some(step) = after.filter(|_| after != before) {
        // The default behaviour follows `scroll-behavior` (theme.css): smooth, unless the
        // reader asked for reduced motion.
        if let Some(section) = document().get_element_by_id(AGENDA[step].section.id) {
            section.scroll_into_view_with_scroll_into_view_options(
                &web_sys::ScrollIntoViewOptions::new(),
            );
        }
    }
}

#[component]
pub fn AgendaBar() -> impl IntoView {
    let t = expect_context::<Timer>();

    // One tick a second, only while running.
    let ticking = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = ticking.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move || {
        stop();
        if t.agenda.with(Agenda::is_running) {
            t.now.set(clock());
            let tick = set_interval_with_handle(move || t.now.set(clock()), Duration::from_secs(1));
            ticking.set_value(tick.ok());
        }
    });
    // Another tab (the projector's, say) moved the timer.
    let other_tab = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().is_none_or(|key| key == KEY) {
            t.now.set(clock());
            t.agenda
                .set(Agenda::parse(&ev.new_value().unwrap_or_default()));
        }
    });
    on_cleanup(move || {
        stop();
        other_tab.remove();
    });

    view! {
        <section
            class="agenda"
            class:started=shown_by(t, |a, _| a.is_started())
            class:paused=shown_by(t, |a, _| a.is_started() && !a.is_running())
            class:over=shown_by(t, |a, now| a.is_over(now))
            aria-label="Agenda"
        >
            <div class="agenda-bar">
                <h2 class="agenda-title">"Agenda"</h2>
                <span class="agenda-step" data-figure="agenda.step" data-value=shown_by(t, |a, _| a.section().id.to_string())>
                    {shown_by(t, |a, _| format!("{}/{} {}", a.step + 1, AGENDA.len(), a.section().menu))}
                </span>
                <span class="agenda-time" role="timer" data-figure="agenda.remaining_seconds" data-value=shown_by(t, |a, now| a.remaining_seconds(now).to_string())>
                    {shown_by(t, |a, now| shown(a.remaining_seconds(now)))}
                </span>
                <span class="agenda-controls">
                    <button type="button" aria-label="Previous step" title="Previous step"
                        disabled=shown_by(t, |a, _| a.step == 0) on:click=press(t, |a, now| { a.previous(now); })>"‹"</button>
                    <button type="button" class="agenda-go" on:click=press(t, |a, now| if a.is_running() { a.pause(now) } else { a.start(now) })>
                        {shown_by(t, |a, _| (if a.is_running() { "Pause" } else if a.is_started() { "Resume" } else { "Start" }).to_string())}
                    </button>
                    <button type="button" aria-label="Next step" title="Next step"
                        disabled=shown_by(t, |a, _| a.step + 1 == AGENDA.len()) on:click=press(t, |a, now| { a.next(now); })>"›"</button>
                </span>
                <details class="agenda-steps">
                    <summary>"Steps"</summary>
                    <div class="agenda-panel">
                    <ol>
                        {AGENDA
                            .iter()
                            .enumerate()
                            .map(|(i, s)| {
                                let name = format!("agenda.minutes.{}", s.section.id);
                                view! {
                                    <li aria-current=current(s.section.id)>
                                        <label for=name.clone()>{s.section.menu}</label>
                                        <input type="number" id=name.clone() name=name min="1" max="240"
                                            prop:value=move || t.agenda.with(|a| a.minutes[i].to_string())
                                            on:change=move |ev| {
                                                if let Ok(m) = event_target_value(&ev).trim().parse() {
                                                    t.agenda.update(|a| a.set_minutes(i, m));
                                                }
                                                act(t, |_, _| {});
                                            } />
                                        " min"
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <p>
                        {shown_by(t, |a, _| format!("{} min in all", a.minutes.iter().sum::<u32>()))}
                        <button type="button" on:click=press(t, |a, _| a.reset())>"Reset timer"</button>
                    </p>
                    </div>
                </details>
            </div>
        </section>
    }
}
