//! Automation payback: what the automations save against what they cost, month by month,
//! and the month the savings catch up.

use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement};
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::Color;

use super::axes::{dashed, label_room, legend, note, ticks, write, Mark, Scale};
use super::theme::{self, AXIS, GREEN, GRID, INK, MUTED, PAPER, RED};
use super::{short_money, Chart, DrawResult, Table};
use crate::format::{money, two_decimals};
use crate::scoring::{Figure, FigureName, Figures};

#[derive(Clone, Debug, PartialEq)]
pub struct PaybackData {
    /// Blank until the hourly cost is filled in.
    pub savings_month: Option<f64>,
    pub cost_month: f64,
    pub setup_cost: f64,
    /// Blank when the savings never catch up.
    pub payback_months: Option<f64>,
    pub currency: String,
}

impl PaybackData {
    pub fn new(today: &Figures, currency: &str) -> PaybackData {
        let number = |name| today.number(name).unwrap_or(0.0);
        PaybackData {
            savings_month: today.number(FigureName::AutomationSavingsMonth),
            cost_month: number(FigureName::AutomationCostMonth),
            setup_cost: number(FigureName::AutomationSetupCost),
            payback_months: match today.get(FigureName::AutomationPaybackMonths) {
                Figure::Number(n) => Some(*n),
                _ => None,
            },
            currency: currency.to_string(),
        }
    }

    /// How many months the chart shows: a year, or long enough to see the payback.
    pub fn horizon(&self) -> u32 {
        self.payback_months
            .map_or(12.0, |p| (p * 1.5).ceil().clamp(12.0, 60.0)) as u32
    }

    pub fn saved_by(&self, month: f64) -> f64 {
        self.savings_month.unwrap_or(0.0) * month
    }

    pub fn spent_by(&self, month: f64) -> f64 {
        self.setup_cost + self.cost_month * month
    }

    fn money(&self, n: f64) -> String {
        money(n, &self.currency)
    }

    fn months(&self) -> Vec<f64> {
        let h = self.horizon();
        let step = (h / 4).max(1);
        (0..=h).step_by(step as usize).map(f64::from).collect()
    }
}

impl Chart for PaybackData {
    const KEY: &'static str = "payback";
    const TITLE: &'static str = "Automation savings against cost, and payback";

    fn height(width: u32) -> u32 {
        if width < 480 {
            250
        } else {
            290
        }
    }

    fn summary(&self) -> String {
        let Some(savings) = self.savings_month else {
            return "Automation payback: no savings yet; the hourly cost is blank.".into();
        };
        let payback = match self.payback_months {
            Some(p) => format!("the savings catch up after {} months", two_decimals(p)),
            None => "the savings never catch up".into(),
        };
        format!(
            "Automation payback: savings of {} a month against {} a month plus {} setup; {payback}.",
            self.money(savings),
            self.money(self.cost_month),
            self.money(self.setup_cost)
        )
    }

    fn table(&self) -> Table {
        let mut table = Table::new(&["Month", "Saved so far", "Spent so far", "Net"]);
        let mut months: Vec<(f64, String)> = self
            .months()
            .into_iter()
            .map(|m| (m, two_decimals(m)))
            .collect();
        if let Some(p) = self.payback_months {
            months.push((p, format!("{} (payback)", two_decimals(p))));
            crate::order::sort_by(&mut months, |a, b| a.0 < b.0);
        }
        for (m, label) in months {
            let (saved, spent) = (self.saved_by(m), self.spent_by(m));
            table.row(vec![
                label,
                self.money(saved),
                self.money(spent),
                self.money(saved - spent),
            ]);
        }
        table
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        draw_payback(root, self)
    }
}

pub fn draw_payback<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &PaybackData,
) -> DrawResult<DB> {
    root.fill(&PAPER)?;
    let Some(savings) = data.savings_month else {
        return note(root, "Enter the hourly cost to see the payback.");
    };
    let saved = format!("Saved: {}/month", short_money(savings, &data.currency));
    let spent = format!(
        "Spent: {} setup + {}/month",
        short_money(data.setup_cost, &data.currency),
        short_money(data.cost_month, &data.currency)
    );
    let area = legend(
        root,
        &[
            (saved.as_str(), GREEN, Mark::Line),
            (spent.as_str(), RED, Mark::Line),
        ],
    )?;
    let h = data.horizon() as f64;
    let label = theme::bold(theme::SMALL, INK);
    // A payback past the chart's end is said above it, where no line can cross it.
    let later = match data.payback_months {
        Some(p) if p <= h => None,
        Some(p) => Some(format!("Payback after {} months", two_decimals(p))),
        None => Some("No payback: savings never catch up".to_string()),
    };
    let area = match later {
        Some(text) => {
            let (line, rest) = area.split_vertically(20);
            let style = label.pos(Pos::new(HPos::Left, VPos::Center));
            write(&line, text, (0, 8), (0, 0), &style)?;
            rest
        }
        None => area,
    };
    let y_ticks = ticks(data.saved_by(h).max(data.spent_by(h)), 4, 1.0);
    let top = y_ticks[y_ticks.len() - 1];
    let currency = data.currency.as_str();
    let tick_style = theme::text(theme::SMALL, MUTED);
    let money_room = label_room(
        root,
        y_ticks.iter().map(|y| short_money(*y, currency)),
        &tick_style,
    )?;
    let mut chart = ChartBuilder::on(&area)
        .margin_top(8)
        .margin_right(16)
        .x_label_area_size(40)
        .y_label_area_size(money_room)
        .build_cartesian_2d(
            Scale::new(0.0..h, data.months()),
            Scale::new(0.0..top, y_ticks),
        )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme::line(GRID, 1))
        .axis_style(theme::line(AXIS, 1))
        .label_style(tick_style.clone())
        .axis_desc_style(theme::text(theme::SMALL, MUTED))
        .x_desc("Month")
        .x_label_formatter(&|x| two_decimals(*x))
        .y_label_formatter(&|y| short_money(*y, currency))
        .draw()?;

    let px = |x: f64, y: f64| chart.backend_coord(&(x, y));
    let saved = vec![px(0.0, 0.0), px(h, data.saved_by(h))];
    let spent = vec![px(0.0, data.spent_by(0.0)), px(h, data.spent_by(h))];
    root.draw(&PathElement::new(saved, theme::line(GREEN, 2)))?;
    root.draw(&PathElement::new(spent, theme::line(RED, 2)))?;

    if let Some(p) = data.payback_months.filter(|p| *p <= h) {
        let at = px(p, data.saved_by(p));
        dashed(root, vec![px(p, 0.0), at], MUTED)?;
        root.draw(&Circle::new(at, 5, INK.filled()))?;
        let text = format!("Payback: {} months", two_decimals(p));
        let (anchor, dx) = if p < h / 2.0 {
            (HPos::Left, 8)
        } else {
            (HPos::Right, -8)
        };
        write(
            root,
            text,
            at,
            (dx, -8),
            &label.pos(Pos::new(anchor, VPos::Bottom)),
        )?;
    }
    Ok(())
}
