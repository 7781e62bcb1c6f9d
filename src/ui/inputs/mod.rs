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

/// What the user typed into a number field when it is not simply the stored value
/// written out: a half-typed entry (`1200.`), a formatted one (`4,000`) or an invalid one.
#[derive(Clone, PartialEq)]
struct Typed<T> {
    text: String,
    /// The stored value when this was typed; once the plan changes elsewhere, the field follows the plan.
    basis: T,
    error: Option<String>,
}

/// The text and inline error of a number field, derived from the plan and what was typed,
/// so that an invalid entry never reaches the model.
pub struct EntryState<T: Send + Sync + 'static> {
    typed: RwSignal<Option<Typed<T>>>,
    pub value: Memo<T>,
}

impl<T: Send + Sync + 'static> Clone for EntryState<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for EntryState<T> {}

impl<T: Entry + Send + Sync + 'static> EntryState<T> {
    pub fn new(lens: &Lens<T>) -> Self {
        let state = PlanState::get();
        let read = lens.clone();
        Self {
            typed: RwSignal::new(None),
            value: Memo::new(move |_| state.plan.with(|p| read.get(p))),
        }
    }

    fn current(&self) -> Option<Typed<T>> {
        let value = self.value.get();
        self.typed.get().filter(|t| t.basis == value)
    }

    /// The text the field shows.
    pub fn text(&self) -> String {
        self.current()
            .map_or_else(|| self.value.get().to_text(), |t| t.text)
    }

    pub fn error(&self) -> Option<String> {
        self.current().and_then(|t| t.error)
    }

    /// Takes what was typed: a valid value goes into the plan, anything else shows an error.
    pub fn take(&self, lens: &Lens<T>, text: String) {
        match T::parse(&text) {
            Ok(v) => {
                let plain = text == v.to_text();
                self.typed.set((!plain).then_some(Typed {
                    text,
                    basis: v,
                    error: None,
                }));
                store(lens, v);
            }
            Err(message) => self.typed.set(Some(Typed {
                text,
                basis: self.value.get_untracked(),
                error: Some(message),
            })),
        }
    }

    /// Sets the value from another control (slider, arrow keys, clear), dropping what was typed.
    pub fn set(&self, lens: &Lens<T>, value: T) {
        self.typed.set(None);
        store(lens, value);
    }
}

/// A field on the page: its element id, its label and its current error.
type FieldEntry = (String, String, Signal<Option<String>>);

/// Every field's inline error, gathered for the error summary at the top of the page.
#[derive(Clone, Copy)]
pub struct ErrorRegistry {
    fields: RwSignal<Vec<FieldEntry>>,
}

impl ErrorRegistry {
    pub fn provide() -> Self {
        let registry = Self {
            fields: RwSignal::new(Vec::new()),
        };
        provide_context(registry);
        registry
    }

    /// Lists a field's error signal while the field is on the page (no-op without a registry).
    pub fn register(id: &str, label: &str, error: Signal<Option<String>>) {
        let Some(registry) = use_context::<ErrorRegistry>() else {
            return;
        };
        let id = id.to_string();
        registry
            .fields
            .update(|f| f.push((id.clone(), label.to_string(), error)));
        on_cleanup(move || registry.fields.update(|f| f.retain(|(i, _, _)| *i != id)));
    }

    /// `(element id, label, message)` of every field that shows an error now.
    pub fn current(&self) -> Vec<(String, String, String)> {
        self.fields.with(|f| {
            f.iter()
                .filter_map(|(id, label, error)| {
                    error.get().map(|e| (id.clone(), label.clone(), e))
                })
                .collect()
        })
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
pub fn FieldError(id: String, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || error.get().map(|e| view! { <span class="visually-hidden">"Error: "</span> {e} })}
        </p>
    }
}
