use super::{Amount, Count};

record!(
    /// Months 1–3.
    Foundation texts { infrastructure_upgrades, leadership_hires, process_documentation, automation_implementation }
);
record!(
    /// Months 4–6.
    GrowthPhase texts { team_expansion, system_optimization, compliance_achievement, performance_enhancement }
);
record!(
    /// Months 7–9.
    Optimization texts { efficiency_improvements, advanced_automation, quality_enhancements, culture_reinforcement }
);
record!(
    /// Months 10–12.
    ScalePhase texts { advanced_capabilities, market_expansion, strategic_partnerships, exit_preparation }
);

record!(Metrics {
    team_size_from: Count,
    team_size_to: Count,
    revenue_from: Amount,
    revenue_to: Amount,
    customers_from: Count,
    customers_to: Count,
    market_position: String,
});

record!(
    /// 12-month scaling execution plan.
    Roadmap {
        foundation: Foundation,
        growth: GrowthPhase,
        optimization: Optimization,
        scale: ScalePhase,
        metrics: Metrics,
    }
);
