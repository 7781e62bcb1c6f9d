use leptos::prelude::*;

use super::scorecard::{Answered, Card, GapsWithSuggestions, ScoreGroupFields};
use crate::charts::canvas::ChartCanvas;
use crate::charts::RadarData;
use crate::list;
use crate::scoring::FigureName;
use crate::ui::figure::{FigureValue, Show};
use crate::ui::labels::READINESS;
use crate::ui::sheet::{Node::*, Sheet};
use crate::ui::snapshots::last_snapshot;
use crate::ui::state::PlanState;

fn scores() -> AnyView {
    let state = PlanState::get();
    let since = last_snapshot();
    let radar = Memo::new(move |_| {
        state
            .figures
            .with(|f| since.with(|s| RadarData::new(f, s.as_ref())))
    });
    view! {
        <div class="score-groups">
            {READINESS
                .iter()
                .map(|g| view! { <ScoreGroupFields card=Card::Readiness group=g max="10" formula="sum of its 4 scores ÷ 4" since=since /> })
                .collect_view()}
        </div>
        <div class="totals">
            <p class="total">
                "Overall scaling readiness: "
                <FigureValue name=FigureName::ReadinessOverall show=Show::Score formula="sum of the 5 dimension scores" />
                " /50 · "
                <FigureValue name=FigureName::ReadinessPercent show=Show::Percent formula="overall ÷ 50 × 100" />
                " · "
                <FigureValue name=FigureName::ReadinessBand show=Show::Band formula="not ready below 40%, emerging from 40%, ready from 70%, scale-ready from 85%" />
            </p>
            <Answered name=FigureName::ReadinessAnswered of=20 formula="scores filled in, of 20" />
        </div>
        <ChartCanvas data=radar />
    }
    .into_any()
}

fn gaps() -> AnyView {
    view! {
        <GapsWithSuggestions list=list!(readiness.critical_gaps) weakest=FigureName::ReadinessWeakest groups=&READINESS />
    }
    .into_any()
}

pub static READINESS_SHEET: Sheet = Sheet {
    id: "readiness",
    title: "Current Business Maturity Assessment",
    time: "",
    task: "Evaluate your readiness for scaling across key dimensions, each from 0 to 10.",
    body: &[
        View(scores),
        Group("", "Critical Gaps to Address", &[View(gaps)]),
    ],
};
