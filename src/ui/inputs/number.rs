use leptos::prelude::*;

use super::{EntryState, FieldError};
use crate::model::entry::Entry;
use crate::ui::lens::Lens;

/// A number field of any kind (count, amount, percent, …) with its unit beside it.
#[component]
pub fn NumberInput<T: Entry + Send + Sync + 'static>(
    lens: Lens<T>,
    label: &'static str,
    /// Shown before the number, e.g. `$`.
    #[prop(optional, into)]
    prefix: Signal<String>,
    /// Shown after the number, e.g. `GB` or `hours/week`.
    #[prop(optional)]
    unit: &'static str,
    #[prop(default = "decimal")] inputmode: &'static str,
) -> impl IntoView {
    let (entry, _value) = EntryState::new(&lens);
    let id = lens.id();
    let error_id = format!("{id}-error");
    let name = lens.name.clone();
    view! {
        <div class="field number" class:invalid=move || entry.error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <div class="number-control">
                <span class="affix" aria-hidden="true">{move || prefix.get()}</span>
                <input
                    id=id
                    name=name
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    aria-describedby=error_id.clone()
                    aria-invalid=move || entry.error.with(|e| e.is_some().to_string())
                    prop:value=move || entry.text.get()
                    on:input=move |ev| entry.take(&lens, event_target_value(&ev))
                />
                <span class="affix" aria-hidden="true">{unit}</span>
            </div>
            <FieldError id=error_id error=entry.error />
        </div>
    }
}
