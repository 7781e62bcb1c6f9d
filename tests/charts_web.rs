#![cfg(target_arch = "wasm32")]
//! Charts and snapshots in headless Chromium: a chart redraws when its data changes and only
//! then, follows its container's width at the screen's pixel ratio, and carries its numbers
//! as text; snapshots are taken, listed, deleted and show the change since.

use leptos::prelude::*;
use leptos::task::tick;
use scaling_planner::charts::canvas::ChartCanvas;
use scaling_planner::charts::TeamData;
use scaling_planner::model::*;
use scaling_planner::scoring::FigureName;
use scaling_planner::ui::figure::{FigureValue, Show};
use scaling_planner::ui::sections::{ASSESSMENT, AUTOMATION, ORGANIZATION, READINESS, TECHNICAL};
use scaling_planner::ui::sheet::section;
use scaling_planner::ui::snapshots::SnapshotsSection;
use scaling_planner::ui::state::PlanState;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlCanvasElement, HtmlElement, HtmlInputElement};

mod common;

use common::{all, find, mount_on, new_root};

wasm_bindgen_test_configure!(run_in_browser);

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).unwrap()
}

/// Mounts a view in a 640 px wide box over `plan` and hands back the plan state.
fn mount_with<V: IntoView + 'static>(
    plan: Plan,
    view: impl FnOnce() -> V + 'static,
) -> (Element, PlanState) {
    let root = new_root();
    root.set_attribute("style", "width: 640px").unwrap();
    let state = mount_on(&root, plan, view);
    (root, state)
}

fn canvas(root: &Element, chart: &str) -> HtmlCanvasElement {
    find(root, &format!("[data-chart='{chart}'] canvas"))
}

fn draws(canvas: &HtmlCanvasElement) -> u32 {
    canvas
        .get_attribute("data-draws")
        .map_or(0, |n| n.parse().unwrap())
}

/// Waits for the next frame to render, when resize observers report.
async fn frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets layout, resize observers and every effect they start run.
async fn settle() {
    for _ in 0..2 {
        frame().await;
        tick().await;
    }
    tick().await;
}

async fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn pixels(canvas: &HtmlCanvasElement) -> String {
    canvas.to_data_url().unwrap()
}

