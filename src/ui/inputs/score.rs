use leptos::prelude::*;

use super::{EntryLens, EntryState, FieldError};

/// A 0–10 score: a box to type in (blank means not answered), a slider for mouse
/// and touch, and a button that clears the answer.
#[component]
pub fn ScoreInput(#[prop(into)] lens: EntryLens, #[prop(into)] label: String) -> impl IntoView {
    let entry = EntryState::new(&lens);
    let value = entry.value;
    let error = Signal::from(Memo::new(move |_| entry.error()));
    super::ErrorRegistry::register(&lens.id(), &label, error);
    let id = lens.id();
    let error_id = format!("{id}-error");
    let name = lens.name.clone();
    let answered = move || value.with(|v| !v.is_empty());
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step: i16 = match ev.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            _ => return,
        };
        ev.prevent_default();
        let next = value
            .get_untracked()
            .parse::<i16>()
            .map_or(0, |v| (v + step).clamp(0, 10));
        entry.set(&next.to_string());
    };
    let box_id = id.clone();
    view! {
        <div class="field score" class:unanswered=move || !answered() class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label.clone()}</label>
            <div class="score-control">
                <input
                    id=id
                    name=name
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    class="score-box"
                    placeholder="–"
                    aria-describedby=error_id.clone()
                    aria-invalid=move || error.with(|e| e.is_some().to_string())
                    prop:value=move || entry.text()
                    on:input=move |ev| entry.take(event_target_value(&ev))
                    on:blur=move |_| entry.settle()
                    on:keydown=on_key
                />
                <span class="score-of" aria-hidden="true">"/10"</span>
                <input
                    type="range"
                    class="score-slider"
                    min="0"
                    max="10"
                    step="1"
                    tabindex="-1"
                    aria-hidden="true"
                    prop:value=move || value.with(|v| if v.is_empty() { "0".to_string() } else { v.clone() })
                    on:input=move |ev| {
                        let v = event_target_value(&ev).parse::<u8>().map_or(String::new(), |v| v.min(10).to_string());
                        entry.set(&v);
                    }
                    // A blank score's thumb waits at 0, where a tap changes nothing: it answers 0.
                    on:pointerup=move |ev| {
                        if !answered() {
                            entry.set(&event_target_value(&ev));
                        }
                    }
                />
                <button
                    type="button"
                    class="score-clear"
                    title="Clear: not answered"
                    aria-label=format!("Clear {label}")
                    disabled=move || !answered()
                    on:click=move |_| {
                        entry.set("");
                        // This button is disabled now: the focus goes to the score.
                        crate::ui::focus_later(format!("[id=\"{box_id}\"]"));
                    }
                >
                    "×"
                </button>
            </div>
            <FieldError id=error_id error=error />
        </div>
    }
}
