use leptos::prelude::*;

use super::TextInput;
use crate::model::Plan;
use crate::ui::lens::Lens;
use crate::ui::state::PlanState;

pub const MAX_ROWS: usize = 20;

/// A list of the plan (bottlenecks, core values, …): its JSON path and where it lives.
pub struct ListLens<T: 'static> {
    pub name: &'static str,
    pub get: fn(&Plan) -> &Vec<T>,
    pub get_mut: fn(&mut Plan) -> &mut Vec<T>,
}

impl<T> Clone for ListLens<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListLens<T> {}

/// `list!(technical.bottlenecks)`
#[macro_export]
macro_rules! list {
    ($($field:ident).+) => {
        $crate::ui::inputs::ListLens {
            name: stringify!($($field).+),
            get: |p| &p.$($field).+,
            get_mut: |p| &mut p.$($field).+,
        }
    };
}

/// Rows the user can add (up to 20) and remove, with an undo for the last removal.
#[component]
pub fn Rows<T, F, V>(list: ListLens<T>, #[prop(into)] item: String, row: F) -> impl IntoView
where
    T: Clone + Default + Send + Sync + 'static,
    F: Fn(usize) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = PlanState::get();
    let len = Memo::new(move |_| state.plan.with(|p| (list.get)(p).len()));
    let removed: RwSignal<Option<(usize, T)>> = RwSignal::new(None);
    let item_for_rows = item.clone();
    let item_for_undo = item.clone();
    let add = move |_: leptos::ev::MouseEvent| {
        removed.set(None);
        let next = len.get_untracked();
        state.plan.update(|p| {
            let rows = (list.get_mut)(p);
            if rows.len() < MAX_ROWS {
                rows.push(T::default());
            }
        });
        focus_first(&format!("{}.{next}", list.name));
    };
    let remove = move |i: usize| {
        state.plan.update(|p| {
            let rows = (list.get_mut)(p);
            if i < rows.len() {
                removed.set(Some((i, rows.remove(i))));
            }
        });
    };
    let undo = move |_: leptos::ev::MouseEvent| {
        if let Some((i, row)) = removed.get_untracked() {
            state.plan.update(|p| {
                let rows = (list.get_mut)(p);
                if rows.len() < MAX_ROWS {
                    rows.insert(i.min(rows.len()), row);
                }
            });
            removed.set(None);
        }
    };
    view! {
        <div class="rows">
            <For each=move || 0..len.get() key=|i| *i let:i>
                <div class="row">
                    <div class="row-head">
                        <span class="row-title">{format!("{} {}", item_for_rows, i + 1)}</span>
                        <button
                            type="button"
                            class="row-remove"
                            aria-label=format!("Remove {} {}", item_for_rows.to_lowercase(), i + 1)
                            on:click=move |_| remove(i)
                        >
                            "Remove"
                        </button>
                    </div>
                    {row.clone()(i)}
                </div>
            </For>
            <div class="row-actions">
                <button type="button" class="add" disabled=move || { len.get() >= MAX_ROWS } on:click=add>
                    {format!("+ Add {}", item.to_lowercase())}
                </button>
                <Show when=move || { len.get() >= MAX_ROWS }>
                    <span class="hint">"20 rows at most."</span>
                </Show>
                {move || {
                    removed
                        .with(|r| r.as_ref().map(|(i, _)| *i))
                        .map(|i| {
                            view! {
                                <span class="undo" role="status">
                                    {format!("Removed {} {}. ", item_for_undo.to_lowercase(), i + 1)}
                                    <button type="button" class="link" on:click=undo>
                                        "Undo"
                                    </button>
                                </span>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// A list of text rows, such as the critical gaps.
#[component]
pub fn TextList(list: ListLens<String>, #[prop(into)] item: String) -> impl IntoView {
    let label = item.clone();
    view! {
        <Rows
            list=list
            item=item
            row=move |i| {
                let lens: Lens<String> =
                    Lens::row(format!("{}.{i}", list.name), i, list.get, list.get_mut, |r| r, |r| r);
                view! { <TextInput lens=lens label=format!("{} {}", label, i + 1) /> }
            }
        />
    }
}

/// Moves focus to the first field of a new row once it is on the page.
fn focus_first(prefix: &str) {
    let selector = format!("[name^=\"{prefix}\"]");
    request_animation_frame(move || {
        let found = document().query_selector(&selector).ok().flatten();
        if let Some(el) =
            found.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    });
}
