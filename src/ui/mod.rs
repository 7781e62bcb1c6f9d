//! The page: Leptos components over one reactive plan.

mod action;
mod agenda;
mod app;
mod awake;
mod brief;
mod clock;
mod compare;
mod copy;
mod deflate;
mod errors;
mod exercises;
pub mod figure;
mod focus;
pub mod inputs;
pub mod lens;
pub mod lists;
mod nav;
mod participant;
pub mod plans;
mod preview;
pub mod qr;
pub mod sections;
pub mod session;
mod share_link;
mod shared_page;
pub mod sheet;
pub mod snapshots;
mod stages;
pub mod state;
mod summary;
mod team;
pub mod warning;

pub use app::{planner, App, Page};
pub use clock::now;
pub use focus::focus_later;

/// Starts the app in the page body.
pub fn mount() {
    // No panic hook: a panic stops the code (`unreachable`), which the start-up script tells
    // the user of. A hook, even one that ignores its argument, brings in the formatting of every
    // panic's message: 0.7 KB of the download, for a message only a developer would read.
    // Each in a task of its own: the one that compiled and started the code is long enough, and
    // the browser reads the page's storage from disk when it is first asked for it; then the
    // session's core starts, and the page over it follows (`start`).
    wasm_bindgen_futures::spawn_local(async {
        stages::next_task().await;
        if let Ok(Some(storage)) = leptos::prelude::window().local_storage() {
            _ = storage.length();
        }
        stages::next_task().await;
        start().await;
    });
}

/// Takes away what index.html shows until the app's code runs.
fn remove_shell() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
}

async fn start() {
    if let Some(invitation) = participant::invitation() {
        remove_shell();
        leptos::mount::mount_to_body(move || {
            leptos::view! { <participant::ParticipantPage invitation=invitation.clone() /> }
        });
    } else if let Some(fragment) = shared_page::shared_fragment() {
        remove_shell();
        leptos::mount::mount_to_body(move || {
            leptos::view! { <shared_page::SharedPage fragment=fragment.clone() /> }
        });
    } else {
        let started = session::start_core();
        stages::next_task().await;
        leptos::mount::mount_to_body(move || planner(started));
    }
}
