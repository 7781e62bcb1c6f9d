use crate::worksheet::{Node::*, Section};

pub static DATA: Section = Section {
    id: "data",
    menu: "Data & analytics",
    title: "Challenge 2: Data & Analytics Infrastructure",
    time: "8 minutes",
    task: "Build data infrastructure for business intelligence: systems that provide actionable insights at scale.",
    body: &[Div { class: "columns", body: &[
            Texts { legend: "Data Collection", path: "data.collection", fields: &[
                    ("event_tracking", "Event tracking"),
                    ("user_behavior", "User behavior"),
                    ("business_metrics", "Business metrics"),
                    ("performance_data", "Performance data"),
                    ("external_sources", "External data sources"),
                ] },
            Texts { legend: "Data Storage", path: "data.storage", fields: &[
                    ("operational_database", "Operational database"),
                    ("analytics_warehouse", "Analytics warehouse"),
                    ("data_lake", "Data lake"),
                    ("backup_strategy", "Backup strategy"),
                    ("retention_policies", "Retention policies"),
                ] },
            Texts { legend: "Data Processing", path: "data.processing", fields: &[
                    ("real_time_analytics", "Real-time analytics"),
                    ("batch_processing", "Batch processing"),
                    ("ml_pipeline", "Machine learning pipeline"),
                    ("etl", "ETL processes"),
                    ("data_quality_monitoring", "Data quality monitoring"),
                ] },
            Texts { legend: "Business Intelligence", path: "data.intelligence", fields: &[
                    ("executive_dashboards", "Executive dashboards"),
                    ("self_service_analytics", "Self-service analytics"),
                    ("automated_reporting", "Automated reporting"),
                    ("predictive_analytics", "Predictive analytics"),
                    ("custom_analysis_tools", "Custom analysis tools"),
                ] },
        ] }],
};
