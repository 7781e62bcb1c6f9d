use crate::scoring::{FigureName, WarningKind};
use crate::worksheet::{Node::*, RowList, Section, Show, TextRows};

pub static TALENT: Section = Section {
    id: "talent",
    menu: "Hiring & retention",
    title: "Challenge 2: Hiring & Talent Strategy",
    time: "10 minutes",
    task: "Build systematic talent acquisition: recruiting systems that attract and retain top talent.",
    body: &[
        Heading("Recruitment Priorities (next 6 months)"),
        Rows { list: RowList::Positions, item: "Position", body: &[
                Div { class: "columns", body: &[Text { path: "title", label: "Position" }, Priority { path: "priority", label: "Priority level" }] },
                Div { class: "columns", body: &[
                        Text { path: "skills", label: "Skills required" },
                        Text { path: "experience_level", label: "Experience level" },
                    ] },
                Div { class: "columns three", body: &[
                        Money { path: "salary_min", label: "Salary range: from", per: "" },
                        Money { path: "salary_max", label: "Salary range: to", per: "" },
                        Whole { path: "start_month", label: "Start date: month", unit: "" },
                    ] },
                Warn(WarningKind::SalaryRangeInverted),
            ] },
        Div { class: "figures", body: &[Stat { label: "Hiring budget (midpoints)", figure: FigureName::TalentHiringBudget, show: Show::Money, formula: "sum over positions with both salaries of (from + to) ÷ 2" }] },
        Div { class: "columns", body: &[
                Group { class: "", legend: "Recruiting Channels", body: &[
                        Number { path: "talent.channels.network_referrals", label: "Network referrals", unit: "%" },
                        Number { path: "talent.channels.professional_recruiters", label: "Professional recruiters", unit: "%" },
                        Number { path: "talent.channels.job_boards", label: "Job boards", unit: "%" },
                        Number { path: "talent.channels.university_recruiting", label: "University recruiting", unit: "%" },
                        Number { path: "talent.channels.social_media", label: "Social media", unit: "%" },
                        Stat { label: "Channels total", figure: FigureName::TalentChannelsTotal, show: Show::Percent, formula: "sum of the five channels; should be 100%" },
                        Warn(WarningKind::ChannelsNot100),
                    ] },
                Group { class: "", legend: "Hiring Process", body: &[List { list: TextRows::HiringProcess, item: "Step" }] },
            ] },
        Heading("Talent Retention Strategy"),
        Div { class: "columns", body: &[
                Group { class: "", legend: "Compensation Philosophy", body: &[
                        Whole { path: "talent.compensation.base_salary_percentile", label: "Base salary: market percentile", unit: "th percentile" },
                        Number { path: "talent.compensation.equity_percent", label: "Equity participation", unit: "% of company" },
                        Number { path: "talent.compensation.bonus_percent", label: "Performance bonuses", unit: "% of salary" },
                        Text { path: "talent.compensation.benefits", label: "Benefits package" },
                    ] },
                Group { class: "", legend: "Career Development", body: &[
                        Text { path: "talent.career.development_plans", label: "Individual development plans" },
                        Money { path: "talent.career.training_budget_per_person", label: "Training budget", per: "/person/year" },
                        Stat { label: "Training budget for the team", figure: FigureName::TalentTrainingBudgetTotal, show: Show::Money, formula: "per-person budget × 12-month team total (or today's team)" },
                        Text { path: "talent.career.conferences", label: "Conference attendance" },
                        Text { path: "talent.career.internal_mobility", label: "Internal mobility" },
                        Text { path: "talent.career.mentorship", label: "Mentorship programs" },
                    ] },
                Texts { legend: "Employee Experience", path: "talent.experience", fields: &[
                        ("work_life_balance", "Work-life balance"),
                        ("remote_policy", "Remote work policy"),
                        ("office_environment", "Office environment"),
                        ("team_activities", "Team activities"),
                        ("recognition", "Recognition programs"),
                    ] },
                Texts { legend: "Performance Management", path: "talent.performance", fields: &[
                        ("goal_setting", "Goal setting"),
                        ("regular_feedback", "Regular feedback"),
                        ("reviews", "Performance reviews"),
                        ("promotion_criteria", "Promotion criteria"),
                        ("improvement_plans", "Improvement plans"),
                    ] },
            ] },
    ],
};
