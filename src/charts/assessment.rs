//! Strategy assessment: one horizontal bar per area on 0–25, with the band thresholds marked
//! and the team's range and median on each bar.

use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{clip, dashed, label_room, legend, write, Mark, Scale};
use super::overlay::{self, whisker};
use super::theme::{self, AXIS, BLUE, GRID, INK, MUTED, PAPER};
use super::{Chart, DrawResult, Table};
use crate::format::one_decimal;
use crate::scoring::{CardRanges, FigureName, Figures};

const AREAS: [(FigureName, &str); 4] = [
    (FigureName::AssessmentTechnical, "Technical"),
    (FigureName::AssessmentOrganizational, "Organizational"),
    (FigureName::AssessmentOperational, "Operational"),
    (FigureName::AssessmentStrategic, "Strategic"),
];

/// An area's maximum score.
pub const MAX: f64 = 25.0;

/// Where each band starts, as a score out of 25: 40%, 70% and 85% of the maximum.
pub const THRESHOLDS: [(f64, &str); 3] = [
    (MAX * 0.40, "Emerging"),
    (MAX * 0.70, "Ready"),
    (MAX * 0.85, "Scale-ready"),
];

#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentData {
    pub areas: Vec<(&'static str, f64)>,
    /// What the bars are: `Area score`, or the second plan of a comparison.
    pub label: String,
    /// The first plan of a comparison: its name and each area's score, drawn as an outline.
    pub first: Option<(String, Vec<f64>)>,
    /// The team's range and median of each area.
    pub team: CardRanges,
}

impl AssessmentData {
    pub fn new(today: &Figures) -> AssessmentData {
        AssessmentData {
            areas: AREAS
                .map(|(name, label)| (label, score(today, name)))
                .to_vec(),
            label: "Area score".into(),
            first: None,
            team: CardRanges::default(),
        }
    }

    /// Two plans: the second as bars, the first as outlines over them.
    pub fn compare(first: (&str, &Figures), second: (&str, &Figures)) -> AssessmentData {
        AssessmentData {
            label: second.0.to_string(),
            first: Some((
                first.0.to_string(),
                AREAS.map(|(name, _)| score(first.1, name)).to_vec(),
            )),
            ..AssessmentData::new(second.1)
        }
    }

    pub fn with_team(self, team: CardRanges) -> AssessmentData {
        AssessmentData { team, ..self }
    }
}

impl Chart for AssessmentData {
    const KEY: &'static str = "assessment";
    const TITLE: &'static str = "Strategy assessment by area (0–25)";

    fn height(_width: u32) -> u32 {
        230
    }

    fn summary(&self) -> String {
        let areas = self
            .areas
            .iter()
            .map(|(label, v)| format!("{label} {}", one_decimal(*v)))
            .collect::<Vec<_>>()
            .join(", ");
        let labels: Vec<&str> = self.areas.iter().map(|a| a.0).collect();
        let first = self.first.as_ref().map_or(String::new(), |(name, scores)| {
            let scores: Vec<String> = labels
                .iter()
                .zip(scores)
                .map(|(label, v)| format!("{label} {}", one_decimal(*v)))
                .collect();
            format!(" {name} (outlines): {}.", scores.join(", "))
        });
        format!(
            "Strategy assessment bars, each area out of 25: {areas}.{first} \
             Band thresholds: emerging from 10, ready from 17.5, scale-ready from 21.25.{}",
            overlay::summary(&labels, &self.team)
        )
    }

    fn table(&self) -> Table {
        let mut head = vec!["Area", "Score (of 25)", "Band"];
        if let Some((name, _)) = &self.first {
            head = vec!["Area", name.as_str(), self.label.as_str()];
        }
        head.extend(overlay::head(&self.team));
        let mut table = Table::new(&head);
        for (i, (label, v)) in self.areas.iter().enumerate() {
            let mut row = vec![label.to_string(), one_decimal(*v), band_of(*v).to_string()];
            if let Some((_, first)) = &self.first {
                row[1] = one_decimal(first.get(i).copied().unwrap_or(0.0));
                row[2] = one_decimal(*v);
            }
            if self.team.participants > 0 {
                row.extend(overlay::cells(&self.team, i));
            }
            table.row(row);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_assessment(root, self)
    }
}

fn score(figures: &Figures, name: FigureName) -> f64 {
    figures.number(name).unwrap_or(0.0)
}

fn band_of(score: f64) -> &'static str {
    THRESHOLDS
        .iter()
        .rev()
        .find(|(at, _)| score >= *at)
        .map_or("Not ready", |(_, name)| name)
}

