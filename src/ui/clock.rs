//! The browser's clock, for everything in the page that stamps a time or shows a stored one.
//!
//! Below [`super::app`], [`super::plans`] and [`super::session`]: it imports none of them.

use crate::charts::history::{self, SnapshotFigures};
use crate::model::Snapshot;
use crate::session::Clock;

/// The current time as RFC 3339 UTC.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A stored RFC 3339 time as the reader's own clock shows it, to the minute: `2026-11-26 11:42`.
/// Text that is not a time is shown as it is.
pub fn local_minute(iso: &str) -> String {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if at.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        at.get_full_year(),
        at.get_month() + 1,
        at.get_date(),
        at.get_hours(),
        at.get_minutes()
    )
}

/// The day of a stored RFC 3339 time on the reader's own clock: `2026-11-26`.
pub fn local_day(iso: &str) -> String {
    local_minute(iso).chars().take(10).collect()
}

/// How people name a snapshot: its label, or the day it was taken on the reader's clock.
pub fn snapshot_name(snapshot: &Snapshot) -> String {
    history::name(&snapshot.label, &local_day(&snapshot.taken_at.0))
}

/// A snapshot with what it computes to, its time on the reader's clock: its `date()` and
/// `name()` are the reader's day.
pub fn local_figures(snapshot: &Snapshot) -> SnapshotFigures {
    SnapshotFigures {
        taken_at: local_minute(&snapshot.taken_at.0),
        ..SnapshotFigures::of(snapshot)
    }
}

/// The time for the session core.
pub fn clock() -> Clock {
    // New plan ids come from `ms`: a random low part keeps two tabs, or a plan deleted at the
    // same millisecond, from ever sharing one.
    let salt = (js_sys::Math::random() * 65_536.0) as u64;
    Clock {
        iso: now(),
        ms: ((js_sys::Date::now() as u64) << 16) | salt,
    }
}
