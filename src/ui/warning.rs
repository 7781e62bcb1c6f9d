use leptos::prelude::*;

use super::state::PlanState;
use crate::scoring::WarningCode;

/// A warning of scoring.md beside the fields it concerns, shown only while it holds.
#[component]
pub fn Warn(code: WarningCode) -> impl IntoView {
    let message = PlanState::get().warning(code);
    move || {
        message.get().map(|m| {
            view! {
                <p class="warning" data-warning=code.to_string() role="status">
                    <span aria-hidden="true">"⚠ "</span>
                    {m}
                </p>
            }
        })
    }
}
