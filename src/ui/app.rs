use leptos::prelude::*;

use super::sections::ReadinessSection;
use super::state::PlanState;
use crate::model::Plan;

#[component]
pub fn App() -> impl IntoView {
    PlanState::provide(Plan::blank(""));
    view! {
        <header class="masthead">
            <h1>"Scaling Planner"</h1>
            <p class="tagline">"Day 29: Scaling Strategy & Infrastructure Planning"</p>
        </header>
        <main>
            <ReadinessSection />
        </main>
    }
}
