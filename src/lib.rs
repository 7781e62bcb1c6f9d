pub mod charts;
pub mod export;
pub mod format;
pub mod model;
pub mod scoring;
pub mod session;
pub mod share;
pub mod storage;
pub mod worksheet;

#[cfg(target_arch = "wasm32")]
pub mod ui;
