#![cfg(target_arch = "wasm32")]
//! The page in headless Chromium: inputs change the plan, figures follow.

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use scaling_planner::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> Element {
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    mount_to(root.clone().unchecked_into(), App).forget();
    root
}

fn input(root: &Element, name: &str) -> HtmlInputElement {
    root.query_selector(&format!("[name='{name}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input named {name}"))
        .unchecked_into()
}

fn figure(root: &Element, name: &str) -> (String, String) {
    let el = root
        .query_selector(&format!("[data-figure='{name}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no figure {name}"));
    (
        el.get_attribute("data-value").unwrap_or_default(),
        el.text_content().unwrap_or_default(),
    )
}

async fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    let event = web_sys::Event::new("input").unwrap();
    field.dispatch_event(&event).unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn typing_a_score_updates_the_figures() {
    let root = mount_app();
    tick().await;
    assert_eq!(figure(&root, "readiness.product").0, "0");
    assert_eq!(figure(&root, "readiness.overall").0, "0");

    let feature = input(&root, "readiness.product.feature_completeness");
    type_into(&feature, "8").await;
    assert_eq!(figure(&root, "readiness.product"), ("2".into(), "2".into()));
    assert_eq!(figure(&root, "readiness.overall").0, "2");

    type_into(&input(&root, "readiness.product.technical_stability"), "6").await;
    type_into(&input(&root, "readiness.product.user_experience"), "7").await;
    type_into(
        &input(&root, "readiness.product.scalability_architecture"),
        "4",
    )
    .await;
    assert_eq!(
        figure(&root, "readiness.product"),
        ("6.25".into(), "6.3".into())
    );
    assert_eq!(figure(&root, "readiness.overall").0, "6.25");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_invalid_score_shows_an_error_and_keeps_the_last_valid_value() {
    let root = mount_app();
    tick().await;
    let feature = input(&root, "readiness.product.feature_completeness");
    type_into(&feature, "9").await;
    assert_eq!(figure(&root, "readiness.product").0, "2.25");

    type_into(&feature, "11").await;
    let error = root.query_selector(".field-error").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Error: 11 is above the maximum of 10."
    );
    assert_eq!(
        feature.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        feature.value(),
        "11",
        "what was typed stays for the user to fix"
    );
    assert_eq!(
        figure(&root, "readiness.product").0,
        "2.25",
        "the model keeps 9"
    );

    type_into(&feature, "").await;
    assert_eq!(error.text_content().unwrap(), "");
    assert_eq!(
        figure(&root, "readiness.product").0,
        "0",
        "blank is not answered"
    );
    root.remove();
}
