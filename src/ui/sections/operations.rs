use crate::ui::sheet::{Node::*, Sheet};

pub static OPERATIONS: Sheet = Sheet {
    id: "operations",
    title: "Challenge 1: Business Process Optimization",
    time: "5 minutes",
    task: "Systematize operations: repeatable processes that maintain quality at scale.",
    body: &[Div(
        "columns",
        &[
            Texts(
                "Customer Acquisition",
                "operations.customer_acquisition",
                &[
                    ("lead_generation", "Lead generation"),
                    ("lead_qualification", "Lead qualification"),
                    ("sales_process", "Sales process"),
                    ("onboarding", "Onboarding"),
                    ("success_tracking", "Success tracking"),
                ],
            ),
            Texts(
                "Product Development",
                "operations.product_development",
                &[
                    ("feature_planning", "Feature planning"),
                    ("development_workflow", "Development workflow"),
                    ("testing_procedures", "Testing procedures"),
                    ("release_management", "Release management"),
                    ("feedback_integration", "Feedback integration"),
                ],
            ),
            Texts(
                "Customer Success",
                "operations.customer_success",
                &[
                    ("health_monitoring", "Health monitoring"),
                    ("intervention_protocols", "Intervention protocols"),
                    ("expansion_opportunities", "Expansion opportunities"),
                    ("renewal_processes", "Renewal processes"),
                    ("churn_prevention", "Churn prevention"),
                ],
            ),
            Texts(
                "Support Operations",
                "operations.support",
                &[
                    ("ticket_management", "Ticket management"),
                    ("escalation_procedures", "Escalation procedures"),
                    ("knowledge_base", "Knowledge base"),
                    ("training_programs", "Training programs"),
                    ("quality_assurance", "Quality assurance"),
                ],
            ),
        ],
    )],
};
