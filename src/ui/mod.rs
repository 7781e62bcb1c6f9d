//! The page: Leptos components over one reactive plan.

mod agenda;
mod app;
mod clock;
mod copy;
mod deflate;
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
mod share_link;
mod shared_page;
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
    if let Some(invitation) = participant::invitation() {
        leptos::mount::mount_to_body(move || {
            leptos::view! { <participant::ParticipantPage invitation=invitation.clone() /> }
        });
    } else if let Some(fragment) = shared_page::shared_fragment() {
        leptos::mount::mount_to_body(move || {
            leptos::view! { <shared_page::SharedPage fragment=fragment.clone() /> }
        });
    } else {
        leptos::mount::mount_to_body(App);
    }
}
