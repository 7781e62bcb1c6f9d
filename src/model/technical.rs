use super::{Amount, Count, Duration, Multiplier, Number};

record!(Capacity {
    concurrent_users: Count,
    daily_api_calls: Count,
    database_gb: Number,
    storage_gb: Number,
    bandwidth_gb_month: Number,
});

record!(
    /// 12-month projections, as multiples of today.
    Growth {
        users_x: Multiplier,
        api_calls_x: Multiplier,
        storage_x: Multiplier,
        performance_x: Multiplier,
    }
);

record!(Bottleneck {
    name: String,
    current_limit: String,
    breaking_point: String,
    solution: String,
    cost_month: Amount,
    timeline_weeks: Duration,
});

record!(
    /// 0–3 months.
    Phase1 {
        database_optimization: String,
        caching: String,
        cdn: String,
        monitoring: String,
        cost_month: Amount,
    }
);

record!(
    /// 3–9 months.
    Phase2 {
        microservices: String,
        load_balancing: String,
        auto_scaling: String,
        data_pipeline: String,
        cost_month: Amount,
    }
);

record!(
    /// 9–18 months.
    Phase3 {
        multi_region: String,
        advanced_security: String,
        compliance_systems: String,
        enterprise_integrations: String,
        cost_month: Amount,
    }
);

record!(InfrastructureRoadmap {
    phase1: Phase1,
    phase2: Phase2,
    phase3: Phase3
});

record!(Decisions texts { cloud_provider, database_strategy, security_framework, monitoring_stack, development_tools });

record!(
    /// 29A.1 Technical architecture for scale.
    Technical {
        capacity: Capacity,
        growth: Growth,
        bottlenecks: Vec<Bottleneck>,
        roadmap: InfrastructureRoadmap,
        decisions: Decisions,
    }
);
