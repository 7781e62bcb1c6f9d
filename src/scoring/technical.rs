use super::figures::{sum, Figure, Figures};
use super::names::FigureName as F;
use crate::model::Technical;

fn times(a: Option<f64>, b: Option<f64>) -> Figure {
    Figure::maybe(a.zip(b).map(|(a, b)| a * b))
}

pub(super) fn compute(t: &Technical, figures: &mut Figures) {
    let (c, g) = (&t.capacity, &t.growth);
    figures.set(
        F::TechnicalProjectedConcurrentUsers,
        times(c.concurrent_users.value(), g.users_x.value()),
    );
    figures.set(
        F::TechnicalProjectedDailyApiCalls,
        times(c.daily_api_calls.value(), g.api_calls_x.value()),
    );
    figures.set(
        F::TechnicalProjectedDatabaseGb,
        times(c.database_gb.value(), g.storage_x.value()),
    );
    figures.set(
        F::TechnicalProjectedStorageGb,
        times(c.storage_gb.value(), g.storage_x.value()),
    );
    figures.set(
        F::TechnicalProjectedBandwidthGbMonth,
        times(c.bandwidth_gb_month.value(), g.users_x.value()),
    );

    let bottleneck_cost = sum(t.bottlenecks.iter().map(|b| b.cost_month.value()));
    figures.set(
        F::TechnicalBottleneckCostMonth,
        Figure::number(bottleneck_cost),
    );
    let longest = t
        .bottlenecks
        .iter()
        .filter_map(|b| b.timeline_weeks.value())
        .reduce(f64::max);
    figures.set(F::TechnicalLongestTimelineWeeks, Figure::maybe(longest));

    let r = &t.roadmap;
    let [p1, p2, p3] = [
        r.phase1.cost_month,
        r.phase2.cost_month,
        r.phase3.cost_month,
    ]
    .map(|c| c.value().unwrap_or(0.0));
    figures.set(F::TechnicalRunRateMonth, Figure::number(p1 + p2 + p3));
    figures.set(
        F::TechnicalSpend18Months,
        Figure::number(p1 * 18.0 + p2 * 15.0 + p3 * 9.0),
    );
}
