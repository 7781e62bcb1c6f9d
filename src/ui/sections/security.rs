use leptos::prelude::*;

use crate::lens;
use crate::ui::inputs::{NumberInput, TextInput};

#[component]
pub fn SecuritySection() -> impl IntoView {
    view! {
        <section id="security" class="section" aria-labelledby="security-title">
            <h3 id="security-title">"Challenge 3: Security & Compliance Scaling" <span class="time">"7 minutes"</span></h3>
            <p class="task">"Prepare security infrastructure for enterprise customers."</p>
            <div class="columns">
                {text_group!("Security Infrastructure", security.infrastructure {
                    identity_management: "Identity management",
                    access_control: "Access control",
                    data_encryption: "Data encryption",
                    network_security: "Network security",
                    endpoint_protection: "Endpoint protection",
                })}
                <fieldset class="group">
                    <legend>"Compliance Requirements"</legend>
                    <NumberInput lens=lens!(security.compliance.soc2_months) label="SOC 2 Type II: timeline" unit="months" inputmode="numeric" />
                    <TextInput lens=lens!(security.compliance.gdpr_status) label="GDPR compliance: status" />
                    <TextInput lens=lens!(security.compliance.hipaa_status) label="HIPAA (if applicable): status" />
                    <NumberInput lens=lens!(security.compliance.iso27001_months) label="ISO 27001: timeline" unit="months" inputmode="numeric" />
                    <TextInput lens=lens!(security.compliance.industry_specific) label="Industry-specific" />
                </fieldset>
                {text_group!("Security Operations", security.operations {
                    vulnerability_management: "Vulnerability management",
                    incident_response: "Incident response",
                    security_monitoring: "Security monitoring",
                    penetration_testing: "Penetration testing",
                    employee_training: "Employee training",
                })}
                {text_group!("Privacy by Design", security.privacy {
                    data_minimization: "Data minimization",
                    user_consent: "User consent",
                    data_portability: "Data portability",
                    right_to_deletion: "Right to deletion",
                    privacy_impact_assessments: "Privacy impact assessments",
                })}
            </div>
        </section>
    }
}