#[wasm_bindgen_test]
async fn a_chart_redraws_when_its_data_changes_and_only_then() {
    let (root, state) = mount_with(northwind(), || {
        let state = PlanState::get();
        let team = Memo::new(move |_| state.plan.with(|p| TeamData::new(&p.organization)));
        view! {
            <ChartCanvas data=team />
            <FigureValue name=FigureName::OrganizationPlanTotal show=Show::Count />
        }
    });
    settle().await;
    let team = canvas(&root, "team");
    assert_eq!(draws(&team), 1, "drawn once when it first has a width");
    let first = pixels(&team);

    state.update(|p| p.readiness.product.user_experience = Score(Some(2)));
    state.update(|p| p.data.storage.data_lake = "Iceberg tables".into());
    state.update(|p| p.technical.roadmap.phase1.cost_month = Amount(Some(1.0)));
    settle().await;
    assert_eq!(
        draws(&team),
        1,
        "other parts of the plan changed, the team did not"
    );

    state.update(|p| p.organization.plan.engineering = Count(Some(30)));
    tick().await;
    let total: Element = find(&root, "[data-figure='organization.plan_total']");
    assert_eq!(total.get_attribute("data-value").unwrap(), "59");
    assert_eq!(draws(&team), 1, "the figures do not wait for the drawing");
    state.update(|p| p.organization.plan.engineering = Count(Some(31)));
    state.update(|p| p.organization.plan.engineering = Count(Some(30)));
    frame().await;
    assert_eq!(
        draws(&team),
        2,
        "redrawn on the next frame, once for several changes"
    );
    assert_ne!(pixels(&team), first, "the new head count is drawn");

    state.update(|p| p.organization.plan.engineering = Count(Some(30)));
    settle().await;
    assert_eq!(draws(&team), 2, "the same value again draws nothing");

    state.update(|p| p.organization.plan.engineering = Count(Some(18)));
    settle().await;
    assert_eq!(draws(&team), 3);
    assert_eq!(pixels(&team), first, "back to the first drawing");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_canvas_follows_its_container_at_the_screens_pixel_ratio() {
    let (root, _) = mount_with(northwind(), || {
        let state = PlanState::get();
        let team = Memo::new(move |_| state.plan.with(|p| TeamData::new(&p.organization)));
        view! { <ChartCanvas data=team /> }
    });
    settle().await;
    let team = canvas(&root, "team");
    let ratio = window().device_pixel_ratio();
    let backing = |css: i32| (f64::from(css) * ratio).round() as u32;
    let wide = team.client_width();
    assert_eq!(
        team.width(),
        backing(wide),
        "backing store = CSS size × devicePixelRatio"
    );
    assert_eq!(team.height(), backing(team.client_height()));

    root.set_attribute("style", "width: 320px").unwrap();
    settle().await;
    let container = team.parent_element().unwrap().client_width();
    assert!(
        container < wide,
        "the container narrowed: {container} < {wide}"
    );
    assert_eq!(team.client_width(), container, "as wide as its container");
    assert_eq!(team.width(), backing(container));
    assert_eq!(draws(&team), 2, "one redraw for the new width");

    root.set_attribute("style", "width: 320px; padding-top: 40px")
        .unwrap();
    settle().await;
    assert_eq!(draws(&team), 2, "no redraw when the width stays");
    root.remove();
}

#[wasm_bindgen_test]
async fn every_chart_is_drawn_and_carries_its_numbers_as_text() {
    let (root, _) = mount_with(northwind(), || {
        view! {
            {section(&READINESS)}
            {section(&TECHNICAL)}
            {section(&ORGANIZATION)}
            {section(&AUTOMATION)}
            {section(&ASSESSMENT)}
            <SnapshotsSection />
        }
    });
    settle().await;
    let expected = [
        (
            "readiness",
            "Product 6.3, Market 6.5, Operations 4, Financial 6.5, Team 7",
            5,
        ),
        ("spend", "Total over 18 months: $333,000", 3),
        ("team", "Engineering 9 now, 18 planned", 7),
        ("payback", "after 0.78 months", 6),
        (
            "assessment",
            "Technical 15, Organizational 17.5, Operational 12.5, Strategic 16.3",
            4,
        ),
        ("progress", "over 1 snapshot and today", 2),
    ];
    let charts = all(&root, "[data-chart]");
    assert_eq!(charts.len(), 6);
    for key in [
        "readiness",
        "spend",
        "team",
        "payback",
        "assessment",
        "progress",
    ] {
        let details = find::<Element>(&root, &format!("[data-chart='{key}'] details"));
        assert!(
            all(&root, &format!("[data-chart='{key}'] details tbody tr")).is_empty(),
            "{key}: no table is written while it is closed"
        );
        details.set_attribute("open", "").unwrap();
    }
    settle().await;
    for (key, words, rows) in expected {
        let chart = canvas(&root, key);
        assert_eq!(draws(&chart), 1, "{key} drawn once");
        assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
        let label = chart.get_attribute("aria-label").unwrap();
        assert!(label.contains(words), "{key}: {label}");
        let table = all(&root, &format!("[data-chart='{key}'] details tbody tr"));
        assert_eq!(table.len(), rows, "{key} table rows");
    }
    let spend_rows = all(&root, "[data-chart='spend'] tbody tr");
    assert_eq!(
        spend_rows[2].text_content().unwrap(),
        "10–18$27,500$333,000"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn snapshots_are_taken_listed_deleted_and_show_the_change_since() {
    let mut plan = northwind();
    plan.snapshots.clear();
    let (root, state) = mount_with(plan, || {
        view! {
            {section(&READINESS)}
            {section(&ASSESSMENT)}
            <SnapshotsSection />
        }
    });
    settle().await;
    assert!(
        all(&root, "[data-change]").is_empty(),
        "no snapshot, no change shown"
    );
    assert!(all(&root, ".snapshot").is_empty());
    let radar = canvas(&root, "readiness");
    let progress = canvas(&root, "progress");
    let (radar_draws, progress_draws) = (draws(&radar), draws(&progress));

    let label: HtmlInputElement = find(&root, "#snapshot-label");
    type_into(&label, "Q4 review").await;
    find::<HtmlButtonElement>(&root, ".snapshot-form .take").click();
    settle().await;
    let taken = state.plan.with_untracked(|p| p.snapshots.clone());
    assert_eq!(taken.len(), 1);
    assert_eq!(taken[0].label, "Q4 review");
    assert_eq!(
        taken[0].readiness,
        state.plan.with_untracked(|p| p.readiness.scores())
    );
    assert_eq!(label.value(), "", "the label field empties");
    assert_eq!(all(&root, ".snapshot").len(), 1);
    assert!(
        find::<Element>(&root, ".snapshot-name")
            .text_content()
            .unwrap()
            == "Q4 review"
    );
    assert_eq!(
        draws(&radar),
        radar_draws + 1,
        "the radar draws the snapshot over today"
    );
    assert_eq!(draws(&progress), progress_draws + 1);

    let changes = all(&root, "[data-change]");
    assert_eq!(changes.len(), 9, "five dimensions and four areas");
    assert!(changes
        .iter()
        .all(|c| c.text_content().unwrap().starts_with("±0")));

    let score: HtmlInputElement = find(&root, "[name='readiness.financial.funding_adequacy']");
    type_into(&score, "2").await;
    tick().await;
    let financial: HtmlElement = find(&root, "[data-change='readiness.financial']");
    assert_eq!(financial.get_attribute("data-value").unwrap(), "-1.5");
    assert!(financial.text_content().unwrap().starts_with("−1.5"));
    assert_eq!(financial.class_name(), "change down");
    let area: HtmlInputElement = find(&root, "[name='assessment.strategic.growth_planning']");
    type_into(&area, "10").await;
    tick().await;
    let strategic: Element = find(&root, "[data-change='assessment.strategic']");
    assert_eq!(strategic.get_attribute("data-value").unwrap(), "1.25");
    assert!(strategic.text_content().unwrap().starts_with("+1.3"));

    find::<HtmlButtonElement>(&root, ".snapshot .row-remove").click();
    settle().await;
    assert!(state.plan.with_untracked(|p| p.snapshots.is_empty()));
    assert!(all(&root, "[data-change]").is_empty());
    find::<HtmlButtonElement>(&root, ".undo button").click();
    settle().await;
    assert_eq!(state.plan.with_untracked(|p| p.snapshots.len()), 1);
    assert_eq!(all(&root, "[data-change]").len(), 9);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_plan_keeps_at_most_100_snapshots() {
    let (root, state) = mount_with(northwind(), || view! { <SnapshotsSection /> });
    settle().await;
    state.update(|p| {
        let one = p.snapshot("2026-11-26T10:00:00Z", "");
        p.snapshots = vec![one; 100];
    });
    settle().await;
    let take: HtmlButtonElement = find(&root, ".snapshot-form .take");
    assert!(take.disabled());
    assert!(find::<Element>(&root, ".snapshot-count")
        .text_content()
        .unwrap()
        .contains("100 of 100"));
    assert_eq!(all(&root, ".snapshot").len(), 100);
    assert_eq!(
        find::<Element>(&root, ".snapshot-name")
            .text_content()
            .unwrap(),
        "2026-11-26",
        "a snapshot without a label goes by its date"
    );
    root.remove();
}
