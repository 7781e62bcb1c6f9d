use leptos::prelude::*;

use crate::model::{Plan, Score};
use crate::ui::figure::{FigureValue, Show};
use crate::ui::inputs::{ListLens, ScoreInput, TextList};
use crate::ui::labels::{item_label, ScoreGroup};
use crate::ui::lens::Lens;
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

    fn lens(self, group: &'static str, item: &'static str) -> Lens<Score> {
        let name = format!("{}.{group}.{item}", self.key());
        match self {
            Card::Readiness => Lens::new(
                name,
                move |p: &Plan| p.readiness.score(group, item),
                move |p: &mut Plan, v| {
                    if let Some(s) = p.readiness.score_mut(group, item) {
                        *s = v;
                    }
                },
            ),
            Card::Assessment => Lens::new(
                name,
                move |p: &Plan| p.assessment.score(group, item),
                move |p: &mut Plan, v| {
                    if let Some(s) = p.assessment.score_mut(group, item) {
                        *s = v;
                    }
                },
            ),
        }
    }
}

/// One group of four scores with its subtotal.
#[component]
pub fn ScoreGroupFields(
    card: Card,
    group: &'static ScoreGroup,
    max: &'static str,
    formula: &'static str,
) -> impl IntoView {
    let figure: &'static str = match (card, group.key) {
        (Card::Readiness, "product") => "readiness.product",
        (Card::Readiness, "market") => "readiness.market",
        (Card::Readiness, "operations") => "readiness.operations",
        (Card::Readiness, "financial") => "readiness.financial",
        (Card::Readiness, _) => "readiness.team",
        (Card::Assessment, "technical") => "assessment.technical",
        (Card::Assessment, "organizational") => "assessment.organizational",
        (Card::Assessment, "operational") => "assessment.operational",
        (Card::Assessment, _) => "assessment.strategic",
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
            </p>
        </fieldset>
    }
}

/// The critical gaps list, with the weakest items offered as one-click suggestions.
#[component]
pub fn GapsWithSuggestions(
    list: ListLens<String>,
    weakest: &'static str,
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
        state.plan.update(|p| {
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
    }
}
