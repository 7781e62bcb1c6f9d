//! Infrastructure spend: the monthly cost over 18 months, stepping up as each phase starts,
//! and the running total.

use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon};
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{dashed, label_room, legend, note, ticks, write, Mark, Scale};
use super::theme::{self, AXIS, BLUE, GRID, MUTED, ORANGE, PAPER};
use super::{short_money, Chart, DrawResult, Table};
use crate::format::money;
use crate::model::Plan;

pub const MONTHS: u32 = 18;
/// The month each phase's cost starts, as scoring.md counts them.
pub const STARTS: [u32; 3] = [0, 3, 9];

#[derive(Clone, Debug, PartialEq)]
pub struct SpendData {
    /// Each phase's monthly cost; blank counts as 0.
    pub phases: [f64; 3],
    pub currency: String,
}

impl SpendData {
    pub fn new(plan: &Plan) -> SpendData {
        let r = &plan.technical.roadmap;
        SpendData {
            phases: [
                r.phase1.cost_month.value().unwrap_or(0.0),
                r.phase2.cost_month.value().unwrap_or(0.0),
                r.phase3.cost_month.value().unwrap_or(0.0),
            ],
            currency: plan.meta.currency.0.clone(),
        }
    }

    /// The cost of month `m`, counting from 0: every phase started by then.
    pub fn monthly(&self, m: u32) -> f64 {
        STARTS
            .iter()
            .zip(self.phases)
            .filter(|(start, _)| m >= **start)
            .map(|(_, cost)| cost)
            .sum()
    }

    /// The total spent in the first `m` months.
    pub fn cumulative(&self, m: u32) -> f64 {
        (0..m).map(|k| self.monthly(k)).sum()
    }

    fn is_blank(&self) -> bool {
        self.phases.iter().all(|c| *c == 0.0)
    }

    /// The months of each phase's step: 0–3, 3–9 and 9–18.
    fn periods() -> [(u32, u32); 3] {
        [
            (STARTS[0], STARTS[1]),
            (STARTS[1], STARTS[2]),
            (STARTS[2], MONTHS),
        ]
    }
}

impl Chart for SpendData {
    const KEY: &'static str = "spend";
    const TITLE: &'static str = "Infrastructure spend over 18 months";

    fn height(width: u32) -> u32 {
        if width < 480 {
            260
        } else {
            300
        }
    }

    fn summary(&self) -> String {
        let steps = Self::periods()
            .iter()
            .map(|(from, to)| {
                format!(
                    "months {}–{}: {} a month",
                    from + 1,
                    to,
                    money(self.monthly(*from), &self.currency)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "Infrastructure spend, stepping up by phase: {steps}. Total over 18 months: {}.",
            money(self.cumulative(MONTHS), &self.currency)
        )
    }

    fn table(&self) -> Table {
        let mut table = Table::new(&["Months", "Cost per month", "Total by the end"]);
        for (from, to) in Self::periods() {
            table.row(vec![
                format!("{}–{}", from + 1, to),
                money(self.monthly(from), &self.currency),
                money(self.cumulative(to), &self.currency),
            ]);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_spend(root, self)
    }
}

pub fn draw_spend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &SpendData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    if data.is_blank() {
        return note(root, "Enter each phase's monthly cost to see the spend.");
    }
    // The total is said in the legend: beside its point it could be crossed by the cost line.
    let total = format!(
        "Total so far (right): {}",
        short_money(data.cumulative(MONTHS), &data.currency)
    );
    let area = legend(
        root,
        &[
            ("Cost per month (left)", BLUE, Mark::Box),
            (total.as_str(), ORANGE, Mark::Line),
        ],
    )?;
    let months = MONTHS as f64;
    let monthly_ticks = ticks(data.monthly(MONTHS - 1), 4, 1.0);
    let total_ticks = ticks(data.cumulative(MONTHS), 4, 1.0);
    let (top, total_top) = (
        monthly_ticks[monthly_ticks.len() - 1],
        total_ticks[total_ticks.len() - 1],
    );
    let x_points: Vec<f64> = (0..=MONTHS).step_by(3).map(f64::from).collect();
    let currency = data.currency.as_str();
    let (tick_style, total_style) = (
        theme::text(theme::SMALL, MUTED),
        theme::text(theme::SMALL, ORANGE),
    );
    let money = |ticks: &[f64]| {
        ticks
            .iter()
            .map(|y| short_money(*y, currency))
            .collect::<Vec<_>>()
    };
    let left_room = label_room(root, money(&monthly_ticks), &tick_style)?;
    let right_room = label_room(root, money(&total_ticks), &total_style)?;
    let mut chart = ChartBuilder::on(&area)
        .margin_top(16)
        .margin_right(6)
        .x_label_area_size(40)
        .y_label_area_size(left_room)
        .right_y_label_area_size(right_room)
        .build_cartesian_2d(
            Scale::new(0.0..months, x_points.clone()),
            Scale::new(0.0..top, monthly_ticks),
        )?
        .set_secondary_coord(
            Scale::new(0.0..months, x_points),
            Scale::new(0.0..total_top, total_ticks),
        );
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme::line(GRID, 1))
        .axis_style(theme::line(AXIS, 1))
        .label_style(tick_style)
        .axis_desc_style(theme::text(theme::SMALL, MUTED))
        .x_desc("Month")
        .x_label_formatter(&|x| format!("{x}"))
        .y_label_formatter(&|y| short_money(*y, currency))
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(theme::line(AXIS, 1))
        .label_style(total_style)
        .y_label_formatter(&|y| short_money(*y, currency))
        .draw()?;

    let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
    let mut outline = Vec::new();
    for m in 0..MONTHS {
        let cost = data.monthly(m);
        outline.push(px(m as f64, cost));
        outline.push(px(m as f64 + 1.0, cost));
    }
    let mut step = vec![px(0.0, 0.0)];
    step.extend(&outline);
    step.push(px(months, 0.0));
    root.draw(&Polygon::new(step, theme::fill(BLUE, 0.16)))?;
    root.draw(&PathElement::new(outline, theme::line(BLUE, 2)))?;

    let label = theme::text(theme::SMALL, MUTED).pos(Pos::new(HPos::Left, VPos::Bottom));
    let phase = if px(3.0, 0.0).0 - px(0.0, 0.0).0 < 56 {
        "P"
    } else {
        "Phase "
    };
    for (i, start) in STARTS.iter().enumerate() {
        let x = *start as f64;
        if i > 0 {
            dashed(root, vec![px(x, 0.0), px(x, top)], MUTED)?;
        }
        write(
            root,
            format!("{phase}{}", i + 1),
            px(x, top),
            (4, -2),
            &label,
        )?;
    }

    let on_right = |m: u32| {
        let at = (m as f64, data.cumulative(m));
        chart.borrow_secondary().backend_coord(&at)
    };
    let totals: Vec<(i32, i32)> = (0..=MONTHS).map(on_right).collect();
    let end = on_right(MONTHS);
    root.draw(&PathElement::new(totals, theme::line(ORANGE, 2)))?;
    root.draw(&Circle::new(end, 3, ORANGE.filled()))?;
    Ok(())
}
