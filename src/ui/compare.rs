//! Comparing two plans (workshop.md, "Comparing two plans"): any two of the stored plans,
//! their snapshots, and plan files or shared links opened for it. Each figure side by side
//! with its change, both scorecards' charts overlaid, every changed field by section, and
//! copying a section of the other plan into the open one, with undo.

use leptos::prelude::*;

use super::action::{action, button};
use super::clock::snapshot_name;
use super::focus_later;
use super::session::Session;
use crate::charts::canvas::ChartCanvas;
use crate::charts::escape;
use crate::charts::{AssessmentData, RadarData};
use crate::export::{changes_markdown, compare_cells, section_title};
use crate::model::format_number;
use crate::model::{copy_section, merge, Plan};
use crate::scoring::compare::{changed_fields, figure_changes, FieldChange, FigureChange};
use crate::scoring::{compute, Figures};
use crate::storage::PlanEntry;
use crate::worksheet::{field_label, figure_label};

/// Where one side of a comparison comes from.
#[derive(Clone, Debug, PartialEq)]
enum Side {
    /// The open plan, as it changes.
    Open,
    /// The open plan with one of its snapshots' scores.
    OpenSnapshot(usize),
    /// Another stored plan or its snapshot, a file or a link: read once.
    Read(Box<Plan>),
}

#[derive(Clone, Debug, PartialEq)]
struct Source {
    key: String,
    label: String,
    from: Side,
}

/// Whether the comparison is shown, what it compares, and the files and links opened for it
/// during this visit.
#[derive(Clone, Copy)]
pub struct Comparing {
    shown: RwSignal<bool>,
    opened: RwSignal<Vec<(String, Plan)>>,
    first: RwSignal<String>,
    second: RwSignal<String>,
    plan: ReadSignal<Plan>,
}

const OPEN: &str = "open";

impl Comparing {
    pub fn new(plan: ReadSignal<Plan>) -> Self {
        Comparing {
            shown: RwSignal::new(false),
            opened: RwSignal::new(Vec::new()),
            first: RwSignal::new(String::new()),
            second: RwSignal::new(OPEN.into()),
            plan,
        }
    }

    /// Shows the comparison: the open plan against its latest snapshot, or against the plan
    /// chosen before.
    pub fn open(&self) {
        let snapshots = self.plan.with_untracked(|p| p.snapshots.len());
        if self.first.get_untracked().is_empty() && snapshots > 0 {
            self.first.set(format!("{OPEN}:{}", snapshots - 1));
            self.second.set(OPEN.into());
        }
        self.show();
    }

    /// Compares the open plan with a plan from a file or a link.
    pub fn with_open(&self, label: String, plan: Plan) {
        let key = format!("opened:{}", self.opened.with_untracked(Vec::len));
        self.opened.update(|o| o.push((label, plan)));
        self.first.set(OPEN.into());
        self.second.set(key);
        self.show();
    }

    fn show(&self) {
        self.shown.set(true);
        request_animation_frame(|| super::nav::focus("compare-title"));
    }
}

/// Everything that can be compared: the open plan and its snapshots, the other stored plans
/// and theirs, and what was opened for comparing. Names are read from storage, where autosave
/// keeps them; the open plan and its snapshots are compared as they are on the page.
fn sources(session: Session, opened: &[(String, Plan)]) -> Vec<Source> {
    let current = session.current.get();
    let mut list = Vec::new();
    let plans = session.plans.get();
    let labels = PlanEntry::labels(&plans);
    for (entry, label) in plans.into_iter().zip(labels) {
        if entry.newer.is_some() {
            continue;
        }
        // The open plan as on the page: it may be in no storage (storage full, or deleted in
        // another tab), when the plan menu lists it under no id or one that is gone.
        let open = entry.id.is_empty() || Some(&entry.id) == current.as_ref();
        let plan = match open {
            true => session.state.plan.get_untracked(),
            false => match session.peek(&entry.id) {
                Some(plan) => plan,
                None => continue,
            },
        };
        // The open plan's name as on the page: its list entry may lag behind, or say "(not saved)".
        let name = match open {
            true => plan.title() + label.strip_prefix(entry.title()).unwrap_or_default(),
            false => label,
        };
        let (at, key, label, from) = if open {
            (0, OPEN.into(), format!("{name} (open)"), Side::Open)
        } else {
            let read = Side::Read(Box::new(plan.clone()));
            (list.len(), entry.id.clone(), name.clone(), read)
        };
        list.insert(at, Source { key, label, from });
        for (i, s) in plan.snapshots.iter().enumerate() {
            let (key, from) = match open {
                true => (format!("{OPEN}:{i}"), Side::OpenSnapshot(i)),
                false => (
                    format!("{}:{i}", entry.id),
                    Side::Read(Box::new(plan.with_snapshot(s))),
                ),
            };
            list.push(Source {
                key,
                // Snapshot first: a phone's picker cuts a long name short.
                label: format!("Snapshot {} · {name}", snapshot_name(s)),
                from,
            });
        }
    }
    for (i, (label, plan)) in opened.iter().enumerate() {
        list.push(Source {
            key: format!("opened:{i}"),
            label: label.clone(),
            from: Side::Read(Box::new(plan.clone())),
        });
    }
    list
}

