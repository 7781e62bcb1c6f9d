use crate::scoring::{FigureName, WarningKind};
use crate::worksheet::{Chart, Node::*, RowList, Section, Show};

pub static AUTOMATION: Section = Section {
    id: "automation",
    menu: "Automation & tools",
    title: "Challenge 2: Automation & Tool Integration",
    time: "5 minutes",
    task: "Automate repetitive operations: systems that scale operations without proportional headcount.",
    body: &[
        Heading("Automation Opportunities"),
        Rows { list: RowList::Opportunities, item: "Automation", body: &[
                Text { path: "process", label: "Process" },
                Text { path: "solution", label: "Automation solution" },
                Div { class: "columns", body: &[
                        Number { path: "current_hours_week", label: "Current effort", unit: "hours/week" },
                        Number { path: "saved_hours_week", label: "Time saved", unit: "hours/week" },
                    ] },
                Warn(WarningKind::SavedExceedsCurrent),
                Div { class: "columns", body: &[
                        Money { path: "cost_month", label: "Cost", per: "/month" },
                        Money { path: "setup_cost", label: "One-time setup cost", per: "" },
                    ] },
            ] },
        Texts { legend: "Tool Integration", path: "automation.tools", fields: &[
                ("crm", "CRM system"),
                ("marketing_automation", "Marketing automation"),
                ("customer_support", "Customer support"),
                ("financial_management", "Financial management"),
                ("analytics_platform", "Analytics platform"),
            ] },
        Group { class: "roi", legend: "ROI Calculation", body: &[
                Money { path: "automation.hourly_cost", label: "Loaded cost of one staff hour", per: "/hour" },
                Div { class: "figures", body: &[
                        Stat { label: "Total time saved", figure: FigureName::AutomationSavedHoursWeek, show: Show::Unit("hours/week"), formula: "sum of the hours saved per week" },
                        Stat { label: "Cost of automation, per month", figure: FigureName::AutomationCostMonth, show: Show::Money, formula: "sum of the monthly costs" },
                        Stat { label: "One-time setup", figure: FigureName::AutomationSetupCost, show: Show::Money, formula: "sum of the setup costs" },
                        Stat { label: "Human cost savings, per month", figure: FigureName::AutomationSavingsMonth, show: Show::Money, formula: "hours saved per week × hourly cost × 52 ÷ 12" },
                        Stat { label: "Net savings, per month", figure: FigureName::AutomationNetSavingsMonth, show: Show::Money, formula: "savings − cost of automation" },
                        Stat { label: "ROI", figure: FigureName::AutomationRoi, show: Show::Ratio, formula: "monthly savings ÷ monthly cost" },
                        Stat { label: "Payback period", figure: FigureName::AutomationPaybackMonths, show: Show::Months, formula: "setup cost ÷ net monthly savings; never if savings do not exceed cost" },
                    ] },
            ] },
        Chart(Chart::Payback),
    ],
};
