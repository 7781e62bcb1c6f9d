use crate::scoring::{FigureName, WarningKind};
use crate::worksheet::{Node::*, Section};

const GROWTH: &str = "(to − from) ÷ from × 100";

pub static ROADMAP: Section = Section {
    id: "roadmap",
    menu: "12-month roadmap",
    title: "12-Month Scaling Roadmap",
    time: "",
    task: "The scaling execution plan, quarter by quarter.",
    body: &[
        Div {
            class: "columns",
            body: &[
                Texts {
                    legend: "Months 1–3: Foundation",
                    path: "roadmap.foundation",
                    fields: &[
                        ("infrastructure_upgrades", "Infrastructure upgrades"),
                        ("leadership_hires", "Key leadership hires"),
                        ("process_documentation", "Process documentation"),
                        ("automation_implementation", "Automation implementation"),
                    ],
                },
                Texts {
                    legend: "Months 4–6: Growth",
                    path: "roadmap.growth",
                    fields: &[
                        ("team_expansion", "Team expansion"),
                        ("system_optimization", "System optimization"),
                        ("compliance_achievement", "Compliance achievement"),
                        ("performance_enhancement", "Performance enhancement"),
                    ],
                },
                Texts {
                    legend: "Months 7–9: Optimization",
                    path: "roadmap.optimization",
                    fields: &[
                        ("efficiency_improvements", "Efficiency improvements"),
                        ("advanced_automation", "Advanced automation"),
                        ("quality_enhancements", "Quality enhancements"),
                        ("culture_reinforcement", "Culture reinforcement"),
                    ],
                },
                Texts {
                    legend: "Months 10–12: Scale",
                    path: "roadmap.scale",
                    fields: &[
                        ("advanced_capabilities", "Advanced capabilities"),
                        ("market_expansion", "Market expansion"),
                        ("strategic_partnerships", "Strategic partnerships"),
                        ("exit_preparation", "Exit preparation"),
                    ],
                },
            ],
        },
        Group {
            class: "",
            legend: "Success Metrics",
            body: &[
                Metric {
                    label: "Team size",
                    from: "roadmap.metrics.team_size_from",
                    to: "roadmap.metrics.team_size_to",
                    money: false,
                    growth: FigureName::RoadmapTeamGrowthPercent,
                    formula: GROWTH,
                },
                Warn(WarningKind::TeamTargetMismatch),
                Metric {
                    label: "Revenue",
                    from: "roadmap.metrics.revenue_from",
                    to: "roadmap.metrics.revenue_to",
                    money: true,
                    growth: FigureName::RoadmapRevenueGrowthPercent,
                    formula: GROWTH,
                },
                Metric {
                    label: "Customers",
                    from: "roadmap.metrics.customers_from",
                    to: "roadmap.metrics.customers_to",
                    money: false,
                    growth: FigureName::RoadmapCustomersGrowthPercent,
                    formula: GROWTH,
                },
                Text {
                    path: "roadmap.metrics.market_position",
                    label: "Market position",
                },
            ],
        },
    ],
};
