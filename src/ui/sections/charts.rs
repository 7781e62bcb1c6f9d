use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::{AssessmentData, PaybackData, RadarData, SpendData, TeamData};
use crate::scoring::{assessment_ranges, readiness_ranges};
use crate::ui::snapshots::last_snapshot;
use crate::ui::state::PlanState;
use crate::worksheet::Chart;

pub fn chart(chart: Chart) -> AnyView {
    let state = PlanState::get();
    match chart {
        Chart::Radar => {
            let since = last_snapshot();
            // The team's ranges come from the plan as it changes: a memo of their own costs
            // more of the download than working them out again.
            let radar = Memo::new(move |_| {
                let data = state
                    .figures
                    .with(|f| since.with(|s| RadarData::new(f, s.as_ref())));
                data.with_team(state.plan.with(|p| readiness_ranges(&p.team)))
            });
            view! { <ChartCanvas data=radar /> }.into_any()
        }
        Chart::Spend => {
            let spend = Memo::new(move |_| state.plan.with(SpendData::new));
            view! { <ChartCanvas data=spend /> }.into_any()
        }
        Chart::Team => {
            let team = Memo::new(move |_| state.plan.with(|p| TeamData::new(&p.organization)));
            view! { <ChartCanvas data=team /> }.into_any()
        }
        Chart::Payback => {
            let currency = state.currency;
            let payback = Memo::new(move |_| {
                state
                    .figures
                    .with(|f| currency.with(|c| PaybackData::new(f, c)))
            });
            view! { <ChartCanvas data=payback /> }.into_any()
        }
        Chart::Assessment => {
            let bars = Memo::new(move |_| {
                let data = state.figures.with(AssessmentData::new);
                data.with_team(state.plan.with(|p| assessment_ranges(&p.team)))
            });
            view! { <ChartCanvas data=bars /> }.into_any()
        }
    }
}
