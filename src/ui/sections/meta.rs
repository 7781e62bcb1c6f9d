use leptos::prelude::*;

use crate::lens;
use crate::model::Currency;
use crate::ui::inputs::TextInput;
use crate::ui::state::PlanState;

/// Plan name, company and currency.
#[component]
pub fn MetaFields() -> impl IntoView {
    view! {
        <div class="meta-fields">
            <TextInput lens=lens!(meta.name) label="Plan name" />
            <TextInput lens=lens!(meta.company) label="Company" />
            <CurrencyInput />
        </div>
    }
}

/// A three-letter ISO 4217 code; anything else stays on screen with an error.
#[component]
fn CurrencyInput() -> impl IntoView {
    let state = PlanState::get();
    let name = "meta.currency";
    let id = crate::ui::lens::field_id(name);
    let value = state.currency;
    // What was typed while it is not a valid code, and the stored code at that time.
    let typed = RwSignal::new(None::<(String, String)>);
    let current = move || typed.get().filter(|(_, basis)| *basis == value.get());
    let error = Signal::derive(move || {
        current()
            .map(|_| "Enter a three-letter currency code, such as USD, EUR or GBP.".to_string())
    });
    crate::ui::inputs::ErrorRegistry::register(&id, "Currency", error);
    let registry = use_context::<crate::ui::inputs::ErrorRegistry>();
    let flag_id = id.clone();
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        let code = text.trim().to_ascii_uppercase();
        if Currency::is_valid_code(&code) {
            typed.set(None);
            if value.get_untracked() != code {
                state.edit(name, |p| p.meta.currency = Currency(code));
            }
        } else {
            if let Some(registry) = registry {
                registry.flag(&flag_id);
            }
            typed.set(Some((text, value.get_untracked())));
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <div class="field currency" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>"Currency"</label>
            <input
                id=id
                name=name
                type="text"
                list="currency-codes"
                maxlength="3"
                autocomplete="off"
                class="currency-box"
                aria-describedby=error_id.clone()
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                prop:value=move || current().map_or_else(|| value.get(), |(text, _)| text)
                on:input=on_input
            />
            <datalist id="currency-codes">
                {["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "INR", "CHF", "SEK", "SGD"]
                    .into_iter()
                    .map(|c| view! { <option value=c></option> })
                    .collect_view()}
            </datalist>
            <crate::ui::inputs::FieldError id=error_id error=error />
        </div>
    }
}
