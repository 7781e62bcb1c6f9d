use crate::scoring::FigureName;
use crate::worksheet::{Chart, Node, Node::*, RowList, Section, Show};

const PER_MONTH: &str = "/month";

/// One phase of the infrastructure roadmap: its four items and its monthly cost.
macro_rules! phase {
    ($legend:literal, $path:literal, [$($key:literal: $label:literal),*]) => {
        Group { class: "", legend: $legend, body: &[
            $(Text { path: concat!($path, ".", $key), label: $label },)*
            Money { path: concat!($path, ".cost_month"), label: "Cost impact", per: PER_MONTH },
        ] }
    };
}

const ROADMAP: Node = Div {
    class: "columns three",
    body: &[
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
};

pub static TECHNICAL: Section = Section {
    id: "technical",
    menu: "Technical architecture",
    title: "Challenge 1: Technical Architecture for Scale",
    time: "10 minutes",
    task: "Design systems that handle 10x growth.",
    body: &[
        Div {
            class: "columns",
            body: &[
                Group {
                    class: "",
                    legend: "Current System Capacity",
                    body: &[
                        Whole {
                            path: "technical.capacity.concurrent_users",
                            label: "Concurrent users supported",
                            unit: "users",
                        },
                        Whole {
                            path: "technical.capacity.daily_api_calls",
                            label: "Daily API calls",
                            unit: "calls/day",
                        },
                        Number {
                            path: "technical.capacity.database_gb",
                            label: "Database size",
                            unit: "GB",
                        },
                        Number {
                            path: "technical.capacity.storage_gb",
                            label: "Storage requirements",
                            unit: "GB",
                        },
                        Number {
                            path: "technical.capacity.bandwidth_gb_month",
                            label: "Bandwidth usage",
                            unit: "GB/month",
                        },
                    ],
                },
                Group {
                    class: "",
                    legend: "Growth Projections (12 months)",
                    body: &[
                        Number {
                            path: "technical.growth.users_x",
                            label: "Expected users",
                            unit: "× current",
                        },
                        Number {
                            path: "technical.growth.api_calls_x",
                            label: "API call volume",
                            unit: "× current",
                        },
                        Number {
                            path: "technical.growth.storage_x",
                            label: "Data storage needs",
                            unit: "× current",
                        },
                        Number {
                            path: "technical.growth.performance_x",
                            label: "Performance requirements",
                            unit: "× current",
                        },
                    ],
                },
            ],
        },
        Figures {
            heading: "Projected capacity in 12 months",
            body: PROJECTED,
        },
        Heading("Scaling Bottlenecks"),
        Rows {
            list: RowList::Bottlenecks,
            item: "Bottleneck",
            body: &[
                Text {
                    path: "name",
                    label: "Bottleneck",
                },
                Div {
                    class: "columns",
                    body: &[
                        Text {
                            path: "current_limit",
                            label: "Current limit",
                        },
                        Text {
                            path: "breaking_point",
                            label: "Breaking point",
                        },
                    ],
                },
                Text {
                    path: "solution",
                    label: "Solution",
                },
                Div {
                    class: "columns",
                    body: &[
                        Money {
                            path: "cost_month",
                            label: "Cost",
                            per: PER_MONTH,
                        },
                        Whole {
                            path: "timeline_weeks",
                            label: "Timeline",
                            unit: "weeks",
                        },
                    ],
                },
            ],
        },
        Div {
            class: "figures",
            body: &[
                Stat {
                    label: "Bottleneck fixes, per month",
                    figure: FigureName::TechnicalBottleneckCostMonth,
                    show: Show::Money,
                    formula: "sum of the bottlenecks' monthly costs",
                },
                Stat {
                    label: "Longest timeline",
                    figure: FigureName::TechnicalLongestTimelineWeeks,
                    show: Show::Unit("weeks"),
                    formula: "the largest bottleneck timeline",
                },
            ],
        },
        Heading("Infrastructure Roadmap"),
        ROADMAP,
        Div {
            class: "figures",
            body: &[
                Stat {
                    label: "Run rate with all three phases",
                    figure: FigureName::TechnicalRunRateMonth,
                    show: Show::Money,
                    formula: "phase 1 + phase 2 + phase 3 monthly cost",
                },
                Stat {
                    label: "Spend over 18 months",
                    figure: FigureName::TechnicalSpend18Months,
                    show: Show::Money,
                    formula: "phase 1 × 18 + phase 2 × 15 + phase 3 × 9 months",
                },
            ],
        },
        Chart(Chart::Spend),
        Texts {
            legend: "Technology Decisions",
            path: "technical.decisions",
            fields: &[
                ("cloud_provider", "Cloud provider"),
                ("database_strategy", "Database strategy"),
                ("security_framework", "Security framework"),
                ("monitoring_stack", "Monitoring stack"),
                ("development_tools", "Development tools"),
            ],
        },
    ],
};

static PROJECTED: &[Node] = &[
    Stat {
        label: "Concurrent users",
        figure: FigureName::TechnicalProjectedConcurrentUsers,
        show: Show::Count,
        formula: "concurrent users × expected users growth",
    },
    Stat {
        label: "Daily API calls",
        figure: FigureName::TechnicalProjectedDailyApiCalls,
        show: Show::Count,
        formula: "daily API calls × API call volume growth",
    },
    Stat {
        label: "Database size",
        figure: FigureName::TechnicalProjectedDatabaseGb,
        show: Show::Unit("GB"),
        formula: "database size × data storage growth",
    },
    Stat {
        label: "Storage",
        figure: FigureName::TechnicalProjectedStorageGb,
        show: Show::Unit("GB"),
        formula: "storage × data storage growth",
    },
    Stat {
        label: "Bandwidth",
        figure: FigureName::TechnicalProjectedBandwidthGbMonth,
        show: Show::Unit("GB/month"),
        formula: "bandwidth × expected users growth",
    },
];
