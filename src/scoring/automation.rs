use super::figures::{sum, Figure, Figures};
use super::names::FigureName as F;
use crate::model::Automation;

pub(super) fn compute(a: &Automation, figures: &mut Figures) {
    let rows = &a.opportunities;
    let saved = sum(rows.iter().map(|o| o.saved_hours_week.value()));
    let cost = sum(rows.iter().map(|o| o.cost_month.value()));
    let setup = sum(rows.iter().map(|o| o.setup_cost.value()));
    figures.set(F::AutomationSavedHoursWeek, Figure::number(saved));
    figures.set(F::AutomationCostMonth, Figure::number(cost));
    figures.set(F::AutomationSetupCost, Figure::number(setup));

    let savings = a.hourly_cost.value().map(|rate| saved * rate * 52.0 / 12.0);
    figures.set(F::AutomationSavingsMonth, Figure::maybe(savings));
    let roi = savings.filter(|_| cost != 0.0).map(|s| s / cost);
    figures.set(F::AutomationRoi, Figure::maybe(roi));
    let net = savings.map(|s| s - cost);
    figures.set(F::AutomationNetSavingsMonth, Figure::maybe(net));
    let payback = match net {
        Some(net) if net > 0.0 => Figure::number(setup / net),
        Some(_) => Figure::Word("never".into()),
        None => Figure::Blank,
    };
    figures.set(F::AutomationPaybackMonths, payback);
}
