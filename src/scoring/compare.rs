//! Two plans side by side: each figure with its change, and every field whose value differs,
//! grouped by the part of the plan (section) it belongs to.

use super::{compute, Figure, FigureName};
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
    let (a, b) = (compute(first), compute(second));
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

/// Every field whose value differs, in the first plan's order, then fields only the second has.
pub fn changed_fields(first: &Plan, second: &Plan) -> Vec<FieldChange> {
    let (a, b) = (texts(first), texts(second));
    let find = |list: &[(String, String)], path: &str| {
        list.iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.clone())
    };
    let only_second = b.iter().filter(|(path, _)| find(&a, path).is_none());
    a.iter()
        .map(|(path, text)| (path, Some(text.clone()), find(&b, path)))
        .chain(only_second.map(|(path, text)| (path, None, Some(text.clone()))))
        .filter(|(_, x, y)| x.as_deref().unwrap_or_default() != y.as_deref().unwrap_or_default())
        .map(|(path, first, second)| FieldChange {
            section: path.split('.').next().unwrap_or_default().to_string(),
            path: path.clone(),
            first,
            second,
        })
        .collect()
}
