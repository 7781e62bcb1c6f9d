//! Helpers shared by the browser test files (`web.rs`, `charts_web.rs`).
// Each test file uses only some of these.
#![allow(dead_code)]

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use scaling_planner::model::Plan;
use scaling_planner::ui::state::PlanState;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// A new empty element at the end of the page's body.
pub fn new_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts `view` into `root` over `plan` and hands back the plan state.
pub fn mount_on<V: IntoView + 'static>(
    root: &Element,
    plan: Plan,
    view: impl FnOnce() -> V + 'static,
) -> PlanState {
    let state = Rc::new(Cell::new(None));
    let slot = state.clone();
    mount_to(root.clone().unchecked_into(), move || {
        slot.set(Some(PlanState::provide(plan)));
        view()
    })
    .forget();
    state.get().unwrap()
}

pub fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}
