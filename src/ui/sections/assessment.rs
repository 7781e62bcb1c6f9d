use leptos::prelude::*;

use super::scorecard::{Answered, Card, GapsWithSuggestions, ScoreGroupFields};
use crate::charts::canvas::ChartCanvas;
use crate::charts::AssessmentData;
use crate::list;
use crate::scoring::FigureName;
use crate::ui::figure::{FigureValue, Show};
use crate::ui::labels::ASSESSMENT;
use crate::ui::sheet::{Node::*, Sheet};
use crate::ui::snapshots::last_snapshot;
use crate::ui::state::PlanState;

fn scores() -> AnyView {
    let state = PlanState::get();
    let since = last_snapshot();
    let bars = Memo::new(move |_| state.figures.with(AssessmentData::new));
    view! {
        <div class="score-groups">
            {ASSESSMENT
                .iter()
                .map(|g| view! { <ScoreGroupFields card=Card::Assessment group=g max="25" formula="sum of its 4 scores × 25 ÷ 40" since=since /> })
                .collect_view()}
        </div>
        <div class="totals">
            <p class="total">
                "Overall scaling score: "
                <FigureValue name=FigureName::AssessmentOverall show=Show::Score formula="sum of the 4 area scores" />
                " /100 · "
                <FigureValue name=FigureName::AssessmentBand show=Show::Band formula="not ready below 40, emerging from 40, ready from 70, scale-ready from 85" />
            </p>
            <Answered name=FigureName::AssessmentAnswered of=16 formula="scores filled in, of 16" />
        </div>
        <ChartCanvas data=bars />
    }
    .into_any()
}

fn gaps() -> AnyView {
    view! {
        <GapsWithSuggestions list=list!(assessment.critical_gaps) weakest=FigureName::AssessmentWeakest groups=&ASSESSMENT />
    }
    .into_any()
}

pub static ASSESSMENT_SHEET: Sheet = Sheet {
    id: "assessment",
    title: "Scaling Strategy Evaluation",
    time: "5 minutes",
    task: "Assess your scaling preparation comprehensiveness, each item from 0 to 10.",
    body: &[
        View(scores),
        Group(
            "",
            "Scaling Strengths",
            &[List(list!(assessment.strengths), "Strength")],
        ),
        Group("", "Critical Gaps", &[View(gaps)]),
    ],
};
