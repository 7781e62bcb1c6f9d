#![cfg(target_arch = "wasm32")]
//! Components in headless Chromium: each input kind with blank, valid and invalid typing,
//! and the whole page wired through the model and scoring.

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use scaling_planner::model::*;
use scaling_planner::scoring::FigureName;
use scaling_planner::ui::figure::{FigureValue, Show};
use scaling_planner::ui::inputs::{
    MoneyInput, NumberInput, PrioritySelect, ScoreInput, TextInput, TextList,
};
use scaling_planner::ui::qr::QrCode;
use scaling_planner::ui::state::PlanState;
use scaling_planner::ui::App;
use scaling_planner::{lens, list};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

mod common;

use common::{find, mount_on, new_root};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> Element {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = new_root();
    mount_to(root.clone().unchecked_into(), App).forget();
    root
}

/// Mounts a few components over a blank plan and hands back the plan state.
fn mount_with<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (Element, PlanState) {
    let root = new_root();
    let state = mount_on(&root, Plan::blank("2026-11-26T00:00:00Z"), view);
    (root, state)
}

fn named<T: JsCast>(root: &Element, name: &str) -> T {
    find(root, &format!("[name='{name}']"))
}

fn figure(root: &Element, name: &str) -> (String, String) {
    let el: Element = find(root, &format!("[data-figure='{name}']"));
    (
        el.get_attribute("data-value").unwrap_or_default(),
        el.text_content().unwrap_or_default(),
    )
}

fn error_text(root: &Element, name: &str) -> String {
    let id = format!("f-{}-error", name.replace('.', "-"));
    find::<Element>(root, &format!("[id='{id}']"))
        .text_content()
        .unwrap_or_default()
}

/// Lets every scheduled effect run; one tick is not always enough when a view is torn down.
async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
}

async fn fire(target: &web_sys::EventTarget, kind: &str) {
    target
        .dispatch_event(&web_sys::Event::new(kind).unwrap())
        .unwrap();
    settle().await;
}

async fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    fire(field, "input").await;
}

#[wasm_bindgen_test]
async fn typing_a_score_updates_the_figures() {
    let root = mount_app();
    settle().await;
    assert_eq!(figure(&root, "readiness.product").0, "0");
    assert_eq!(figure(&root, "readiness.overall").0, "0");

    type_into(&named(&root, "readiness.product.feature_completeness"), "8").await;
    assert_eq!(figure(&root, "readiness.product"), ("2".into(), "2".into()));
    assert_eq!(figure(&root, "readiness.overall").0, "2");

    type_into(&named(&root, "readiness.product.technical_stability"), "6").await;
    type_into(&named(&root, "readiness.product.user_experience"), "7").await;
    type_into(
        &named(&root, "readiness.product.scalability_architecture"),
        "4",
    )
    .await;
    assert_eq!(
        figure(&root, "readiness.product"),
        ("6.25".into(), "6.3".into())
    );
    assert_eq!(figure(&root, "readiness.overall").0, "6.25");
    assert_eq!(figure(&root, "readiness.answered").0, "4");
    root.remove();
}

