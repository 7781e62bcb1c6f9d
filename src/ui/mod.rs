//! The page: Leptos components over one reactive plan.

mod app;
pub mod figure;
pub mod inputs;
pub mod lens;
pub mod sections;
pub mod state;

pub use app::App;

/// Starts the app in the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
