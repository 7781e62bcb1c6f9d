use leptos::prelude::*;

use super::team_view::{team_panel, TeamView};
use crate::charts::history;
use crate::charts::SnapshotFigures;
use crate::scoring::FigureName;
use crate::ui::figure::{FigureValue, Show};
use crate::ui::inputs::{ListLens, ScoreInput, TextList};
use crate::ui::lists::text_rows;
use crate::ui::snapshots::last_snapshot;
use crate::ui::stages::later_with;
use crate::ui::state::PlanState;
use crate::worksheet::{item_label, ScoreGroup, Scorecard, Shown};

/// Provided by the participant's page, which shows the scorecards without the team's view.
#[derive(Clone, Copy)]
pub struct Participating;

/// A scorecard's groups of scores, and its totals.
pub fn scores(card: &'static Scorecard) -> AnyView {
    let participating = use_context::<Participating>().is_some();
    let since = last_snapshot();
    let team = TeamView::new(card);
    let (total, rest) = card.totals.split_first().expect("a scorecard has a total");
    // Each group a part of its own (`stages`), and what follows them after them.
    let groups = card
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            later_with(move || {
                view! { <ScoreGroupFields card=card group=g since=since team=team first=4 * i /> }
                    .into_any()
            })
        })
        .collect::<Vec<_>>();
    let totals = later_with(move || {
        view! {
            <div class="totals">
                <p class="total">
                    {format!("{}: ", card.total)}
                    <FigureValue name=total.figure show=total.show formula=total.formula />
                    {format!(" /{}", card.of)}
                    {rest
                        .iter()
                        .map(|f| view! { " · " <FigureValue name=f.figure show=f.show formula=f.formula /> })
                        .collect_view()}
                </p>
                <Answered card=card />
            </div>
            {(!participating).then(|| team_panel(card, team))}
        }
        .into_any()
    });
    view! {
        <div class="score-groups">{groups}</div>
        {totals}
    }
    .into_any()
}

/// A scorecard's critical gaps.
pub fn gaps(card: &'static Scorecard) -> AnyView {
    view! { <GapsWithSuggestions list=text_rows(card.gaps) weakest=card.weakest groups=card.groups /> }
        .into_any()
}

/// One group of four scores with its subtotal, and its change since the latest snapshot.
#[component]
fn ScoreGroupFields(
    card: &'static Scorecard,
    group: &'static ScoreGroup,
    since: Memo<Option<SnapshotFigures>>,
    /// The team's view, and where this group's scores start in it.
    team: TeamView,
    first: usize,
) -> impl IntoView {
    let figure = group.figure;
    view! {
        <fieldset class="group scores">
            <legend>{group.title}</legend>
            {group
                .items
                .iter()
                .enumerate()
                .map(|(i, (item, label))| view! {
                    <ScoreInput lens=format!("{}.{}.{item}", card.key, group.key) label=*label />
                    {team.strip(first + i)}
                })
                .collect_view()}
            <p class="subtotal">
                {format!("{}: ", group.title)}
                <FigureValue name=figure show=Show::Score formula=card.group_formula />
                {format!(" /{}", card.max)}
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
fn Answered(card: &'static Scorecard) -> impl IntoView {
    let state = PlanState::get();
    let Shown {
        figure,
        show,
        formula,
    } = card.answered;
    let of = card.questions;
    let answered = state.figure(figure);
    let partial = move || answered.with(|a| a.as_number().unwrap_or(0.0) < f64::from(of));
    view! {
        <p class="answered">
            <FigureValue name=figure show=show formula=formula />
            {format!(" of {of} answered")}
            {move || partial().then_some(" — figures are provisional")}
        </p>
    }
}

/// The critical gaps list, with the weakest items offered as one-click suggestions
/// and named under it.
#[component]
fn GapsWithSuggestions(
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
        <TextList list=list item=Scorecard::GAP />
        <Show when=move || !suggestions.with(Vec::is_empty)>
            <div class="suggestions">
                <span class="hint">"Weakest scores — add as a gap: "</span>
                {move || {
                    suggestions
                        .get()
                        .into_iter()
                        .map(|label| view! {
                            <button type="button" class="chip" on:click={
                                let label = label.clone();
                                move |_| add(label.clone())
                            }>{format!("+ {label}")}</button>
                        })
                        .collect_view()
                }}
            </div>
        </Show>
        <p class="weakest">"Weakest items: " <FigureValue name=weakest show=Show::Items(groups) /></p>
    }
}
