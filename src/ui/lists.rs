//! The plan's lists as the page edits them, by the worksheet's name for each.

use super::inputs::{ListLens, RowOps};
use crate::list;
use crate::worksheet::{RowList, TextRows};

pub fn row_ops(list: RowList) -> RowOps {
    match list {
        RowList::Bottlenecks => list!(technical.bottlenecks).into(),
        RowList::Positions => list!(talent.positions).into(),
        RowList::Opportunities => list!(automation.opportunities).into(),
    }
}

pub fn text_rows(list: TextRows) -> ListLens<String> {
    match list {
        TextRows::ReadinessGaps => list!(readiness.critical_gaps),
        TextRows::CoreValues => list!(organization.core_values),
        TextRows::HiringProcess => list!(talent.hiring_process),
        TextRows::Strengths => list!(assessment.strengths),
        TextRows::AssessmentGaps => list!(assessment.critical_gaps),
    }
}
