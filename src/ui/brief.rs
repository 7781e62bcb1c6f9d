//! "Print brief": the plan on two A4 pages for a board. The scorecards with their bands, the
//! readiness and assessment charts, the critical gaps, the key figures, the warnings, the
//! 12-month roadmap, the team's disputed scores once responses are in and, when one is chosen,
//! the change since a snapshot. It shows on screen first, so that its charts are drawn at their
//! size, and prints in black and white.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::action::{action, button};
use super::clock::{local_day, local_figures, snapshot_name};
use super::state::PlanState;
use crate::charts::history::SnapshotFigures;
use crate::charts::{escape, Table};
use crate::export::{change_text, leaf_text, team_row};
use crate::model::{Plan, Reach};
use crate::scoring::compare::figure_changes;
use crate::scoring::{team_scores, FigureName, Figures};
use crate::worksheet::{display, figure_label, Node, Show, ROADMAP};

#[derive(Clone, Copy)]
pub struct Brief(RwSignal<bool>);

impl Brief {
    pub fn new() -> Self {
        Brief(RwSignal::new(false))
    }

    /// Shows the brief, ready to print.
    pub fn open(&self) {
        self.0.set(true);
        request_animation_frame(|| super::nav::focus("brief-title"));
    }
}

const KEY_FIGURES: [FigureName; 7] = [
    FigureName::TechnicalRunRateMonth,
    FigureName::TechnicalSpend18Months,
    FigureName::OrganizationGrowthPercent,
    FigureName::TalentHiringBudget,
    FigureName::AutomationRoi,
    FigureName::AutomationNetSavingsMonth,
    FigureName::AutomationPaybackMonths,
];

const SCORES: [FigureName; 11] = [
    FigureName::ReadinessOverall,
    FigureName::ReadinessProduct,
    FigureName::ReadinessMarket,
    FigureName::ReadinessOperations,
    FigureName::ReadinessFinancial,
    FigureName::ReadinessTeam,
    FigureName::AssessmentOverall,
    FigureName::AssessmentTechnical,
    FigureName::AssessmentOrganizational,
    FigureName::AssessmentOperational,
    FigureName::AssessmentStrategic,
];

/// A table of figures as the page shows them, without a head.
fn figure_table(names: &[FigureName], figures: &Figures, currency: &str) -> String {
    let mut table = Table::new(&[]);
    for &name in names {
        let (label, show) = figure_label(name);
        table.row(vec![label, display(figures.get(name), show, currency)]);
    }
    table.html("")
}

/// A list of texts; `empty` when there are none.
fn list(items: Vec<String>, empty: &str) -> String {
    let items = if items.is_empty() {
        vec![empty.to_string()]
    } else {
        items
    };
    let items: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", escape(i)))
        .collect();
    format!("<ul>{items}</ul>")
}

#[component]
pub fn BriefView(#[prop(name = "brief")] shown: Brief) -> impl IntoView {
    let shown = shown.0;
    move || shown.get().then(|| brief(shown))
}

