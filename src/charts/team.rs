//! Team: for each department, head count now beside the 12-month plan.

use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{label_room, legend, ticks, write, Mark, Scale};
use super::theme::{self, AXIS, BLUE, GRID, INK, MUTED, PAPER, SLATE};
use super::{short_number, Chart, DrawResult, Table};
use crate::format::group_thousands;
use crate::model::Organization;

const DEPARTMENTS: [(&str, &str); 7] = [
    ("engineering", "Engineering"),
    ("product", "Product"),
    ("marketing", "Marketing"),
    ("sales", "Sales"),
    ("customer_success", "Customer Success"),
    ("operations", "Operations"),
    ("executive", "Executive"),
];

#[derive(Clone, Debug, PartialEq)]
pub struct Department {
    pub label: &'static str,
    pub now: Option<u64>,
    pub plan: Option<u64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamData {
    pub departments: Vec<Department>,
}

impl TeamData {
    pub fn new(organization: &Organization) -> TeamData {
        let departments = DEPARTMENTS
            .iter()
            .map(|(key, label)| Department {
                label,
                now: organization.current.count(key).0,
                plan: organization.plan.count(key).0,
            })
            .collect();
        TeamData { departments }
    }

    fn largest(&self) -> u64 {
        self.departments
            .iter()
            .flat_map(|d| [d.now, d.plan])
            .flatten()
            .max()
            .unwrap_or(0)
    }
}

fn count(n: Option<u64>) -> String {
    n.map_or("—".into(), |n| group_thousands(n as f64, 0))
}

impl Chart for TeamData {
    const KEY: &'static str = "team";
    const TITLE: &'static str = "Head count by department: now and in 12 months";

    fn height(_width: u32) -> u32 {
        320
    }

    fn summary(&self) -> String {
        let list = self
            .departments
            .iter()
            .map(|d| {
                format!(
                    "{} {} now, {} planned",
                    d.label,
                    count(d.now),
                    count(d.plan)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        format!("Team bars, head count now and in 12 months by department: {list}.")
    }

    fn table(&self) -> Table {
        let mut table = Table::new(&["Department", "Now", "In 12 months"]);
        for d in &self.departments {
            table.row(vec![d.label.to_string(), count(d.now), count(d.plan)]);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_team(root, self)
    }
}

pub fn draw_team<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &TeamData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    let area = legend(
        root,
        &[("Now", SLATE, Mark::Box), ("In 12 months", BLUE, Mark::Box)],
    )?;
    let n = data.departments.len();
    let rows = n as f64;
    let names = |y: &f64| {
        let from_top = n - 1 - (y.floor() as usize).min(n - 1);
        data.departments[from_top].label.to_string()
    };
    let name_style = theme::text(theme::NORMAL, INK);
    let labels = data.departments.iter().map(|d| d.label.to_string());
    let names_room = label_room(root, labels, &name_style)?;
    let value = theme::text(theme::SMALL, INK).pos(Pos::new(HPos::Left, VPos::Center));
    let tick = theme::text(theme::SMALL, MUTED);
    let largest = data.largest() as f64;
    // The longest bar's count is written past its end.
    let right = label_room(root, [group_thousands(largest, 0)], &value)?.max(30);
    // As many ticks as there is room for their labels under the bars, at most 5.
    let room = area.dim_in_pixel().0.saturating_sub(names_room + right);
    let each = label_room(root, [short_number(largest)], &tick)?;
    let points = ticks(largest, (room / each).clamp(2, 5) as usize, 1.0);
    let max = points[points.len() - 1];
    let mut chart = ChartBuilder::on(&area)
        .margin_right(right)
        .x_label_area_size(22)
        .y_label_area_size(names_room)
        .build_cartesian_2d(
            Scale::new(0.0..max, points),
            Scale::new(0.0..rows, (0..n).map(|i| i as f64 + 0.5).collect()),
        )?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .bold_line_style(theme::line(GRID, 1))
        .axis_style(theme::line(AXIS, 1))
        .x_label_style(tick)
        .y_label_style(name_style.clone())
        .x_label_formatter(&|x| short_number(*x))
        .y_label_formatter(&names)
        .draw()?;

    let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
    for (i, d) in data.departments.iter().enumerate() {
        let row = rows - 1.0 - i as f64;
        for (count, offset, color) in [(d.now, 0.5, SLATE), (d.plan, 0.12, BLUE)] {
            let Some(count) = count else { continue };
            let (v, y) = (count as f64, row + offset);
            root.draw(&Rectangle::new(
                [px(0.0, y + 0.36), px(v, y)],
                color.filled(),
            ))?;
            write(root, group_thousands(v, 0), px(v, y + 0.18), (4, 0), &value)?;
        }
    }
    Ok(())
}
