use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::TeamData;
use crate::scoring::{FigureName, WarningKind};
use crate::ui::figure::{FigureValue, Show, Stat as StatView};
use crate::ui::inputs::{MoneyInput, NumberInput, TextInput};
use crate::ui::sheet::{Node::*, Sheet};
use crate::ui::state::PlanState;
use crate::ui::warning::Warn as WarnView;
use crate::{lens, list};

const DEPARTMENTS: [(&str, &str, FigureName); 7] = [
    (
        "engineering",
        "Engineering",
        FigureName::OrganizationDeltaEngineering,
    ),
    ("product", "Product", FigureName::OrganizationDeltaProduct),
    (
        "marketing",
        "Marketing",
        FigureName::OrganizationDeltaMarketing,
    ),
    ("sales", "Sales", FigureName::OrganizationDeltaSales),
    (
        "customer_success",
        "Customer Success",
        FigureName::OrganizationDeltaCustomerSuccess,
    ),
    (
        "operations",
        "Operations",
        FigureName::OrganizationDeltaOperations,
    ),
    (
        "executive",
        "Executive",
        FigureName::OrganizationDeltaExecutive,
    ),
];

#[component]
fn Leader(
    lens_month: &'static str,
    lens_requirements: &'static str,
    lens_pay: &'static str,
    title: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class="group leader">
            <legend>{title}</legend>
            <NumberInput lens=lens_month label="Hire timeline: month" inputmode="numeric" context=title />
            <TextInput lens=lens_requirements label=format!("{title}: requirements") />
            <MoneyInput lens=lens_pay label=format!("{title}: compensation") per="/year" />
        </fieldset>
    }
}

fn team_table() -> AnyView {
    let state = PlanState::get();
    let team = Memo::new(move |_| state.plan.with(|p| TeamData::new(&p.organization)));
    view! {
        <h4>"Team: today and the 12-month plan"</h4>
        <div class="team-table" role="group" aria-label="Team by department">
            <div class="team-head" aria-hidden="true">
                <span>"Department"</span>
                <span>"Now"</span>
                <span>"In 12 months"</span>
                <span>"Change"</span>
            </div>
            {DEPARTMENTS
                .iter()
                .map(|(key, title, delta)| {
                    view! {
                        <div class="team-row">
                            <span class="dept">{*title}</span>
                            <NumberInput lens=format!("organization.current.{key}") label="Now" context=title inputmode="numeric" />
                            <NumberInput lens=format!("organization.plan.{key}") label="In 12 months" context=title inputmode="numeric" />
                            <span class="delta">
                                <span class="visually-hidden">{format!("{title} change ")}</span>
                                <FigureValue name=*delta show=Show::Signed formula="12-month plan − now" />
                            </span>
                        </div>
                    }
                })
                .collect_view()}
            <div class="team-row total-row">
                <span class="dept">"Total"</span>
                <FigureValue name=FigureName::OrganizationCurrentTotal show=Show::Count formula="sum of the seven departments now" />
                <FigureValue name=FigureName::OrganizationPlanTotal show=Show::Count formula="sum of the seven departments in 12 months" />
                <FigureValue name=FigureName::OrganizationDeltaTotal show=Show::Signed formula="plan total − current total" />
            </div>
        </div>
        <WarnView code=WarningKind::TeamTargetMismatch.code() />
        <div class="figures">
            <StatView label="Team growth" name=FigureName::OrganizationGrowthPercent show=Show::Percent formula="(plan total − current total) ÷ current total × 100" />
        </div>
        <ChartCanvas data=team />
    }
    .into_any()
}

fn leaders() -> AnyView {
    view! {
        <div class="columns">
            <Leader title="CTO/VP Engineering" lens_month=lens!(organization.leadership.cto.hire_month) lens_requirements=lens!(organization.leadership.cto.requirements) lens_pay=lens!(organization.leadership.cto.compensation) />
            <Leader title="VP Marketing" lens_month=lens!(organization.leadership.vp_marketing.hire_month) lens_requirements=lens!(organization.leadership.vp_marketing.requirements) lens_pay=lens!(organization.leadership.vp_marketing.compensation) />
            <Leader title="VP Sales" lens_month=lens!(organization.leadership.vp_sales.hire_month) lens_requirements=lens!(organization.leadership.vp_sales.requirements) lens_pay=lens!(organization.leadership.vp_sales.compensation) />
            <Leader title="COO/VP Operations" lens_month=lens!(organization.leadership.coo.hire_month) lens_requirements=lens!(organization.leadership.coo.requirements) lens_pay=lens!(organization.leadership.coo.compensation) />
        </div>
    }
    .into_any()
}

pub static ORGANIZATION: Sheet = Sheet {
    id: "organization",
    title: "Challenge 1: Organizational Structure Design",
    time: "10 minutes",
    task: "Design a team structure for a 50+ person company that keeps its culture while it grows.",
    body: &[
        View(team_table),
        H4("Department Leadership"),
        View(leaders),
        Div(
            "figures",
            &[Stat(
                "Leadership compensation",
                FigureName::OrganizationLeadershipCompensation,
                Show::Money,
                "sum of the four roles' compensation",
            )],
        ),
        H4("Culture & Management Systems"),
        Group(
            "",
            "Core Values",
            &[List(list!(organization.core_values), "Value")],
        ),
        Div(
            "columns",
            &[
                Texts(
                    "Management Philosophy",
                    "organization.management",
                    &[
                        ("decision_making", "Decision making"),
                        ("communication_style", "Communication style"),
                        ("performance_management", "Performance management"),
                        ("career_development", "Career development"),
                        ("work_environment", "Work environment"),
                    ],
                ),
                Texts(
                    "Scaling Culture",
                    "organization.culture",
                    &[
                        ("onboarding_program", "Onboarding program"),
                        ("all_hands", "Regular all-hands"),
                        ("performance_reviews", "Performance reviews"),
                        ("team_building", "Team building"),
                        ("knowledge_sharing", "Knowledge sharing"),
                    ],
                ),
                Texts(
                    "Communication Systems",
                    "organization.communication",
                    &[
                        ("daily_standups", "Daily standups"),
                        ("weekly_team_meetings", "Weekly team meetings"),
                        ("monthly_all_hands", "Monthly all-hands"),
                        ("quarterly_planning", "Quarterly planning"),
                        ("annual_strategy", "Annual strategy"),
                    ],
                ),
            ],
        ),
    ],
};
