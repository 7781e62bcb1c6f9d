use crate::worksheet::{Node::*, Section};

pub static OPERATIONS: Section = Section {
    id: "operations",
    menu: "Business processes",
    title: "Challenge 1: Business Process Optimization",
    time: "5 minutes",
    task: "Systematize operations: repeatable processes that maintain quality at scale.",
    body: &[Div {
        class: "columns",
        body: &[
            Texts {
                legend: "Customer Acquisition",
                path: "operations.customer_acquisition",
                fields: &[
                    ("lead_generation", "Lead generation"),
                    ("lead_qualification", "Lead qualification"),
                    ("sales_process", "Sales process"),
                    ("onboarding", "Onboarding"),
                    ("success_tracking", "Success tracking"),
                ],
            },
            Texts {
                legend: "Product Development",
                path: "operations.product_development",
                fields: &[
                    ("feature_planning", "Feature planning"),
                    ("development_workflow", "Development workflow"),
                    ("testing_procedures", "Testing procedures"),
                    ("release_management", "Release management"),
                    ("feedback_integration", "Feedback integration"),
                ],
            },
            Texts {
                legend: "Customer Success",
                path: "operations.customer_success",
                fields: &[
                    ("health_monitoring", "Health monitoring"),
                    ("intervention_protocols", "Intervention protocols"),
                    ("expansion_opportunities", "Expansion opportunities"),
                    ("renewal_processes", "Renewal processes"),
                    ("churn_prevention", "Churn prevention"),
                ],
            },
            Texts {
                legend: "Support Operations",
                path: "operations.support",
                fields: &[
                    ("ticket_management", "Ticket management"),
                    ("escalation_procedures", "Escalation procedures"),
                    ("knowledge_base", "Knowledge base"),
                    ("training_programs", "Training programs"),
                    ("quality_assurance", "Quality assurance"),
                ],
            },
        ],
    }],
};
