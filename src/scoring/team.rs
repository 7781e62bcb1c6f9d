use super::figures::{sum, Figure, Figures};
use super::names::FigureName as F;
use crate::model::{Metrics, Plan};

/// The change of each department, in the model's order of departments.
const DELTAS: [F; 7] = [
    F::OrganizationDeltaEngineering,
    F::OrganizationDeltaProduct,
    F::OrganizationDeltaMarketing,
    F::OrganizationDeltaSales,
    F::OrganizationDeltaCustomerSuccess,
    F::OrganizationDeltaOperations,
    F::OrganizationDeltaExecutive,
];

pub(super) fn compute(plan: &Plan, figures: &mut Figures) {
    let org = &plan.organization;
    let current = org.current.counts();
    let target = org.plan.counts();
    let current_total = sum(current.iter().map(|(_, c)| c.value()));
    let plan_total = sum(target.iter().map(|(_, c)| c.value()));
    for (((name, now), (_, planned)), figure) in current.iter().zip(&target).zip(DELTAS) {
        debug_assert!(figure.name().ends_with(name));
        let delta = planned.value().map(|p| p - now.value().unwrap_or(0.0));
        figures.set(figure, Figure::maybe(delta));
    }
    figures.set(F::OrganizationCurrentTotal, Figure::number(current_total));
    figures.set(F::OrganizationPlanTotal, Figure::number(plan_total));
    figures.set(
        F::OrganizationDeltaTotal,
        Figure::number(plan_total - current_total),
    );
    let growth =
        (current_total != 0.0).then(|| (plan_total - current_total) / current_total * 100.0);
    figures.set(F::OrganizationGrowthPercent, Figure::maybe(growth));
    let leadership = sum(org
        .leadership
        .roles()
        .iter()
        .map(|(_, r)| r.compensation.value()));
    figures.set(
        F::OrganizationLeadershipCompensation,
        Figure::number(leadership),
    );

    let talent = &plan.talent;
    let channels = sum(talent.channels.percents().iter().map(|(_, p)| p.value()));
    figures.set(F::TalentChannelsTotal, Figure::number(channels));
    let hiring = sum(talent.positions.iter().map(|p| {
        p.salary_min
            .value()
            .zip(p.salary_max.value())
            .map(|(lo, hi)| (lo + hi) / 2.0)
    }));
    figures.set(F::TalentHiringBudget, Figure::number(hiring));
    let heads = if plan_total == 0.0 {
        current_total
    } else {
        plan_total
    };
    let training = talent
        .career
        .training_budget_per_person
        .value()
        .map(|per| per * heads);
    figures.set(F::TalentTrainingBudgetTotal, Figure::maybe(training));
}

/// Blank while either end is blank: an unfilled target is not a fall of 100 %.
fn growth_percent(from: Option<f64>, to: Option<f64>) -> Figure {
    match (from, to) {
        (Some(from), Some(to)) if from != 0.0 => Figure::number((to - from) / from * 100.0),
        _ => Figure::Blank,
    }
}

pub(super) fn roadmap(m: &Metrics, figures: &mut Figures) {
    let pairs = [
        (
            F::RoadmapTeamGrowthPercent,
            m.team_size_from.value(),
            m.team_size_to.value(),
        ),
        (
            F::RoadmapRevenueGrowthPercent,
            m.revenue_from.value(),
            m.revenue_to.value(),
        ),
        (
            F::RoadmapCustomersGrowthPercent,
            m.customers_from.value(),
            m.customers_to.value(),
        ),
    ];
    for (name, from, to) in pairs {
        figures.set(name, growth_percent(from, to));
    }
}
