use leptos::prelude::*;

use crate::ui::figure::{FigureValue, Show};
use crate::ui::inputs::{MoneyInput, NumberInput, TextInput};
use crate::worksheet::{Leader, Team};

pub fn team_table(team: &'static Team) -> AnyView {
    let [now, planned, change] = &team.totals;
    view! {
        <div class="team-table" role="group" aria-label="Team by department">
            <div class="team-head" aria-hidden="true">
                <span>"Department"</span>
                <span>"Now"</span>
                <span>"In 12 months"</span>
                <span>"Change"</span>
            </div>
            {team
                .departments
                .iter()
                .map(|d| {
                    let title = d.title;
                    let [current, plan] = d.paths();
                    view! {
                        <div class="team-row">
                            <span class="dept">{title}</span>
                            <NumberInput lens=current label="Now" context=title inputmode="numeric" />
                            <NumberInput lens=plan label="In 12 months" context=title inputmode="numeric" />
                            <span class="delta">
                                <span class="visually-hidden">{format!("{title} change ")}</span>
                                <FigureValue name=d.change show=Show::Signed formula="12-month plan − now" />
                            </span>
                        </div>
                    }
                })
                .collect_view()}
            <div class="team-row total-row">
                <span class="dept">"Total"</span>
                <FigureValue name=now.figure show=now.show formula=now.formula />
                <FigureValue name=planned.figure show=planned.show formula=planned.formula />
                <FigureValue name=change.figure show=change.show formula=change.formula />
            </div>
        </div>
    }
    .into_any()
}

pub fn leaders(leaders: &'static [Leader]) -> AnyView {
    view! {
        <div class="columns">
            {leaders
                .iter()
                .map(|leader| {
                    let [month, requirements, pay] = leader.paths();
                    view! {
                        <fieldset class="group leader">
                            <legend>{leader.title}</legend>
                            <NumberInput lens=month label=Leader::MONTH inputmode="numeric" context=leader.title />
                            <TextInput lens=requirements label=leader.requirements() />
                            <MoneyInput lens=pay label=leader.pay() per=Leader::PER />
                        </fieldset>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}
