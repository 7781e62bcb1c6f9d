use super::Duration;

record!(SecurityInfrastructure texts {
    identity_management,
    access_control,
    data_encryption,
    network_security,
    endpoint_protection,
});

record!(Compliance {
    soc2_months: Duration,
    gdpr_status: String,
    hipaa_status: String,
    iso27001_months: Duration,
    industry_specific: String,
});

record!(SecurityOperations texts {
    vulnerability_management,
    incident_response,
    security_monitoring,
    penetration_testing,
    employee_training,
});

record!(Privacy texts {
    data_minimization,
    user_consent,
    data_portability,
    right_to_deletion,
    privacy_impact_assessments,
});

record!(
    /// 29A.3 Security and compliance.
    Security {
        infrastructure: SecurityInfrastructure,
        compliance: Compliance,
        operations: SecurityOperations,
        privacy: Privacy,
    }
);
