use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::SpendData;
use crate::list;
use crate::scoring::FigureName;
use crate::ui::figure::Show;
use crate::ui::sheet::{Node, Node::*, Sheet};
use crate::ui::state::PlanState;

const PER_MONTH: &str = "/month";

/// One phase of the infrastructure roadmap: its four items and its monthly cost.
macro_rules! phase {
    ($legend:literal, $path:literal, [$($key:literal: $label:literal),*]) => {
        Group("", $legend, &[
            $(Text(concat!($path, ".", $key), $label),)*
            Money(concat!($path, ".cost_month"), "Cost impact", PER_MONTH),
        ])
    };
}

fn spend_chart() -> AnyView {
    let state = PlanState::get();
    let spend = Memo::new(move |_| state.plan.with(SpendData::new));
    view! { <ChartCanvas data=spend /> }.into_any()
}

const ROADMAP: Node = Div(
    "columns three",
    &[
        phase!("Phase 1: Immediate Scaling (0–3 months)", "technical.roadmap.phase1", [
            "database_optimization": "Database optimization",
            "caching": "Caching implementation",
            "cdn": "CDN setup",
            "monitoring": "Monitoring enhancement"
        ]),
        phase!("Phase 2: Growth Infrastructure (3–9 months)", "technical.roadmap.phase2", [
            "microservices": "Microservices architecture",
            "load_balancing": "Load balancing",
            "auto_scaling": "Auto-scaling",
            "data_pipeline": "Data pipeline"
        ]),
        phase!("Phase 3: Enterprise Scale (9–18 months)", "technical.roadmap.phase3", [
            "multi_region": "Multi-region deployment",
            "advanced_security": "Advanced security",
            "compliance_systems": "Compliance systems",
            "enterprise_integrations": "Enterprise integrations"
        ]),
    ],
);

pub static TECHNICAL: Sheet = Sheet {
    id: "technical",
    title: "Challenge 1: Technical Architecture for Scale",
    time: "10 minutes",
    task: "Design systems that handle 10x growth.",
    body: &[
        Div(
            "columns",
            &[
                Group(
                    "",
                    "Current System Capacity",
                    &[
                        Whole(
                            "technical.capacity.concurrent_users",
                            "Concurrent users supported",
                            "users",
                        ),
                        Whole(
                            "technical.capacity.daily_api_calls",
                            "Daily API calls",
                            "calls/day",
                        ),
                        Number("technical.capacity.database_gb", "Database size", "GB"),
                        Number(
                            "technical.capacity.storage_gb",
                            "Storage requirements",
                            "GB",
                        ),
                        Number(
                            "technical.capacity.bandwidth_gb_month",
                            "Bandwidth usage",
                            "GB/month",
                        ),
                    ],
                ),
                Group(
                    "",
                    "Growth Projections (12 months)",
                    &[
                        Number("technical.growth.users_x", "Expected users", "× current"),
                        Number(
                            "technical.growth.api_calls_x",
                            "API call volume",
                            "× current",
                        ),
                        Number(
                            "technical.growth.storage_x",
                            "Data storage needs",
                            "× current",
                        ),
                        Number(
                            "technical.growth.performance_x",
                            "Performance requirements",
                            "× current",
                        ),
                    ],
                ),
            ],
        ),
        Figures("Projected capacity in 12 months", PROJECTED),
        H4("Scaling Bottlenecks"),
        Rows(
            || list!(technical.bottlenecks).into(),
            "Bottleneck",
            &[
                Text("name", "Bottleneck"),
                Div(
                    "columns",
                    &[
                        Text("current_limit", "Current limit"),
                        Text("breaking_point", "Breaking point"),
                    ],
                ),
                Text("solution", "Solution"),
                Div(
                    "columns",
                    &[
                        Money("cost_month", "Cost", PER_MONTH),
                        Whole("timeline_weeks", "Timeline", "weeks"),
                    ],
                ),
            ],
        ),
        Div(
            "figures",
            &[
                Stat(
                    "Bottleneck fixes, per month",
                    FigureName::TechnicalBottleneckCostMonth,
                    Show::Money,
                    "sum of the bottlenecks' monthly costs",
                ),
                Stat(
                    "Longest timeline",
                    FigureName::TechnicalLongestTimelineWeeks,
                    Show::Unit("weeks"),
                    "the largest bottleneck timeline",
                ),
            ],
        ),
        H4("Infrastructure Roadmap"),
        ROADMAP,
        Div(
            "figures",
            &[
                Stat(
                    "Run rate with all three phases",
                    FigureName::TechnicalRunRateMonth,
                    Show::Money,
                    "phase 1 + phase 2 + phase 3 monthly cost",
                ),
                Stat(
                    "Spend over 18 months",
                    FigureName::TechnicalSpend18Months,
                    Show::Money,
                    "phase 1 × 18 + phase 2 × 15 + phase 3 × 9 months",
                ),
            ],
        ),
        View(spend_chart),
        Texts(
            "Technology Decisions",
            "technical.decisions",
            &[
                ("cloud_provider", "Cloud provider"),
                ("database_strategy", "Database strategy"),
                ("security_framework", "Security framework"),
                ("monitoring_stack", "Monitoring stack"),
                ("development_tools", "Development tools"),
            ],
        ),
    ],
};

static PROJECTED: &[Node] = &[
    Stat(
        "Concurrent users",
        FigureName::TechnicalProjectedConcurrentUsers,
        Show::Count,
        "concurrent users × expected users growth",
    ),
    Stat(
        "Daily API calls",
        FigureName::TechnicalProjectedDailyApiCalls,
        Show::Count,
        "daily API calls × API call volume growth",
    ),
    Stat(
        "Database size",
        FigureName::TechnicalProjectedDatabaseGb,
        Show::Unit("GB"),
        "database size × data storage growth",
    ),
    Stat(
        "Storage",
        FigureName::TechnicalProjectedStorageGb,
        Show::Unit("GB"),
        "storage × data storage growth",
    ),
    Stat(
        "Bandwidth",
        FigureName::TechnicalProjectedBandwidthGbMonth,
        Show::Unit("GB/month"),
        "bandwidth × expected users growth",
    ),
];
