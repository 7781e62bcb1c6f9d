#![cfg(target_arch = "wasm32")]
//! Plans in real localStorage, in headless Chromium: autosave and reload, several plans,
//! a full quota, corrupt entries, imports and another tab's changes.

use std::time::Duration;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use scaling_planner::model::*;
use scaling_planner::scoring::FigureName;
use scaling_planner::storage::{Library, MemoryStore};
use scaling_planner::ui::session::{start_core, Notice, SaveStatus, Session};
use scaling_planner::ui::Page;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, Storage};

wasm_bindgen_test_configure!(run_in_browser);

/// The example plan (the app fetches it from `examples/northwind.json`, which this runner does not serve).
const NORTHWIND: &str = include_str!("fixtures/northwind.json");

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn plan_key(id: &str) -> String {
    Library::<MemoryStore>::plan_key(id)
}

/// The plan stored under `id`, read back as a plan.
fn stored_plan(id: &str) -> Plan {
    read_plan(
        storage()
            .get_item(&plan_key(id))
            .unwrap()
            .unwrap()
            .as_bytes(),
    )
    .unwrap()
}

fn stored_plans() -> Vec<(String, String)> {
    let s = storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("scaling-planner:plan:"))
        .map(|k| {
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// Mounts the whole app over whatever localStorage holds, and hands back its session.
async fn mount() -> (
    Element,
    Session,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let report = slot.clone();
    let handle = mount_to(root.clone().unchecked_into(), move || {
        report.set(Some(Session::start(start_core())));
        view! { <Page /> }
    });
    settle().await;
    (root, slot.get().unwrap(), handle)
}

async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
}

async fn wait(ms: u64) {
    let (tx, rx) = futures_channel();
    set_timeout(tx, Duration::from_millis(ms));
    rx.await;
}

/// A one-shot wake-up without extra crates.
fn futures_channel() -> (impl FnOnce(), impl std::future::Future<Output = ()>) {
    let promise_resolve = std::rc::Rc::new(std::cell::RefCell::new(None::<js_sys::Function>));
    let slot = promise_resolve.clone();
    let promise = js_sys::Promise::new(&mut |resolve, _| *slot.borrow_mut() = Some(resolve));
    let fire = move || {
        if let Some(f) = promise_resolve.borrow_mut().take() {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    };
    let done = async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    };
    (fire, done)
}

async fn type_into(root: &Element, name: &str, text: &str) {
    let field: HtmlInputElement = root
        .query_selector(&format!("[name='{name}']"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    field.set_value(text);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn first_visit_stores_a_blank_plan_and_edits_are_saved_within_300_ms() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let plans = stored_plans();
    assert_eq!(plans.len(), 1, "a first visit starts one stored blank plan");
    let id = session.current.get_untracked().unwrap();
    assert_eq!(plans[0].0, plan_key(&id));

    type_into(&root, "readiness.product.feature_completeness", "8").await;
    assert_eq!(session.status.get_untracked(), SaveStatus::Pending);
    wait(400).await;
    assert!(matches!(
        session.status.get_untracked(),
        SaveStatus::Saved(_)
    ));
    let saved = stored_plan(&id);
    assert_eq!(saved.readiness.product.feature_completeness, Score(Some(8)));
    assert_eq!(
        storage()
            .get_item("scaling-planner:last")
            .unwrap()
            .as_deref(),
        Some(id.as_str())
    );

    drop(handle);
    root.remove();
    let (root, session, handle) = mount().await;
    assert_eq!(
        session.current.get_untracked().as_deref(),
        Some(id.as_str()),
        "the last plan reopens"
    );
    let field: HtmlInputElement = root
        .query_selector("[name='readiness.product.feature_completeness']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(field.value(), "8");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn pagehide_flushes_a_pending_edit_at_once() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let id = session.current.get_untracked().unwrap();
    type_into(&root, "technical.capacity.storage_gb", "1200").await;
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    let saved = stored_plan(&id);
    assert_eq!(saved.technical.capacity.storage_gb, Number(Some(1200.0)));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_work_in_memory_and_says_so() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let id = session.current.get_untracked().unwrap();
    let before = storage().get_item(&plan_key(&id)).unwrap().unwrap();
    let chunk = "x".repeat(256 * 1024);
    let mut filler = 0;
    while storage()
        .set_item(&format!("filler:{filler}"), &chunk)
        .is_ok()
    {
        filler += 1;
    }
    let small = "x".repeat(1024);
    while storage()
        .set_item(&format!("filler:{filler}"), &small)
        .is_ok()
    {
        filler += 1;
    }
    type_into(
        &root,
        "roadmap.metrics.market_position",
        &"A long market position. ".repeat(200),
    )
    .await;
    wait(400).await;
    assert_eq!(
        session.status.get_untracked(),
        SaveStatus::Failed(scaling_planner::storage::StoreError::Full)
    );
    assert!(session.notices.get_untracked().contains(&Notice::Full));
    assert!(root
        .text_content()
        .unwrap()
        .contains("Browser storage is full."));
    assert!(session.state.plan.with_untracked(|p| p
        .roadmap
        .metrics
        .market_position
        .starts_with("A long market")));
    assert_eq!(
        storage().get_item(&plan_key(&id)).unwrap().unwrap(),
        before,
        "the stored copy is intact"
    );

    for i in 0..filler {
        storage().remove_item(&format!("filler:{i}")).unwrap();
    }
    type_into(&root, "roadmap.metrics.customers_to", "210").await;
    wait(400).await;
    assert!(matches!(
        session.status.get_untracked(),
        SaveStatus::Saved(_)
    ));
    assert!(!session.notices.get_untracked().contains(&Notice::Full));
    let saved = stored_plan(&id);
    assert!(
        saved
            .roadmap
            .metrics
            .market_position
            .starts_with("A long market"),
        "nothing typed while full was lost"
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_plan_is_kept_aside_and_reported() {
    storage().clear().unwrap();
    let good = read_plan(NORTHWIND.as_bytes()).unwrap();
    storage()
        .set_item(&plan_key("p1"), &write_plan(&good))
        .unwrap();
    storage()
        .set_item(
            &plan_key("p2"),
            "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": [",
        )
        .unwrap();
    storage().set_item("scaling-planner:last", "p2").unwrap();
    let (root, session, handle) = mount().await;
    assert_eq!(
        session.current.get_untracked().as_deref(),
        Some("p1"),
        "the readable plan opens instead"
    );
    assert_eq!(
        storage()
            .get_item("scaling-planner:recovery:p2")
            .unwrap()
            .as_deref(),
        Some("{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": [")
    );
    assert_eq!(storage().get_item(&plan_key("p2")).unwrap(), None);
    let alert = root
        .query_selector("[role='alert'] > .notice.error")
        .unwrap()
        .unwrap();
    assert!(alert
        .text_content()
        .unwrap()
        .contains("A stored plan could not be read"));
    assert!(alert.text_content().unwrap().contains("Download its text"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn several_plans_new_duplicate_switch_delete_and_undo() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let first = session.current.get_untracked().unwrap();
    session.add(read_plan(NORTHWIND.as_bytes()).unwrap());
    settle().await;
    let example = session.current.get_untracked().unwrap();
    assert_ne!(first, example);
    assert_eq!(
        session
            .state
            .figures
            .with_untracked(|f| f.number(FigureName::ReadinessOverall)),
        Some(30.25)
    );
    session.duplicate();
    settle().await;
    let copy = session.current.get_untracked().unwrap();
    assert_eq!(
        session.state.plan.with_untracked(|p| p.meta.name.clone()),
        "Northwind 2027 scaling plan (copy)"
    );
    assert_eq!(stored_plans().len(), 3);

    session.open(&first);
    settle().await;
    assert_eq!(
        session
            .state
            .figures
            .with_untracked(|f| f.number(FigureName::ReadinessOverall)),
        Some(0.0)
    );

    session.open(&copy);
    settle().await;
    session.delete_current();
    settle().await;
    assert_eq!(stored_plans().len(), 2);
    let deleted = session
        .notices
        .get_untracked()
        .into_iter()
        .find(|n| matches!(n, Notice::Deleted { .. }))
        .unwrap();
    assert!(matches!(deleted, Notice::Deleted { .. }));
    session.undo_delete();
    settle().await;
    assert_eq!(stored_plans().len(), 3, "undo brings the plan back");
    assert_eq!(
        session.state.plan.with_untracked(|p| p.meta.name.clone()),
        "Northwind 2027 scaling plan (copy)"
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn imports_never_overwrite_and_bad_files_change_nothing() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let snapshot = || stored_plans();
    let before = snapshot();
    session.import_text("bad.json", "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": {\"product\": {\"feature_completeness\": 11}}}");
    settle().await;
    assert_eq!(snapshot(), before, "storage is untouched");
    let alert = root
        .query_selector("[role='alert'] > .notice")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        alert.contains("readiness.product.feature_completeness: 11 is above the maximum of 10"),
        "{alert}"
    );

    session.import_text(
        "<img src=x onerror=alert(1)>.json",
        "{\"format\": \"scaling-plan\", \"version\": 1, \"meta\": {\"name\": \"<b>Bold</b>\"}}",
    );
    settle().await;
    assert_eq!(snapshot().len(), 2, "a valid file becomes a new plan");
    assert_eq!(
        session.state.plan.with_untracked(|p| p.meta.name.clone()),
        "<b>Bold</b>"
    );
    assert!(
        root.query_selector("b, img").unwrap().is_none(),
        "imported text is never HTML"
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn another_tabs_change_appears_here_and_a_clash_keeps_both() {
    storage().clear().unwrap();
    let (root, session, handle) = mount().await;
    let id = session.current.get_untracked().unwrap();
    let mut theirs = session.state.plan.get_untracked();
    theirs.meta.company = "Changed elsewhere".into();
    let text = write_plan(&theirs);
    storage().set_item(&plan_key(&id), &text).unwrap();
    session.on_storage(Some(plan_key(&id)));
    settle().await;
    assert_eq!(
        session
            .state
            .plan
            .with_untracked(|p| p.meta.company.clone()),
        "Changed elsewhere"
    );

    type_into(&root, "meta.name", "Mine").await;
    let mut other = theirs.clone();
    other.roadmap.metrics.market_position = "Typed there".into();
    storage()
        .set_item(&plan_key(&id), &write_plan(&other))
        .unwrap();
    session.on_storage(Some(plan_key(&id)));
    settle().await;
    let plan = session.state.plan.get_untracked();
    assert_eq!(
        (
            plan.meta.name.as_str(),
            plan.roadmap.metrics.market_position.as_str()
        ),
        ("Mine", "Typed there"),
        "edits to different fields merge"
    );
    let stored = stored_plan(&id);
    assert_eq!(stored.meta.name, "Mine", "the merge is stored at once");

    type_into(&root, "meta.name", "Mine again").await;
    let mut clash = stored.clone();
    clash.meta.name = "Theirs again".into();
    storage()
        .set_item(&plan_key(&id), &write_plan(&clash))
        .unwrap();
    session.on_storage(Some(plan_key(&id)));
    settle().await;
    assert_eq!(
        session.state.plan.with_untracked(|p| p.meta.name.clone()),
        "Mine again",
        "this tab's edit stays"
    );
    let plans = stored_plans();
    assert_eq!(plans.len(), 2, "the other tab's version is kept as a copy");
    assert!(plans.iter().any(|(_, v)| v.contains("Theirs again")));
    assert!(plans
        .iter()
        .any(|(_, v)| v.contains("\"name\": \"Mine again\"")));
    assert!(session
        .notices
        .get_untracked()
        .iter()
        .any(|n| matches!(n, Notice::Conflict { .. })));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn storage_full_at_start_still_lists_and_opens_the_plans() {
    storage().clear().unwrap();
    let good = read_plan(NORTHWIND.as_bytes()).unwrap();
    storage()
        .set_item(&plan_key("p1"), &write_plan(&good))
        .unwrap();
    storage().set_item("scaling-planner:last", "p1").unwrap();
    let chunk = "x".repeat(256 * 1024);
    let mut filler = 0;
    for size in [256 * 1024, 4096, 64, 1] {
        let piece = &chunk[..size];
        while storage()
            .set_item(&format!("filler:{filler}"), piece)
            .is_ok()
        {
            filler += 1;
        }
    }
    let (root, session, handle) = mount().await;
    assert_eq!(session.current.get_untracked().as_deref(), Some("p1"));
    assert!(
        !session.in_memory_only(),
        "a full store is not a blocked one"
    );
    assert_eq!(session.plans.get_untracked().len(), 1);
    let text = root.text_content().unwrap();
    assert!(text.contains("new changes need room"), "{text}");
    assert!(!text.contains("not letting the app store plans"));
    assert!(session.notices.get_untracked().contains(&Notice::NoRoom));
    for i in 0..filler {
        storage().remove_item(&format!("filler:{i}")).unwrap();
    }
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
fn local_storage_gives_the_opening_of_a_value_without_the_rest() {
    use scaling_planner::storage::local::LocalStore;
    use scaling_planner::storage::Store;
    storage().clear().unwrap();
    storage().set_item("opening", "héllo wörld").unwrap();
    let (store, full) = LocalStore::open().unwrap();
    assert!(!full);
    assert_eq!(store.head("opening", 5).unwrap().as_deref(), Some("héllo"));
    assert_eq!(
        store.head("opening", 100).unwrap().as_deref(),
        Some("héllo wörld")
    );
    assert_eq!(store.head("missing", 5).unwrap(), None);
    storage().clear().unwrap();
}