/// Two plans compared.
#[derive(Clone, Debug, PartialEq)]
struct Compared {
    labels: (String, String),
    /// Each plan's currency.
    currencies: (String, String),
    figures: (Figures, Figures),
    changes: Vec<FigureChange>,
    fields: Vec<FieldChange>,
    /// The other plan, when one side is the open plan: sections can be copied from it.
    other: Option<Plan>,
}

#[component]
pub fn ComparePanel(comparing: Comparing) -> impl IntoView {
    move || comparing.shown.get().then(|| panel(comparing))
}

fn panel(comparing: Comparing) -> impl IntoView {
    let session = Session::get();
    let state = session.state;
    let sources = Memo::new(move |_| comparing.opened.with(|opened| sources(session, opened)));
    let resolve = move |key: RwSignal<String>| -> Option<(String, Side)> {
        let key = key.get();
        sources.with(|list| {
            list.iter()
                .find(|s| s.key == key)
                .map(|s| (s.label.clone(), s.from.clone()))
        })
    };
    let plan_of = move |from: &Side| match from {
        Side::Open => Some(state.plan.get()),
        Side::OpenSnapshot(i) => state
            .plan
            .with(|p| p.snapshots.get(*i).map(|s| p.with_snapshot(s))),
        Side::Read(plan) => Some(Plan::clone(plan)),
    };
    let compared = Memo::new(move |_| {
        let (first_label, first) = resolve(comparing.first)?;
        let (second_label, second) = resolve(comparing.second)?;
        let other = match (&first, &second) {
            (Side::Open, other) | (other, Side::Open) if first != second => plan_of(other),
            _ => None,
        };
        let (a, b) = (plan_of(&first)?, plan_of(&second)?);
        // A snapshot ("open:2", "<id>:0") keeps only scores: beside one, only their figures
        // compare.
        let figures = (compute(&a), compute(&b));
        let snapshot = [comparing.first, comparing.second]
            .iter()
            .any(|key| key.with(|k| k.contains(':') && !k.starts_with("opened:")));
        let figures = match snapshot {
            true => (figures.0.scores_only(), figures.1.scores_only()),
            false => figures,
        };
        Some(Compared {
            labels: (first_label, second_label),
            currencies: (a.meta.currency.0.clone(), b.meta.currency.0.clone()),
            changes: figure_changes(&figures.0, &figures.1),
            fields: changed_fields(&a, &b),
            figures,
            other,
        })
    });
    let status = RwSignal::new(String::new());
    // The open plan's id, the section, and the plan before and right after the last copy.
    let undo = RwSignal::new(None::<(Option<String>, String, Plan, Plan)>);
    let copy = move |section: &str| {
        let Some((other, labels)) = compared.with_untracked(|c| {
            c.as_ref()
                .and_then(|c| Some((c.other.clone()?, c.labels.clone())))
        }) else {
            return;
        };
        let before = state.plan.get_untracked();
        super::state::forget_refused();
        state.edit(section, |p| {
            copy_section(p, &other, section);
        });
        let from = if comparing.first.get_untracked() == OPEN {
            labels.1
        } else {
            labels.0
        };
        let (theirs, ours) = (&other.meta.currency.0, state.currency.get_untracked());
        let money = match *theirs != ours {
            true => format!(" Its amounts are in {theirs} and this plan's in {ours}: check them."),
            false => String::new(),
        };
        status.set(format!(
            "Copied “{}” from {from}.{money}",
            section_title(section)
        ));
        undo.set(Some((
            session.current.get_untracked(),
            section.to_string(),
            before,
            state.plan.get_untracked(),
        )));
    };
    // Puts back what the copy changed, but not a field typed into since.
    let revert = move || {
        if let Some((id, section, before, copied)) = undo.get_untracked() {
            if id == session.current.get_untracked() {
                let (back, kept) = state
                    .plan
                    .with_untracked(|now| merge(&copied, now, &before));
                state.edit(&section, |p| {
                    copy_section(p, &back, &section);
                });
                let title = section_title(&section);
                status.set(match kept {
                    0 => format!("“{title}” is back as it was."),
                    n => {
                        format!("“{title}” is back as it was, but for {n} changed since the copy.")
                    }
                });
            }
        }
        undo.set(None);
    };
    let export = move || {
        let after = compared.with_untracked(|c| {
            c.as_ref().map_or(String::new(), |c| {
                let labels = (c.labels.0.as_str(), c.labels.1.as_str());
                let currencies = (c.currencies.0.as_str(), c.currencies.1.as_str());
                changes_markdown(labels, &c.changes, &c.fields, currencies)
            })
        });
        session.export_markdown(after);
    };
    // Focus goes back to the button that opened it, as from the brief.
    let close = move || {
        comparing.shown.set(false);
        focus_later("#open-compare".into());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
        }
    };
    // One listener for every button of the panel, and one for its menus and file input.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = action(&ev) else {
            return;
        };
        match action.split_once(':') {
            Some(("copy", section)) => copy(section),
            _ => match action.as_str() {
                "undo" => revert(),
                "export" => export(),
                "close" => close(),
                _ => {}
            },
        }
    };
    let only_changed = RwSignal::new(true);
    let on_change =
        move |ev: leptos::ev::Event| match event_target::<web_sys::HtmlInputElement>(&ev)
            .name()
            .as_str()
        {
            "compare.first" => comparing.first.set(event_target_value(&ev)),
            "compare.second" => comparing.second.set(event_target_value(&ev)),
            _ => only_changed.set(event_target_checked(&ev)),
        };
    let head = Signal::derive(move || {
        let menu = |name: &str, label: &str, chosen: String| {
            let mut html = format!(
                "<label><span>{label}</span><select name=\"{name}\">\
                 <option value=\"\" disabled>Choose a plan</option>"
            );
            sources.with(|list| {
                for s in list {
                    let selected = if s.key == chosen { " selected" } else { "" };
                    html += &format!(
                        "<option value=\"{}\"{selected}>{}</option>",
                        escape(&s.key),
                        escape(&s.label)
                    );
                }
            });
            html + "</select></label>"
        };
        format!(
            "<div class=\"compare-head\"><h2 id=\"compare-title\" tabindex=\"-1\">Compare two plans</h2>{}</div>\
             <div class=\"compare-pick\">{}{}<p class=\"hint\">To compare a plan file, import it and choose \
             “Compare with the open plan”; for a share link, open it and choose “Compare with my plans”.</p></div>\
             <label class=\"check\"><input type=\"checkbox\" name=\"compare.only\"{}> Show only the figures that changed</label>",
            button("close", "Close", false),
            menu("compare.first", "First", comparing.first.get()),
            menu("compare.second", "Second", comparing.second.get()),
            if only_changed.get() { " checked" } else { "" },
        )
    });
    let result = Signal::derive(move || {
        let can_undo =
            undo.with(|u| u.as_ref().map(|u| u.0.clone())) == Some(session.current.get());
        compared.with(|c| match c {
            Some(c) => result_html(c, can_undo),
            None => {
                "<p class=\"hint\">Choose two plans: a stored plan or one of its snapshots.</p>"
                    .into()
            }
        })
    });
    let radar = Memo::new(move |_| {
        compared.with(|c| match c {
            Some(c) => RadarData::compare((&c.labels.0, &c.figures.0), (&c.labels.1, &c.figures.1)),
            None => RadarData::new(&Figures::default(), None),
        })
    });
    let bars = Memo::new(move |_| {
        compared.with(|c| match c {
            Some(c) => {
                AssessmentData::compare((&c.labels.0, &c.figures.0), (&c.labels.1, &c.figures.1))
            }
            None => AssessmentData::new(&Figures::default()),
        })
    });
    view! {
        <section class="compare" aria-labelledby="compare-title" on:click=on_click on:change=on_change on:keydown=on_key>
            <div inner_html=head></div>
            <p class="compare-status" role="status">{status}</p>
            <div class="compare-result" class:only-changed=only_changed inner_html=result></div>
            <div class="compare-charts" hidden=move || compared.with(Option::is_none)>
                <ChartCanvas data=radar />
                <ChartCanvas data=bars />
            </div>
        </section>
    }
}