fn brief(shown: RwSignal<bool>) -> impl IntoView {
    let state = PlanState::get();
    let since = RwSignal::new(None::<usize>);
    let snapshot = Memo::new(move |_| {
        let i = since.get()?;
        state.plan.with(|p| p.snapshots.get(i).map(local_figures))
    });
    let top = Signal::derive(move || {
        let chosen = since.get();
        let mut options = String::from("<option value=\"\">no snapshot</option>");
        state.plan.with(|p| {
            for (i, s) in p.snapshots.iter().enumerate() {
                let selected = if chosen == Some(i) { " selected" } else { "" };
                let name = escape(&snapshot_name(s));
                options += &format!("<option value=\"{i}\"{selected}>{name}</option>");
            }
            let scores = state.figures.with(|f| state.currency.with(|c| scorecards(p, f, c)));
            // Charts off screen wait to be drawn until they come near it.
            if let Ok(draw) = web_sys::Event::new(crate::charts::canvas::DRAW_ALL) {
                let _ = window().dispatch_event(&draw);
            }
            let charts = format!(
                "<div class=\"brief-charts\">{}{}</div>",
                chart_image("readiness"),
                chart_image("assessment")
            );
            format!(
                "<div class=\"brief-tools\"><label>Change since <select name=\"brief.since\">{options}</select></label>{}{}</div>\
                 <h1 id=\"brief-title\" tabindex=\"-1\">{}</h1>{scores}{charts}",
                button("print", "Print", true),
                button("close", "Close", false),
                escape(&p.title()),
            )
        })
    });
    let rest = Signal::derive(move || {
        let currency = state.currency.get();
        state.plan.with(|p| {
            state
                .figures
                .with(|f| the_rest(p, f, &currency, snapshot.get()))
        })
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match action(&ev).as_deref() {
        Some("print") => {
            let _ = window().print();
        }
        Some("close") => close(shown),
        _ => {}
    };
    // On the window, as focus may have left the brief for the page (a click on its text).
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            close(shown);
        }
    });
    on_cleanup(move || escape.remove());
    let on_change = move |ev: leptos::ev::Event| since.set(event_target_value(&ev).parse().ok());
    view! {
        <div class="brief" role="dialog" aria-modal="true" aria-labelledby="brief-title" on:click=on_click on:change=on_change>
            <div inner_html=top></div>
            <div inner_html=rest></div>
        </div>
    }
}

/// Closes the brief and gives focus back to the button that opened it.
fn close(shown: RwSignal<bool>) {
    shown.set(false);
    request_animation_frame(|| {
        if let Some(opener) = document()
            .get_element_by_id("open-brief")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = opener.focus();
        }
    });
}

/// A chart of the page as an image, with its words as the text: the brief shows the charts as
/// the page draws them.
fn chart_image(key: &str) -> String {
    let Some(canvas) = document()
        .query_selector(&format!("[data-chart={key}] canvas"))
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return String::new();
    };
    let words = canvas.get_attribute("aria-label").unwrap_or_default();
    match canvas.to_data_url() {
        Ok(src) => format!("<img src=\"{src}\" alt=\"{}\">", escape(&words)),
        Err(_) => String::new(),
    }
}

/// What the plan is, and its two scorecards with their bands, as HTML.
fn scorecards(plan: &Plan, figures: &Figures, currency: &str) -> String {
    let card = |title: &str, total: FigureName, of: u32, band: FigureName, parts: &[FigureName]| {
        format!(
            "<div class=\"card\"><h2>{title}</h2><p class=\"card-figure\">{}<span class=\"of\"> /{of} · </span>{}</p>{}</div>",
            display(figures.get(total), Show::Score, currency),
            display(figures.get(band), Show::Band, currency),
            figure_table(parts, figures, currency),
        )
    };
    let date = local_day(&plan.meta.updated_at.0);
    format!(
        "<p class=\"brief-sub\">{} · Board brief · <time>{date}</time></p><section class=\"brief-scores\">{}{}</section>",
        escape(plan.meta.company.trim()),
        card("Scaling readiness", FigureName::ReadinessOverall, 50, FigureName::ReadinessBand, &SCORES[1..6]),
        card("Strategy assessment", FigureName::AssessmentOverall, 100, FigureName::AssessmentBand, &SCORES[7..]),
    )
}

