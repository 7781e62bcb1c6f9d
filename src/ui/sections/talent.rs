use leptos::prelude::*;

use crate::ui::figure::{Show, Stat};
use crate::ui::inputs::{MoneyInput, NumberInput, PrioritySelect, Rows, TextInput, TextList};
use crate::ui::warning::Warn;
use crate::{lens, list};

#[component]
pub fn TalentSection() -> impl IntoView {
    view! {
        <section id="talent" class="section" aria-labelledby="talent-title">
            <h3 id="talent-title">"Challenge 2: Hiring & Talent Strategy" <span class="time">"10 minutes"</span></h3>
            <p class="task">"Build systematic talent acquisition: recruiting systems that attract and retain top talent."</p>
            <h4>"Recruitment Priorities (next 6 months)"</h4>
            <Rows
                list=list!(talent.positions)
                item="Position"
                row=|i| {
                    view! {
                        <div class="columns">
                            <TextInput lens=lens!(talent.positions[i].title) label="Position" />
                            <PrioritySelect lens=lens!(talent.positions[i].priority) label="Priority level" />
                        </div>
                        <div class="columns">
                            <TextInput lens=lens!(talent.positions[i].skills) label="Skills required" />
                            <TextInput lens=lens!(talent.positions[i].experience_level) label="Experience level" />
                        </div>
                        <div class="columns three">
                            <MoneyInput lens=lens!(talent.positions[i].salary_min) label="Salary range: from" />
                            <MoneyInput lens=lens!(talent.positions[i].salary_max) label="Salary range: to" />
                            <NumberInput lens=lens!(talent.positions[i].start_month) label="Start date: month" inputmode="numeric" />
                        </div>
                        <Warn code=format!("salary-range-inverted:{i}") />
                    }
                }
            />
            <div class="figures">
                <Stat label="Hiring budget (midpoints)" name="talent.hiring_budget" show=Show::Money formula="sum over positions with both salaries of (from + to) ÷ 2" />
            </div>

            <div class="columns">
                <fieldset class="group">
                    <legend>"Recruiting Channels"</legend>
                    <NumberInput lens=lens!(talent.channels.network_referrals) label="Network referrals" unit="%" />
                    <NumberInput lens=lens!(talent.channels.professional_recruiters) label="Professional recruiters" unit="%" />
                    <NumberInput lens=lens!(talent.channels.job_boards) label="Job boards" unit="%" />
                    <NumberInput lens=lens!(talent.channels.university_recruiting) label="University recruiting" unit="%" />
                    <NumberInput lens=lens!(talent.channels.social_media) label="Social media" unit="%" />
                    <Stat label="Total" name="talent.channels_total" show=Show::Percent formula="sum of the five channels; should be 100%" />
                    <Warn code="channels-not-100" />
                </fieldset>
                <fieldset class="group">
                    <legend>"Hiring Process"</legend>
                    <TextList list=list!(talent.hiring_process) item="Step" />
                </fieldset>
            </div>

            <h4>"Talent Retention Strategy"</h4>
            <div class="columns">
                <fieldset class="group">
                    <legend>"Compensation Philosophy"</legend>
                    <NumberInput lens=lens!(talent.compensation.base_salary_percentile) label="Base salary: market percentile" unit="th percentile" inputmode="numeric" />
                    <NumberInput lens=lens!(talent.compensation.equity_percent) label="Equity participation" unit="% of company" />
                    <NumberInput lens=lens!(talent.compensation.bonus_percent) label="Performance bonuses" unit="% of salary" />
                    <TextInput lens=lens!(talent.compensation.benefits) label="Benefits package" />
                </fieldset>
                <fieldset class="group">
                    <legend>"Career Development"</legend>
                    <TextInput lens=lens!(talent.career.development_plans) label="Individual development plans" />
                    <MoneyInput lens=lens!(talent.career.training_budget_per_person) label="Training budget" per="/person/year" />
                    <Stat label="Training budget for the team" name="talent.training_budget_total" show=Show::Money formula="per-person budget × 12-month team total (or today's team)" />
                    <TextInput lens=lens!(talent.career.conferences) label="Conference attendance" />
                    <TextInput lens=lens!(talent.career.internal_mobility) label="Internal mobility" />
                    <TextInput lens=lens!(talent.career.mentorship) label="Mentorship programs" />
                </fieldset>
                {text_group!("Employee Experience", talent.experience {
                    work_life_balance: "Work-life balance",
                    remote_policy: "Remote work policy",
                    office_environment: "Office environment",
                    team_activities: "Team activities",
                    recognition: "Recognition programs",
                })}
                {text_group!("Performance Management", talent.performance {
                    goal_setting: "Goal setting",
                    regular_feedback: "Regular feedback",
                    reviews: "Performance reviews",
                    promotion_criteria: "Promotion criteria",
                    improvement_plans: "Improvement plans",
                })}
            </div>
        </section>
    }
}
