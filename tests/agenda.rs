#![cfg(not(target_arch = "wasm32"))]
//! The agenda timer on the host: steps, start / pause / next / previous, minutes, the time left
//! at a given moment, and its saved form; and that its storage key is no plan.

use std::cell::RefCell;
use std::rc::Rc;

use scaling_planner::agenda::{shown, Agenda, KEY, MAX_MINUTES};
use scaling_planner::session::{Clock, Core, Event, Opened};
use scaling_planner::storage::{Library, MemoryStore, Store, KEY_PREFIX};
use scaling_planner::worksheet::{minutes_of, AGENDA};

/// A moment: 2026-12-03, 10:00:00 UTC, in milliseconds.
const T0: i64 = 1_796_292_000_000;
const SEC: i64 = 1000;
const MIN: i64 = 60 * SEC;

fn ids() -> Vec<&'static str> {
    AGENDA.iter().map(|s| s.section.id).collect()
}

#[test]
fn the_steps_are_the_seeds_in_order_with_its_minutes() {
    assert_eq!(
        ids(),
        [
            "readiness",
            "technical",
            "data",
            "security",
            "organization",
            "talent",
            "operations",
            "automation",
            "assessment",
        ]
    );
    let minutes: Vec<u32> = AGENDA.iter().map(|s| s.minutes()).collect();
    assert_eq!(minutes, [5, 10, 8, 7, 10, 10, 5, 5, 5]);
    assert_eq!(minutes.iter().sum::<u32>(), 65);
    assert_eq!(Agenda::default().minutes, [5, 10, 8, 7, 10, 10, 5, 5, 5]);
}

#[test]
fn time_boxes_read_as_minutes() {
    assert_eq!(minutes_of("10 minutes"), Some(10));
    assert_eq!(minutes_of("5 minutes"), Some(5));
    assert_eq!(minutes_of(""), None);
    assert_eq!(minutes_of("an hour"), None);
}

#[test]
fn not_started_shows_the_first_steps_whole_time_and_does_not_move() {
    let a = Agenda::default();
    assert!(!a.is_started() && !a.is_running());
    assert_eq!(a.section().id, "readiness");
    assert_eq!(a.remaining_seconds(T0), 300);
    assert_eq!(a.remaining_seconds(T0 + 10 * MIN), 300);
}

#[test]
fn a_running_step_counts_down_in_whole_seconds_rounded_up() {
    let mut a = Agenda::default();
    a.start(T0);
    assert!(a.is_running());
    assert_eq!(a.remaining_seconds(T0), 300);
    assert_eq!(
        a.remaining_seconds(T0 + 400),
        300,
        "5:00 until a second has passed"
    );
    assert_eq!(a.remaining_seconds(T0 + SEC), 299);
    assert_eq!(a.remaining_seconds(T0 + 61 * SEC + 500), 239);
    assert_eq!(a.remaining_seconds(T0 + 5 * MIN), 0);
    assert!(!a.is_over(T0 + 5 * MIN));
    // Overrunning: 5 min 1.2 s is 1 s over (−1.2 s rounded up), never stopped.
    assert_eq!(a.remaining_seconds(T0 + 5 * MIN + 1200), -1);
    assert!(a.is_over(T0 + 5 * MIN + 1200));
    assert_eq!(a.remaining_seconds(T0 + 6 * MIN + 23 * SEC), -83);
    assert_eq!(a.section().id, "readiness", "overrunning moves nothing on");
    // Starting again while running changes nothing.
    a.start(T0 + MIN);
    assert_eq!(a.remaining_seconds(T0 + 2 * MIN), 180);
}

#[test]
fn the_clock_going_back_never_adds_time() {
    let mut a = Agenda::default();
    a.start(T0);
    assert_eq!(a.remaining_seconds(T0 - MIN), 300);
}

#[test]
fn pause_stops_the_time_and_resume_goes_on_from_there() {
    let mut a = Agenda::default();
    a.start(T0);
    a.pause(T0 + 90 * SEC); // 3:30 left
    assert!(a.is_started() && !a.is_running());
    assert_eq!(a.remaining_seconds(T0 + 90 * SEC), 210);
    assert_eq!(
        a.remaining_seconds(T0 + 20 * MIN),
        210,
        "paused: time stops"
    );
    a.start(T0 + 10 * MIN); // paused for 8 min 30 s
    assert_eq!(a.paused_ms, 8 * MIN + 30 * SEC);
    assert_eq!(a.remaining_seconds(T0 + 10 * MIN), 210);
    assert_eq!(a.remaining_seconds(T0 + 11 * MIN), 150);
    // A second pause adds to the first: 1 min running, 2 min paused, 30 s running.
    a.pause(T0 + 11 * MIN);
    a.pause(T0 + 12 * MIN); // pausing again keeps the first moment
    a.start(T0 + 13 * MIN);
    assert_eq!(a.paused_ms, 10 * MIN + 30 * SEC);
    assert_eq!(a.remaining_seconds(T0 + 13 * MIN + 30 * SEC), 120);
}