/// The gaps, key figures, warnings, roadmap and the change since a snapshot, as HTML.
fn the_rest(
    plan: &Plan,
    figures: &Figures,
    currency: &str,
    since: Option<SnapshotFigures>,
) -> String {
    let gaps: Vec<String> = plan
        .readiness
        .critical_gaps
        .iter()
        .chain(&plan.assessment.critical_gaps)
        .filter(|g| !g.trim().is_empty())
        .cloned()
        .collect();
    let warnings: Vec<String> = figures.warnings.iter().map(|w| w.message.clone()).collect();
    let mut html = format!(
        "<section class=\"brief-gaps\"><h2>Critical gaps</h2>{}</section>\
         <section class=\"brief-key\"><h2>Key figures</h2>{}</section>\
         <section class=\"brief-warnings\"><h2>Warnings ({})</h2>{}</section>\
         <section class=\"brief-roadmap\"><h2>12-month roadmap</h2>{}</section>",
        list(gaps, "None written down."),
        figure_table(&KEY_FIGURES, figures, currency),
        warnings.len(),
        list(warnings, "None."),
        roadmap(plan, figures, currency),
    );
    html += &team(plan);
    if let Some(s) = since {
        let changes = figure_changes(&s.figures, figures);
        let mut table = Table::new(&["Score", "Then", "Now", "Change"]);
        for c in SCORES
            .iter()
            .filter_map(|&name| changes.iter().find(|c| c.name == name))
        {
            let (label, show) = figure_label(c.name);
            let [then, now] = [&c.first, &c.second].map(|f| display(f, show, currency));
            table.row(vec![label, then, now, change_text(c, show, currency)]);
        }
        html += &format!(
            "<section class=\"brief-change\"><h2>Change since the snapshot “{}” ({})</h2>{}</section>",
            escape(&s.name()),
            s.date(),
            table.html("Change since the snapshot"),
        );
    }
    html
}

/// The workshop's team scores, once responses are in: where the team disagrees (4 or more
/// apart), widest first, beside the plan's own score.
fn team(plan: &Plan) -> String {
    let team = team_scores(&plan.team);
    if team.participants == 0 {
        return String::new();
    }
    let disputed = team.disputed();
    let mut table = Table::new(&["Score", "Plan", "Team median", "Range"]);
    for row in disputed.iter().filter_map(|item| team_row(plan, item)) {
        table.row(row.to_vec());
    }
    format!(
        "<section class=\"brief-team\"><h2>Team scores: {} from {} {}</h2>{}</section>",
        match disputed.len() {
            0 => "none disputed".to_string(),
            n => format!("{n} disputed"),
        },
        team.participants,
        if team.participants == 1 {
            "response"
        } else {
            "responses"
        },
        if disputed.is_empty() {
            "<p>No score is 4 or more apart.</p>".to_string()
        } else {
            table.html("Disputed scores")
        },
    )
}

/// The roadmap's nodes with the groups around them taken away.
fn flat(nodes: &'static [Node], out: &mut Vec<&'static Node>) {
    for node in nodes {
        match node {
            Node::Div { body, .. } | Node::Group { body, .. } => flat(body, out),
            other => out.push(other),
        }
    }
}

/// The roadmap's four quarters with what is written for each, then its success metrics.
fn roadmap(plan: &Plan, figures: &Figures, currency: &str) -> String {
    let mut nodes = Vec::new();
    flat(ROADMAP.body, &mut nodes);
    let mut quarters = Vec::new();
    let mut metrics = Vec::new();
    for node in nodes {
        match node {
            Node::Texts {
                legend,
                path,
                fields,
            } => {
                let items: Vec<String> = fields
                    .iter()
                    .filter_map(|(key, label)| {
                        let text = plan.at(&format!("{path}.{key}"))?.text();
                        (!text.trim().is_empty()).then(|| format!("{label}: {}", text.trim()))
                    })
                    .collect();
                quarters.push((*legend, items));
            }
            Node::Metric {
                label,
                from,
                to,
                growth,
                ..
            } => {
                let value = |p: &str| {
                    plan.at(p)
                        .and_then(|l| leaf_text(l, currency))
                        .unwrap_or_default()
                };
                let (_, show) = figure_label(*growth);
                let growth = display(figures.get(*growth), show, currency);
                metrics.push(format!(
                    "{label}: {} → {} ({growth})",
                    value(from),
                    value(to)
                ));
            }
            _ => {}
        }
    }
    let quarters: String = quarters
        .into_iter()
        .map(|(legend, items)| format!("<div><h3>{legend}</h3>{}</div>", list(items, "—")))
        .collect();
    format!(
        "<div class=\"brief-quarters\">{quarters}</div>{}",
        list(metrics, "")
    )
}
