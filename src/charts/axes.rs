//! Pieces the charts share: a legend along the top, and a note in place of an empty chart.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::Shift;
use plotters::element::{DashedPathElement, PathElement, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor, TextStyle};

use super::overlay::whisker;
use super::theme::{self, INK, MUTED};
use super::DrawResult;
use crate::scoring::GroupRange;

/// How a series looks in the legend.
#[derive(Clone, Copy)]
pub enum Mark {
    Box,
    /// An unfilled box: the first plan of a comparison.
    Outline,
    Line,
    Dash,
    /// The team's range and median: `overlay::whisker`.
    Range,
}

const ROW: i32 = 20;
const SWATCH: i32 = 16;

/// Draws the legend items left to right, wrapping when the width runs out,
/// and returns the area below it.
pub fn legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    items: &[(&str, RGBColor, Mark)],
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let width = root.dim_in_pixel().0 as i32;
    let style = theme::text(theme::SMALL, INK).pos(Pos::new(HPos::Left, VPos::Center));
    let (mut x, mut y) = (0, 0);
    for (label, color, mark) in items {
        let item_width = SWATCH + 6 + root.estimate_text_size(label, &style)?.0 as i32;
        if x > 0 && x + item_width > width {
            x = 0;
            y += ROW;
        }
        let mid = y + ROW / 2;
        match mark {
            Mark::Box => root.draw(&Rectangle::new(
                [(x, mid - 5), (x + SWATCH, mid + 5)],
                color.mix(0.85).filled(),
            ))?,
            Mark::Outline => root.draw(&Rectangle::new(
                [(x, mid - 5), (x + SWATCH, mid + 5)],
                theme::line(*color, 2),
            ))?,
            Mark::Line => root.draw(&PathElement::new(
                vec![(x, mid), (x + SWATCH, mid)],
                theme::line(*color, 2),
            ))?,
            Mark::Dash => root.draw(&DashedPathElement::new(
                vec![(x, mid), (x + SWATCH, mid)],
                5,
                3,
                theme::line(*color, 2),
            ))?,
            Mark::Range => {
                let at =
                    |v: f64, across: f64| (x + (v * f64::from(SWATCH)) as i32, mid + across as i32);
                let range = GroupRange {
                    n: 0,
                    min: 0.1,
                    median: 0.55,
                    max: 0.95,
                };
                whisker(root, &at, &range)?
            }
        }
        write(
            root,
            label.to_string(),
            (x + SWATCH + 6, mid),
            (0, 0),
            &style,
        )?;
        x += item_width + 16;
    }
    Ok(root.split_vertically(y + ROW + 6).1)
}

/// Writes `text` at `at` (pixels of the whole chart) moved by `by`. Every label goes
/// through here, so the bundle holds one kind of text drawing.
pub fn write<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: String,
    at: (i32, i32),
    by: (i32, i32),
    style: &TextStyle,
) -> DrawResult<DB> {
    root.draw(&Text::new(text, (at.0 + by.0, at.1 + by.1), style.clone()))
}

/// How wide a label area must be for the widest of `labels`, with room for the tick marks.
pub fn label_room<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: impl IntoIterator<Item = String>,
    style: &TextStyle,
) -> Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut widest = 0;
    for label in labels {
        widest = widest.max(root.estimate_text_size(&label, style)?.0);
    }
    Ok(widest + 14)
}

/// A dashed line through pixel points of `root`. Series are drawn in pixels (mapped with
/// `ChartContext::backend_coord`) rather than through `draw_series`, so that the bundle holds
/// one copy of each shape's drawing code instead of one per coordinate system.
pub fn dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: Vec<(i32, i32)>,
    color: RGBColor,
) -> DrawResult<DB> {
    root.draw(&DashedPathElement::new(points, 4, 4, theme::line(color, 1)))
}

/// A muted sentence in the middle of an area, for a chart with nothing to draw yet.
pub fn note<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, message: &str) -> DrawResult<DB> {
    let (w, h) = area.dim_in_pixel();
    let style = theme::text(theme::NORMAL, MUTED).pos(Pos::new(HPos::Center, VPos::Center));
    write(
        area,
        message.to_string(),
        (w as i32 / 2, h as i32 / 2),
        (0, 0),
        &style,
    )
}

/// Shortens a label to `max` characters, ending it with `…`.
pub fn clip(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let kept: String = label.chars().take(max - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

/// Round tick values from 0 to at least `largest`, about `count` steps of 1, 2 or 5 × 10ⁿ, never below `min_step`.
pub fn ticks(largest: f64, count: usize, min_step: f64) -> Vec<f64> {
    // A total past the largest number a float holds has no round steps to it.
    let largest = if largest.is_finite() { largest } else { 0.0 };
    let rough = (largest / count as f64).max(min_step);
    // The power of ten at or below `rough`, without the download carrying pow and log10.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= rough {
        magnitude *= 10.0;
    }
    while magnitude > rough && magnitude > 0.0 {
        magnitude /= 10.0;
    }
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough * 0.999)
        .unwrap_or(rough);
    let steps = (largest / step).ceil().max(1.0) as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// A linear axis with its tick marks exactly where given.
pub struct Scale {
    range: Range<f64>,
    ticks: Vec<f64>,
}

impl Scale {
    pub fn new(range: Range<f64>, ticks: Vec<f64>) -> Scale {
        Scale { range, ticks }
    }
}

impl Ranged for Scale {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.range.end - self.range.start;
        if span == 0.0 {
            return (limit.0 + limit.1) / 2;
        }
        let share = (value - self.range.start) / span;
        limit.0 + (f64::from(limit.1 - limit.0) * share).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}