/// The comparison as HTML: how much differs, each figure side by side, the export, and the
/// changed fields by section with "Copy" and the undo of the last copy.
fn result_html(c: &Compared, can_undo: bool) -> String {
    let currencies = (c.currencies.0.as_str(), c.currencies.1.as_str());
    let rows: Vec<_> = c
        .changes
        .iter()
        .map(|x| (x, compare_cells(x, figure_label(x.name).1, currencies)))
        .collect();
    let differing = rows.iter().filter(|(_, [a, b, _])| a != b).count();
    let undo = if can_undo {
        "<p><button type=\"button\" data-action=\"undo\">Undo the last copy</button></p>"
    } else {
        ""
    };
    let copy_hint = if c.other.is_some() {
        "Copy a whole section of the other plan into the open one; Undo puts it back."
    } else {
        "To copy sections, compare the open plan with another."
    };
    format!(
        "<p class=\"compare-counts\">{differing} figure{} and {} field{} differ.</p>\
         <div class=\"table-scroll\"><table class=\"compare-table\"><caption>Figures</caption>\
         <thead><tr><th scope=\"col\">Figure</th>\
         <th scope=\"col\"><span class=\"short\" aria-hidden=\"true\">First</span><span class=\"long\">{}</span></th>\
         <th scope=\"col\"><span class=\"short\" aria-hidden=\"true\">Second</span><span class=\"long\">{}</span></th>\
         <th scope=\"col\">Change</th></tr></thead><tbody>{}</tbody></table></div>\
         <p><button type=\"button\" data-action=\"export\">Export Markdown with this comparison</button></p>\
         <h3>Fields that differ</h3><p class=\"hint\">{copy_hint}</p>{undo}{}",
        plural(differing),
        c.fields.len(),
        plural(c.fields.len()),
        escape(&c.labels.0),
        escape(&c.labels.1),
        figure_rows(&rows),
        field_sections(&c.fields, c.other.is_some()),
    )
}

