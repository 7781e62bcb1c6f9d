//! Progress: the two scorecards' overall scores across the snapshots, and today.

use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement};
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::assessment::THRESHOLDS;
use super::axes::{clip, dashed, label_room, legend, write, Mark, Scale};
use super::theme::{self, AXIS, BLUE, GRID, MUTED, ORANGE, PAPER};
use super::{Chart, DrawResult, SnapshotFigures, Table};
use crate::format::one_decimal;
use crate::scoring::{FigureName, Figures};

#[derive(Clone, Debug, PartialEq)]
pub struct ProgressPoint {
    pub name: String,
    /// `2026-08-15`; empty for today.
    pub date: String,
    /// Readiness overall, 0–50.
    pub readiness: f64,
    /// Assessment overall, 0–100.
    pub assessment: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProgressData {
    /// The snapshots in the order they were taken, then today.
    pub points: Vec<ProgressPoint>,
}

impl ProgressPoint {
    pub fn of(snapshot: &SnapshotFigures) -> ProgressPoint {
        ProgressPoint {
            name: snapshot.name(),
            date: snapshot.date().to_string(),
            readiness: snapshot.number(FigureName::ReadinessOverall),
            assessment: snapshot.number(FigureName::AssessmentOverall),
        }
    }

    pub fn today(figures: &Figures) -> ProgressPoint {
        ProgressPoint {
            name: "Today".into(),
            date: String::new(),
            readiness: figures.number(FigureName::ReadinessOverall).unwrap_or(0.0),
            assessment: figures.number(FigureName::AssessmentOverall).unwrap_or(0.0),
        }
    }
}

impl ProgressData {
    pub fn new(past: &[ProgressPoint], today: &Figures) -> ProgressData {
        let mut points = past.to_vec();
        points.push(ProgressPoint::today(today));
        ProgressData { points }
    }
}

impl Chart for ProgressData {
    const KEY: &'static str = "progress";
    const TITLE: &'static str = "Progress across snapshots";

    fn height(width: u32) -> u32 {
        if width < 480 {
            260
        } else {
            300
        }
    }

    fn summary(&self) -> String {
        let today = &self.points[self.points.len() - 1];
        let now = format!(
            "today readiness {} of 50 and assessment {} of 100",
            one_decimal(today.readiness),
            one_decimal(today.assessment)
        );
        match self.points.len() {
            1 => format!("Progress: no snapshots yet; {now}."),
            n => {
                let first = &self.points[0];
                format!(
                    "Progress over {} snapshot{} and today: from readiness {} and assessment {} at {} ({}) to {now}.",
                    n - 1,
                    if n == 2 { "" } else { "s" },
                    one_decimal(first.readiness),
                    one_decimal(first.assessment),
                    first.name,
                    first.date
                )
            }
        }
    }

    fn table(&self) -> Table {
        let mut table = Table::new(&[
            "Snapshot",
            "Taken",
            "Readiness (of 50)",
            "Assessment (of 100)",
        ]);
        for p in &self.points {
            table.row(vec![
                p.name.clone(),
                if p.date.is_empty() {
                    "now".into()
                } else {
                    p.date.clone()
                },
                one_decimal(p.readiness),
                one_decimal(p.assessment),
            ]);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_progress(root, self)
    }
}

pub fn draw_progress<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ProgressData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    let area = legend(
        root,
        &[
            ("Readiness", BLUE, Mark::Line),
            ("Assessment", ORANGE, Mark::Line),
            ("Band thresholds", MUTED, Mark::Dash),
        ],
    )?;
    let n = data.points.len();
    let tick_style = theme::text(theme::SMALL, MUTED);
    let percent_room = label_room(root, ["100%".to_string()], &tick_style)?;
    // Room past the lines' ends for today's two values, as wide as they can be.
    let value = theme::bold(theme::SMALL, theme::INK).pos(Pos::new(HPos::Left, VPos::Center));
    let value_room = label_room(root, ["88.8%".to_string()], &value)?;
    // As many snapshots named under the plot as there is room for 84 px each.
    let width = area
        .dim_in_pixel()
        .0
        .saturating_sub(percent_room + value_room);
    let fits = (width / 84).max(2) as usize;
    let stride = n.div_ceil(fits).max(1);
    let shown: Vec<f64> = (0..n)
        .rev()
        .step_by(stride)
        .map(|i| i as f64)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let label = |x: &f64| {
        data.points
            .get(x.round() as usize)
            .map_or(String::new(), |p| clip(&p.name, 12))
    };
    let mut chart = ChartBuilder::on(&area)
        .margin_top(10)
        .margin_right(value_room)
        .x_label_area_size(26)
        .y_label_area_size(percent_room)
        .build_cartesian_2d(
            Scale::new(-0.5..n as f64 - 0.5, shown),
            Scale::new(0.0..100.0, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme::line(GRID, 1))
        .axis_style(theme::line(AXIS, 1))
        .label_style(tick_style.clone())
        .x_label_formatter(&label)
        .y_label_formatter(&|y| format!("{y}%"))
        .draw()?;

    let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
    for (at, _) in THRESHOLDS {
        let percent = at / super::assessment::MAX * 100.0;
        dashed(
            root,
            vec![px(-0.5, percent), px(n as f64 - 0.5, percent)],
            MUTED,
        )?;
    }

    let today = &data.points[n - 1];
    let (readiness, assessment) = (today.readiness * 2.0, today.assessment);
    let shifts = match readiness - assessment {
        d if d.abs() >= 8.0 => [0, 0],
        d if d >= 0.0 => [-8, 8],
        _ => [8, -8],
    };
    let line = |percent: fn(&ProgressPoint) -> f64| -> Vec<(i32, i32)> {
        (data.points.iter().enumerate())
            .map(|(i, p)| px(i as f64, percent(p).clamp(0.0, 100.0)))
            .collect()
    };
    let series = [
        (BLUE, readiness, line(|p| p.readiness * 2.0)),
        (ORANGE, assessment, line(|p| p.assessment)),
    ];
    let dot = if n > 30 { 2 } else { 4 };
    for ((color, last, points), dy) in series.into_iter().zip(shifts) {
        let end = points[n - 1];
        root.draw(&PathElement::new(points.clone(), theme::line(color, 2)))?;
        for p in points {
            root.draw(&Circle::new(p, dot, color.filled()))?;
        }
        let text = format!("{}%", one_decimal(last.clamp(0.0, 100.0)));
        write(root, text, end, (7, dy), &value)?;
    }
    Ok(())
}
