use std::any::Any;
use std::sync::Arc;

use leptos::prelude::*;

use super::TextInput;
use crate::model::Plan;
use crate::ui::focus_later;
use crate::ui::state::{opened, PlanState};

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

/// A row of any list.
type AnyRow = Box<dyn Any + Send + Sync>;

/// A change to the plan taking `A` and giving `R`.
type Edit<A, R> = Arc<dyn Fn(&mut Plan, A) -> R + Send + Sync>;

/// A removed row and what was typed into it, kept for undo in the plan it was removed from
/// ([`opened`]).
type Removed = (u32, usize, AnyRow, super::Refused);

/// A list's rows with their type erased, so that one compiled [`rows`] serves every list.
#[derive(Clone)]
pub struct RowOps {
    pub name: &'static str,
    len: Arc<dyn Fn(&Plan) -> usize + Send + Sync>,
    push: Edit<(), ()>,
    remove: Edit<usize, Option<AnyRow>>,
    insert: Edit<(usize, AnyRow), ()>,
}

impl<T: Default + Send + Sync + 'static> From<ListLens<T>> for RowOps {
    fn from(list: ListLens<T>) -> Self {
        Self {
            name: list.name,
            len: Arc::new(move |p| (list.get)(p).len()),
            push: Arc::new(move |p, ()| {
                let rows = (list.get_mut)(p);
                if rows.len() < MAX_ROWS {
                    rows.push(T::default());
                }
            }),
            remove: Arc::new(move |p, i| {
                let rows = (list.get_mut)(p);
                (i < rows.len()).then(|| Box::new(rows.remove(i)) as AnyRow)
            }),
            insert: Arc::new(move |p, (i, row)| {
                let rows = (list.get_mut)(p);
                if let (true, Ok(row)) = (rows.len() < MAX_ROWS, row.downcast::<T>()) {
                    rows.insert(i.min(rows.len()), *row);
                }
            }),
        }
    }
}

pub type RowView = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// Rows the user can add (up to 20) and remove, with an undo for the last removal.
pub fn rows(list: RowOps, item: String, row: RowView) -> impl IntoView {
    let state = PlanState::get();
    let len = {
        let len = list.len.clone();
        state.watch(list.name, move |p| len(p))
    };
    // Each removal can be undone, the latest first, until a row is added.
    let removed: RwSignal<Vec<Removed>> = RwSignal::new(Vec::new());
    let item_for_rows = item.clone();
    let item_for_undo = item.clone();
    let ops = StoredValue::new(list);
    let add = move |_: leptos::ev::MouseEvent| {
        removed.set(Vec::new());
        let next = len.get_untracked();
        let list = ops.get_value();
        state.edit(list.name, |p| (list.push)(p, ()));
        focus_row(list.name, next);
    };
    let remove = move |i: usize| {
        let list = ops.get_value();
        let mut taken = None;
        let typed = super::renumber(list.name, i, None);
        state.edit(list.name, |p| taken = (list.remove)(p, i));
        if let Some(row) = taken {
            // Those of a plan no longer open stay below, never shown again.
            removed.update(|r| r.push((opened(), i, row, typed)));
            // Its Undo, after the rows, takes the focus and comes into view: the button pressed
            // is gone, and on a phone the Undo would be a screen or more below.
            focus_later(format!("[id=\"undo-{}\"]", list.name));
        }
    };
    let undo = move |_: leptos::ev::MouseEvent| {
        let mut taken = None;
        removed.update(|r| taken = r.pop());
        if let Some((_, i, row, typed)) = taken.filter(|(plan, ..)| *plan == opened()) {
            let list = ops.get_value();
            super::renumber(list.name, i, Some(typed));
            state.edit(list.name, |p| (list.insert)(p, (i, row)));
            // The Undo is gone: the focus goes to the row it brought back.
            focus_row(list.name, i);
        }
    };
    view! {
        <div class="rows">
            {move || {
                (0..len.get())
                    .map(|i| view! {
                        <div class="row">
                            <div class="row-head">
                                <span class="row-title">{format!("{} {}", item_for_rows, i + 1)}</span>
                                <button
                                    type="button"
                                    class="row-remove"
                                    aria-label=format!("Remove {} {}", item_for_rows.to_ascii_lowercase(), i + 1)
                                    // The second click of a double-click would remove the row
                                    // that moved up under the pointer.
                                    on:click=move |ev| if ev.detail() < 2 { remove(i) }
                                >
                                    "Remove"
                                </button>
                            </div>
                            {row(i)}
                        </div>
                    })
                    .collect_view()
            }}
            <div class="row-actions">
                <button type="button" class="add" disabled=move || { len.get() >= MAX_ROWS } on:click=add>
                    {format!("+ Add {}", item.to_ascii_lowercase())}
                </button>
                <Show when=move || { len.get() >= MAX_ROWS }>
                    <span class="hint">"20 rows at most."</span>
                </Show>
                {move || {
                    removed
                        .with(|r| r.last().filter(|(plan, ..)| *plan == opened()).map(|(_, i, ..)| *i))
                        .map(|i| {
                            view! {
                                <span class="undo" role="status">
                                    {format!("Removed {} {}. ", item_for_undo.to_ascii_lowercase(), i + 1)}
                                    <button type="button" class="link" id=format!("undo-{}", ops.with_value(|l| l.name)) on:click=undo>
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
    rows(
        list.into(),
        item,
        Arc::new(move |i| {
            view! { <TextInput lens=format!("{}.{i}", list.name) label=format!("{} {}", label, i + 1) /> }
                .into_any()
        }),
    )
}

/// Moves focus to row `i`'s first field once it is on the page (the first field whose name
/// starts `list.i`: rows 10 and on come after row 1).
fn focus_row(list: &str, i: usize) {
    focus_later(format!("[name^=\"{list}.{i}\"]"));
}
