//! The workshop's agenda: the seed's timed steps in order, each tied to the section worked on.
//! A step's minutes are its section's time box; only the pre-exercise setup, whose section
//! ("Current Business Maturity Assessment") has no time box of its own, gives them here.
//! The roadmap has no time and no step.

use super::{
    Section, ASSESSMENT, AUTOMATION, DATA, OPERATIONS, ORGANIZATION, READINESS, SECURITY, TALENT,
    TECHNICAL,
};

/// One step of the agenda.
pub struct Step {
    pub section: &'static Section,
    /// Minutes when the section has no time box.
    untimed: u32,
}

impl Step {
    /// The seed's minutes for this step.
    pub fn minutes(&self) -> u32 {
        minutes_of(self.section.time).unwrap_or(self.untimed)
    }
}

const fn step(section: &'static Section) -> Step {
    Step {
        section,
        untimed: 0,
    }
}

/// The agenda, in the seed's order: 5 + 10 + 8 + 7 + 10 + 10 + 5 + 5 + 5 = 65 minutes.
pub static AGENDA: [Step; 9] = [
    // "Pre-Exercise Setup (5 minutes)".
    Step {
        section: &READINESS,
        untimed: 5,
    },
    step(&TECHNICAL),
    step(&DATA),
    step(&SECURITY),
    step(&ORGANIZATION),
    step(&TALENT),
    step(&OPERATIONS),
    step(&AUTOMATION),
    step(&ASSESSMENT),
];

/// A time box's minutes: `"10 minutes"` → 10; `None` for none (`""`) or another form.
pub fn minutes_of(time: &str) -> Option<u32> {
    time.strip_suffix(" minutes")?.parse().ok()
}
