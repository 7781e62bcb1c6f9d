//! The worksheet, one section per file, in the seed's order.

/// A group of text fields: `text_group!("Data Collection", data.collection { event_tracking: "Event tracking", … })`.
macro_rules! text_group {
    ($title:expr, $($path:ident).+ { $($field:ident : $label:expr),* $(,)? }) => {
        text_group!(@fields $title, [$($path).+] { $($field : $label),* })
    };
    (@fields $title:expr, $path:tt { $($field:ident : $label:expr),* }) => {
        view! {
            <fieldset class="group texts">
                <legend>{$title}</legend>
                $(<$crate::ui::inputs::TextInput lens=text_group!(@lens $path $field) label=$label />)*
            </fieldset>
        }
    };
    (@lens [$($path:ident).+] $field:ident) => {
        $crate::lens!($($path).+.$field)
    };
}

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

pub use assessment::AssessmentSection;
pub use automation::AutomationSection;
pub use data::DataSection;
pub use meta::MetaFields;
pub use operations::OperationsSection;
pub use organization::OrganizationSection;
pub use readiness::ReadinessSection;
pub use roadmap::RoadmapSection;
pub use security::SecuritySection;
pub use talent::TalentSection;
pub use technical::TechnicalSection;

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
