use super::{sum, Figure, Figures};
use crate::model::{Metrics, Plan};

pub(super) fn compute(plan: &Plan, figures: &mut Figures) {
    let org = &plan.organization;
    let current = org.current.counts();
    let target = org.plan.counts();
    let current_total = sum(current.iter().map(|(_, c)| c.value()));
    let plan_total = sum(target.iter().map(|(_, c)| c.value()));
    for ((name, now), (_, planned)) in current.iter().zip(&target) {
        let delta = planned.value().map(|p| p - now.value().unwrap_or(0.0));
        figures.set(format!("organization.delta.{name}"), Figure::maybe(delta));
    }
    figures.set("organization.current_total", Figure::number(current_total));
    figures.set("organization.plan_total", Figure::number(plan_total));
    figures.set(
        "organization.delta_total",
        Figure::number(plan_total - current_total),
    );
    let growth =
        (current_total != 0.0).then(|| (plan_total - current_total) / current_total * 100.0);
    figures.set("organization.growth_percent", Figure::maybe(growth));
    let leadership = sum(org
        .leadership
        .roles()
        .iter()
        .map(|(_, r)| r.compensation.value()));
    figures.set(
        "organization.leadership_compensation",
        Figure::number(leadership),
    );

    let talent = &plan.talent;
    let channels = sum(talent.channels.percents().iter().map(|(_, p)| p.value()));
    figures.set("talent.channels_total", Figure::number(channels));
    let hiring = sum(talent.positions.iter().map(|p| {
        p.salary_min
            .value()
            .zip(p.salary_max.value())
            .map(|(lo, hi)| (lo + hi) / 2.0)
    }));
    figures.set("talent.hiring_budget", Figure::number(hiring));
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
    figures.set("talent.training_budget_total", Figure::maybe(training));
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
            "roadmap.team_growth_percent",
            m.team_size_from.value(),
            m.team_size_to.value(),
        ),
        (
            "roadmap.revenue_growth_percent",
            m.revenue_from.value(),
            m.revenue_to.value(),
        ),
        (
            "roadmap.customers_growth_percent",
            m.customers_from.value(),
            m.customers_to.value(),
        ),
    ];
    for (name, from, to) in pairs {
        figures.set(name, growth_percent(from, to));
    }
}
