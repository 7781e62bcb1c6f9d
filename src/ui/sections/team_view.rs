//! The team's view of the two scorecards (workshop.md, "Team scores"): the `team.*` figures,
//! a strip beside each score with the team's range and median, the disputed items as the
//! facilitator's agenda, and "Use team medians" with its undo.
//!
//! Everything but the two buttons is written as HTML strings held in one memo per card: a view
//! per part, or a memo of the team's figures, cost three times the download. While no
//! response is in, the page holds the figures (one string) and the readiness card's panel.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::format::one_decimal;
use crate::model::{LeafMut, Plan, Reach, Score};
use crate::scoring::{team_scores, use_medians, ItemStats, TeamScores, TeamStat};
use crate::ui::state::{opened, PlanState};
use crate::worksheet::{item_label, Scorecard};

/// What [`TeamView::html`] holds before the strips.
const FIGURES: usize = 0;
const PANEL: usize = 1;
/// Not empty once a response is in.
const ANY: usize = 2;
const STRIPS: usize = 3;

/// One card's team view as strings, recomputed only when the plan's team (or the whole plan)
/// changes: its figures, its panel's words, whether any response is in, then a strip per
/// score in the card's order (empty while nobody answered it).
#[derive(Clone, Copy)]
pub struct TeamView {
    html: Memo<Vec<String>>,
}

impl TeamView {
    pub fn new(card: &'static Scorecard) -> Self {
        let html = PlanState::get().watch("team", move |p| card_html(&team_scores(&p.team), card));
        TeamView { html }
    }

    fn part(self, i: usize) -> String {
        self.html.with(|h| h.get(i).cloned().unwrap_or_default())
    }

    fn any(self) -> bool {
        self.html
            .with(|h| h.get(ANY).is_some_and(|a| !a.is_empty()))
    }

    /// Beside score `i` of the card (groups in order, four scores each), once anyone answered
    /// it: the team's range and median on 0–10, how many answered, and "Disputed" in words.
    /// Empty until then: one node, as a placeholder for a strip to come would be.
    pub fn strip(self, i: usize) -> impl IntoView {
        view! { <div class="team-strip" inner_html=move || self.part(STRIPS + i)></div> }
    }
}

fn card_html(team: &TeamScores, card: &Scorecard) -> Vec<String> {
    let main = card.key == "readiness";
    let mut html = vec![
        figures_html(team, card.key, main),
        panel_html(team, card, main),
        if team.participants > 0 { "1" } else { "" }.to_string(),
    ];
    for group in card.groups {
        for (item, _) in group.items {
            let path = format!("{}.{}.{item}", card.key, group.key);
            let strip = team.item(&path).filter(|i| i.n() > 0).map(strip_html);
            html.push(strip.unwrap_or_default());
        }
    }
    html
}

