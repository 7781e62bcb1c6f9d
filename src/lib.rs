pub mod format;
pub mod model;
pub mod scoring;

#[cfg(target_arch = "wasm32")]
pub mod ui;
