record!(Collection texts { event_tracking, user_behavior, business_metrics, performance_data, external_sources });
record!(DataStorage texts { operational_database, analytics_warehouse, data_lake, backup_strategy, retention_policies });
record!(Processing texts { real_time_analytics, batch_processing, ml_pipeline, etl, data_quality_monitoring });
record!(Intelligence texts {
    executive_dashboards,
    self_service_analytics,
    automated_reporting,
    predictive_analytics,
    custom_analysis_tools,
});

record!(
    /// 29A.2 Data and analytics infrastructure.
    Data {
        collection: Collection,
        storage: DataStorage,
        processing: Processing,
        intelligence: Intelligence,
    }
);
