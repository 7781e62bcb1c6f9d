use leptos::prelude::*;

use super::state::PlanState;

/// A warning of scoring.md beside the fields it concerns, shown only while it holds.
#[component]
pub fn Warn(#[prop(into)] code: String) -> impl IntoView {
    let message = PlanState::get().warning(code.clone());
    move || {
        message.get().map(|m| {
            view! {
                <p class="warning" data-warning=code.clone() role="status">
                    <span aria-hidden="true">"⚠ "</span>
                    {m}
                </p>
            }
        })
    }
}
