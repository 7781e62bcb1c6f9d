//! Two plans side by side: each figure with its change, and every field whose value differs,
//! grouped by the part of the plan (section) it belongs to.

use super::{compute, Figure, FigureName, Figures};
use crate::model::{Plan, Reach};

/// One figure of both plans. Its change is the second minus the first.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureChange {
    pub name: FigureName,
    pub first: Figure,
    pub second: Figure,
}

impl FigureChange {
    /// `None` where either is blank or not a number.
    pub fn change(&self) -> Option<f64> {
        Some(self.second.as_number()? - self.first.as_number()?)
    }
}

/// A field whose text differs; `None` where the plan has no such field (a row only the other
/// plan has).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// The plan's top-level key: `technical`, `talent`, … (the section's id on the page).
    pub section: String,
    pub path: String,
    pub first: Option<String>,
    pub second: Option<String>,
}

/// Every figure of scoring.md for both plans, in its order.
pub fn compare_figures(first: &Plan, second: &Plan) -> Vec<FigureChange> {
    figure_changes(&compute(first), &compute(second))
}

/// Every figure of two plans' computed figures, in scoring.md's order.
pub fn figure_changes(a: &Figures, b: &Figures) -> Vec<FigureChange> {
    FigureName::ALL
        .iter()
        .map(|&name| FigureChange {
            name,
            first: a.get(name).clone(),
            second: b.get(name).clone(),
        })
        .collect()
}

/// Not compared: when the file was made or saved, and what is kept beside the worksheet.
fn compared(path: &str) -> bool {
    !matches!(path, "meta.created_at" | "meta.updated_at")
        && !path.starts_with("snapshots")
        && !path.starts_with("team.")
}

fn texts(plan: &Plan) -> Vec<(String, String)> {
    let mut out = Vec::new();
    plan.walk("", &mut |path, leaf| {
        if compared(path) {
            out.push((path.to_string(), leaf.text()));
        }
    });
    out
}

/// Every field whose value differs, in the plan's order: a row only one plan has comes where
/// that plan has it. Both plans list their fields in the same order, so each is looked for
/// only from where the last one was found.
pub fn changed_fields(first: &Plan, second: &Plan) -> Vec<FieldChange> {
    let (a, b) = (texts(first), texts(second));
    let mut out = Vec::new();
    let mut push = |path: &str, first: Option<&String>, second: Option<&String>| {
        if first.map_or("", |t| t.as_str()) != second.map_or("", |t| t.as_str()) {
            out.push(FieldChange {
                section: path.split('.').next().unwrap_or_default().to_string(),
                path: path.to_string(),
                first: first.cloned(),
                second: second.cloned(),
            });
        }
    };
    let mut j = 0;
    for (path, text) in &a {
        match b[j..].iter().position(|(p, _)| p == path) {
            Some(k) => {
                for (p, t) in &b[j..j + k] {
                    push(p, None, Some(t));
                }
                push(path, Some(text), Some(&b[j + k].1));
                j += k + 1;
            }
            None => push(path, Some(text), None),
        }
    }
    for (p, t) in &b[j..] {
        push(p, None, Some(t));
    }
    out
}
