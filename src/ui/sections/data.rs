use crate::ui::sheet::{Node::*, Sheet};

pub static DATA: Sheet = Sheet {
    id: "data",
    title: "Challenge 2: Data & Analytics Infrastructure",
    time: "8 minutes",
    task: "Build data infrastructure for business intelligence: systems that provide actionable insights at scale.",
    body: &[Div(
        "columns",
        &[
            Texts(
                "Data Collection",
                "data.collection",
                &[
                    ("event_tracking", "Event tracking"),
                    ("user_behavior", "User behavior"),
                    ("business_metrics", "Business metrics"),
                    ("performance_data", "Performance data"),
                    ("external_sources", "External data sources"),
                ],
            ),
            Texts(
                "Data Storage",
                "data.storage",
                &[
                    ("operational_database", "Operational database"),
                    ("analytics_warehouse", "Analytics warehouse"),
                    ("data_lake", "Data lake"),
                    ("backup_strategy", "Backup strategy"),
                    ("retention_policies", "Retention policies"),
                ],
            ),
            Texts(
                "Data Processing",
                "data.processing",
                &[
                    ("real_time_analytics", "Real-time analytics"),
                    ("batch_processing", "Batch processing"),
                    ("ml_pipeline", "Machine learning pipeline"),
                    ("etl", "ETL processes"),
                    ("data_quality_monitoring", "Data quality monitoring"),
                ],
            ),
            Texts(
                "Business Intelligence",
                "data.intelligence",
                &[
                    ("executive_dashboards", "Executive dashboards"),
                    ("self_service_analytics", "Self-service analytics"),
                    ("automated_reporting", "Automated reporting"),
                    ("predictive_analytics", "Predictive analytics"),
                    ("custom_analysis_tools", "Custom analysis tools"),
                ],
            ),
        ],
    )],
};
