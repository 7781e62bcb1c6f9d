//! Every figure and warning of `scoring.md`, as pure functions of a plan.

mod automation;
mod band;
pub mod compare;
mod figures;
mod names;
mod scorecards;
mod team;
mod team_ranges;
mod team_scores;
mod technical;
mod warnings;

pub use crate::model::format_number;
use crate::model::Plan;

pub use band::{band, Band};
pub use figures::{round_to, Figure, Figures, Warning};
pub use names::{FigureName, WarningCode, WarningKind};
pub use team_ranges::{assessment_ranges, readiness_ranges, CardRanges, GroupRange};
pub use team_scores::{team_scores, use_medians, ItemStats, TeamScores, TeamStat, DISPUTED_SPREAD};

/// Computes every figure and warning of a plan.
pub fn compute(plan: &Plan) -> Figures {
    let mut figures = Figures::default();
    scorecards::readiness(&plan.readiness.scores(), &mut figures);
    scorecards::assessment(&plan.assessment.scores(), &mut figures);
    technical::compute(&plan.technical, &mut figures);
    team::compute(plan, &mut figures);
    automation::compute(&plan.automation, &mut figures);
    team::roadmap(&plan.roadmap.metrics, &mut figures);
    figures.warnings = warnings::compute(plan, &figures);
    figures
}

/// The scorecard figures (`readiness.*`, `assessment.*`) of a snapshot.
pub fn snapshot_figures(snapshot: &crate::model::Snapshot) -> Figures {
    let mut figures = Figures::default();
    scorecards::readiness(&snapshot.readiness, &mut figures);
    scorecards::assessment(&snapshot.assessment, &mut figures);
    figures
}
