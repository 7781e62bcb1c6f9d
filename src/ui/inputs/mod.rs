mod list;
mod number;
mod score;
mod text;

pub use list::{ListLens, Rows, TextList, MAX_ROWS};
pub use number::{MoneyInput, NumberInput};
pub use score::ScoreInput;
pub use text::{PrioritySelect, TextInput};

use leptos::prelude::*;

use super::lens::Lens;
use super::state::PlanState;
use crate::model::entry::Entry;

/// The text a number field shows and its inline error, kept apart from the plan so
/// that a half-typed or invalid entry never reaches the model.
#[derive(Clone, Copy)]
pub struct EntryState {
    pub text: RwSignal<String>,
    pub error: RwSignal<Option<String>>,
}

impl EntryState {
    /// Follows the plan: when the stored value changes from elsewhere, the text follows.
    pub fn new<T: Entry + Send + Sync + 'static>(lens: &Lens<T>) -> (Self, Memo<T>) {
        let state = PlanState::get();
        let read = lens.clone();
        let value = Memo::new(move |_| state.plan.with(|p| read.get(p)));
        let entry = Self {
            text: RwSignal::new(value.get_untracked().to_text()),
            error: RwSignal::new(None),
        };
        Effect::new(move |_| {
            let stored = value.get();
            let shown = entry.text.with_untracked(|t| T::parse(t));
            if shown != Ok(stored) {
                entry.text.set(stored.to_text());
                entry.error.set(None);
            }
        });
        (entry, value)
    }

    /// Takes what was typed: a valid value goes into the plan, anything else shows an error.
    pub fn take<T: Entry + Send + Sync + 'static>(&self, lens: &Lens<T>, text: String) {
        let parsed = T::parse(&text);
        self.text.set(text);
        match parsed {
            Ok(v) => {
                self.error.set(None);
                store(lens, v);
            }
            Err(message) => self.error.set(Some(message)),
        }
    }
}

/// Writes one value into the plan, unless it is already there.
pub fn store<T: PartialEq + Send + Sync + 'static>(lens: &Lens<T>, value: T) {
    let state = PlanState::get();
    if state.plan.with_untracked(|p| lens.get(p) != value) {
        state.plan.update(|p| lens.set(p, value));
    }
}

/// The inline error under a field.
#[component]
pub fn FieldError(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || error.get().map(|e| view! { <span class="visually-hidden">"Error: "</span> {e} })}
        </p>
    }
}
