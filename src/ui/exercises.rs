//! The worksheet's exercises, in the seed's order: the page shows them and so does a shared plan.

use leptos::prelude::*;

use super::sections::*;
use super::sheet::section;
use super::stages::later;

/// The app's name and the plan's name, company and currency above the worksheet; the fields are
/// a part of their own (`later`), each long enough on a phone.
pub fn masthead() -> impl IntoView {
    view! {
        <header class="masthead">
            {brand()}
            {later(|| view! { <MetaFields /> }.into_any())}
        </header>
    }
}

/// The app's name and the workshop's.
pub fn brand() -> impl IntoView {
    view! {
        <div class="brand">
            <h1>"Scaling Planner"</h1>
            <p class="tagline">"Day 29: Scaling Strategy & Infrastructure Planning · 60 minutes"</p>
        </div>
    }
}

/// The worksheet's first exercise.
pub fn first_exercise() -> AnyView {
    view! {
        <Exercise id="pre-exercise" title="Pre-Exercise Setup" time="5 minutes">
            {later(|| section(&READINESS))}
        </Exercise>
    }
    .into_any()
}

/// The worksheet after the first exercise, up to the roadmap, and then the snapshots.
pub fn other_exercises(snapshots: bool) -> AnyView {
    view! {
        <Exercise id="exercise-29a" title="Exercise 29A: Infrastructure & Technology Scaling" time="25 minutes">
            {later(|| section(&TECHNICAL))}
            {later(|| section(&DATA))}
            {later(|| section(&SECURITY))}
        </Exercise>
        <Exercise id="exercise-29b" title="Exercise 29B: Team & Organizational Scaling" time="20 minutes">
            {later(|| section(&ORGANIZATION))}
            {later(|| section(&TALENT))}
        </Exercise>
        <Exercise id="exercise-29c" title="Exercise 29C: Operational Systems & Processes" time="10 minutes">
            {later(|| section(&OPERATIONS))}
            {later(|| section(&AUTOMATION))}
        </Exercise>
        <Exercise id="assessment-planning" title="Assessment & Scaling Planning">
            {later(|| section(&ASSESSMENT))}
            {later(|| section(&ROADMAP))}
            {snapshots.then(|| later(|| view! { <super::snapshots::SnapshotsSection /> }.into_any()))}
        </Exercise>
    }
    .into_any()
}

#[component]
fn Exercise(
    id: &'static str,
    title: &'static str,
    #[prop(optional)] time: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="exercise" id=id>
            <h2>
                {title}
                {(!time.is_empty()).then(|| view! { <span class="time">{format!(" · {time}")}</span> })}
            </h2>
            {children()}
        </div>
    }
}
