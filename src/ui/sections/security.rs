use crate::ui::sheet::{Node::*, Sheet};

pub static SECURITY: Sheet = Sheet {
    id: "security",
    title: "Challenge 3: Security & Compliance Scaling",
    time: "7 minutes",
    task: "Prepare security infrastructure for enterprise customers.",
    body: &[Div(
        "columns",
        &[
            Texts(
                "Security Infrastructure",
                "security.infrastructure",
                &[
                    ("identity_management", "Identity management"),
                    ("access_control", "Access control"),
                    ("data_encryption", "Data encryption"),
                    ("network_security", "Network security"),
                    ("endpoint_protection", "Endpoint protection"),
                ],
            ),
            Group(
                "",
                "Compliance Requirements",
                &[
                    Whole(
                        "security.compliance.soc2_months",
                        "SOC 2 Type II: timeline",
                        "months",
                    ),
                    Text("security.compliance.gdpr_status", "GDPR compliance: status"),
                    Text(
                        "security.compliance.hipaa_status",
                        "HIPAA (if applicable): status",
                    ),
                    Whole(
                        "security.compliance.iso27001_months",
                        "ISO 27001: timeline",
                        "months",
                    ),
                    Text("security.compliance.industry_specific", "Industry-specific"),
                ],
            ),
            Texts(
                "Security Operations",
                "security.operations",
                &[
                    ("vulnerability_management", "Vulnerability management"),
                    ("incident_response", "Incident response"),
                    ("security_monitoring", "Security monitoring"),
                    ("penetration_testing", "Penetration testing"),
                    ("employee_training", "Employee training"),
                ],
            ),
            Texts(
                "Privacy by Design",
                "security.privacy",
                &[
                    ("data_minimization", "Data minimization"),
                    ("user_consent", "User consent"),
                    ("data_portability", "Data portability"),
                    ("right_to_deletion", "Right to deletion"),
                    ("privacy_impact_assessments", "Privacy impact assessments"),
                ],
            ),
        ],
    )],
};
