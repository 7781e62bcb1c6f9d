//! The page: Leptos components over one reactive plan.

mod agenda;
mod app;
mod clock;
mod copy;
mod errors;
pub mod figure;
pub mod inputs;
pub mod lens;
pub mod lists;
mod nav;
mod participant;
pub mod plans;
pub mod qr;
pub mod sections;
pub mod session;
pub mod sheet;
pub mod snapshots;
pub mod state;
mod summary;
mod team;
pub mod warning;

pub use app::{App, Page};
pub use clock::now;
pub use plans::listen_for_files;

/// Starts the app in the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    match participant::invitation() {
        Some(invitation) => leptos::mount::mount_to_body(move || {
            leptos::view! { <participant::ParticipantPage invitation=invitation.clone() /> }
        }),
        None => leptos::mount::mount_to_body(App),
    }
}