#[wasm_bindgen_test]
async fn score_input_blank_valid_invalid_slider_keys_and_clear() {
    let (root, state) = mount_with(|| {
        view! {
            <ScoreInput lens=lens!(readiness.team.culture_strength) label="Culture strength" />
            <FigureValue name=FigureName::ReadinessTeam show=Show::Score />
        }
    });
    settle().await;
    let score = |s: &PlanState| s.plan.with_untracked(|p| p.readiness.team.culture_strength);
    let field: HtmlInputElement = named(&root, "readiness.team.culture_strength");
    assert_eq!(field.value(), "", "blank shows as not answered");
    assert!(root
        .query_selector(".field.score.unanswered")
        .unwrap()
        .is_some());

    type_into(&field, "0").await;
    assert_eq!(score(&state), Score(Some(0)), "0 is an answer, not blank");
    assert!(root
        .query_selector(".field.score.unanswered")
        .unwrap()
        .is_none());

    type_into(&field, "9").await;
    // Left with 9: what a refused entry goes back to.
    fire(&field, "blur").await;
    assert_eq!(score(&state), Score(Some(9)));
    assert_eq!(figure(&root, "readiness.team").0, "2.25");

    for (bad, message) in [
        ("11", "11 is above the maximum of 10."),
        ("-1", "-1 is below the minimum of 0."),
        (
            "7.5",
            "7.5 is not a whole number. Enter a whole number from 0 to 10.",
        ),
        ("nine", "Enter a whole number from 0 to 10."),
    ] {
        type_into(&field, bad).await;
        assert_eq!(
            error_text(&root, "readiness.team.culture_strength"),
            format!("Error: {message}")
        );
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            score(&state),
            Score(Some(9)),
            "the model keeps the last valid value"
        );
    }

    let key = web_sys::KeyboardEventInit::new();
    key.set_key("ArrowDown");
    key.set_bubbles(true);
    field
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &key).unwrap(),
        )
        .unwrap();
    settle().await;
    assert_eq!(
        score(&state),
        Score(Some(8)),
        "arrow keys step from the stored value"
    );
    assert_eq!(field.value(), "8");
    assert_eq!(error_text(&root, "readiness.team.culture_strength"), "");

    let slider: HtmlInputElement = find(&root, "input[type='range']");
    slider.set_value("3");
    fire(&slider, "input").await;
    assert_eq!(score(&state), Score(Some(3)));
    assert_eq!(field.value(), "3", "the box follows the slider");

    find::<HtmlElement>(&root, ".score-clear").click();
    settle().await;
    assert_eq!(score(&state), Score(None));
    assert_eq!(field.value(), "");

    type_into(&field, "5").await;
    type_into(&field, "").await;
    assert_eq!(
        score(&state),
        Score(None),
        "emptying the box clears the answer"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn number_inputs_of_every_kind() {
    let (root, state) = mount_with(|| {
        view! {
            <NumberInput lens=lens!(technical.capacity.concurrent_users) label="Users" unit="users" />
            <MoneyInput lens=lens!(automation.hourly_cost) label="Hourly cost" per="/hour" />
            <NumberInput lens=lens!(talent.channels.job_boards) label="Job boards" unit="%" />
            <NumberInput lens=lens!(automation.opportunities[1].saved_hours_week) label="Saved" unit="hours/week" />
            <NumberInput lens=lens!(organization.leadership.cto.hire_month) label="Hire month" />
            <NumberInput lens=lens!(technical.growth.users_x) label="Users growth" unit="× current" />
        }
    });
    settle().await;
    let plan = |f: &dyn Fn(&Plan) -> String| state.plan.with_untracked(|p| f(p));
    type Read<'a> = &'a dyn Fn(&Plan) -> String;
    let cases: [(&str, &str, &str, Read); 6] = [
        (
            "technical.capacity.concurrent_users",
            "4,000",
            "2.5",
            &|p| format!("{:?}", p.technical.capacity.concurrent_users.0),
        ),
        ("automation.hourly_cost", "62.5", "-5", &|p| {
            format!("{:?}", p.automation.hourly_cost.0)
        }),
        ("talent.channels.job_boards", "15", "101", &|p| {
            format!("{:?}", p.talent.channels.job_boards.0)
        }),
        (
            "automation.opportunities.1.saved_hours_week",
            "6",
            "169",
            &|p| format!("{:?}", p.automation.opportunities[1].saved_hours_week.0),
        ),
        ("organization.leadership.cto.hire_month", "2", "19", &|p| {
            format!("{:?}", p.organization.leadership.cto.hire_month.0)
        }),
        ("technical.growth.users_x", "10", "ten", &|p| {
            format!("{:?}", p.technical.growth.users_x.0)
        }),
    ];
    for (name, good, bad, read) in cases {
        let field: HtmlInputElement = named(&root, name);
        assert_eq!(plan(read), "None", "{name} starts blank");
        type_into(&field, good).await;
        fire(&field, "blur").await;
        let stored = plan(read);
        assert_ne!(stored, "None", "{name} took {good}");
        assert_eq!(error_text(&root, name), "", "{name}");
        type_into(&field, bad).await;
        assert!(
            error_text(&root, name).starts_with("Error: "),
            "{name} refuses {bad}"
        );
        assert_eq!(plan(read), stored, "{name} keeps its last valid value");
        type_into(&field, "").await;
        assert_eq!(plan(read), "None", "{name} can be blanked");
        assert_eq!(error_text(&root, name), "");
    }
    let money = named::<Element>(&root, "automation.hourly_cost")
        .previous_element_sibling()
        .unwrap();
    assert_eq!(
        money.text_content().unwrap(),
        "$",
        "amounts show in the plan's currency"
    );
    state.update(|p| p.meta.currency = Currency("EUR".into()));
    settle().await;
    assert_eq!(money.text_content().unwrap(), "€");
    root.remove();
}

#[wasm_bindgen_test]
async fn fields_follow_changes_made_elsewhere_and_drop_stale_errors() {
    let (root, state) = mount_with(|| {
        view! { <NumberInput lens=lens!(technical.capacity.storage_gb) label="Storage" unit="GB" /> }
    });
    settle().await;
    let field: HtmlInputElement = named(&root, "technical.capacity.storage_gb");
    type_into(&field, "12x3").await;
    assert!(error_text(&root, "technical.capacity.storage_gb").starts_with("Error: "));
    state.update(|p| p.technical.capacity.storage_gb = Number(Some(1200.0)));
    settle().await;
    assert_eq!(field.value(), "1,200", "shown with thousands separators");
    assert_eq!(error_text(&root, "technical.capacity.storage_gb"), "");
    type_into(&field, "1200.").await;
    assert_eq!(field.value(), "1200.", "a half-typed number is left alone");
    type_into(&field, "4500").await;
    fire(&field, "blur").await;
    assert_eq!(
        field.value(),
        "4,500",
        "leaving the field writes it out as stored"
    );
    type_into(&field, "4x5").await;
    fire(&field, "blur").await;
    assert_eq!(
        field.value(),
        "4x5",
        "an invalid entry stays, with its error"
    );
    assert!(error_text(&root, "technical.capacity.storage_gb").starts_with("Error: "));
    root.remove();
}

#[wasm_bindgen_test]
async fn text_and_priority_inputs() {
    let (root, state) = mount_with(|| {
        view! {
            <TextInput lens=lens!(data.storage.data_lake) label="Data lake" />
            <PrioritySelect lens=lens!(talent.positions[0].priority) label="Priority level" />
        }
    });
    settle().await;
    let text: HtmlTextAreaElement = named(&root, "data.storage.data_lake");
    assert_eq!(text.value(), "");
    text.set_value("<b>Parquet</b> on object storage");
    fire(&text, "input").await;
    assert_eq!(
        state
            .plan
            .with_untracked(|p| p.data.storage.data_lake.clone()),
        "<b>Parquet</b> on object storage"
    );
    assert!(
        root.query_selector("b").unwrap().is_none(),
        "text is never HTML"
    );
    assert_eq!(text.max_length(), 5000);

    let select: HtmlSelectElement = named(&root, "talent.positions.0.priority");
    assert_eq!(select.value(), "");
    select.set_value("high");
    fire(&select, "change").await;
    assert_eq!(
        state
            .plan
            .with_untracked(|p| p.talent.positions[0].priority),
        Some(Priority::High)
    );
    select.set_value("");
    fire(&select, "change").await;
    assert_eq!(
        state
            .plan
            .with_untracked(|p| p.talent.positions[0].priority),
        None
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn lists_add_remove_and_undo_rows_up_to_twenty() {
    let (root, state) =
        mount_with(|| view! { <TextList list=list!(organization.core_values) item="Value" /> });
    settle().await;
    let rows = |s: &PlanState| {
        s.plan
            .with_untracked(|p| p.organization.core_values.clone())
    };
    assert_eq!(rows(&state).len(), 5, "the seed's five rows");
    let third: HtmlTextAreaElement = named(&root, "organization.core_values.2");
    third.set_value("Write it down");
    fire(&third, "input").await;

    let removes = root.query_selector_all(".row-remove").unwrap();
    removes
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(rows(&state).len(), 4);
    assert_eq!(rows(&state)[1], "Write it down");
    assert_eq!(
        named::<HtmlTextAreaElement>(&root, "organization.core_values.1").value(),
        "Write it down"
    );
    assert!(root
        .query_selector("[name='organization.core_values.4']")
        .unwrap()
        .is_none());

    find::<HtmlElement>(&root, ".undo button").click();
    settle().await;
    assert_eq!(rows(&state).len(), 5);
    assert_eq!(
        rows(&state)[2],
        "Write it down",
        "undo puts the row back in place"
    );

    let add: HtmlElement = find(&root, "button.add");
    for _ in 0..20 {
        add.click();
        settle().await;
    }
    assert_eq!(rows(&state).len(), 20, "no more than 20 rows");
    assert!(add.unchecked_ref::<web_sys::HtmlButtonElement>().disabled());
    assert!(root
        .query_selector("[name='organization.core_values.19']")
        .unwrap()
        .is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_whole_page_has_every_field_with_a_label() {
    let root = mount_app();
    settle().await;
    let plan = Plan::blank("");
    let mut missing = Vec::new();
    plan.walk("", &mut |path, _| {
        let skip = path.starts_with("meta.created_at")
            || path.starts_with("meta.updated_at")
            || path.starts_with("snapshots")
            || path.starts_with("team.");
        if skip {
            return;
        }
        match root.query_selector(&format!("[name='{path}']")).unwrap() {
            None => missing.push(path.to_string()),
            Some(el) => {
                let label = root
                    .query_selector(&format!("label[for='{}']", el.id()))
                    .unwrap();
                assert!(
                    label.is_some_and(|l| !l.text_content().unwrap_or_default().trim().is_empty()),
                    "{path} has no label"
                );
            }
        }
    });
    assert!(missing.is_empty(), "fields without an input: {missing:?}");
    root.remove();
}

#[wasm_bindgen_test]
async fn weakest_scores_are_offered_as_gap_suggestions() {
    let root = mount_app();
    settle().await;
    type_into(&named(&root, "readiness.market.brand_recognition"), "3").await;
    type_into(&named(&root, "readiness.team.culture_strength"), "9").await;
    let chips = root
        .query_selector_all("#readiness .suggestions .chip")
        .unwrap();
    assert_eq!(chips.length(), 1, "only answered items below 7 are offered");
    let chip: HtmlElement = chips.item(0).unwrap().unchecked_into();
    assert_eq!(
        chip.text_content().unwrap(),
        "+ Brand recognition (Market Position)"
    );
    chip.click();
    settle().await;
    let gap: HtmlTextAreaElement = named(&root, "readiness.critical_gaps.0");
    assert_eq!(
        gap.value(),
        "Brand recognition (Market Position)",
        "the first empty gap takes it"
    );
    assert!(
        root.query_selector("#readiness .suggestions")
            .unwrap()
            .is_none(),
        "a taken suggestion is not offered again"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_error_summary_links_to_every_field_in_error() {
    let root = mount_app();
    settle().await;
    assert!(root.query_selector(".error-summary").unwrap().is_none());
    type_into(
        &named(&root, "readiness.product.feature_completeness"),
        "11",
    )
    .await;
    type_into(&named(&root, "technical.capacity.database_gb"), "lots").await;
    settle().await;
    let summary: Element = find(&root, ".error-summary[role='alert']");
    let links = summary.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2);
    let first: Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("#f-readiness-product-feature_completeness")
    );
    assert_eq!(
        first.text_content().unwrap(),
        "Product Maturity · Feature completeness: 11 is above the maximum of 10."
    );
    type_into(
        &named(&root, "readiness.product.feature_completeness"),
        "10",
    )
    .await;
    type_into(&named(&root, "technical.capacity.database_gb"), "180").await;
    settle().await;
    assert!(
        root.query_selector(".error-summary").unwrap().is_none(),
        "fixed entries leave the summary"
    );
    root.remove();
}

/// How many times `read` ran, beside the memo that runs it.
fn counted<T: PartialEq + Send + Sync + 'static>(
    state: PlanState,
    path: &'static str,
    read: fn(&Plan) -> T,
) -> (std::sync::Arc<std::sync::atomic::AtomicU32>, Memo<T>) {
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let counter = runs.clone();
    let memo = state.watch(path, move |p| {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        read(p)
    });
    (runs, memo)
}

#[wasm_bindgen_test]
fn a_change_wakes_what_watches_its_place_and_nothing_else() {
    let owner = Owner::new();
    owner.set();
    let state = PlanState::new(Plan::default());
    let (score_runs, score) = counted(state, "readiness.product.feature_completeness", |p| {
        p.text_at("readiness.product.feature_completeness")
    });
    let (title_runs, title) = counted(state, "talent.positions.0.title", |p| {
        p.text_at("talent.positions.0.title")
    });
    let (rows_runs, rows) = counted(state, "talent.positions", |p| p.talent.positions.len());
    let (gaps_runs, gaps) = counted(state, "readiness.critical_gaps", |p| {
        p.readiness.critical_gaps.len()
    });
    let product = state.figure(FigureName::ReadinessProduct);
    let read_all = || (score.get(), title.get(), rows.get() + gaps.get());
    let runs = || {
        use std::sync::atomic::Ordering::SeqCst;
        let others = (rows_runs.load(SeqCst), gaps_runs.load(SeqCst));
        (score_runs.load(SeqCst), title_runs.load(SeqCst), others)
    };
    assert_eq!(read_all(), (String::new(), String::new(), 0));
    assert_eq!(runs(), (1, 1, (1, 1)));

    state.edit("readiness.product.feature_completeness", |p| {
        p.enter_at("readiness.product.feature_completeness", "8")
            .unwrap()
    });
    assert_eq!(read_all(), ("8".to_string(), String::new(), 0));
    assert_eq!(
        runs(),
        (2, 1, (1, 1)),
        "only the score's field ran again, not the rest of its section"
    );
    assert_eq!(product.get().as_number(), Some(2.0), "its subtotal moved");

    state.edit("talent.positions", |p| {
        p.talent.positions.push(Position::default())
    });
    state.edit("talent.positions.0.title", |p| {
        p.enter_at("talent.positions.0.title", "CTO").unwrap()
    });
    assert_eq!(read_all(), ("8".to_string(), "CTO".to_string(), 1));
    assert_eq!(
        runs(),
        (2, 2, (2, 1)),
        "a list wakes its rows; a row wakes its list"
    );

    state.update(|p| p.readiness.product.feature_completeness = Score(Some(4)));
    assert_eq!(read_all(), ("4".to_string(), "CTO".to_string(), 1));
    assert_eq!(
        runs(),
        (3, 3, (3, 2)),
        "a change of any part wakes everything"
    );
    assert_eq!(product.get().as_number(), Some(1.0));
    owner.unset();
}

#[wasm_bindgen_test]
async fn qr_code_redraws_with_its_text_and_says_when_it_is_too_long() {
    let text = RwSignal::new("https://planner.example.org/#join=abc".to_string());
    let (root, _) = mount_with(move || view! { <QrCode text=text label="Participant link" /> });
    settle().await;
    let qr: Element = find(&root, "div.qr[role='img'][aria-label='Participant link']");
    let svg: Element = find(&qr, "svg");
    let short = svg.get_attribute("viewBox").unwrap();
    assert_eq!(
        short, "0 0 37 37",
        "version 3 (29 modules) and a quiet zone of 4"
    );
    assert_eq!(qr.query_selector_all("path").unwrap().length(), 1);
    assert!(svg.get_bounding_client_rect().width() > 0.0);

    text.set(format!(
        "https://planner.example.org/#join={}",
        "x".repeat(300)
    ));
    settle().await;
    let svg: Element = find(&root, "div.qr svg");
    assert_ne!(svg.get_attribute("viewBox").unwrap(), short);

    text.set("x".repeat(3000));
    settle().await;
    assert!(root.query_selector("svg").unwrap().is_none());
    let message: Element = find(&root, ".qr-too-long[role='status']");
    assert!(message.text_content().unwrap().contains("too long"));
}
