use super::figures::{round_to, Figures, Warning};
use super::names::{FigureName, WarningKind};
use crate::model::{format_number, Plan};

pub(super) fn compute(plan: &Plan, figures: &Figures) -> Vec<Warning> {
    let mut out = Vec::new();
    let channels = plan.talent.channels.percents();
    let total = figures
        .number(FigureName::TalentChannelsTotal)
        .unwrap_or(0.0);
    if channels.iter().any(|(_, p)| p.0.is_some()) && (total - 100.0).abs() > 1e-9 {
        out.push(Warning {
            code: WarningKind::ChannelsNot100.code(),
            field: "talent.channels.network_referrals".into(),
            message: format!(
                "Recruiting channels add up to {}%, not 100%.",
                format_number(round_to(total, 2))
            ),
        });
    }
    for (row, p) in plan.talent.positions.iter().enumerate() {
        if let (Some(lo), Some(hi)) = (p.salary_min.0, p.salary_max.0) {
            if lo > hi {
                out.push(Warning {
                    code: WarningKind::SalaryRangeInverted.at(row),
                    field: format!("talent.positions.{row}.salary_min"),
                    message: format!(
                        "Position {}: the minimum salary is above the maximum.",
                        row + 1
                    ),
                });
            }
        }
    }
    for (row, o) in plan.automation.opportunities.iter().enumerate() {
        if let (Some(now), Some(saved)) = (o.current_hours_week.0, o.saved_hours_week.0) {
            if saved > now {
                out.push(Warning {
                    code: WarningKind::SavedExceedsCurrent.at(row),
                    field: format!("automation.opportunities.{row}.saved_hours_week"),
                    message: format!(
                        "Automation {}: it saves more hours than the process takes today.",
                        row + 1
                    ),
                });
            }
        }
    }
    let planned_any = plan
        .organization
        .plan
        .counts()
        .iter()
        .any(|(_, c)| c.0.is_some());
    if let (true, Some(to)) = (planned_any, plan.roadmap.metrics.team_size_to.value()) {
        let plan_total = figures
            .number(FigureName::OrganizationPlanTotal)
            .unwrap_or(0.0);
        if plan_total != to {
            out.push(Warning {
                code: WarningKind::TeamTargetMismatch.code(),
                field: "roadmap.metrics.team_size_to".into(),
                message: format!(
                    "The 12-month team plan adds up to {} people, but the roadmap target is {}.",
                    format_number(plan_total),
                    format_number(to)
                ),
            });
        }
    }
    out
}
