use leptos::prelude::*;

use super::store;
use crate::model::value::MAX_TEXT_CHARS;
use crate::model::Priority;
use crate::ui::lens::Lens;
use crate::ui::state::PlanState;

/// A text field that grows with its content.
#[component]
pub fn TextInput(lens: Lens<String>, #[prop(into)] label: String) -> impl IntoView {
    let state = PlanState::get();
    let id = lens.id();
    let name = lens.name.clone();
    let read = lens.clone();
    let value = state.watch(&name, move |p| read.get(p));
    view! {
        <div class="field text">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=name
                rows="1"
                maxlength=MAX_TEXT_CHARS
                prop:value=move || value.get()
                on:input=move |ev| store(&lens, event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// Critical / High / Medium, or not set.
#[component]
pub fn PrioritySelect(lens: Lens<Option<Priority>>, #[prop(into)] label: String) -> impl IntoView {
    let state = PlanState::get();
    let id = lens.id();
    let name = lens.name.clone();
    let read = lens.clone();
    let value = state.watch(&name, move |p| read.get(p));
    let options = [
        ("", "Not set"),
        ("critical", "Critical"),
        ("high", "High"),
        ("medium", "Medium"),
    ];
    view! {
        <div class="field priority">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                prop:value=move || value.get().map_or("", Priority::key)
                on:change=move |ev| store(&lens, Priority::from_key(&event_target_value(&ev)))
            >
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        view! {
                            <option value=key selected=move || value.get().map_or("", Priority::key) == key>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
