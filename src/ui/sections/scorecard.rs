use leptos::prelude::*;

use crate::charts::history;
use crate::charts::SnapshotFigures;
use crate::scoring::FigureName;
use crate::ui::figure::{FigureValue, Show};
use crate::ui::inputs::{ListLens, ScoreInput, TextList};
use crate::ui::labels::{item_label, ScoreGroup};
use crate::ui::state::PlanState;

/// Which of the two scorecards a section shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Card {
    Readiness,
    Assessment,
}

impl Card {
    fn key(self) -> &'static str {
        match self {
            Card::Readiness => "readiness",
            Card::Assessment => "assessment",
        }
    }

    fn lens(self, group: &'static str, item: &'static str) -> String {
        format!("{}.{group}.{item}", self.key())
    }
}

/// One group of four scores with its subtotal, and its change since the latest snapshot.
#[component]
pub fn ScoreGroupFields(
    card: Card,
    group: &'static ScoreGroup,
    max: &'static str,
    formula: &'static str,
    since: Memo<Option<SnapshotFigures>>,
) -> impl IntoView {
    let figure = match (card, group.key) {
        (Card::Readiness, "product") => FigureName::ReadinessProduct,
        (Card::Readiness, "market") => FigureName::ReadinessMarket,
        (Card::Readiness, "operations") => FigureName::ReadinessOperations,
        (Card::Readiness, "financial") => FigureName::ReadinessFinancial,
        (Card::Readiness, _) => FigureName::ReadinessTeam,
        (Card::Assessment, "technical") => FigureName::AssessmentTechnical,
        (Card::Assessment, "organizational") => FigureName::AssessmentOrganizational,
        (Card::Assessment, "operational") => FigureName::AssessmentOperational,
        (Card::Assessment, _) => FigureName::AssessmentStrategic,
    };
    view! {
        <fieldset class="group scores">
            <legend>{group.title}</legend>
            {group
                .items
                .iter()
                .map(|(item, label)| view! { <ScoreInput lens=card.lens(group.key, item) label=*label /> })
                .collect_view()}
            <p class="subtotal">
                {format!("{}: ", group.title)}
                <FigureValue name=figure show=Show::Score formula=formula />
                {format!(" /{max}")}
                <Change name=figure since=since />
            </p>
        </fieldset>
    }
}

/// `+1.5`: how far a subtotal moved since the latest snapshot; nothing when there is none.
#[component]
fn Change(name: FigureName, since: Memo<Option<SnapshotFigures>>) -> impl IntoView {
    let today = PlanState::get().figure(name);
    let change = Memo::new(move |_| {
        since.with(|s| {
            s.as_ref()
                .map(|s| (today.with(|f| history::change(f, s, name)), s.name()))
        })
    });
    move || {
        change.get().map(|(by, snapshot)| {
            let shown = history::signed(by);
            let trend = match shown.chars().next() {
                Some('+') => "change up",
                Some('−') => "change down",
                _ => "change",
            };
            view! {
                <span
                    class=trend
                    data-change=name.name()
                    data-value=crate::scoring::format_number(by)
                    title=format!("Change since the snapshot “{snapshot}”")
                >
                    {shown}
                    <span class="visually-hidden">{format!(" since the snapshot “{snapshot}”")}</span>
                </span>
            }
        })
    }
}

/// "12 of 20 answered — figures are provisional": how much of a scorecard is filled in.
#[component]
pub fn Answered(name: FigureName, of: u32, formula: &'static str) -> impl IntoView {
    let state = PlanState::get();
    let answered = state.figure(name);
    let partial = move || answered.with(|a| a.as_number().unwrap_or(0.0) < f64::from(of));
    view! {
        <p class="answered">
            <FigureValue name=name show=Show::Count formula=formula />
            {format!(" of {of} answered")}
            {move || partial().then_some(" — figures are provisional")}
        </p>
    }
}

/// The critical gaps list, with the weakest items offered as one-click suggestions
/// and named under it.
#[component]
pub fn GapsWithSuggestions(
    list: ListLens<String>,
    weakest: FigureName,
    groups: &'static [ScoreGroup],
) -> impl IntoView {
    let state = PlanState::get();
    let suggestions = Memo::new(move |_| {
        let names = state.figures.with(|f| f.get(weakest).data_value());
        let taken = state.plan.with(|p| (list.get)(p).clone());
        names
            .split(',')
            .filter(|n| !n.is_empty())
            .map(|n| item_label(groups, n))
            .filter(|label| !taken.iter().any(|t| t.trim() == label))
            .collect::<Vec<_>>()
    });
    let add = move |label: String| {
        state.edit(list.name, |p| {
            let rows = (list.get_mut)(p);
            if let Some(empty) = rows.iter_mut().find(|r| r.trim().is_empty()) {
                *empty = label;
            } else if rows.len() < crate::ui::inputs::MAX_ROWS {
                rows.push(label);
            }
        });
    };
    view! {
        <TextList list=list item="Gap" />
        <Show when=move || !suggestions.with(Vec::is_empty)>
            <div class="suggestions">
                <span class="hint">"Weakest scores — add as a gap: "</span>
                <For each=move || suggestions.get() key=|s| s.clone() let:label>
                    <button type="button" class="chip" on:click={
                        let label = label.clone();
                        move |_| add(label.clone())
                    }>{format!("+ {label}")}</button>
                </For>
            </div>
        </Show>
        <p class="weakest">"Weakest items: " <FigureValue name=weakest show=Show::Items(groups) /></p>
    }
}
