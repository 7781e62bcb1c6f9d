use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::PaybackData;
use crate::list;
use crate::scoring::{FigureName, WarningKind};
use crate::ui::figure::Show;
use crate::ui::sheet::{Node::*, Sheet};
use crate::ui::state::PlanState;

fn payback_chart() -> AnyView {
    let state = PlanState::get();
    let currency = state.currency;
    let payback = Memo::new(move |_| {
        state
            .figures
            .with(|f| currency.with(|c| PaybackData::new(f, c)))
    });
    view! { <ChartCanvas data=payback /> }.into_any()
}

pub static AUTOMATION: Sheet = Sheet {
    id: "automation",
    title: "Challenge 2: Automation & Tool Integration",
    time: "5 minutes",
    task: "Automate repetitive operations: systems that scale operations without proportional headcount.",
    body: &[
        H4("Automation Opportunities"),
        Rows(
            || list!(automation.opportunities).into(),
            "Automation",
            &[
                Text("process", "Process"),
                Text("solution", "Automation solution"),
                Div(
                    "columns",
                    &[
                        Number("current_hours_week", "Current effort", "hours/week"),
                        Number("saved_hours_week", "Time saved", "hours/week"),
                    ],
                ),
                Warn(WarningKind::SavedExceedsCurrent),
                Div(
                    "columns",
                    &[
                        Money("cost_month", "Cost", "/month"),
                        Money("setup_cost", "One-time setup cost", ""),
                    ],
                ),
            ],
        ),
        Texts(
            "Tool Integration",
            "automation.tools",
            &[
                ("crm", "CRM system"),
                ("marketing_automation", "Marketing automation"),
                ("customer_support", "Customer support"),
                ("financial_management", "Financial management"),
                ("analytics_platform", "Analytics platform"),
            ],
        ),
        Group(
            "roi",
            "ROI Calculation",
            &[
                Money("automation.hourly_cost", "Loaded cost of one staff hour", "/hour"),
                Div(
                    "figures",
                    &[
                        Stat(
                            "Total time saved",
                            FigureName::AutomationSavedHoursWeek,
                            Show::Unit("hours/week"),
                            "sum of the hours saved per week",
                        ),
                        Stat(
                            "Cost of automation",
                            FigureName::AutomationCostMonth,
                            Show::Money,
                            "sum of the monthly costs",
                        ),
                        Stat(
                            "One-time setup",
                            FigureName::AutomationSetupCost,
                            Show::Money,
                            "sum of the setup costs",
                        ),
                        Stat(
                            "Human cost savings, per month",
                            FigureName::AutomationSavingsMonth,
                            Show::Money,
                            "hours saved per week × hourly cost × 52 ÷ 12",
                        ),
                        Stat(
                            "Net savings, per month",
                            FigureName::AutomationNetSavingsMonth,
                            Show::Money,
                            "savings − cost of automation",
                        ),
                        Stat(
                            "ROI",
                            FigureName::AutomationRoi,
                            Show::Ratio,
                            "monthly savings ÷ monthly cost",
                        ),
                        Stat(
                            "Payback period",
                            FigureName::AutomationPaybackMonths,
                            Show::Months,
                            "setup cost ÷ net monthly savings; never if savings do not exceed cost",
                        ),
                    ],
                ),
            ],
        ),
        View(payback_chart),
    ],
};
