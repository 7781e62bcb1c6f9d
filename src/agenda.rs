//! The agenda timer: which step of [`AGENDA`] the workshop is on, each step's minutes, and how
//! much time the current step has left. Pure: every call that depends on the time is given it,
//! in milliseconds since the epoch, so the page's clock and the tests' are the same to it.
//!
//! What is kept is when the current step started and how long it was paused, never a ticking
//! count, so a reload (or another tab) reads the same time left. Overrunning is only reported.

use serde_json::Value;

use crate::worksheet::{Section, AGENDA};

/// The localStorage key of the saved timer. It starts with the storage prefix but is no plan
/// key, so the plan library's listing and the other-tab handling pass over it.
pub const KEY: &str = "scaling-planner:agenda";

/// The most minutes a step can be given; the fewest is 1.
pub const MAX_MINUTES: u32 = 240;

const STEPS: usize = AGENDA.len();

/// The timer's state; [`Agenda::default`] is "not started", on the first step, with the seed's
/// minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// The current step: an index into [`AGENDA`].
    pub step: usize,
    /// Each step's minutes.
    pub minutes: [u32; STEPS],
    /// When the current step started; `None` before the agenda is started.
    pub started: Option<i64>,
    /// How long the current step was paused, up to its last resume.
    pub paused_ms: i64,
    /// Since when the current step is paused, while it is.
    pub paused_at: Option<i64>,
}

impl Default for Agenda {
    fn default() -> Self {
        Agenda {
            step: 0,
            minutes: std::array::from_fn(|i| AGENDA[i].minutes()),
            started: None,
            paused_ms: 0,
            paused_at: None,
        }
    }
}

impl Agenda {
    pub fn section(&self) -> &'static Section {
        AGENDA[self.step].section
    }

    pub fn is_started(&self) -> bool {
        self.started.is_some()
    }

    pub fn is_running(&self) -> bool {
        self.started.is_some() && self.paused_at.is_none()
    }

    /// Starts the agenda on its current step, or resumes it where it was paused.
    pub fn start(&mut self, now: i64) {
        match (self.started, self.paused_at) {
            (None, _) => self.restart(now),
            (Some(_), Some(at)) => {
                self.paused_ms += (now - at).max(0);
                self.paused_at = None;
            }
            (Some(_), None) => {}
        }
    }

    /// Stops the clock of a running step.
    pub fn pause(&mut self, now: i64) {
        if self.is_running() {
            self.paused_at = Some(now);
        }
    }

    /// Goes to the next step, whose time starts now (paused if the agenda is paused); `false`
    /// on the last step, which stays as it is.
    pub fn next(&mut self, now: i64) -> bool {
        self.go(self.step + 1, now)
    }

    /// Goes back a step, whose time starts again now; `false` on the first step.
    pub fn previous(&mut self, now: i64) -> bool {
        self.step > 0 && self.go(self.step - 1, now)
    }

    fn go(&mut self, step: usize, now: i64) -> bool {
        if step >= STEPS {
            return false;
        }
        self.step = step;
        if self.started.is_some() {
            let paused = self.paused_at.is_some();
            self.restart(now);
            self.paused_at = paused.then_some(now);
        }
        true
    }

    fn restart(&mut self, now: i64) {
        self.started = Some(now);
        self.paused_ms = 0;
        self.paused_at = None;
    }

    /// Gives a step other minutes, kept between 1 and [`MAX_MINUTES`]; the time already spent
    /// on the current step counts against its new minutes.
    pub fn set_minutes(&mut self, step: usize, minutes: u32) {
        if let Some(m) = self.minutes.get_mut(step) {
            *m = minutes.clamp(1, MAX_MINUTES);
        }
    }

    /// Back to "not started" on the first step; the minutes stay.
    pub fn reset(&mut self) {
        *self = Agenda {
            minutes: self.minutes,
            ..Agenda::default()
        };
    }

    /// Time spent on the current step, paused time left out.
    pub fn elapsed_ms(&self, now: i64) -> i64 {
        self.started.map_or(0, |started| {
            (self.paused_at.unwrap_or(now) - started - self.paused_ms).max(0)
        })
    }

    /// Whole seconds left on the current step, rounded up (5:00 until a whole second has
    /// passed); below zero while it overruns.
    pub fn remaining_seconds(&self, now: i64) -> i64 {
        let left = i64::from(self.minutes[self.step]) * 60_000 - self.elapsed_ms(now);
        -(-left).div_euclid(1000)
    }

    /// The current step takes longer than its minutes.
    pub fn is_over(&self, now: i64) -> bool {
        self.remaining_seconds(now) < 0
    }

    /// The saved form, for [`Agenda::parse`]: JSON, read back with the parser the plans use,
    /// `{"agenda":1,"step":1,"started":1796292300000,"paused":0,"paused_at":null,"minutes":[5,…]}`.
    pub fn save(&self) -> String {
        // Times are written as f64, which prints whole numbers plainly (no integer formatting
        // code of its own in the download).
        let time = |t: Option<i64>| t.map_or("null".to_string(), |t| (t as f64).to_string());
        let minutes: Vec<String> = self.minutes.iter().map(u32::to_string).collect();
        format!(
            r#"{{"agenda":1,"step":{},"started":{},"paused":{},"paused_at":{},"minutes":[{}]}}"#,
            self.step,
            time(self.started),
            self.paused_ms as f64,
            time(self.paused_at),
            minutes.join(",")
        )
    }

    /// Reads [`Agenda::save`]'s text; anything else, damaged or from another version, reads as
    /// not started.
    pub fn parse(text: &str) -> Agenda {
        Self::read(text).unwrap_or_default()
    }

    fn read(text: &str) -> Option<Agenda> {
        let saved: Value = crate::model::parse_json(text)?;
        let field = |name: &str| saved.get(name);
        if whole(field("agenda")?)? != 1 {
            return None;
        }
        let time = |name: &str| match field(name)? {
            Value::Null => Some(None),
            t => whole(t).map(Some),
        };
        let step = usize::try_from(whole(field("step")?)?).ok()?;
        let (started, paused_ms, paused_at) = (
            time("started")?,
            whole(field("paused")?)?,
            time("paused_at")?,
        );
        let listed = field("minutes")?.as_array()?;
        let mut minutes = [0; STEPS];
        if listed.len() != STEPS {
            return None;
        }
        for (m, v) in minutes.iter_mut().zip(listed) {
            *m = u32::try_from(whole(v)?).ok()?;
        }
        let sound = step < STEPS
            && minutes.iter().all(|m| (1..=MAX_MINUTES).contains(m))
            && paused_ms >= 0
            && match (started, paused_at) {
                (None, None) => paused_ms == 0,
                (None, Some(_)) => false,
                (Some(_), None) => true,
                (Some(s), Some(p)) => p >= s + paused_ms,
            };
        sound.then_some(Agenda {
            step,
            minutes,
            started,
            paused_ms,
            paused_at,
        })
    }
}

/// A whole number, as JSON holds it.
fn whole(v: &Value) -> Option<i64> {
    let f = v.as_f64()?;
    (f.fract() == 0.0 && f.abs() < 9e15).then_some(f as i64)
}

/// Seconds left as the clock shows them: `4:59`, `0:00`, and `+1:23` when overrunning, which
/// the page follows with a small "over".
pub fn shown(seconds: i64) -> String {
    let s = u32::try_from(seconds.unsigned_abs()).unwrap_or(u32::MAX);
    let sign = if seconds < 0 { "+" } else { "" };
    format!("{sign}{}:{:02}", s / 60, s % 60)
}
