pub mod model;
pub mod scoring;
