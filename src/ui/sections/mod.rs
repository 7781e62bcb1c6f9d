//! The worksheet, one section per file, in the seed's order.

mod assessment;
mod automation;
mod data;
mod meta;
mod operations;
mod organization;
mod readiness;
mod roadmap;
mod scorecard;
mod security;
mod talent;
mod technical;

pub use assessment::ASSESSMENT_SHEET as ASSESSMENT;
pub use automation::AUTOMATION;
pub use data::DATA;
pub use meta::MetaFields;
pub use operations::OPERATIONS;
pub use organization::ORGANIZATION;
pub use readiness::READINESS_SHEET as READINESS;
pub use roadmap::ROADMAP;
pub use security::SECURITY;
pub use talent::TALENT;
pub use technical::TECHNICAL;

/// The ten worksheet sections: plan key, menu title, and the exercise each belongs to.
pub const SECTIONS: [(&str, &str); 10] = [
    ("readiness", "Business maturity"),
    ("technical", "Technical architecture"),
    ("data", "Data & analytics"),
    ("security", "Security & compliance"),
    ("organization", "Organization & culture"),
    ("talent", "Hiring & retention"),
    ("operations", "Business processes"),
    ("automation", "Automation & tools"),
    ("assessment", "Strategy assessment"),
    ("roadmap", "12-month roadmap"),
];
