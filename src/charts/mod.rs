//! The plan drawn as charts: data taken from the plan and its figures (pure Rust),
//! and drawing code for any plotters backend. The browser canvas lives in `canvas`.

mod assessment;
mod axes;
pub mod history;
mod overlay;
mod payback;
mod progress;
mod radar;
mod spend;
mod team;
mod theme;

#[cfg(target_arch = "wasm32")]
mod backend;
#[cfg(target_arch = "wasm32")]
pub mod canvas;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

pub use assessment::{draw_assessment, AssessmentData, THRESHOLDS};
pub use history::SnapshotFigures;
pub use payback::{draw_payback, PaybackData};
pub use progress::{draw_progress, ProgressData, ProgressPoint};
pub use radar::{draw_radar, RadarAxis, RadarData};
pub use spend::{draw_spend, SpendData};
pub use team::{draw_team, Department, TeamData};

pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// One chart's data, with what the page shows beside the drawing.
pub trait Chart: Clone + PartialEq + Send + Sync + 'static {
    /// Names the chart on the page, as `data-chart`.
    const KEY: &'static str;
    const TITLE: &'static str;

    /// Height in CSS pixels for a given width.
    fn height(width: u32) -> u32;

    /// One or two sentences for `aria-label`: what the chart shows, with its numbers.
    fn summary(&self) -> String;

    /// The chart's numbers as a table.
    fn table(&self) -> Table;

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB>;
}

/// A chart's numbers, for people who cannot see the drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(head: &[&str]) -> Table {
        Table {
            head: head.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as HTML, each row headed by its first cell. One string is far less
    /// code in the bundle than a view per cell.
    pub fn html(&self, caption: &str) -> String {
        let row = |cells: &[String], first: &str, rest: &str| {
            let mut html = String::from("<tr>");
            for (i, cell) in cells.iter().enumerate() {
                let tag = if i == 0 { first } else { rest };
                html += &format!("<{tag}>{}</{}>", escape(cell), &tag[..2]);
            }
            html + "</tr>"
        };
        let head = match self.head.is_empty() {
            true => String::new(),
            false => format!(
                "<thead>{}</thead>",
                row(&self.head, "th scope=\"col\"", "th scope=\"col\"")
            ),
        };
        let body: String = self
            .rows
            .iter()
            .map(|r| row(r, "th scope=\"row\"", "td"))
            .collect();
        format!(
            "<table><caption class=\"visually-hidden\">{}</caption>{head}<tbody>{body}</tbody></table>",
            escape(caption)
        )
    }
}

/// Text made safe to put in HTML, in an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A number in short form for axis ticks: `600`, `27.5k`, `1.2M`.
pub fn short_number(n: f64) -> String {
    let (sign, digits) = short(n);
    format!("{sign}{digits}")
}

/// Money in short form for axis ticks: `$600`, `$27.5k`, `$1.2M`.
pub fn short_money(n: f64, currency: &str) -> String {
    let (sign, digits) = short(n);
    match crate::format::symbol(currency) {
        Some(s) => format!("{sign}{s}{digits}"),
        None => format!("{sign}{currency} {digits}"),
    }
}

/// The sign, and the digits with their `k` or `M`.
fn short(n: f64) -> (&'static str, String) {
    let (value, suffix) = match n.abs() {
        a if a >= 1e6 => (n / 1e6, "M"),
        a if a >= 1e3 => (n / 1e3, "k"),
        _ => (n, ""),
    };
    let digits = crate::format::one_decimal(value) + suffix;
    match digits.strip_prefix('−') {
        Some(rest) => ("−", rest.to_string()),
        None => ("", digits),
    }
}
