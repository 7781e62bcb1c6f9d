//! The team's range and median over the plan's own scores (workshop.md, "Team scores"): the
//! whisker drawn on each dimension or area, and its words for the summary and the table.
//! Without responses a chart's words are as before.

use plotters::coord::Shift;
use plotters::element::PathElement;
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::theme::{self, INK, PAPER};
use super::DrawResult;
use crate::format::one_decimal;
use crate::scoring::{CardRanges, GroupRange};

pub const LEGEND: &str = "Team range and median";

/// The team's range as a whisker with end caps and its median as a longer tick across it,
/// each edged in paper so that it reads over a bar. `at(value, across)` is the pixel at
/// `value` on the axis, moved `across` pixels square to it.
pub fn whisker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: &dyn Fn(f64, f64) -> (i32, i32),
    range: &GroupRange,
) -> DrawResult<DB> {
    let (lo, hi, mid) = (range.min, range.max, range.median);
    for (color, edge) in [(PAPER, 2), (INK, 0)] {
        let line = |points: Vec<(i32, i32)>, width: u32| {
            root.draw(&PathElement::new(points, theme::line(color, width + edge)))
        };
        // The caps and the line between them in one stroke, then the median across it.
        line(
            vec![
                at(lo, -4.0),
                at(lo, 4.0),
                at(lo, 0.0),
                at(hi, 0.0),
                at(hi, -4.0),
                at(hi, 4.0),
            ],
            2,
        )?;
        line(vec![at(mid, -8.0), at(mid, 8.0)], 3)?;
    }
    Ok(())
}

/// A sentence to add to a chart's summary: each group's team median and range.
pub fn summary(labels: &[&str], team: &CardRanges) -> String {
    if team.participants == 0 {
        return String::new();
    }
    let groups: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let [median, range, n] = cells(team, i);
            let answered = format!("{n} participants answered all items");
            match team.groups.get(i) {
                Some(Some(_)) => format!("{label} median {median}, range {range} ({answered})"),
                _ => format!("{label}: {answered}"),
            }
        })
        .collect();
    format!(" The team's scores: {}.", groups.join("; "))
}

/// The table's extra columns.
pub fn head(team: &CardRanges) -> &'static [&'static str] {
    if team.participants == 0 {
        &[]
    } else {
        &["Team median", "Team range", "Answered all items"]
    }
}

/// Group `i`'s cells under [`head`]: its median, range (`4–8`) and how many answered all its
/// items (`3 of 4`).
pub fn cells(team: &CardRanges, i: usize) -> [String; 3] {
    let of = |n: usize| format!("{n} of {}", team.participants);
    match team.groups.get(i).copied().flatten() {
        Some(g) => [
            one_decimal(g.median),
            format!("{}–{}", one_decimal(g.min), one_decimal(g.max)),
            of(g.n),
        ],
        None => ["–".into(), "–".into(), of(0)],
    }
}
