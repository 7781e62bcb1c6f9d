use crate::scoring::{FigureName, WarningKind};
use crate::ui::figure::Show;
use crate::ui::sheet::{Node::*, Sheet};

const GROWTH: &str = "(to − from) ÷ from × 100";

pub static ROADMAP: Sheet = Sheet {
    id: "roadmap",
    title: "12-Month Scaling Roadmap",
    time: "",
    task: "The scaling execution plan, quarter by quarter.",
    body: &[
        Div(
            "columns",
            &[
                Texts(
                    "Months 1–3: Foundation",
                    "roadmap.foundation",
                    &[
                        ("infrastructure_upgrades", "Infrastructure upgrades"),
                        ("leadership_hires", "Key leadership hires"),
                        ("process_documentation", "Process documentation"),
                        ("automation_implementation", "Automation implementation"),
                    ],
                ),
                Texts(
                    "Months 4–6: Growth",
                    "roadmap.growth",
                    &[
                        ("team_expansion", "Team expansion"),
                        ("system_optimization", "System optimization"),
                        ("compliance_achievement", "Compliance achievement"),
                        ("performance_enhancement", "Performance enhancement"),
                    ],
                ),
                Texts(
                    "Months 7–9: Optimization",
                    "roadmap.optimization",
                    &[
                        ("efficiency_improvements", "Efficiency improvements"),
                        ("advanced_automation", "Advanced automation"),
                        ("quality_enhancements", "Quality enhancements"),
                        ("culture_reinforcement", "Culture reinforcement"),
                    ],
                ),
                Texts(
                    "Months 10–12: Scale",
                    "roadmap.scale",
                    &[
                        ("advanced_capabilities", "Advanced capabilities"),
                        ("market_expansion", "Market expansion"),
                        ("strategic_partnerships", "Strategic partnerships"),
                        ("exit_preparation", "Exit preparation"),
                    ],
                ),
            ],
        ),
        Group(
            "",
            "Success Metrics",
            &[
                Div(
                    "metric-row",
                    &[
                        Whole("roadmap.metrics.team_size_from", "Team size: from", ""),
                        Whole("roadmap.metrics.team_size_to", "Team size: to", ""),
                        Stat(
                            "Growth",
                            FigureName::RoadmapTeamGrowthPercent,
                            Show::Percent,
                            GROWTH,
                        ),
                    ],
                ),
                Warn(WarningKind::TeamTargetMismatch),
                Div(
                    "metric-row",
                    &[
                        Money("roadmap.metrics.revenue_from", "Revenue: from", ""),
                        Money("roadmap.metrics.revenue_to", "Revenue: to", ""),
                        Stat(
                            "Growth",
                            FigureName::RoadmapRevenueGrowthPercent,
                            Show::Percent,
                            GROWTH,
                        ),
                    ],
                ),
                Div(
                    "metric-row",
                    &[
                        Whole("roadmap.metrics.customers_from", "Customers: from", ""),
                        Whole("roadmap.metrics.customers_to", "Customers: to", ""),
                        Stat(
                            "Growth",
                            FigureName::RoadmapCustomersGrowthPercent,
                            Show::Percent,
                            GROWTH,
                        ),
                    ],
                ),
                Text("roadmap.metrics.market_position", "Market position"),
            ],
        ),
    ],
};
