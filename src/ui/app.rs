use leptos::prelude::*;

use super::brief::{Brief, BriefView};
use super::compare::{ComparePanel, Comparing};
use super::errors::ErrorSummary;
use super::exercises::{first_exercise, masthead, other_exercises};
use super::inputs::ErrorRegistry;
use super::nav::SectionMenu;
use super::plans::{listen_for_files, Notices, PlanBar};
use super::preview::{ImportPreview, PreviewPanel};
use super::session::{start_core, Session, Started};
use super::stages::{later, later_with};
use super::summary::SummaryPanel;

/// The app over the user's plans, its session started now.
#[component]
pub fn App() -> impl IntoView {
    planner(start_core())
}

/// The app over the user's plans, its session already `started`; a shared plan the user chose
/// to save is stored first.
pub fn planner(started: Started) -> AnyView {
    // A link to a place further down needs the whole worksheet at once; otherwise the page is
    // built a part at a time (`stages`), so that a phone's main thread is never held for long.
    if super::nav::names_a_place() {
        request_animation_frame(super::nav::land_on_hash);
    } else {
        super::stages::start();
        let printing = window_event_listener_untyped("beforeprint", |_| super::stages::finish());
        on_cleanup(move || printing.remove());
    }
    // A link to a field (a warning's, an error's) lands on it, and keeps it in place while the
    // sections near it lay themselves out; for as long as the page lives.
    _ = window_event_listener_untyped("hashchange", |_| super::nav::land_on_hash());
    let session = Session::start(started);
    if let Some(text) = super::shared_page::take_saved() {
        session.import_text("the share link", &text);
    }
    // In a task of its own: starting the session is long enough.
    later(|| view! { <Page /> }.into_any())
}

/// The page over a [`Session`] already started; it takes the place of the page's shell.
#[component]
pub fn Page() -> impl IntoView {
    super::remove_shell();
    ErrorRegistry::provide();
    let session = Session::get();
    let comparing = Comparing::new(session.state.plan);
    let preview = ImportPreview::new(session);
    let brief = Brief::new();
    listen_for_files(preview);
    if let Some(plan) = super::shared_page::take_compared() {
        comparing.with_open(format!("Link: {}", plan.title()), plan);
    }
    // Asked for in the order they are built: the plan's name under the app's, the summary beside
    // the menu, before the worksheet.
    let head = masthead();
    let top = later_with(move || {
        view! {
            <PlanBar comparing brief preview />
            <Notices />
            <PreviewPanel preview comparing />
            <ComparePanel comparing />
        }
        .into_any()
    });
    let agenda =
        later(|| super::agenda::agenda_bar(super::nav::show_section, super::nav::names_a_place()));
    let menu = later(|| view! { <SectionMenu /> }.into_any());
    let summary = later(|| view! { <SummaryPanel /> }.into_any());
    view! {
        // First, so that the style sheet can hide the page under it (`.brief ~ *`).
        <BriefView brief />
        <a class="skip-link" href="#worksheet">"Skip to the worksheet"</a>
        {head}
        {top}
        {agenda}
        <div class="layout">
            {menu}
            <main id="worksheet" tabindex="-1">
                <ErrorSummary />
                {first_exercise()}
                {other_exercises(true)}
            </main>
            {summary}
        </div>
    }
}
