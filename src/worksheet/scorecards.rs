//! The two scorecards: their groups of four scores, their totals and their gaps.

use super::groups::ScoreGroup;
use super::{Show, TextRows};
use crate::scoring::FigureName;

/// A figure with how it reads and its formula.
#[derive(Clone, Copy)]
pub struct Shown {
    pub figure: FigureName,
    pub show: Show,
    pub formula: &'static str,
}

/// A scorecard: its groups, each scored out of `max`, and its total out of `of`, read as
/// "{total}: 30.3 /50 · 60.5% · Emerging".
pub struct Scorecard {
    /// The plan key: `readiness`.
    pub key: &'static str,
    pub groups: &'static [ScoreGroup],
    pub max: u32,
    pub group_formula: &'static str,
    pub total: &'static str,
    pub of: u32,
    /// The total first, then what follows it.
    pub totals: &'static [Shown],
    pub answered: Shown,
    pub questions: u32,
    pub weakest: FigureName,
    pub gaps: TextRows,
}

impl Scorecard {
    /// The word for one critical gap.
    pub const GAP: &'static str = "Gap";
}

pub static READINESS_CARD: Scorecard = Scorecard {
    key: "readiness",
    groups: &READINESS,
    max: 10,
    group_formula: "sum of its 4 scores ÷ 4",
    total: "Overall scaling readiness",
    of: 50,
    totals: &[
        Shown {
            figure: FigureName::ReadinessOverall,
            show: Show::Score,
            formula: "sum of the 5 dimension scores",
        },
        Shown {
            figure: FigureName::ReadinessPercent,
            show: Show::Percent,
            formula: "overall ÷ 50 × 100",
        },
        Shown {
            figure: FigureName::ReadinessBand,
            show: Show::Band,
            formula: "not ready below 40%, emerging from 40%, ready from 70%, scale-ready from 85%",
        },
    ],
    answered: Shown {
        figure: FigureName::ReadinessAnswered,
        show: Show::Count,
        formula: "scores filled in, of 20",
    },
    questions: 20,
    weakest: FigureName::ReadinessWeakest,
    gaps: TextRows::ReadinessGaps,
};

pub static ASSESSMENT_CARD: Scorecard = Scorecard {
    key: "assessment",
    groups: &ASSESSMENT,
    max: 25,
    group_formula: "sum of its 4 scores × 25 ÷ 40",
    total: "Overall scaling score",
    of: 100,
    totals: &[
        Shown {
            figure: FigureName::AssessmentOverall,
            show: Show::Score,
            formula: "sum of the 4 area scores",
        },
        Shown {
            figure: FigureName::AssessmentBand,
            show: Show::Band,
            formula: "not ready below 40, emerging from 40, ready from 70, scale-ready from 85",
        },
    ],
    answered: Shown {
        figure: FigureName::AssessmentAnswered,
        show: Show::Count,
        formula: "scores filled in, of 16",
    },
    questions: 16,
    weakest: FigureName::AssessmentWeakest,
    gaps: TextRows::AssessmentGaps,
};

const READINESS: [ScoreGroup; 5] = [
    ScoreGroup {
        key: "product",
        figure: FigureName::ReadinessProduct,
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
        figure: FigureName::ReadinessMarket,
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
        figure: FigureName::ReadinessOperations,
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
        figure: FigureName::ReadinessFinancial,
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
        figure: FigureName::ReadinessTeam,
        title: "Team Readiness",
        items: [
            ("leadership_capability", "Leadership capability"),
            ("team_productivity", "Team productivity"),
            ("culture_strength", "Culture strength"),
            ("scalability_mindset", "Scalability mindset"),
        ],
    },
];

const ASSESSMENT: [ScoreGroup; 4] = [
    ScoreGroup {
        key: "technical",
        figure: FigureName::AssessmentTechnical,
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
        figure: FigureName::AssessmentOrganizational,
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
        figure: FigureName::AssessmentOperational,
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
        figure: FigureName::AssessmentStrategic,
        title: "Strategic Readiness",
        items: [
            ("growth_planning", "Growth planning"),
            ("resource_allocation", "Resource allocation"),
            ("risk_management", "Risk management"),
            ("execution_capability", "Execution capability"),
        ],
    },
];
