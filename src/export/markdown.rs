//! The plan as a Markdown document, written from the worksheet's description with the
//! page's labels.

use super::{escape, one_line};
use crate::format;
use crate::model::{Leaf, Plan, Reach};
use crate::scoring::{compute, format_number, Figure, FigureName, Figures, ItemStats};
use crate::worksheet::{
    display, field_label, Leader, Node, Scorecard, Section, Show, Team, EXERCISES,
};

/// A section being written: its lines under their headings, and its figures for the table
/// at its end.
struct Writer<'a> {
    plan: &'a Plan,
    /// Each filled field's text, by path.
    figures: &'a Figures,
    currency: &'a str,
    out: String,
    heading: String,
    written: Option<String>,
    table: Vec<(String, String)>,
}

impl Writer<'_> {
    fn line(&mut self, label: &str, value: &str) {
        if self.written.as_ref() != Some(&self.heading) {
            let heading = if self.heading.is_empty() {
                "General"
            } else {
                &self.heading
            };
            self.out.push_str(&format!("\n#### {heading}\n\n"));
            self.written = Some(self.heading.clone());
        }
        // "SOC 2 Type II: timeline: 9 months" reads as "SOC 2 Type II, timeline: 9 months".
        let label = label.replacen(": ", ", ", 1);
        self.out.push_str(&format!("- {label}: {value}\n"));
    }

    /// A filled field's text; `None` when it is blank.
    fn value(&self, path: &str) -> Option<String> {
        leaf_text(self.plan.at(path)?, self.currency)
    }

    fn field(&mut self, path: &str, label: &str, unit: &str) {
        let value = self
            .value(path)
            .map_or_else(|| "—".to_string(), |v| with_unit(v, unit));
        self.line(label, &value);
    }

    fn figure(&mut self, label: impl Into<String>, figure: FigureName, show: Show) -> String {
        let text = display(self.figures.get(figure), show, self.currency);
        self.table.push((label.into(), text.clone()));
        text
    }

    /// Writes `nodes` under `heading`, then goes back to the heading before.
    fn under(&mut self, heading: String, at: &str, nodes: &[Node]) {
        let outer = std::mem::replace(&mut self.heading, heading);
        self.nodes(at, nodes);
        self.heading = outer;
    }

    fn nodes(&mut self, at: &str, nodes: &[Node]) {
        for node in nodes {
            self.node(at, node);
        }
    }

    /// `at` is the row a path lies in (`talent.positions.2.`), or empty.
    fn node(&mut self, at: &str, node: &Node) {
        match *node {
            Node::Heading(text) => self.heading = text.to_string(),
            Node::Div { body, .. } | Node::Figures { body, .. } => self.nodes(at, body),
            Node::Group { legend, body, .. } => self.under(legend.to_string(), at, body),
            Node::Texts {
                legend,
                path,
                fields,
            } => {
                let outer = std::mem::replace(&mut self.heading, legend.to_string());
                for (key, label) in fields {
                    self.field(&format!("{at}{path}.{key}"), label, "");
                }
                self.heading = outer;
            }
            Node::Text { path, label } | Node::Priority { path, label } => {
                self.field(&format!("{at}{path}"), label, "")
            }
            Node::Number { path, label, unit } | Node::Whole { path, label, unit } => {
                self.field(&format!("{at}{path}"), label, unit)
            }
            Node::Money { path, label, per } => self.field(&format!("{at}{path}"), label, per),
            Node::Metric {
                label,
                from,
                to,
                growth,
                ..
            } => {
                self.field(from, &format!("{label}: from"), "");
                self.field(to, &format!("{label}: to"), "");
                self.figure(format!("{label}: growth"), growth, Show::Percent);
            }
            Node::Stat {
                label,
                figure,
                show,
                ..
            } => {
                self.figure(label, figure, show);
            }
            Node::Warn(_) | Node::Chart(_) | Node::TeamScores(_) => {}
            Node::Rows { list, item, body } => {
                for i in 0..list.len(self.plan) {
                    let row = format!("{}.{i}.", list.path());
                    self.under(format!("{item} {}", i + 1), &row, body);
                }
            }
            Node::List { list, item } => self.list(list.rows(self.plan), item),
            Node::Scores(card) => self.scores(card),
            Node::Gaps(card) => {
                self.list(card.gaps.rows(self.plan), Scorecard::GAP);
                self.figure("Weakest items", card.weakest, Show::Items(card.groups));
            }
            Node::Team(team) => self.team(team),
            Node::Leaders(leaders) => {
                for leader in leaders {
                    let outer = std::mem::replace(&mut self.heading, leader.title.into());
                    let [month, requirements, pay] = leader.paths();
                    self.field(&month, Leader::MONTH, "");
                    self.field(&requirements, "Requirements", "");
                    self.field(&pay, "Compensation", Leader::PER);
                    self.heading = outer;
                }
            }
        }
    }

    fn list(&mut self, rows: &[String], item: &str) {
        for (i, row) in rows.iter().enumerate() {
            let text = text(row).unwrap_or_else(|| "—".into());
            self.line(&format!("{item} {}", i + 1), &text);
        }
    }

    fn scores(&mut self, card: &Scorecard) {
        for group in card.groups {
            let outer = std::mem::replace(&mut self.heading, group.title.into());
            for (item, label) in &group.items {
                self.field(&format!("{}.{}.{item}", card.key, group.key), label, "");
            }
            self.heading = outer;
            let score = display(self.figures.get(group.figure), Show::Score, self.currency);
            self.table
                .push((group.title.into(), format!("{score} /{}", card.max)));
        }
        let mut totals = card
            .totals
            .iter()
            .map(|f| display(self.figures.get(f.figure), f.show, self.currency));
        let mut total = format!("{} /{}", totals.next().unwrap_or_default(), card.of);
        for rest in totals {
            total.push_str(&format!(" · {rest}"));
        }
        self.table.push((card.total.into(), total));
        let answered = display(
            self.figures.get(card.answered.figure),
            card.answered.show,
            self.currency,
        );
        self.table.push((
            "Answered".into(),
            format!("{answered} of {}", card.questions),
        ));
    }

    fn team(&mut self, team: &Team) {
        for d in &team.departments {
            let [now, plan] = d
                .paths()
                .map(|path| self.value(&path).unwrap_or_else(|| "—".to_string()));
            self.line(d.title, &format!("Now {now} · In 12 months {plan}"));
        }
        for d in &team.departments {
            self.figure(format!("{} change", d.title), d.change, Show::Signed);
        }
        let [now, plan, change] = &team.totals;
        self.figure("Total now", now.figure, now.show);
        self.figure("Total in 12 months", plan.figure, plan.show);
        self.figure("Total change", change.figure, change.show);
    }

    fn section(&mut self, section: &Section) {
        self.out.push_str(&format!("\n### {}\n\n", section.title));
        if section.time.is_empty() {
            self.out.push_str(&format!("{}\n", section.task));
        } else {
            self.out
                .push_str(&format!("_{}_ · {}\n", section.time, section.task));
        }
        self.heading.clear();
        self.written = None;
        self.nodes("", section.body);
        if !self.table.is_empty() {
            self.out
                .push_str("\n**Figures**\n\n| Figure | Value |\n|---|---|\n");
            for (label, value) in std::mem::take(&mut self.table) {
                self.out.push_str(&format!("| {label} | {value} |\n"));
            }
        }
    }
}