/// Each figure's row: its label, both values and the change, which carries
/// `data-figure="compare.<name>"` and, in `data-value`, second − first.
/// (The change shown is blank for money in two currencies; `data-value` is, as workshop.md has
/// it, second − first all the same.)
fn figure_rows(rows: &[(&FigureChange, [String; 3])]) -> String {
    let mut html = String::new();
    for (change, [first, second, text]) in rows {
        let label = figure_label(change.name).0;
        let same = if first != second {
            ""
        } else {
            " class=\"same\""
        };
        let value = change.change().map(format_number).unwrap_or_default();
        html += &format!(
            "<tr{same}><th scope=\"row\">{}</th><td>{}</td><td>{}</td>\
             <td><output data-figure=\"compare.{}\" data-value=\"{value}\">{}</output></td></tr>",
            escape(&label),
            escape(first),
            escape(second),
            change.name.name(),
            escape(text),
        );
    }
    html
}

/// The changed fields by section, each with "Copy" into the open plan when it can be.
fn field_sections(fields: &[FieldChange], can_copy: bool) -> String {
    let mut html = String::new();
    let mut open = false;
    for (i, field) in fields.iter().enumerate() {
        if i == 0 || fields[i - 1].section != field.section {
            if open {
                html += "</ul></div>";
            }
            let section = &field.section;
            let title = escape(section_title(section));
            html += &format!(
                "<div class=\"changed-section\" data-section=\"{section}\"><h4>{title}</h4>"
            );
            if can_copy && Plan::SECTIONS.contains(&section.as_str()) {
                html += &format!(
                    "<button type=\"button\" data-action=\"copy:{section}\">Copy “{title}” into the open plan</button>"
                );
            }
            html += "<ul>";
            open = true;
        }
        let side = |v: &Option<String>| match v.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => escape(v),
            _ => "—".into(),
        };
        html += &format!(
            "<li data-field=\"{}\"><span class=\"field-name\">{}</span>: \
             <span class=\"before\">{}</span> → <span class=\"after\">{}</span></li>",
            escape(&field.path),
            escape(&field_label(&field.path)),
            side(&field.first),
            side(&field.second),
        );
    }
    if open {
        html += "</ul></div>";
    }
    html
}

/// The ending of a noun counted `n` times: "1 field", "3 fields".
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