pub fn draw_assessment<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &AssessmentData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    let label = clip(&data.label, 38);
    let first = data.first.as_ref().map(|(name, _)| clip(name, 38));
    let mut items = vec![(label.as_str(), BLUE, Mark::Box)];
    if let Some(first) = &first {
        items.push((first.as_str(), INK, Mark::Outline));
    }
    items.push(("Band thresholds (40, 70, 85%)", MUTED, Mark::Dash));
    if data.team.any() {
        items.push((overlay::LEGEND, INK, Mark::Range));
    }
    let area = legend(root, &items)?;
    let n = data.areas.len();
    let rows = n as f64;
    let names = |y: &f64| {
        let from_top = n - 1 - (y.floor() as usize).min(n - 1);
        data.areas[from_top].0.to_string()
    };
    let name_style = theme::text(theme::NORMAL, INK);
    let names_room = label_room(
        root,
        data.areas.iter().map(|a| a.0.to_string()),
        &name_style,
    )?;
    let mut chart = ChartBuilder::on(&area)
        .margin_top(18)
        .margin_right(34)
        .x_label_area_size(22)
        .y_label_area_size(names_room)
        .build_cartesian_2d(
            Scale::new(0.0..MAX, vec![0.0, 5.0, 10.0, 15.0, 20.0, 25.0]),
            Scale::new(0.0..rows, (0..n).map(|i| i as f64 + 0.5).collect()),
        )?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .bold_line_style(theme::line(GRID, 1))
        .axis_style(theme::line(AXIS, 1))
        .x_label_style(theme::text(theme::SMALL, MUTED))
        .y_label_style(name_style.clone())
        .x_label_formatter(&|x| one_decimal(*x))
        .y_label_formatter(&names)
        .draw()?;

    let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
    let value = theme::text(theme::SMALL, INK).pos(Pos::new(HPos::Left, VPos::Center));
    for (i, (_, v)) in data.areas.iter().enumerate() {
        let (y, v) = (rows - 1.0 - i as f64, v.clamp(0.0, MAX));
        let corners = [px(0.0, y + 0.8), px(v, y + 0.2)];
        root.draw(&Rectangle::new(corners, BLUE.mix(0.85).filled()))?;
        let before = data.first.as_ref().and_then(|(_, f)| f.get(i));
        if let Some(before) = before {
            let corners = [px(0.0, y + 0.9), px(before.clamp(0.0, MAX), y + 0.1)];
            root.draw(&Rectangle::new(corners, theme::line(INK, 2)))?;
        }
        let team = data.team.groups.get(i).copied().flatten();
        if let Some(range) = &team {
            let at = |x: f64, across: f64| {
                let (x, y) = px(x.clamp(0.0, MAX), y + 0.5);
                (x, y + across as i32)
            };
            whisker(root, &at, range)?;
        }
        // Past the whisker's end and its cap, so that the two never overlap.
        let (end, by) = team.map_or((v, 5), |t| (v.max(t.max.min(MAX)), 9));
        let end = before.map_or(end, |b| end.max(b.clamp(0.0, MAX)));
        write(root, one_decimal(v), px(end, y + 0.5), (by, 0), &value)?;
    }

    // The two upper bands' lines are close: the last label starts at its line, so that it
    // never touches the one before.
    for ((at, _), (lean, by)) in
        THRESHOLDS
            .into_iter()
            .zip([(HPos::Center, 0), (HPos::Center, 0), (HPos::Left, 2)])
    {
        dashed(root, vec![px(at, 0.0), px(at, rows)], MUTED)?;
        let percent = format!("{}%", one_decimal(at / MAX * 100.0));
        let mark = theme::text(theme::SMALL, MUTED).pos(Pos::new(lean, VPos::Bottom));
        write(root, percent, px(at, rows), (by, -3), &mark)?;
    }
    Ok(())
}