fn text(t: &str) -> Option<String> {
    (!t.trim().is_empty()).then(|| escape(t.trim()).replace('\n', "  \n  "))
}

/// `12 GB`, `20%`, `50th percentile`, `$2,400/month`.
fn with_unit(value: String, unit: &str) -> String {
    if unit.is_empty() || unit.starts_with(['%', '/']) || unit.starts_with("th ") {
        format!("{value}{unit}")
    } else {
        format!("{value} {unit}")
    }
}

/// A filled field's value as a reader reads it: `8/10`, `$2,400`, `1,200`; `None` when blank.
pub fn leaf_text(leaf: Leaf<'_>, currency: &str) -> Option<String> {
    let number = |v: Option<f64>| v.map(|n| format::group_digits(&format_number(n)));
    match leaf {
        Leaf::Score(v) => v.0.map(|s| format!("{s}/10")),
        Leaf::Count(v) => number(v.value()),
        Leaf::Duration(v) => number(v.value()),
        Leaf::Percentile(v) => v.0.map(|p| p.to_string()),
        Leaf::Month(v) => v.0.map(|m| m.to_string()),
        Leaf::Number(v) => number(v.0),
        Leaf::Multiplier(v) => number(v.0),
        Leaf::Percent(v) => number(v.0),
        Leaf::Hours(v) => number(v.0),
        Leaf::Amount(v) => v.0.map(|n| format::money(n, currency)),
        Leaf::Text(t) => text(t),
        Leaf::Priority(p) => p.map(|p| {
            let key = p.key();
            key[..1].to_ascii_uppercase() + &key[1..]
        }),
        Leaf::Timestamp(t) => (!t.0.is_empty()).then(|| t.0.clone()),
        Leaf::Currency(c) => Some(c.0.clone()),
    }
}

