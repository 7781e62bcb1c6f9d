use crate::worksheet::{Node::*, Section};

pub static SECURITY: Section = Section {
    id: "security",
    menu: "Security & compliance",
    title: "Challenge 3: Security & Compliance Scaling",
    time: "7 minutes",
    task: "Prepare security infrastructure for enterprise customers.",
    body: &[Div {
        class: "columns",
        body: &[
            Texts {
                legend: "Security Infrastructure",
                path: "security.infrastructure",
                fields: &[
                    ("identity_management", "Identity management"),
                    ("access_control", "Access control"),
                    ("data_encryption", "Data encryption"),
                    ("network_security", "Network security"),
                    ("endpoint_protection", "Endpoint protection"),
                ],
            },
            Group {
                class: "",
                legend: "Compliance Requirements",
                body: &[
                    Whole {
                        path: "security.compliance.soc2_months",
                        label: "SOC 2 Type II: timeline",
                        unit: "months",
                    },
                    Text {
                        path: "security.compliance.gdpr_status",
                        label: "GDPR compliance: status",
                    },
                    Text {
                        path: "security.compliance.hipaa_status",
                        label: "HIPAA (if applicable): status",
                    },
                    Whole {
                        path: "security.compliance.iso27001_months",
                        label: "ISO 27001: timeline",
                        unit: "months",
                    },
                    Text {
                        path: "security.compliance.industry_specific",
                        label: "Industry-specific",
                    },
                ],
            },
            Texts {
                legend: "Security Operations",
                path: "security.operations",
                fields: &[
                    ("vulnerability_management", "Vulnerability management"),
                    ("incident_response", "Incident response"),
                    ("security_monitoring", "Security monitoring"),
                    ("penetration_testing", "Penetration testing"),
                    ("employee_training", "Employee training"),
                ],
            },
            Texts {
                legend: "Privacy by Design",
                path: "security.privacy",
                fields: &[
                    ("data_minimization", "Data minimization"),
                    ("user_consent", "User consent"),
                    ("data_portability", "Data portability"),
                    ("right_to_deletion", "Right to deletion"),
                    ("privacy_impact_assessments", "Privacy impact assessments"),
                ],
            },
        ],
    }],
};
