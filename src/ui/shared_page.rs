//! A plan opened from a share link: read-only, with every figure and chart, until the user
//! saves it as a new plan or dismisses it. Nothing is stored before that.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use super::copy::base_url;
use super::deflate::deflate_raw;
use super::exercises::{brand, first_exercise, masthead, other_exercises};
use super::inputs::ErrorRegistry;
use super::nav::SectionMenu;
use super::state::PlanState;
use super::summary::SummaryPanel;
use crate::model::{read_plan, Plan};
use crate::share::plan_link::{is_plan_link, read_plan_link, LinkRefusal, MAX_PLAN_BYTES};
use crate::share::response::opened_by_mistake;

/// The share link in the address, if the page was opened from one; also a participant link
/// that cannot be read and a response link, which this page explains.
pub fn shared_fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    (is_plan_link(&hash) || opened_by_mistake(&hash).is_some()).then_some(hash)
}

/// A shared plan and its JSON, or why it cannot be opened.
pub type Opened = Result<(Plan, String), String>;

/// The plan a share link's fragment holds, with its JSON, or why it cannot be opened. Boxed,
/// so that the page and the comparison share one compiled copy.
pub fn open(fragment: String) -> Pin<Box<dyn Future<Output = Opened>>> {
    Box::pin(async move {
        if let Some(said) = opened_by_mistake(&fragment) {
            return Err(said.into());
        }
        let packed = read_plan_link(&fragment).map_err(|r| r.message())?;
        let inflated = deflate_raw(&packed.deflated, false, MAX_PLAN_BYTES)
            .await
            .map_err(|_| LinkRefusal::Damaged.message())?;
        let json = packed.open(&inflated).map_err(|r| r.message())?;
        let plan = read_plan(json.as_bytes())
            .map_err(|e| format!("The plan in this link cannot be opened: {e}."))?;
        Ok((plan, json))
    })
}

/// Where a shared plan waits, across the reload into the app, to be saved as a new plan.
const SAVING: &str = "scaling-planner-shared:saving";

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Where a shared plan waits, across the reload into the app, to be compared.
const COMPARING: &str = "scaling-planner-shared:comparing";

fn take(key: &str) -> Option<String> {
    let store = session_storage()?;
    let text = store.get_item(key).ok().flatten()?;
    let _ = store.remove_item(key);
    Some(text)
}

/// The shared plan the user chose to save, taken once.
pub fn take_saved() -> Option<String> {
    take(SAVING)
}

/// The shared plan the user chose to compare with their own, taken once.
pub fn take_compared() -> Option<Plan> {
    read_plan(take(COMPARING)?.as_bytes()).ok()
}

/// Leaves the shared plan for the user's own plans, carrying it over to be saved or compared
/// (under `SAVING` or `COMPARING`); `Err` when this browser cannot carry the plan over.
fn leave(save: Option<(&str, &str)>) -> Result<(), ()> {
    if let Some((key, json)) = save {
        let kept = session_storage().is_some_and(|s| s.set_item(key, json).is_ok());
        if !kept {
            return Err(());
        }
    }
    // Back from a comparison returns to the shared plan, to save it after all.
    if let Ok(history) = window().history() {
        let (null, base) = (wasm_bindgen::JsValue::NULL, Some(base_url()));
        let _ = match save {
            Some((COMPARING, _)) => history.push_state_with_url(&null, "", base.as_deref()),
            _ => history.replace_state_with_url(&null, "", base.as_deref()),
        };
    }
    let _ = window().location().reload();
    Ok(())
}

#[component]
pub fn SharedPage(fragment: String) -> impl IntoView {
    let opened = RwSignal::new(None::<Result<(Plan, String), String>>);
    wasm_bindgen_futures::spawn_local(async move {
        let result = open(fragment).await;
        opened.try_set(Some(result));
    });
    move || {
        match opened.get() {
        None => view! { <p class="shared-bar" role="status">"Opening the shared plan…"</p> }.into_any(),
        Some(Err(message)) => view! {
            <header class="masthead">{brand()}</header>
            <div class="shared-bar refused" role="alert">
                <p>{message}</p>
                <p>"Nothing was stored."</p>
                <button type="button" on:click=move |_| { let _ = leave(None); }>"Go to my plans"</button>
            </div>
        }
        .into_any(),
        Some(Ok((plan, json))) => preview(plan, json).into_any(),
    }
    }
}

fn preview(plan: Plan, json: String) -> impl IntoView {
    ErrorRegistry::provide();
    let name = plan.title();
    PlanState::provide(plan);
    let blocked = RwSignal::new(false);
    let compared = json.clone();
    view! {
        <div class="shared-bar" role="region" aria-label="Shared plan">
            <p>
                <strong>{format!("Shared plan: {name}")}</strong>
                " · read-only."
                <span class="more">" Nothing is stored until you save it."</span>
            </p>
            <button type="button" class="primary" on:click=move |_| blocked.set(leave(Some((SAVING, &json))).is_err())>"Save as new plan"</button>
            <button type="button" on:click=move |_| blocked.set(leave(Some((COMPARING, &compared))).is_err())>
                "Compare"<span class="more">" with my plans"</span>
            </button>
            <button type="button" on:click=move |_| { let _ = leave(None); }>"Dismiss"</button>
            {move || blocked.get().then(|| view! {
                <p class="notice" role="alert">"This browser blocks storage here, so the plan cannot be carried over. Nothing was lost: the link still holds it."</p>
            })}
        </div>
        // Its fields read-only; its menu and summary (a phone's summary bar is a button) are
        // for reading, and stay usable.
        <fieldset class="read-only" disabled>
            <legend class="visually-hidden">"The shared plan, read-only"</legend>
            {masthead()}
        </fieldset>
        <div class="layout">
            <SectionMenu />
            <fieldset class="read-only" disabled>
                <legend class="visually-hidden">"Its worksheet, read-only"</legend>
                <main id="worksheet" tabindex="-1">
                    {first_exercise()}
                    {other_exercises(false)}
                </main>
            </fieldset>
            <SummaryPanel />
        </div>
    }
}
