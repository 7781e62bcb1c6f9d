use leptos::prelude::*;

use super::EntryLens;
use crate::model::value::MAX_TEXT_CHARS;

/// A text field that grows with its content.
#[component]
pub fn TextInput(#[prop(into)] lens: EntryLens, #[prop(into)] label: String) -> impl IntoView {
    let id = lens.id();
    let name = lens.name.clone();
    let value = lens.watch();
    let at_limit = Memo::new(move |_| {
        value.with(|v| v.len() >= MAX_TEXT_CHARS && v.chars().count() >= MAX_TEXT_CHARS)
    });
    view! {
        <div class="field text">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=name
                rows="1"
                maxlength=MAX_TEXT_CHARS
                prop:value=move || value.get()
                on:input=move |ev| {
                    let _ = lens.take(&event_target_value(&ev));
                }
            ></textarea>
            <Show when=move || at_limit.get()>
                <span class="hint" role="status">"5,000 characters at most: this field is full."</span>
            </Show>
        </div>
    }
}

/// Critical / High / Medium, or not set.
#[component]
pub fn PrioritySelect(#[prop(into)] lens: EntryLens, #[prop(into)] label: String) -> impl IntoView {
    let id = lens.id();
    let name = lens.name.clone();
    let value = lens.watch();
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
                prop:value=move || value.get()
                on:change=move |ev| {
                    let _ = lens.take(&event_target_value(&ev));
                }
            >
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        view! {
                            <option value=key selected=move || value.with(|v| v == key)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
