//! The worksheet's wording for the two scorecards, shared by their sections and the gap suggestions.

pub struct ScoreGroup {
    pub key: &'static str,
    pub title: &'static str,
    pub items: [(&'static str, &'static str); 4],
}

pub const READINESS: [ScoreGroup; 5] = [
    ScoreGroup {
        key: "product",
        title: "Product Maturity",
        items: [
            ("feature_completeness", "Feature completeness"),
            ("technical_stability", "Technical stability"),
            ("user_experience", "User experience quality"),
            ("scalability_architecture", "Scalability architecture"),
        ],
    },
    ScoreGroup {
        key: "market",
        title: "Market Position",
        items: [
            ("product_market_fit", "Product-market fit strength"),
            ("competitive_differentiation", "Competitive differentiation"),
            ("brand_recognition", "Brand recognition"),
            ("customer_loyalty", "Customer loyalty"),
        ],
    },
    ScoreGroup {
        key: "operations",
        title: "Operations Maturity",
        items: [
            ("process_documentation", "Process documentation"),
            ("system_automation", "System automation"),
            ("quality_control", "Quality control"),
            ("performance_monitoring", "Performance monitoring"),
        ],
    },
    ScoreGroup {
        key: "financial",
        title: "Financial Health",
        items: [
            ("unit_economics", "Unit economics"),
            ("cash_flow_management", "Cash flow management"),
            ("revenue_predictability", "Revenue predictability"),
            ("funding_adequacy", "Funding adequacy"),
        ],
    },
    ScoreGroup {
        key: "team",
        title: "Team Readiness",
        items: [
            ("leadership_capability", "Leadership capability"),
            ("team_productivity", "Team productivity"),
            ("culture_strength", "Culture strength"),
            ("scalability_mindset", "Scalability mindset"),
        ],
    },
];

pub const ASSESSMENT: [ScoreGroup; 4] = [
    ScoreGroup {
        key: "technical",
        title: "Technical Readiness",
        items: [
            ("infrastructure_scalability", "Infrastructure scalability"),
            ("data_architecture", "Data architecture"),
            ("security_compliance", "Security compliance"),
            ("performance_monitoring", "Performance monitoring"),
        ],
    },
    ScoreGroup {
        key: "organizational",
        title: "Organizational Readiness",
        items: [
            ("team_structure_design", "Team structure design"),
            ("leadership_capability", "Leadership capability"),
            ("hiring_strategy", "Hiring strategy"),
            ("culture_preservation", "Culture preservation"),
        ],
    },
    ScoreGroup {
        key: "operational",
        title: "Operational Readiness",
        items: [
            ("process_documentation", "Process documentation"),
            ("automation_implementation", "Automation implementation"),
            ("quality_systems", "Quality systems"),
            ("efficiency_optimization", "Efficiency optimization"),
        ],
    },
    ScoreGroup {
        key: "strategic",
        title: "Strategic Readiness",
        items: [
            ("growth_planning", "Growth planning"),
            ("resource_allocation", "Resource allocation"),
            ("risk_management", "Risk management"),
            ("execution_capability", "Execution capability"),
        ],
    },
];

/// `market.brand_recognition` → `Brand recognition (Market Position)`.
pub fn item_label(groups: &[ScoreGroup], path: &str) -> String {
    let (group, item) = path.split_once('.').unwrap_or(("", path));
    groups
        .iter()
        .find(|g| g.key == group)
        .and_then(|g| {
            g.items
                .iter()
                .find(|(k, _)| *k == item)
                .map(|(_, l)| format!("{l} ({})", g.title))
        })
        .unwrap_or_else(|| path.to_string())
}
