//! Readiness radar: the five dimensions on 0–10, with the latest snapshot and the team's range
//! and median drawn over them.

use plotters::coord::Shift;
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon};
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{clip, legend, write, Mark};
use super::overlay::{self, whisker};
use super::theme::{self, BLUE, GRID, INK, MUTED, ORANGE, PAPER};
use super::{Chart, DrawResult, SnapshotFigures, Table};
use crate::format::one_decimal;
use crate::scoring::{CardRanges, FigureName, Figures};

const DIMENSIONS: [(FigureName, &str); 5] = [
    (FigureName::ReadinessProduct, "Product"),
    (FigureName::ReadinessMarket, "Market"),
    (FigureName::ReadinessOperations, "Operations"),
    (FigureName::ReadinessFinancial, "Financial"),
    (FigureName::ReadinessTeam, "Team"),
];

#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub label: &'static str,
    pub today: f64,
    pub snapshot: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RadarData {
    pub axes: Vec<RadarAxis>,
    /// What the filled shape is: `Today`, or the second plan of a comparison.
    pub today: String,
    /// What the dashed outline is, when there is one: `Snapshot: Q3`, or the first plan of
    /// a comparison.
    pub snapshot: Option<String>,
    /// The team's range and median of each dimension.
    pub team: CardRanges,
}

impl RadarData {
    pub fn new(today: &Figures, last: Option<&SnapshotFigures>) -> RadarData {
        let axes = DIMENSIONS
            .iter()
            .map(|&(name, label)| RadarAxis {
                label,
                today: today.number(name).unwrap_or(0.0),
                snapshot: last.map(|s| s.number(name)),
            })
            .collect();
        RadarData {
            axes,
            today: "Today".into(),
            snapshot: last.map(|s| format!("Snapshot: {}", s.name())),
            team: CardRanges::default(),
        }
    }

    /// Two plans: the second filled, the first as the dashed outline.
    pub fn compare(first: (&str, &Figures), second: (&str, &Figures)) -> RadarData {
        let axes = DIMENSIONS
            .iter()
            .map(|&(name, label)| RadarAxis {
                label,
                today: second.1.number(name).unwrap_or(0.0),
                snapshot: Some(first.1.number(name).unwrap_or(0.0)),
            })
            .collect();
        RadarData {
            axes,
            today: second.0.to_string(),
            snapshot: Some(first.0.to_string()),
            team: CardRanges::default(),
        }
    }

    pub fn with_team(self, team: CardRanges) -> RadarData {
        RadarData { team, ..self }
    }
}

/// Room beside the rim for a label, and above and below the rings.
const SIDE: f64 = 85.0;
const CAP: f64 = 46.0;
const MAX_RADIUS: f64 = 150.0;

