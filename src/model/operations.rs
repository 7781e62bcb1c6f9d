record!(CustomerAcquisition texts { lead_generation, lead_qualification, sales_process, onboarding, success_tracking });
record!(ProductDevelopment texts {
    feature_planning,
    development_workflow,
    testing_procedures,
    release_management,
    feedback_integration,
});
record!(CustomerSuccess texts {
    health_monitoring,
    intervention_protocols,
    expansion_opportunities,
    renewal_processes,
    churn_prevention,
});
record!(Support texts { ticket_management, escalation_procedures, knowledge_base, training_programs, quality_assurance });

record!(
    /// 29C.1 Business processes.
    Operations {
        customer_acquisition: CustomerAcquisition,
        product_development: ProductDevelopment,
        customer_success: CustomerSuccess,
        support: Support,
    }
);