/// A score total as the summary reads it: `30.3`, or `—` when blank.
fn score(figure: &Figure) -> String {
    figure
        .as_number()
        .map_or_else(|| "—".into(), format::one_decimal)
}

/// The whole plan as a readable document, with its figures and warnings.
pub fn to_markdown(plan: &Plan) -> String {
    let figures = compute(plan);
    let currency = plan.meta.currency.0.as_str();
    let title = Some(one_line(&plan.meta.name))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Scaling plan".into());
    let mut out = format!("# {title}\n\n");
    if !plan.meta.company.trim().is_empty() {
        out.push_str(&format!("{} · ", one_line(&plan.meta.company)));
    }
    out.push_str(&format!("Currency: {currency}"));
    if !plan.meta.updated_at.0.is_empty() {
        out.push_str(&format!(" · Updated {}", minute(&plan.meta.updated_at.0)));
    }
    out.push_str("\n\n## Summary\n\n");
    out.push_str(&format!(
        "- Scaling readiness: {} /50 ({})\n- Strategy assessment: {} /100 ({})\n",
        score(figures.get(FigureName::ReadinessOverall)),
        display(figures.get(FigureName::ReadinessBand), Show::Band, currency),
        score(figures.get(FigureName::AssessmentOverall)),
        display(
            figures.get(FigureName::AssessmentBand),
            Show::Band,
            currency
        ),
    ));
    if figures.warnings.is_empty() {
        out.push_str("- Warnings: none\n");
    } else {
        for w in &figures.warnings {
            out.push_str(&format!("- Warning ({}): {}\n", w.code, w.message));
        }
    }
    let mut writer = Writer {
        plan,
        figures: &figures,
        currency,
        out,
        heading: String::new(),
        written: None,
        table: Vec::new(),
    };
    for exercise in &EXERCISES {
        writer.out.push_str(&format!("\n## {}\n", exercise.title));
        if !exercise.time.is_empty() {
            writer.out.push_str(&format!("\n_{}_\n", exercise.time));
        }
        for section in exercise.sections {
            writer.section(section);
        }
    }
    let mut out = writer.out;
    if !plan.snapshots.is_empty() {
        out.push_str("\n## Snapshots\n\n| Taken | Label | Readiness (/50) | Assessment (/100) |\n|---|---|---|---|\n");
        for s in &plan.snapshots {
            let f = crate::scoring::snapshot_figures(s);
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                minute(&s.taken_at.0),
                one_line(&s.label),
                score(f.get(FigureName::ReadinessOverall)),
                score(f.get(FigureName::AssessmentOverall)),
            ));
        }
    }
    team_scores(plan, &mut out);
    out
}

/// An RFC 3339 UTC time to the minute, as a reader writes it: `2026-12-05 11:27 UTC`; any other
/// text as it is.
fn minute(at: &str) -> String {
    match (at.get(..10), at.get(10..11), at.get(11..16)) {
        (Some(day), Some("T"), Some(time)) if at.ends_with('Z') => format!("{day} {time} UTC"),
        _ => at.to_string(),
    }
}

/// A score's row of the team's table: its label, the plan's own score, the team's median and
/// range (`3–9`); `None` while no one answered it. The Markdown and the print brief both use it.
pub fn team_row(plan: &Plan, item: &ItemStats) -> Option<[String; 4]> {
    let (Some(median), Some(low), Some(high)) = (item.median(), item.min(), item.max()) else {
        return None;
    };
    let own = plan.score_at(&item.path).and_then(|s| s.0);
    Some([
        field_label(&item.path),
        own.map_or("—".into(), |s| s.to_string()),
        format::one_decimal(median),
        format!("{low}–{high}"),
    ])
}

/// The workshop's scores beside the plan's: each answered item's median and range, and
/// whether the team disputes it.
fn team_scores(plan: &Plan, out: &mut String) {
    let team = crate::scoring::team_scores(&plan.team);
    let n = team.participants;
    if n == 0 {
        return;
    }
    out.push_str(&format!(
        "\n## Team scores\n\n{n} {}. Disputed: 4 or more apart.\n\n| Score | Plan | Team median | Range | Answered | |\n|---|---|---|---|---|---|\n",
        if n == 1 { "response" } else { "responses" }
    ));
    for item in &team.items {
        let Some([label, own, median, range]) = team_row(plan, item) else {
            continue;
        };
        out.push_str(&format!(
            "| {label} | {own} | {median} | {range} | {} | {} |\n",
            item.n(),
            if item.disputed() == Some(true) {
                "disputed"
            } else {
                ""
            },
        ));
    }
}
