use crate::model::Plan;

/// The lists of records, rows to add and remove.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowList {
    Bottlenecks,
    Positions,
    Opportunities,
}

impl RowList {
    pub fn path(self) -> &'static str {
        match self {
            RowList::Bottlenecks => "technical.bottlenecks",
            RowList::Positions => "talent.positions",
            RowList::Opportunities => "automation.opportunities",
        }
    }

    pub fn len(self, plan: &Plan) -> usize {
        match self {
            RowList::Bottlenecks => plan.technical.bottlenecks.len(),
            RowList::Positions => plan.talent.positions.len(),
            RowList::Opportunities => plan.automation.opportunities.len(),
        }
    }
}

/// The lists of text rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRows {
    ReadinessGaps,
    CoreValues,
    HiringProcess,
    Strengths,
    AssessmentGaps,
}

impl TextRows {
    pub fn path(self) -> &'static str {
        match self {
            TextRows::ReadinessGaps => "readiness.critical_gaps",
            TextRows::CoreValues => "organization.core_values",
            TextRows::HiringProcess => "talent.hiring_process",
            TextRows::Strengths => "assessment.strengths",
            TextRows::AssessmentGaps => "assessment.critical_gaps",
        }
    }

    pub fn rows(self, plan: &Plan) -> &[String] {
        match self {
            TextRows::ReadinessGaps => &plan.readiness.critical_gaps,
            TextRows::CoreValues => &plan.organization.core_values,
            TextRows::HiringProcess => &plan.talent.hiring_process,
            TextRows::Strengths => &plan.assessment.strengths,
            TextRows::AssessmentGaps => &plan.assessment.critical_gaps,
        }
    }
}
