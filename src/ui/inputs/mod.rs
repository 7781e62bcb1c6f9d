mod list;
mod number;
mod score;
mod text;

pub use list::{rows, ListLens, RowOps, TextList, MAX_ROWS};
pub use number::{MoneyInput, NumberInput};
pub use score::ScoreInput;
pub use text::{PrioritySelect, TextInput};

use std::mem::take;

use leptos::prelude::*;

use super::state::{opened, refused, PlanState, Refused};

/// A field's place in the plan: its JSON path, which is also the input's `name`.
/// Every field kind reads and stores through the path, so one compiled input serves them all.
#[derive(Clone)]
pub struct EntryLens {
    pub name: String,
}

impl EntryLens {
    pub fn id(&self) -> String {
        super::lens::field_id(&self.name)
    }

    /// Parses typed text and stores the value, unless it is already there; gives the value
    /// written out, or why it cannot be stored.
    pub fn take(&self, text: &str) -> Result<String, String> {
        let state = PlanState::get();
        let (shown, changed) = state
            .plan
            .with_untracked(|p| p.check_at(&self.name, text))?;
        if changed {
            state.edit(&self.name, |p| {
                let _ = p.enter_at(&self.name, text);
            });
        }
        Ok(shown)
    }

    /// The stored value written out, following only this field's part of the plan.
    pub fn watch(&self) -> Memo<String> {
        let name = self.name.clone();
        PlanState::get().watch(&self.name, move |p| p.text_at(&name))
    }
}

impl From<String> for EntryLens {
    fn from(name: String) -> Self {
        Self { name }
    }
}

impl From<&str> for EntryLens {
    fn from(name: &str) -> Self {
        Self::from(name.to_string())
    }
}

/// What the user typed into a number field when it is not simply the stored value
/// written out: a half-typed entry (`1200.`), a formatted one (`4,000`) or an invalid one.
#[derive(Clone, PartialEq)]
struct Typed {
    text: String,
    /// The stored value (written out) when this was typed; once the plan changes elsewhere,
    /// the field follows the plan.
    basis: String,
    error: Option<String>,
    /// The plan it was typed in ([`opened`]).
    plan: u32,
    /// The stored value before this edit began: what a refused text goes back to.
    before: String,
}

/// Keeps the refused entries in list `list`'s rows with their row once row `at` is removed
/// (giving that row's back) or, with `back`, put back there.
fn renumber(list: &str, at: usize, back: Option<Refused>) -> Refused {
    let prefix = format!("{list}.");
    refused(|all| {
        let mut gone = Vec::new();
        all.retain_mut(|(name, text, basis)| {
            let Some((i, field)) = name
                .strip_prefix(&prefix)
                .and_then(|rest| rest.split_once('.'))
                .and_then(|(i, field)| Some((i.parse::<usize>().ok()?, field)))
                .filter(|(i, _)| *i >= at)
            else {
                return true;
            };
            if i == at && back.is_none() {
                gone.push((take(name), take(text), take(basis)));
                return false;
            }
            let i = if back.is_some() { i + 1 } else { i - 1 };
            *name = format!("{prefix}{i}.{field}");
            true
        });
        all.extend(back.unwrap_or_default());
        gone
    })
}

/// The text and inline error of a number field, derived from the plan and what was typed,
/// so that an invalid entry never reaches the model.
#[derive(Clone, Copy)]
pub struct EntryState {
    typed: RwSignal<Option<Typed>>,
    /// The stored value written out; blank when the field is not filled in.
    pub value: Memo<String>,
    lens: StoredValue<EntryLens>,
    registry: Option<ErrorRegistry>,
}

impl EntryState {
    pub fn new(lens: &EntryLens) -> Self {
        let entry = Self {
            typed: RwSignal::new(None),
            value: lens.watch(),
            lens: StoredValue::new(lens.clone()),
            registry: use_context(),
        };
        let value = entry.value.get_untracked();
        let text = refused(|all| {
            all.iter()
                .find(|(name, _, basis)| *name == lens.name && *basis == value)
                .map(|(_, text, _)| text.clone())
        });
        if let Some(text) = text {
            entry.take(text);
        }
        entry
    }

