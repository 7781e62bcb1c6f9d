//! A plan before it is taken in: an imported file or pasted JSON shows its name, company,
//! scores, how much is filled in and its snapshots, with "Open as new plan" or "Compare with
//! the open plan". Nothing is stored until the user chooses.

use leptos::prelude::*;

use super::action::{action, button};
use super::clock::local_day;
use super::compare::Comparing;
use super::session::{file_text, Session};
use crate::charts::escape;
use crate::format::one_decimal;
use crate::model::{read_plan, Plan, Snapshot};
use crate::scoring::{compute, Figure, FigureName};
use crate::session::Event;

/// A plan file read and waiting for the user's choice.
#[derive(Clone, Copy)]
pub struct ImportPreview(RwSignal<Option<Plan>>, Session);

impl ImportPreview {
    pub fn new(session: Session) -> Self {
        ImportPreview(RwSignal::new(None), session)
    }

    /// Shows the plan in `text`; `false`, with the reason in a notice, when it cannot be read.
    pub fn show(&self, source: &str, text: &str) -> bool {
        match read_plan(text.as_bytes()) {
            Ok(plan) => {
                self.0.set(Some(plan));
                request_animation_frame(|| super::nav::focus("preview-title"));
                true
            }
            Err(e) => {
                self.1.send(Event::ImportFailed {
                    source: source.to_string(),
                    reason: e.to_string(),
                });
                false
            }
        }
    }

    /// Reads a picked or dropped file, then shows it.
    pub fn show_file(&self, file: web_sys::File) {
        let preview = *self;
        let source = file.name();
        leptos::task::spawn_local(async move {
            match file_text(&file).await {
                Ok(text) => {
                    preview.show(&source, &text);
                }
                Err(reason) => preview.1.send(Event::ImportFailed { source, reason }),
            }
        });
    }
}

/// `text` trimmed and cut to `max` characters, with "…" where it was cut: a card stays a card.
fn short(text: &str, max: usize) -> String {
    let text = text.trim();
    let cut: String = text.chars().take(max).collect();
    match cut.len() < text.len() {
        true => format!("{}…", cut.trim_end()),
        false => cut,
    }
}

/// How many of the worksheet's fields a plan fills, of how many.
fn filled(plan: &Plan) -> (usize, usize) {
    Plan::SECTIONS
        .iter()
        .map(|s| plan.section_progress(s))
        .fold((0, 0), |(f, t), (a, b)| (f + a, t + b))
}

/// A plan in a few lines, as HTML: what it is, its two scores and how far it has got.
pub fn plan_card(plan: &Plan) -> String {
    let figures = compute(plan);
    let score = |total: FigureName, band: FigureName, of: u32| {
        let band = match figures.get(band) {
            Figure::Band(b) => b.label(),
            _ => "not scored",
        };
        let total = figures
            .get(total)
            .as_number()
            .map_or("—".into(), one_decimal);
        format!("{total} /{of} · {band}")
    };
    let (done, of) = filled(plan);
    // The first and the last: a plan may hold 100 snapshots, each with a long label.
    let snapshot = |s: &Snapshot| {
        let date = local_day(&s.taken_at.0);
        match short(&s.label, 40).as_str() {
            "" => date.to_string(),
            label => format!("{label} ({date})"),
        }
    };
    let snapshots = match plan.snapshots.as_slice() {
        [] => String::new(),
        [one] => snapshot(one),
        [first, between @ .., last] => {
            let gap = if between.is_empty() { ", " } else { " … " };
            format!("{}{gap}{}", snapshot(first), snapshot(last))
        }
    };
    let rows = [
        ("Plan", plan.title()),
        ("Company", plan.meta.company.trim().to_string()),
        (
            "Scaling readiness",
            score(FigureName::ReadinessOverall, FigureName::ReadinessBand, 50),
        ),
        (
            "Strategy assessment",
            score(
                FigureName::AssessmentOverall,
                FigureName::AssessmentBand,
                100,
            ),
        ),
        ("Fields filled in", format!("{done} of {of}")),
        (
            "Snapshots",
            format!("{}: {snapshots}", plan.snapshots.len()),
        ),
        ("Team responses", plan.team.responses.len().to_string()),
    ];
    let mut html = String::new();
    for (term, value) in rows {
        let value = short(value.trim_end_matches([':', ' ']), 120);
        let value = if value.is_empty() { "—" } else { &value };
        html += &format!("<dt>{term}</dt><dd>{}</dd>", escape(value));
    }
    html
}

/// The waiting plan and the user's three choices.
#[component]
pub fn PreviewPanel(preview: ImportPreview, comparing: Comparing) -> impl IntoView {
    let session = preview.1;
    let html = Signal::derive(move || {
        preview.0.with(|waiting| {
            waiting.as_ref().map_or(String::new(), |plan| {
                format!(
                    "<section class=\"preview\" aria-labelledby=\"preview-title\">\
                     <h2 id=\"preview-title\" tabindex=\"-1\">Before you import: {}</h2>\
                     <p class=\"hint\">Nothing is stored until you choose.</p>\
                     <dl class=\"plan-card\">{}</dl><div class=\"preview-actions\">{}{}{}</div></section>",
                    escape(&short(&plan.title(), 120)),
                    plan_card(plan),
                    button("open", "Open as new plan", true),
                    button("compare", "Compare with the open plan", false),
                    button("cancel", "Cancel", false),
                )
            })
        })
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = action(&ev) else {
            return;
        };
        // Taken, not copied: a plan file may hold 2 MiB.
        let Some(plan) = preview.0.try_update(Option::take).flatten() else {
            return;
        };
        match action.as_str() {
            "open" => {
                session.import_plan(plan);
                super::nav::show_top();
            }
            "compare" => comparing.with_open(format!("File: {}", plan.title()), plan),
            _ => {}
        }
    };
    view! { <div on:click=on_click inner_html=html></div> }
}
