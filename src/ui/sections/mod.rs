//! The parts of the worksheet that are components of their own: the scorecards, the team
//! table, the leaders and the charts. The sections themselves are data in [`crate::worksheet`].

mod charts;
mod meta;
mod scorecard;
mod team;
mod team_view;

pub use charts::chart;
pub use meta::MetaFields;
pub use scorecard::{gaps, scores, Participating};
pub use team::{leaders, team_table};

pub use crate::worksheet::{
    ASSESSMENT, AUTOMATION, DATA, OPERATIONS, ORGANIZATION, READINESS, ROADMAP, SECURITY, TALENT,
    TECHNICAL,
};
