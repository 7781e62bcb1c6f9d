use leptos::prelude::*;

use super::{EntryLens, EntryState, FieldError};

/// A number field of any kind (count, amount, percent, …) with its unit beside it.
#[component]
pub fn NumberInput(
    #[prop(into)] lens: EntryLens,
    #[prop(into)] label: String,
    /// Shown before the number, e.g. `$`.
    #[prop(optional, into)]
    prefix: Signal<String>,
    /// Shown after the number, e.g. `GB` or `hours/week`.
    #[prop(optional)]
    unit: &'static str,
    #[prop(default = "decimal")] inputmode: &'static str,
    /// Read out before the label but not shown, where a row heading already says it.
    #[prop(optional)]
    context: &'static str,
) -> impl IntoView {
    let entry = EntryState::new(&lens);
    let error = Signal::from(Memo::new(move |_| entry.error()));
    super::ErrorRegistry::register(&lens.id(), &label, error);
    let id = lens.id();
    let error_id = format!("{id}-error");
    let name = lens.name.clone();
    view! {
        <div class="field number" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>
                {(!context.is_empty()).then(|| view! { <span class="visually-hidden">{context} " "</span> })}
                {label}
            </label>
            <div class="number-control">
                <span class="affix" aria-hidden="true">{move || prefix.get()}</span>
                <input
                    id=id
                    name=name
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    aria-describedby=error_id.clone()
                    aria-invalid=move || error.with(|e| e.is_some().to_string())
                    prop:value=move || entry.text()
                    on:input=move |ev| entry.take(event_target_value(&ev))
                    on:blur=move |_| entry.settle()
                />
                <span class="affix" aria-hidden="true">{unit}</span>
            </div>
            <FieldError id=error_id error=error />
        </div>
    }
}

/// An amount of money in the plan's currency, optionally per period (`/month`).
#[component]
pub fn MoneyInput(
    #[prop(into)] lens: EntryLens,
    #[prop(into)] label: String,
    #[prop(optional)] per: &'static str,
) -> impl IntoView {
    let state = crate::ui::state::PlanState::get();
    let currency = state.currency;
    let prefix = Signal::derive(move || {
        currency.with(|c| crate::format::symbol(c).map_or_else(|| format!("{c} "), str::to_string))
    });
    view! { <NumberInput lens=lens label=label prefix=prefix unit=per /> }
}