    /// Notes `text` as this field's refused entry, refused over `basis`, or that it has none.
    fn keep_refused(&self, refused_over: Option<(&str, &str)>) {
        self.lens.with_value(|l| {
            refused(|all| {
                all.retain(|(n, ..)| *n != l.name);
                if let Some((text, basis)) = refused_over {
                    all.push((l.name.clone(), text.into(), basis.into()));
                }
            })
        });
    }

    fn current(&self) -> Option<Typed> {
        self.value.with(|value| {
            self.typed
                .get()
                .filter(|t| t.basis == *value && t.plan == opened())
        })
    }

    /// The text the field shows.
    pub fn text(&self) -> String {
        self.current().map_or_else(|| self.value.get(), |t| t.text)
    }

    pub fn error(&self) -> Option<String> {
        self.current().and_then(|t| t.error)
    }

    /// Takes what was typed: a valid value goes into the plan, anything else shows an error.
    /// Refused, the field keeps the value it had before this edit began (`8`, not the `1` that
    /// typing `11` stored on its way), unless something else has changed it since. An edit lasts
    /// until the field is left with a valid entry, or set by another control.
    pub fn take(&self, text: String) {
        let now = self.value.get_untracked();
        let before = self
            .typed
            .with_untracked(|t| {
                t.as_ref()
                    .filter(|t| t.basis == now && t.plan == opened())
                    .map(|t| t.before.clone())
            })
            .unwrap_or(now);
        let (basis, error) = match self.lens.with_value(|l| l.take(&text)) {
            Ok(shown) => (shown, None),
            Err(message) => {
                let _ = self.lens.with_value(|l| l.take(&before));
                if let Some(registry) = self.registry {
                    registry.flag(&self.lens.with_value(EntryLens::id));
                }
                (self.value.get_untracked(), Some(message))
            }
        };
        self.keep_refused(error.is_some().then_some((&text, &basis)));
        self.typed.set(Some(Typed {
            text,
            basis,
            error,
            plan: opened(),
            before,
        }));
    }

    /// Leaving the field writes a valid entry out as stored (`1200.` → `1,200`); an invalid one
    /// stays on screen with its error.
    /// A field taken off the page by another tab's change still hears its blur: nothing to do.
    pub fn settle(&self) {
        let typed = self
            .typed
            .try_with_untracked(|t| t.as_ref().map(|t| t.error.is_none()));
        if typed.flatten() == Some(true) {
            self.typed.set(None);
        }
    }

    /// Sets the value from another control (slider, arrow keys, clear), dropping what was typed.
    pub fn set(&self, text: &str) {
        self.keep_refused(None);
        self.typed.set(None);
        let _ = self.lens.with_value(|l| l.take(text));
    }
}

/// A field on the page: its element id, its label and its current error.
type FieldEntry = (String, String, Signal<Option<String>>);

/// Every field's inline error, gathered for the error summary at the top of the page.
///
/// The summary reads only the fields flagged as having shown an error, so that a keystroke
/// elsewhere does not make it look at every field of the page.
#[derive(Clone, Copy)]
pub struct ErrorRegistry {
    fields: StoredValue<Vec<FieldEntry>>,
    flagged: RwSignal<Vec<String>>,
}

impl ErrorRegistry {
    pub fn provide() -> Self {
        let registry = Self {
            fields: StoredValue::new(Vec::new()),
            flagged: RwSignal::new(Vec::new()),
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
            .update_value(|f| f.push((id.clone(), label.to_string(), error)));
        on_cleanup(move || {
            registry
                .fields
                .update_value(|f| f.retain(|(i, _, _)| *i != id));
            registry.flagged.update(|f| f.retain(|i| *i != id));
        });
    }

    /// Notes that the field with this element id shows an error.
    pub fn flag(&self, id: &str) {
        if !self.flagged.with_untracked(|f| f.iter().any(|i| i == id)) {
            self.flagged.update(|f| f.push(id.to_string()));
        }
    }

    /// `(element id, label, message)` of every field that shows an error now, in page order.
    pub fn current(&self) -> Vec<(String, String, String)> {
        self.flagged.with(|flagged| {
            self.fields.with_value(|f| {
                f.iter()
                    .filter(|(id, _, _)| flagged.contains(id))
                    .filter_map(|(id, label, error)| {
                        error.get().map(|e| (id.clone(), label.clone(), e))
                    })
                    .collect()
            })
        })
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
