//! The browser's clock, for everything in the page that stamps a time.
//!
//! Below [`super::app`], [`super::plans`] and [`super::session`]: it imports none of them.

use crate::session::Clock;

/// The current time as RFC 3339 UTC.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
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