/// `readiness.product.x` lies on the card `readiness`.
fn on_card(item: &ItemStats, card: &str) -> bool {
    item.path
        .strip_prefix(card)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// The disputed items widest first, ties in worksheet order, as [`TeamScores::disputed`] gives
/// them. Spreads are whole numbers from 4 to 10, so taking each in turn orders them without a
/// sort's code in the download.
fn disputed(team: &TeamScores) -> Vec<&ItemStats> {
    (4..=10u8)
        .rev()
        .flat_map(|s| {
            team.items
                .iter()
                .filter(move |i| i.n() >= 2 && i.spread() == Some(f64::from(s)))
        })
        .collect()
}

/// "2–8": a range of scores.
fn range(item: &ItemStats) -> String {
    let (lo, hi) = (item.min().unwrap_or(0.0), item.max().unwrap_or(0.0));
    format!("{}–{}", one_decimal(lo), one_decimal(hi))
}

fn strip_html(item: &ItemStats) -> String {
    let [lo, hi, median] = [item.min(), item.max(), item.median()].map(|v| v.unwrap_or(0.0) * 10.0);
    let disputed = item.disputed() == Some(true);
    // SVG, as the page's Content-Security-Policy refuses style attributes.
    format!(
        "<svg class=\"team-bar{}\" viewBox=\"-2 0 104 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect class=\"track\" y=\"3\" width=\"100\" height=\"6\"/>\
         <rect class=\"range\" x=\"{lo}\" y=\"3\" width=\"{}\" height=\"6\"/>\
         <rect x=\"{}\" width=\"3\" height=\"12\"/></svg>\
         <span>Team {} · median {} · {} answered</span>{}",
        if disputed { " wide" } else { "" },
        (hi - lo).max(2.0),
        median - 1.5,
        range(item),
        one_decimal(median / 10.0),
        item.n(),
        if disputed {
            " <strong class=\"badge\">Disputed</strong>"
        } else {
            ""
        },
    )
}

/// Every `team.<path>.<stat>` of one card, and with the readiness card's `team.disputed`.
fn figures_html(team: &TeamScores, card: &str, whole: bool) -> String {
    let mut html = String::new();
    let mut figure = |name: &str, value: &str| {
        html += &format!("<span data-figure=\"{name}\" data-value=\"{value}\">{value}</span>");
    };
    if whole {
        let mut paths = String::new();
        for item in disputed(team) {
            if !paths.is_empty() {
                paths.push(',');
            }
            paths += &item.path;
        }
        figure("team.disputed", &paths);
    }
    for item in team.items.iter().filter(|i| on_card(i, card)) {
        for stat in TeamStat::ALL {
            let value = item.value(stat).unwrap_or_default();
            figure(&format!("team.{}.{stat}", item.path), &value);
        }
    }
    html
}

/// The panel's words: "Team: 4 responses", then the card's disputed items or why there are
/// none; nothing on the assessment card while no response is in.
fn panel_html(team: &TeamScores, card: &Scorecard, main: bool) -> String {
    let n = team.participants;
    if n == 0 && !main {
        return String::new();
    }
    let figure = if main {
        format!(" data-figure=\"team.participants\" data-value=\"{n}\"")
    } else {
        String::new()
    };
    let mut html = format!(
        "<h4>Team: <output class=\"figure\"{figure}>{n}</output> response{}</h4>",
        if n == 1 { "" } else { "s" }
    );
    let mut items = String::new();
    for i in disputed(team).into_iter().filter(|i| on_card(i, card.key)) {
        items += &format!(
            "<li data-path=\"{}\"><span class=\"disputed-item\">{}</span> <span class=\"hint\">spread {} · {} · median {}</span></li>",
            i.path,
            item_label(card.groups, &i.path[card.key.len() + 1..]),
            one_decimal(i.spread().unwrap_or(0.0)),
            range(i),
            one_decimal(i.median().unwrap_or(0.0)),
        );
    }
    html += &if !items.is_empty() {
        format!("<p>Disputed (spread of 4 or more), widest first — discuss these:</p><ol class=\"disputed-list\">{items}</ol>")
    } else {
        let why = match n {
            0 => "No team responses yet: the team's range and median show beside each score once they are in.",
            1 => "Disputed items show once two or more responses are in.",
            _ => "No disputed items on this scorecard: every spread here is under 4.",
        };
        format!("<p class=\"hint\">{why}</p>")
    };
    html
}

/// Scores by path.
type Scores = Vec<(String, Score)>;

/// The 36 scores of the plan, to put back.
fn scores_of(plan: &Plan, team: &TeamScores) -> Scores {
    team.items
        .iter()
        .filter_map(|i| Some((i.path.clone(), plan.score_at(&i.path)?)))
        .collect()
}

/// The scores before the last press of those it wrote that are still as it wrote them.
fn undone(plan: &Plan, [old, written]: &[Scores; 2]) -> Scores {
    old.iter()
        .filter(|(path, _)| {
            let now = plan.score_at(path);
            written
                .iter()
                .any(|(w, median)| w == path && Some(*median) == now)
        })
        .cloned()
        .collect()
}

/// How many of `scores` the plan does not hold.
fn differing(plan: &Plan, scores: &Scores) -> usize {
    scores
        .iter()
        .filter(|(path, score)| plan.score_at(path) != Some(*score))
        .count()
}

/// Writes scores into the plan: one place for both buttons, as each call of
/// [`PlanState::update`] is its own copy of it in the download.
fn put(state: PlanState, scores: &[(String, Score)]) {
    state.update(|p| {
        for (path, score) in scores {
            if let Some(LeafMut::Score(s)) = p.at_mut(path) {
                *s = *score;
            }
        }
    });
}

/// The plan on the page, told apart by when it was created.
fn plan_key(state: PlanState) -> String {
    state.plan.with_untracked(|p| p.meta.created_at.0.clone())
}

/// A card's "Team" panel: how many responses are in, the card's disputed items widest first,
/// and on the readiness card "Use team medians" (both cards) and its undo.
pub fn team_panel(card: &'static Scorecard, team: TeamView) -> impl IntoView {
    let main = card.key == "readiness";
    view! {
        <div hidden inner_html=move || team.part(FIGURES)></div>
        <div class="team-panel" class:no-team=move || !team.any() role="group" aria-label=format!("Team view of {}", card.total) hidden=move || !main && !team.any()>
            <div inner_html=move || team.part(PANEL)></div>
            {main.then(|| medians(team))}
        </div>
    }
}

/// "Use team medians" and "Undo". The undo keeps the 36 scores as they were, in memory, for
/// as long as the same plan is on the page (saving it changes nothing).
fn medians(team: TeamView) -> impl IntoView {
    let state = PlanState::get();
    // The scores before the last press, and the medians it wrote.
    let before: Rc<RefCell<[Scores; 2]>> = Rc::default();
    // The plan the undo is for, and what the last press did.
    let undo_for = RwSignal::new(None::<String>);
    // What the last press or Undo did, and on which plan ([`opened`]): told on that plan only.
    let told = RwSignal::new(None::<String>);
    let told_on = RwSignal::new(0);
    let tell = move |said: String| {
        told_on.set(opened());
        told.set(Some(said));
    };
    let kept = before.clone();
    let apply = move |_| {
        let mut kept = kept.borrow_mut();
        let again = undo_for.get_untracked() == Some(plan_key(state));
        let (old, medians, changed) = state.plan.with_untracked(|p| {
            let t = team_scores(&p.team);
            // The medians as use_medians writes them, taken from a blank plan: only the
            // scores someone answered.
            let mut scratch = Plan::default();
            use_medians(&mut scratch, &t);
            let medians: Scores = scores_of(&scratch, &t)
                .into_iter()
                .filter(|(path, _)| t.item(path).is_some_and(|i| i.n() > 0))
                .collect();
            let mut old = scores_of(p, &t);
            if again {
                // Pressed again while the last press can be undone: a score still as that press
                // wrote it goes back to what it was before that press (written after, it wins).
                old.extend(undone(p, &kept));
            }
            let changed = differing(p, &medians);
            (old, medians, changed)
        });
        if changed == 0 {
            tell("The scores already are the team's medians.".into());
            return;
        }
        put(state, &medians);
        *kept = [old, medians];
        undo_for.set(Some(plan_key(state)));
        tell(format!(
            "Team medians used: {changed} of the plan's scores changed."
        ));
    };
    // Puts back each score the press changed, but not one typed since.
    let revert = move |_| {
        if undo_for.get_untracked() == Some(plan_key(state)) {
            let kept = before.borrow();
            let (back, typed) = state
                .plan
                .with_untracked(|p| (undone(p, &kept), differing(p, &kept[1])));
            put(state, &back);
            undo_for.set(None);
            // The Undo goes: the keyboard's place goes back to the button it undid.
            crate::ui::focus_later(".team-medians .button-like".into());
            tell(match typed {
                0 => "Scores put back as they were.".into(),
                n => format!("Scores put back as they were, but for {n} changed since."),
            });
        }
    };
    // Follows every change of plan, so the undo goes when another plan is put on the page.
    let can_undo = move || {
        undo_for
            .get()
            .is_some_and(|k| state.plan.with(|p| p.meta.created_at.0 == k))
    };
    view! {
        <div class="team-medians">
            <button type="button" class="button-like" disabled=move || !team.any() on:click=apply>"Use team medians"</button>
            <button type="button" class="link" hidden=move || !can_undo() on:click=revert>"Undo"</button>
            <span class="hint" role="status">
                {move || told.get().filter(|_| told_on.get() == opened())}
            </span>
        </div>
        <p class="hint">"Writes the team's median of each score into both scorecards, half-points rounded up (6.5 → 7)."</p>
    }
}
