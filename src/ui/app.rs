use leptos::prelude::*;

use super::brief::{Brief, BriefView};
use super::compare::{ComparePanel, Comparing};
use super::errors::ErrorSummary;
use super::exercises::{first_exercise, masthead, other_exercises};
use super::inputs::ErrorRegistry;
use super::nav::SectionMenu;
use super::plans::{listen_for_files, Notices, PlanBar};
use super::preview::{ImportPreview, PreviewPanel};
use super::session::Session;
use super::stages::at_step;
use super::summary::SummaryPanel;

/// The app over the user's plans; a shared plan the user chose to save is stored first.
#[component]
pub fn App() -> impl IntoView {
    let session = Session::start();
    if let Some(text) = super::shared_page::take_saved() {
        session.import_text("the share link", &text);
    }
    // A link to a place further down needs the whole worksheet at once.
    let deep_link = window().location().hash().is_ok_and(|h| h.len() > 1);
    if deep_link {
        request_animation_frame(super::nav::land_on_hash);
    }
    view! { <Page progressive=!deep_link /> }
}

/// The page over a [`Session`] already started.
///
/// `progressive`: the worksheet is built a section at a time after the top of the page, each in a
/// task of its own (`stages`), so that a phone's main thread is never held for long.
#[component]
pub fn Page(#[prop(optional)] progressive: bool) -> impl IntoView {
    ErrorRegistry::provide();
    let session = Session::get();
    let comparing = Comparing::new(session.state.plan);
    let preview = ImportPreview::new(session);
    let brief = Brief::new();
    listen_for_files(preview);
    if let Some(plan) = super::shared_page::take_compared() {
        comparing.with_open(format!("Link: {}", plan.title()), plan);
    }
    if progressive {
        super::stages::start();
        let printing = window_event_listener_untyped("beforeprint", |_| super::stages::finish());
        on_cleanup(move || printing.remove());
    }
    view! {
        <a class="skip-link" href="#worksheet">"Skip to the worksheet"</a>
        {masthead()}
        <PlanBar comparing brief preview />
        <Notices />
        <PreviewPanel preview comparing />
        <ComparePanel comparing />
        <BriefView brief />
        {super::agenda::agenda_bar(super::nav::show_section)}
        <div class="layout">
            {at_step(1, || view! { <SectionMenu /> }.into_any())}
            <main id="worksheet" tabindex="-1">
                <ErrorSummary />
                {first_exercise()}
                {other_exercises(true)}
            </main>
            {at_step(1, || view! { <SummaryPanel /> }.into_any())}
        </div>
    }
}
