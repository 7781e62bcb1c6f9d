//! One section per file, in the seed's order.

mod assessment;
mod automation;
mod data;
mod operations;
mod organization;
mod readiness;
mod roadmap;
mod security;
mod talent;
mod technical;

pub use assessment::ASSESSMENT;
pub use automation::AUTOMATION;
pub use data::DATA;
pub use operations::OPERATIONS;
pub use organization::{Department, Leader, Team, LEADERS, ORGANIZATION, TEAM};
pub use readiness::READINESS;
pub use roadmap::ROADMAP;
pub use security::SECURITY;
pub use talent::TALENT;
pub use technical::TECHNICAL;