#[test]
fn next_and_previous_start_the_step_afresh_and_stop_at_the_ends() {
    let mut a = Agenda::default();
    assert!(!a.previous(T0), "nothing before the first step");
    a.start(T0);
    assert!(a.next(T0 + 6 * MIN));
    assert_eq!(a.section().id, "technical");
    assert_eq!(a.remaining_seconds(T0 + 6 * MIN), 600);
    assert_eq!(a.remaining_seconds(T0 + 7 * MIN), 540);
    assert!(a.previous(T0 + 8 * MIN));
    assert_eq!(a.section().id, "readiness");
    assert_eq!(
        a.remaining_seconds(T0 + 8 * MIN),
        300,
        "its time starts again"
    );
    for _ in 0..8 {
        assert!(a.next(T0 + 9 * MIN));
    }
    assert_eq!(a.section().id, "assessment");
    assert!(!a.next(T0 + 10 * MIN), "nothing after the last step");
    assert_eq!(a.section().id, "assessment");
    assert_eq!(
        a.remaining_seconds(T0 + 10 * MIN),
        240,
        "the last step's time goes on"
    );
}

#[test]
fn stepping_while_paused_gives_a_paused_whole_step() {
    let mut a = Agenda::default();
    a.start(T0);
    a.pause(T0 + MIN);
    a.next(T0 + 2 * MIN);
    assert!(a.is_started() && !a.is_running());
    assert_eq!(a.remaining_seconds(T0 + 5 * MIN), 600);
    a.start(T0 + 5 * MIN);
    assert_eq!(a.remaining_seconds(T0 + 6 * MIN), 540);
}

#[test]
fn stepping_before_the_start_picks_the_step_to_start_on() {
    let mut a = Agenda::default();
    a.next(T0);
    a.next(T0);
    assert!(!a.is_started());
    assert_eq!(a.section().id, "data");
    assert_eq!(a.remaining_seconds(T0 + MIN), 480);
    a.start(T0 + MIN);
    assert_eq!(a.remaining_seconds(T0 + 2 * MIN), 420);
}

#[test]
fn new_minutes_count_the_time_already_spent() {
    let mut a = Agenda::default();
    a.start(T0);
    a.set_minutes(0, 8);
    assert_eq!(a.remaining_seconds(T0 + 2 * MIN), 360);
    a.set_minutes(0, 1);
    assert_eq!(a.remaining_seconds(T0 + 2 * MIN), -60, "over at once");
    a.set_minutes(3, 12);
    assert_eq!(a.minutes, [1, 10, 8, 12, 10, 10, 5, 5, 5]);
    a.set_minutes(1, 0);
    assert_eq!(a.minutes[1], 1, "at least a minute");
    a.set_minutes(1, 100_000);
    assert_eq!(a.minutes[1], MAX_MINUTES);
    a.set_minutes(9, 3); // no such step
    assert_eq!(a.minutes, [1, MAX_MINUTES, 8, 12, 10, 10, 5, 5, 5]);
}

#[test]
fn reset_goes_back_to_not_started_and_keeps_the_minutes() {
    let mut a = Agenda::default();
    a.set_minutes(0, 7);
    a.start(T0);
    a.next(T0 + MIN);
    a.reset();
    assert_eq!(
        a,
        Agenda {
            minutes: [7, 10, 8, 7, 10, 10, 5, 5, 5],
            ..Agenda::default()
        }
    );
}

#[test]
fn the_saved_form_is_plain_and_reads_back() {
    let mut a = Agenda::default();
    assert_eq!(
        a.save(),
        r#"{"agenda":1,"step":0,"started":null,"paused":0,"paused_at":null,"minutes":[5,10,8,7,10,10,5,5,5]}"#
    );
    a.start(T0);
    a.next(T0 + 5 * MIN);
    a.pause(T0 + 6 * MIN);
    a.start(T0 + 7 * MIN);
    a.set_minutes(1, 12);
    assert_eq!(
        a.save(),
        r#"{"agenda":1,"step":1,"started":1796292300000,"paused":60000,"paused_at":null,"minutes":[5,12,8,7,10,10,5,5,5]}"#
    );
    assert_eq!(Agenda::parse(&a.save()), a);
}

#[test]
fn a_reload_reads_the_same_time_left() {
    let mut a = Agenda::default();
    a.start(T0);
    a.next(T0 + 4 * MIN);
    a.pause(T0 + 5 * MIN);
    a.start(T0 + 6 * MIN);
    a.set_minutes(1, 9);
    // Reloaded 30 s later: 9 min − (2 min 30 s − 1 min paused) = 7 min 30 s.
    let back = Agenda::parse(&a.save());
    assert_eq!(back.section().id, "technical");
    assert!(back.is_running());
    for t in [T0 + 6 * MIN + 30 * SEC, T0 + 20 * MIN] {
        assert_eq!(back.remaining_seconds(t), a.remaining_seconds(t));
    }
    assert_eq!(back.remaining_seconds(T0 + 6 * MIN + 30 * SEC), 450);
    // Paused, then reloaded much later: the time left has not moved.
    a.pause(T0 + 7 * MIN);
    let back = Agenda::parse(&a.save());
    assert!(back.is_started() && !back.is_running());
    assert_eq!(back.remaining_seconds(T0 + 60 * MIN), 420);
}

