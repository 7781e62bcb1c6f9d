use crate::list;
use crate::scoring::{FigureName, WarningKind};
use crate::ui::figure::Show;
use crate::ui::sheet::{Node::*, Sheet};

pub static TALENT: Sheet = Sheet {
    id: "talent",
    title: "Challenge 2: Hiring & Talent Strategy",
    time: "10 minutes",
    task: "Build systematic talent acquisition: recruiting systems that attract and retain top talent.",
    body: &[
        H4("Recruitment Priorities (next 6 months)"),
        Rows(
            || list!(talent.positions).into(),
            "Position",
            &[
                Div("columns", &[Text("title", "Position"), Priority("priority", "Priority level")]),
                Div(
                    "columns",
                    &[
                        Text("skills", "Skills required"),
                        Text("experience_level", "Experience level"),
                    ],
                ),
                Div(
                    "columns three",
                    &[
                        Money("salary_min", "Salary range: from", ""),
                        Money("salary_max", "Salary range: to", ""),
                        Whole("start_month", "Start date: month", ""),
                    ],
                ),
                Warn(WarningKind::SalaryRangeInverted),
            ],
        ),
        Div(
            "figures",
            &[Stat(
                "Hiring budget (midpoints)",
                FigureName::TalentHiringBudget,
                Show::Money,
                "sum over positions with both salaries of (from + to) ÷ 2",
            )],
        ),
        Div(
            "columns",
            &[
                Group(
                    "",
                    "Recruiting Channels",
                    &[
                        Number("talent.channels.network_referrals", "Network referrals", "%"),
                        Number("talent.channels.professional_recruiters", "Professional recruiters", "%"),
                        Number("talent.channels.job_boards", "Job boards", "%"),
                        Number("talent.channels.university_recruiting", "University recruiting", "%"),
                        Number("talent.channels.social_media", "Social media", "%"),
                        Stat(
                            "Total",
                            FigureName::TalentChannelsTotal,
                            Show::Percent,
                            "sum of the five channels; should be 100%",
                        ),
                        Warn(WarningKind::ChannelsNot100),
                    ],
                ),
                Group("", "Hiring Process", &[List(list!(talent.hiring_process), "Step")]),
            ],
        ),
        H4("Talent Retention Strategy"),
        Div(
            "columns",
            &[
                Group(
                    "",
                    "Compensation Philosophy",
                    &[
                        Whole(
                            "talent.compensation.base_salary_percentile",
                            "Base salary: market percentile",
                            "th percentile",
                        ),
                        Number("talent.compensation.equity_percent", "Equity participation", "% of company"),
                        Number("talent.compensation.bonus_percent", "Performance bonuses", "% of salary"),
                        Text("talent.compensation.benefits", "Benefits package"),
                    ],
                ),
                Group(
                    "",
                    "Career Development",
                    &[
                        Text("talent.career.development_plans", "Individual development plans"),
                        Money("talent.career.training_budget_per_person", "Training budget", "/person/year"),
                        Stat(
                            "Training budget for the team",
                            FigureName::TalentTrainingBudgetTotal,
                            Show::Money,
                            "per-person budget × 12-month team total (or today's team)",
                        ),
                        Text("talent.career.conferences", "Conference attendance"),
                        Text("talent.career.internal_mobility", "Internal mobility"),
                        Text("talent.career.mentorship", "Mentorship programs"),
                    ],
                ),
                Texts(
                    "Employee Experience",
                    "talent.experience",
                    &[
                        ("work_life_balance", "Work-life balance"),
                        ("remote_policy", "Remote work policy"),
                        ("office_environment", "Office environment"),
                        ("team_activities", "Team activities"),
                        ("recognition", "Recognition programs"),
                    ],
                ),
                Texts(
                    "Performance Management",
                    "talent.performance",
                    &[
                        ("goal_setting", "Goal setting"),
                        ("regular_feedback", "Regular feedback"),
                        ("reviews", "Performance reviews"),
                        ("promotion_criteria", "Promotion criteria"),
                        ("improvement_plans", "Improvement plans"),
                    ],
                ),
            ],
        ),
    ],
};
