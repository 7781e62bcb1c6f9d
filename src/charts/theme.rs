//! Colours and type, matching the page's style sheet.

use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle};

pub const PAPER: RGBColor = RGBColor(0xff, 0xff, 0xff);
pub const INK: RGBColor = RGBColor(0x1b, 0x21, 0x30);
pub const MUTED: RGBColor = RGBColor(0x58, 0x61, 0x74);
pub const GRID: RGBColor = RGBColor(0xe3, 0xe6, 0xec);
pub const AXIS: RGBColor = RGBColor(0x8f, 0x98, 0xa8);
/// Today, the plan, the main series.
pub const BLUE: RGBColor = RGBColor(0x2a, 0x56, 0xc6);
/// A second series: the snapshot, the cumulative total.
pub const ORANGE: RGBColor = RGBColor(0xc2, 0x5e, 0x00);
/// Where things stand now, beside the plan.
pub const SLATE: RGBColor = RGBColor(0xa4, 0xad, 0xbd);
pub const GREEN: RGBColor = RGBColor(0x1e, 0x7a, 0x46);
pub const RED: RGBColor = RGBColor(0xb3, 0x26, 0x1e);

const FONT: &str = "system-ui, sans-serif";
pub const SMALL: f64 = 12.0;
pub const NORMAL: f64 = 13.0;

pub fn text(size: f64, color: RGBColor) -> TextStyle<'static> {
    font(size, FontStyle::Normal, color)
}

pub fn bold(size: f64, color: RGBColor) -> TextStyle<'static> {
    font(size, FontStyle::Bold, color)
}

/// Named directly: plotters' `(name, size).into_font()` lower-cases the name to look for
/// "serif" and the like, which brings Unicode's case tables into the download.
fn font(size: f64, style: FontStyle, color: RGBColor) -> TextStyle<'static> {
    FontDesc::new(FontFamily::Name(FONT), size, style).color(&color)
}

pub fn line(color: RGBColor, width: u32) -> ShapeStyle {
    color.stroke_width(width)
}

pub fn fill(color: RGBColor, opacity: f64) -> ShapeStyle {
    color.mix(opacity).filled()
}
