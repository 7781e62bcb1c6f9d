//! Snapshots: the two scorecards as they stood, what they computed to, and the change since.

use crate::model::{Assessment, Plan, Readiness, Snapshot};
use crate::scoring::{compute, Figure, FigureName, Figures};

/// How many snapshots a plan keeps, as plan-format.md says.
pub const MAX_SNAPSHOTS: usize = crate::model::MAX_SNAPSHOTS;

/// A snapshot with every scorecard figure it computes to (`readiness.product`, `assessment.overall`, …).
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotFigures {
    pub label: String,
    pub taken_at: String,
    pub figures: Figures,
}

impl SnapshotFigures {
    pub fn of(snapshot: &Snapshot) -> SnapshotFigures {
        let plan = Plan {
            readiness: Readiness {
                product: snapshot.readiness.product.clone(),
                market: snapshot.readiness.market.clone(),
                operations: snapshot.readiness.operations.clone(),
                financial: snapshot.readiness.financial.clone(),
                team: snapshot.readiness.team.clone(),
                critical_gaps: Vec::new(),
            },
            assessment: Assessment {
                technical: snapshot.assessment.technical.clone(),
                organizational: snapshot.assessment.organizational.clone(),
                operational: snapshot.assessment.operational.clone(),
                strategic: snapshot.assessment.strategic.clone(),
                strengths: Vec::new(),
                critical_gaps: Vec::new(),
            },
            ..Plan::default()
        };
        SnapshotFigures {
            label: snapshot.label.clone(),
            taken_at: snapshot.taken_at.0.clone(),
            figures: compute(&plan),
        }
    }

    pub fn number(&self, name: FigureName) -> f64 {
        self.figures.number(name).unwrap_or(0.0)
    }

    /// The day it was taken: `2026-08-15`.
    pub fn date(&self) -> &str {
        self.taken_at.get(..10).unwrap_or(&self.taken_at)
    }

    /// How people name it: its label, or its date when it has none.
    pub fn name(&self) -> String {
        name(&self.label, self.date())
    }
}

/// How people name a snapshot: its `label`, or the `day` it was taken when it has none.
pub fn name(label: &str, day: &str) -> String {
    match label.trim() {
        "" => day,
        label => label,
    }
    .to_string()
}

/// The change of a figure since a snapshot.
pub fn change(today: &Figure, since: &SnapshotFigures, name: FigureName) -> f64 {
    today.as_number().unwrap_or(0.0) - since.number(name)
}

/// A change as people read it, to one decimal as scores show: `+1.5`, `−0.3`, `±0`.
pub fn signed(change: f64) -> String {
    let rounded = crate::scoring::round_to(change, 1);
    if rounded == 0.0 {
        "±0".into()
    } else if rounded > 0.0 {
        format!("+{}", crate::format::one_decimal(rounded))
    } else {
        crate::format::one_decimal(rounded)
    }
}

/// The quarter of a month (1 to 12), as a default label: `Q4 2026`.
pub fn quarter(year: u32, month: u32) -> String {
    format!("Q{} {year}", month.clamp(1, 12).div_ceil(3))
}

/// Why a snapshot could not be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

/// Copies today's 36 scores into the plan's snapshots, labelled `blank` (the quarter, where the
/// user is) when the label is blank.
pub fn take(plan: &mut Plan, taken_at: &str, label: &str, blank: &str) -> Result<(), Full> {
    if plan.snapshots.len() >= MAX_SNAPSHOTS {
        return Err(Full);
    }
    let label = match label.trim() {
        "" => blank,
        given => given,
    };
    let snapshot = plan.snapshot(taken_at, label);
    plan.snapshots.push(snapshot);
    Ok(())
}
