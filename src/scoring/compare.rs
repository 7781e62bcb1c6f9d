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

/// Where a path lies in a list: `technical.bottlenecks.2.cost` is row 2 of
/// `technical.bottlenecks`, field `.cost`.
fn in_row(path: &str) -> Option<(&str, usize, &str)> {
    let mut start = 0usize;
    for part in path.split('.') {
        if let Ok(row) = part.parse() {
            return Some((
                &path[..start.saturating_sub(1)],
                row,
                &path[start + part.len()..],
            ));
        }
        start += part.len() + 1;
    }
    None
}

/// The text of the first field of each row of `list`, in order.
fn row_keys<'a>(texts: &'a [(String, String)], list: &str) -> Vec<&'a str> {
    let mut rows = Vec::new();
    for (path, text) in texts {
        if in_row(path).is_some_and(|(l, row, _)| l == list && row == rows.len()) {
            rows.push(text.as_str());
        }
    }
    rows
}

/// Renumbers `b`'s rows to the rows of `a` they are, an added row after `a`'s last: a row
/// removed from the top of a list is then one row gone, not every row below it changed. The
/// rows found keep `a`'s order, so each field is still looked for from where the last was.
#[inline(never)]
fn line_up(a: &[(String, String)], b: &mut [(String, String)]) {
    let mut at = 0;
    while at < b.len() {
        let Some((list, ..)) = in_row(&b[at].0) else {
            at += 1;
            continue;
        };
        let list = list.to_string();
        let (other, mine) = (row_keys(a, &list), row_keys(b, &list));
        // A row is the next of `a`'s rows whose first field reads the same; else the next of
        // `a`'s rows that none of the rows after it reads as (edited); else an added row.
        let (mut next, mut added) = (0, other.len());
        let mut to = Vec::new();
        for (j, key) in mine.iter().enumerate() {
            let place = match other.iter().skip(next).position(|k| k == key) {
                Some(k) => next + k,
                None if other.get(next).is_some_and(|k| !mine[j + 1..].contains(k)) => next,
                None => {
                    added += 1;
                    to.push(added - 1);
                    continue;
                }
            };
            to.push(place);
            next = place + 1;
        }
        while let Some((row, rest)) = b
            .get(at)
            .and_then(|(path, _)| in_row(path))
            .filter(|(l, ..)| *l == list)
            .map(|(_, row, rest)| (row, rest.to_string()))
        {
            b[at].0 = [&list, ".", &to[row].to_string(), &rest].concat();
            at += 1;
        }
    }
}

/// Every field whose value differs, in the plan's order: a row only one plan has comes where
/// that plan has it. Both plans list their fields in the same order, so each is looked for
/// only from where the last one was found.
pub fn changed_fields(first: &Plan, second: &Plan) -> Vec<FieldChange> {
    let (a, mut b) = (texts(first), texts(second));
    line_up(&a, &mut b);
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
