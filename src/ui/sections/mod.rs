mod readiness;

pub use readiness::ReadinessSection;