/// Where each of the five axes points, clockwise from straight up: the cosine and sine of
/// −90° + 72° × i. Written out, so that the download carries no sine and cosine code.
const DIRECTIONS: [(f64, f64); 5] = [
    (0.0, -1.0),
    (0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
    (0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
    (-0.587_785_252_292_473, 0.809_016_994_374_947_5),
    (-0.951_056_516_295_153_6, -0.309_016_994_374_947_3),
];
/// sin 72°: how far out to the side the two upper side axes reach.
const SIDE_REACH: f64 = DIRECTIONS[1].0;
/// sin 54°: how far down the two lower axes reach.
const DOWN_REACH: f64 = DIRECTIONS[2].1;

fn radius(width: f64, height: f64) -> f64 {
    let by_width = (width / 2.0 - SIDE) / SIDE_REACH;
    let by_height = (height - 2.0 * CAP) / (1.0 + DOWN_REACH);
    by_width.min(by_height).clamp(30.0, MAX_RADIUS)
}

impl Chart for RadarData {
    const KEY: &'static str = "readiness";
    const TITLE: &'static str = "Readiness by dimension (0–10)";

    fn height(width: u32) -> u32 {
        let r = radius(width as f64, f64::MAX);
        (r * (1.0 + DOWN_REACH) + 2.0 * CAP + 30.0).round() as u32
    }

    fn summary(&self) -> String {
        let list = |f: &dyn Fn(&RadarAxis) -> f64| {
            self.axes
                .iter()
                .map(|a| format!("{} {}", a.label, one_decimal(f(a))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut text = format!(
            "Readiness radar, each dimension out of 10. {}: {}.",
            self.today,
            list(&|a| a.today)
        );
        if let Some(name) = &self.snapshot {
            text.push_str(&format!(
                " {name} (dashed): {}.",
                list(&|a| a.snapshot.unwrap_or(0.0))
            ));
        }
        let labels: Vec<&str> = self.axes.iter().map(|a| a.label).collect();
        text + &overlay::summary(&labels, &self.team)
    }

    fn table(&self) -> Table {
        let mut head = vec!["Dimension", self.today.as_str()];
        head.extend(self.snapshot.as_deref());
        head.extend(overlay::head(&self.team));
        let mut table = Table::new(&head);
        for (i, a) in self.axes.iter().enumerate() {
            let mut row = vec![a.label.to_string(), one_decimal(a.today)];
            row.extend(a.snapshot.map(one_decimal));
            if self.team.participants > 0 {
                row.extend(overlay::cells(&self.team, i));
            }
            table.row(row);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_radar(root, self)
    }
}

pub fn draw_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &RadarData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    let snapshot = data.snapshot.as_ref().map(|name| clip(name, 38));
    let today = clip(&data.today, 38);
    let mut items = vec![(today.as_str(), BLUE, Mark::Box)];
    if let Some(label) = &snapshot {
        items.push((label.as_str(), ORANGE, Mark::Dash));
    }
    if data.team.any() {
        items.push((overlay::LEGEND, INK, Mark::Range));
    }
    let area = legend(root, &items)?;
    let (w, h) = area.dim_in_pixel();
    let r = radius(w as f64, h as f64);
    let (cx, cy) = (w as f64 / 2.0, CAP + r);
    let n = data.axes.len().min(DIRECTIONS.len());
    // On axis `i`: `value` out from the centre, then `out` pixels further and `across` pixels
    // square to the axis.
    let place = |i: usize, value: f64, out: f64, across: f64| {
        let d = r * value.clamp(0.0, 10.0) / 10.0 + out;
        let (cos, sin) = DIRECTIONS[i % DIRECTIONS.len()];
        (
            (cx + d * cos - across * sin).round() as i32,
            (cy + d * sin + across * cos).round() as i32,
        )
    };
    let at = |i: usize, value: f64, out: f64| place(i, value, out, 0.0);
    let ring = |f: &dyn Fn(usize) -> (i32, i32)| {
        let mut points: Vec<_> = (0..n).map(f).collect();
        points.push(f(0));
        points
    };

    let center = (cx.round() as i32, cy.round() as i32);
    for level in [2.0, 4.0, 6.0, 8.0, 10.0] {
        area.draw(&PathElement::new(
            ring(&|i| at(i, level, 0.0)),
            theme::line(GRID, 1),
        ))?;
    }
    for i in 0..n {
        area.draw(&PathElement::new(
            vec![center, at(i, 10.0, 0.0)],
            theme::line(GRID, 1),
        ))?;
    }
    let tick = theme::text(10.0, MUTED).pos(Pos::new(HPos::Right, VPos::Center));
    for level in [5.0, 10.0] {
        let (x, y) = at(0, level, 0.0);
        write(&area, one_decimal(level), (x, y), (-4, 0), &tick)?;
    }

    let today: Vec<_> = (0..n).map(|i| at(i, data.axes[i].today, 0.0)).collect();
    area.draw(&Polygon::new(today.clone(), theme::fill(BLUE, 0.18)))?;
    for (i, range) in data.team.groups.iter().enumerate().take(n) {
        if let Some(range) = range {
            whisker(&area, &|v, across| place(i, v, 0.0, across), range)?;
        }
    }
    area.draw(&PathElement::new(ring(&|i| today[i]), theme::line(BLUE, 2)))?;
    if data.snapshot.is_some() {
        let past = ring(&|i| at(i, data.axes[i].snapshot.unwrap_or(0.0), 0.0));
        area.draw(&DashedPathElement::new(past, 6, 4, theme::line(ORANGE, 2)))?;
    }
    for point in &today {
        area.draw(&Circle::new(*point, 3, BLUE.filled()))?;
    }

    for (i, axis) in data.axes.iter().take(n).enumerate() {
        let (x, y) = at(i, 10.0, 10.0);
        let (cos, sin) = DIRECTIONS[i];
        let h_pos = match cos {
            c if c > 0.3 => HPos::Left,
            c if c < -0.3 => HPos::Right,
            _ => HPos::Center,
        };
        let top = match sin {
            s if s < -0.5 => y - 32,
            s if s > 0.5 => y,
            _ => y - 16,
        };
        let name = theme::text(theme::NORMAL, INK).pos(Pos::new(h_pos, VPos::Top));
        let value = theme::bold(theme::NORMAL, BLUE).pos(Pos::new(h_pos, VPos::Top));
        write(&area, axis.label.to_string(), (x, top), (0, 0), &name)?;
        write(&area, one_decimal(axis.today), (x, top), (0, 16), &value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::DIRECTIONS;
    use std::f64::consts::PI;

    #[test]
    fn the_directions_are_the_five_axes_clockwise_from_the_top() {
        for (i, (cos, sin)) in DIRECTIONS.iter().enumerate() {
            let angle = -PI / 2.0 + 2.0 * PI * i as f64 / 5.0;
            assert!((cos - angle.cos()).abs() < 1e-15, "axis {i}");
            assert!((sin - angle.sin()).abs() < 1e-15, "axis {i}");
        }
    }
}