#[test]
fn a_damaged_saved_state_reads_as_not_started() {
    let good = r#"{"agenda":1,"step":2,"started":1000,"paused":0,"paused_at":null,"minutes":[5,10,8,7,10,10,5,5,5]}"#;
    assert_eq!(Agenda::parse(good).section().id, "data");
    let paused = r#"{"agenda":1,"step":2,"started":1000,"paused":500,"paused_at":3000,"minutes":[5,10,8,7,10,10,5,5,5]}"#;
    // 3000 − 1000 − 500 = 1.5 s spent of 8 min: 478.5 s left, shown as 479.
    assert_eq!(Agenda::parse(paused).remaining_seconds(T0), 479);
    let damaged = [
        (r#""agenda":1,"#, ""),
        (r#""agenda":1"#, r#""agenda":2"#),
        (r#""step":2,"#, r#""step":9,"#),
        (r#""step":2,"#, r#""step":-1,"#),
        (r#""step":2,"#, r#""step":"2","#),
        (r#""started":1000"#, r#""started":10.5"#),
        (r#""started":1000"#, r#""started":"soon""#),
        (r#""paused":0"#, r#""paused":-1"#),
        (r#""paused_at":null"#, r#""paused_at":999"#),
        (r#""minutes":[5,"#, r#""minutes":[0,"#),
        (r#""minutes":[5,"#, r#""minutes":[241,"#),
        (r#""minutes":[5,"#, r#""minutes":["#),
        (r#""minutes":[5,"#, r#""minutes":[5,5,"#),
        (r#""minutes":[5,"#, r#""minutes":[5.5,"#),
        (r#","minutes":[5,10,8,7,10,10,5,5,5]"#, ""),
    ];
    for (from, to) in damaged {
        let text = good.replace(from, to);
        assert_ne!(text, good);
        assert_eq!(Agenda::parse(&text), Agenda::default(), "{text}");
    }
    for text in [
        "",
        "{}",
        "[]",
        "null",
        "agenda/1 step=2",
        &good[..good.len() - 1],
    ] {
        assert_eq!(Agenda::parse(text), Agenda::default(), "{text}");
    }
    // With nothing missing, the paused case but with its pause started before the step did.
    let inverted = paused.replace(r#""paused_at":3000"#, r#""paused_at":1200"#);
    assert_eq!(Agenda::parse(&inverted), Agenda::default());
    // Paused, or paused time, without a start.
    let unstarted = paused.replace(r#""started":1000"#, r#""started":null"#);
    assert_eq!(Agenda::parse(&unstarted), Agenda::default());
    let unstarted = good.replace(
        r#""started":1000,"paused":0"#,
        r#""started":null,"paused":5"#,
    );
    assert_eq!(Agenda::parse(&unstarted), Agenda::default());
    // Not started, on a step picked beforehand: sound.
    let picked = good.replace(r#""started":1000"#, r#""started":null"#);
    assert_eq!(Agenda::parse(&picked).step, 2);
}

#[test]
fn time_left_is_shown_as_minutes_and_seconds_and_overrun_with_a_plus() {
    assert_eq!(shown(300), "5:00");
    assert_eq!(shown(59), "0:59");
    assert_eq!(shown(0), "0:00");
    assert_eq!(shown(-1), "+0:01");
    assert_eq!(shown(-83), "+1:23");
    assert_eq!(shown(7_200), "120:00");
}

#[test]
fn the_agenda_key_is_no_plan_to_the_library_or_to_other_tabs() {
    assert!(KEY.starts_with(KEY_PREFIX));
    assert_eq!(Library::<MemoryStore>::id_of(KEY), None);
    let store = Rc::new(RefCell::new(MemoryStore::default()));
    let clock = |ms: u64| Clock {
        iso: "2026-12-03T10:00:00.000Z".into(),
        ms,
    };
    let (mut core, mut screen) = Core::start(store.clone(), Opened::Ready, &clock(1));
    screen.enter_at("meta.name", "Workshop plan").unwrap();
    core.handle(Event::Edited, &mut screen, &clock(2));
    core.handle(Event::Save, &mut screen, &clock(2));
    assert_eq!(core.plans.len(), 1);
    let before = store.borrow().entries().clone();
    let plans = core.plans.clone();
    let saved = Agenda::default().save();
    store.borrow_mut().set(KEY, &saved).unwrap();
    // Another tab starts the timer: this tab hears of the key and does nothing with it.
    let effects = core.handle(Event::OtherTab(Some(KEY.into())), &mut screen, &clock(3));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(core.plans, plans);
    assert!(core.notices.is_empty());
    let mut library = Library::new(store.clone());
    let (listed, broken) = library.list().unwrap();
    assert_eq!(listed, plans);
    assert!(broken.is_empty(), "not taken for a damaged plan");
    assert!(library.recovered().unwrap().is_empty());
    let mut after = store.borrow().entries().clone();
    assert_eq!(after.remove(KEY), Some(saved), "left as it is");
    assert_eq!(after, before);
}
