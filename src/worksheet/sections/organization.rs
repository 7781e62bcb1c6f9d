use crate::scoring::{FigureName, WarningKind};
use crate::worksheet::{Chart, Node::*, Section, Show, Shown, TextRows};

/// The team table: each department now and in 12 months, and the totals.
pub struct Team {
    pub departments: [Department; 7],
    /// Now, in 12 months, and the change.
    pub totals: [Shown; 3],
}

pub struct Department {
    pub key: &'static str,
    pub title: &'static str,
    pub change: FigureName,
}

impl Department {
    /// `organization.current.engineering`, `organization.plan.engineering`.
    pub fn paths(&self) -> [String; 2] {
        ["current", "plan"].map(|team| format!("organization.{team}.{}", self.key))
    }
}

pub static TEAM: Team = Team {
    departments: [
        Department {
            key: "engineering",
            title: "Engineering",
            change: FigureName::OrganizationDeltaEngineering,
        },
        Department {
            key: "product",
            title: "Product",
            change: FigureName::OrganizationDeltaProduct,
        },
        Department {
            key: "marketing",
            title: "Marketing",
            change: FigureName::OrganizationDeltaMarketing,
        },
        Department {
            key: "sales",
            title: "Sales",
            change: FigureName::OrganizationDeltaSales,
        },
        Department {
            key: "customer_success",
            title: "Customer Success",
            change: FigureName::OrganizationDeltaCustomerSuccess,
        },
        Department {
            key: "operations",
            title: "Operations",
            change: FigureName::OrganizationDeltaOperations,
        },
        Department {
            key: "executive",
            title: "Executive",
            change: FigureName::OrganizationDeltaExecutive,
        },
    ],
    totals: [
        Shown {
            figure: FigureName::OrganizationCurrentTotal,
            show: Show::Count,
            formula: "sum of the seven departments now",
        },
        Shown {
            figure: FigureName::OrganizationPlanTotal,
            show: Show::Count,
            formula: "sum of the seven departments in 12 months",
        },
        Shown {
            figure: FigureName::OrganizationDeltaTotal,
            show: Show::Signed,
            formula: "plan total − current total",
        },
    ],
};

/// A leader to hire: when, what they need, and their pay per year.
pub struct Leader {
    pub key: &'static str,
    pub title: &'static str,
}

impl Leader {
    pub const MONTH: &'static str = "Hire timeline: month";
    pub const PER: &'static str = "/year";

    /// `organization.leadership.cto.hire_month`
    pub fn path(&self, field: &str) -> String {
        format!("organization.leadership.{}.{field}", self.key)
    }

    /// The paths of its month, requirements and pay.
    pub fn paths(&self) -> [String; 3] {
        ["hire_month", "requirements", "compensation"].map(|f| self.path(f))
    }

    pub fn requirements(&self) -> String {
        format!("{}: requirements", self.title)
    }

    pub fn pay(&self) -> String {
        format!("{}: compensation", self.title)
    }
}

pub static LEADERS: [Leader; 4] = [
    Leader {
        key: "cto",
        title: "CTO/VP Engineering",
    },
    Leader {
        key: "vp_marketing",
        title: "VP Marketing",
    },
    Leader {
        key: "vp_sales",
        title: "VP Sales",
    },
    Leader {
        key: "coo",
        title: "COO/VP Operations",
    },
];

pub static ORGANIZATION: Section = Section {
    id: "organization",
    menu: "Organization & culture",
    title: "Challenge 1: Organizational Structure Design",
    time: "10 minutes",
    task: "Design a team structure for a 50+ person company that keeps its culture while it grows.",
    body: &[
        Heading("Team: today and the 12-month plan"),
        Team(&TEAM),
        Warn(WarningKind::TeamTargetMismatch),
        Div {
            class: "figures",
            body: &[Stat {
                label: "Team growth",
                figure: FigureName::OrganizationGrowthPercent,
                show: Show::Percent,
                formula: "(plan total − current total) ÷ current total × 100",
            }],
        },
        Chart(Chart::Team),
        Heading("Department Leadership"),
        Leaders(&LEADERS),
        Div {
            class: "figures",
            body: &[Stat {
                label: "Leadership compensation",
                figure: FigureName::OrganizationLeadershipCompensation,
                show: Show::Money,
                formula: "sum of the four roles' compensation",
            }],
        },
        Heading("Culture & Management Systems"),
        Group {
            class: "",
            legend: "Core Values",
            body: &[List {
                list: TextRows::CoreValues,
                item: "Value",
            }],
        },
        Div {
            class: "columns",
            body: &[
                Texts {
                    legend: "Management Philosophy",
                    path: "organization.management",
                    fields: &[
                        ("decision_making", "Decision making"),
                        ("communication_style", "Communication style"),
                        ("performance_management", "Performance management"),
                        ("career_development", "Career development"),
                        ("work_environment", "Work environment"),
                    ],
                },
                Texts {
                    legend: "Scaling Culture",
                    path: "organization.culture",
                    fields: &[
                        ("onboarding_program", "Onboarding program"),
                        ("all_hands", "Regular all-hands"),
                        ("performance_reviews", "Performance reviews"),
                        ("team_building", "Team building"),
                        ("knowledge_sharing", "Knowledge sharing"),
                    ],
                },
                Texts {
                    legend: "Communication Systems",
                    path: "organization.communication",
                    fields: &[
                        ("daily_standups", "Daily standups"),
                        ("weekly_team_meetings", "Weekly team meetings"),
                        ("monthly_all_hands", "Monthly all-hands"),
                        ("quarterly_planning", "Quarterly planning"),
                        ("annual_strategy", "Annual strategy"),
                    ],
                },
            ],
        },
    ],
};
