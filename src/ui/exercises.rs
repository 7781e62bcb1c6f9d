//! The worksheet's exercises, in the seed's order: the page shows them and so does a shared plan.

use leptos::prelude::*;

use super::sections::MetaFields;
use super::sheet::section;
use super::stages::{later, later_with};
use crate::worksheet::{Exercise, EXERCISES};

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
    exercise(&EXERCISES[0], false)
}

/// The worksheet after the first exercise, up to the roadmap, and then the snapshots.
pub fn other_exercises(snapshots: bool) -> AnyView {
    let [_, rest @ .., last] = &EXERCISES;
    view! {
        {rest.iter().map(|e| exercise(e, false)).collect_view()}
        {exercise(last, snapshots)}
    }
    .into_any()
}

/// An exercise's heading and its sections, each a part of its own (`later`), in the order asked
/// for, and then the snapshots if asked for.
fn exercise(exercise: &'static Exercise, snapshots: bool) -> AnyView {
    let time = exercise.time;
    view! {
        <div class="exercise" id=exercise.id>
            <h2>
                {exercise.title}
                {(!time.is_empty()).then(|| view! { <span class="time">{format!(" · {time}")}</span> })}
            </h2>
            {exercise.sections.iter().map(|s| later_with(move || section(s))).collect_view()}
            {snapshots.then(|| later(|| view! { <super::snapshots::SnapshotsSection /> }.into_any()))}
        </div>
    }
    .into_any()
}
