use super::{Amount, Hours};

record!(Opportunity {
    process: String,
    current_hours_week: Hours,
    solution: String,
    saved_hours_week: Hours,
    cost_month: Amount,
    setup_cost: Amount,
});

record!(Tools texts { crm, marketing_automation, customer_support, financial_management, analytics_platform });

record!(
    /// 29C.2 Automation and tool integration.
    Automation {
        opportunities: Vec<Opportunity>,
        tools: Tools,
        hourly_cost: Amount,
    }
);
