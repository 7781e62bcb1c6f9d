#![cfg(not(target_arch = "wasm32"))]
//! The six charts drawn to SVG for the northwind example: their labels, series and values,
//! their text alternatives, and snapshots.

use plotters::prelude::{IntoDrawingArea, SVGBackend};
use scaling_planner::charts::history::{self, Full, MAX_SNAPSHOTS};
use scaling_planner::charts::*;
use scaling_planner::model::*;
use scaling_planner::scoring::{compute, CardRanges, FigureName, Figures, GroupRange};

const BLUE: &str = "#2A56C6";
const ORANGE: &str = "#C25E00";
const SLATE: &str = "#A4ADBD";
const MUTED: &str = "#586174";
const GREEN: &str = "#1E7A46";
const RED: &str = "#B3261E";
const INK: &str = "#1B2130";

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).expect("northwind reads")
}

struct Drawn {
    figures: Figures,
    past: Vec<SnapshotFigures>,
    plan: Plan,
}

fn prepare(plan: Plan) -> Drawn {
    Drawn {
        figures: compute(&plan),
        past: plan.snapshots.iter().map(SnapshotFigures::of).collect(),
        plan,
    }
}

impl Drawn {
    fn radar(&self) -> RadarData {
        RadarData::new(&self.figures, self.past.last())
    }
    fn assessment(&self) -> AssessmentData {
        AssessmentData::new(&self.figures)
    }
    fn team(&self) -> TeamData {
        TeamData::new(&self.plan.organization)
    }
    fn spend(&self) -> SpendData {
        SpendData::new(&self.plan)
    }
    fn payback(&self) -> PaybackData {
        PaybackData::new(&self.figures, &self.plan.meta.currency.0)
    }
    fn progress(&self) -> ProgressData {
        let past: Vec<ProgressPoint> = self.past.iter().map(ProgressPoint::of).collect();
        ProgressData::new(&past, &self.figures)
    }
}

/// One element of the drawn SVG: its tag, attributes and text.
#[derive(Debug)]
struct El {
    tag: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl El {
    fn attr(&self, key: &str) -> &str {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }
    fn num(&self, key: &str) -> f64 {
        self.attr(key).parse().unwrap_or(f64::NAN)
    }
    fn points(&self) -> Vec<(f64, f64)> {
        self.attr("points")
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn parse(svg: &str) -> Vec<El> {
    svg.split('<')
        .skip(1)
        .filter(|chunk| !chunk.starts_with('/') && !chunk.starts_with('?'))
        .map(|chunk| {
            let (head, rest) = chunk.split_once('>').unwrap_or((chunk, ""));
            let head = head.trim_end_matches('/');
            let (tag, mut attrs_text) = head.split_once(' ').unwrap_or((head, ""));
            let mut attrs = Vec::new();
            while let Some((key, after)) = attrs_text.split_once("=\"") {
                let (value, next) = after.split_once('"').unwrap();
                attrs.push((key.trim().to_string(), unescape(value)));
                attrs_text = next;
            }
            El {
                tag: tag.to_string(),
                attrs,
                text: unescape(rest.trim()),
            }
        })
        .collect()
}

fn render<T: Chart>(data: &T, width: u32) -> (String, Vec<El>) {
    let height = T::height(width);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        data.draw(&root).expect("the chart draws");
        root.present().unwrap();
    }
    let elements = parse(&svg);
    (svg, elements)
}

fn texts(elements: &[El]) -> Vec<&str> {
    elements
        .iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.text.as_str())
        .collect()
}

fn has_text(elements: &[El], wanted: &str) -> bool {
    texts(elements).contains(&wanted)
}

fn with<'a>(elements: &'a [El], tag: &str, key: &str, value: &str) -> Vec<&'a El> {
    elements
        .iter()
        .filter(|e| e.tag == tag && e.attr(key) == value)
        .collect()
}

/// Where a text runs from and to across the chart, for `em` of its size a character: 0.6
/// as a browser draws digits, or plotters' estimate without a font (`NAIVE`), which a
/// chart drawn on SVG goes by.
fn span(t: &El, em: f64) -> (f64, f64) {
    let (x, wide) = (
        t.num("x"),
        t.text.chars().count() as f64 * em * t.num("font-size"),
    );
    match t.attr("text-anchor") {
        "middle" => (x - wide / 2.0, x + wide / 2.0),
        "end" => (x - wide, x),
        _ => (x, x + wide),
    }
}

const NAIVE: f64 = 0.7 / 1.24 / 1.24;

/// Asserts that each of `texts`, left to right, ends at least `gap` before the next starts.
fn apart(texts: &[&El], gap: f64, width: u32) {
    for pair in texts.windows(2) {
        let between = span(pair[1], 0.6).0 - span(pair[0], 0.6).1;
        let (a, b) = (&pair[0].text, &pair[1].text);
        assert!(between >= gap, "{a} and {b} {between} apart at {width}");
    }
}

fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn radar_draws_five_dimensions_with_the_latest_snapshot_over_them() {
    let data = prepare(northwind()).radar();
    let today: Vec<f64> = data.axes.iter().map(|a| a.today).collect();
    assert_eq!(today, [6.25, 6.5, 4.0, 6.5, 7.0]);
    let past: Vec<f64> = data.axes.iter().map(|a| a.snapshot.unwrap()).collect();
    assert_eq!(past, [5.25, 5.5, 3.0, 5.0, 6.0]);
    assert_eq!(
        data.snapshot.as_deref(),
        Some("Snapshot: Before seed extension")
    );

    let (_, els) = render(&data, 640);
    for label in ["Product", "Market", "Operations", "Financial", "Team"] {
        assert!(has_text(&els, label), "axis label {label}");
    }
    for value in ["6.3", "6.5", "4", "7"] {
        assert!(has_text(&els, value), "value {value}");
    }
    assert!(has_text(&els, "Today"));
    assert!(has_text(&els, "Snapshot: Before seed extension"));

    let rings: Vec<&El> = with(&els, "polyline", "stroke", "#E3E6EC")
        .into_iter()
        .filter(|e| e.points().len() == 6)
        .collect();
    assert_eq!(rings.len(), 5, "rings at 2, 4, 6, 8 and 10");
    let outer = rings.last().unwrap().points();
    let center = (
        outer[..5].iter().map(|p| p.0).sum::<f64>() / 5.0,
        outer[..5].iter().map(|p| p.1).sum::<f64>() / 5.0,
    );
    let distance = |p: (f64, f64)| ((p.0 - center.0).powi(2) + (p.1 - center.1).powi(2)).sqrt();
    let radius = distance(outer[0]);

    let area = with(&els, "polygon", "fill", BLUE);
    assert_eq!(area.len(), 1, "one filled area for today");
    assert_eq!(area[0].attr("opacity"), "0.18");
    for (point, value) in area[0].points().into_iter().zip(today) {
        assert!(
            near(distance(point) / radius * 10.0, value, 0.1),
            "today's vertex at {value}"
        );
    }
    let dashes = with(&els, "polyline", "stroke", ORANGE);
    assert!(dashes.len() > 10, "the snapshot is a dashed outline");
    let outline: Vec<f64> = dashes
        .iter()
        .flat_map(|d| d.points())
        .filter(|p| p.1 > 30.0)
        .map(|p| distance(p) / radius * 10.0)
        .collect();
    let most = outline.iter().cloned().fold(0.0, f64::max);
    assert!(
        near(most, 6.0, 0.15),
        "the snapshot reaches 6 (team) at most, not {most}"
    );
    assert!(
        outline.iter().all(|d| *d > 2.0),
        "and stays out of the middle"
    );
}

#[test]
fn radar_without_snapshots_has_no_overlay() {
    let mut plan = northwind();
    plan.snapshots.clear();
    let data = prepare(plan).radar();
    assert_eq!(data.snapshot, None);
    let (_, els) = render(&data, 390);
    assert!(with(&els, "polyline", "stroke", ORANGE).is_empty());
    assert!(!texts(&els).iter().any(|t| t.starts_with("Snapshot")));
    assert_eq!(data.table().head, ["Dimension", "Today"]);
    assert!(!has_text(&els, "Team range and median"));
    assert!(with(&els, "polyline", "stroke", INK).is_empty());
}

#[test]
fn assessment_bars_scale_to_25_with_the_band_thresholds_marked() {
    let data = prepare(northwind()).assessment();
    assert_eq!(
        data.areas,
        [
            ("Technical", 15.0),
            ("Organizational", 17.5),
            ("Operational", 12.5),
            ("Strategic", 16.25)
        ]
    );
    let thresholds: Vec<f64> = THRESHOLDS.iter().map(|t| t.0).collect();
    assert_eq!(thresholds, [10.0, 17.5, 21.25]);

    let (_, els) = render(&data, 640);
    for label in ["Technical", "Organizational", "Operational", "Strategic"] {
        assert!(has_text(&els, label));
    }
    for value in ["15", "17.5", "12.5", "16.3", "40%", "70%", "85%"] {
        assert!(has_text(&els, value), "label {value}");
    }
    let bars: Vec<&El> = with(&els, "rect", "fill", BLUE)
        .into_iter()
        .filter(|r| r.attr("opacity") == "0.85" && r.num("height") > 12.0)
        .collect();
    assert_eq!(bars.len(), 4, "one bar per area");
    let left = bars[0].num("x");
    assert!(bars.iter().all(|b| b.num("x") == left), "bars start at 0");
    let per_point = bars[1].num("width") / 17.5;
    for (bar, (_, value)) in bars.iter().zip(&data.areas) {
        assert!(
            near(bar.num("width"), value * per_point, 1.5),
            "bar for {value}"
        );
    }
    let mut marks: Vec<f64> = with(&els, "polyline", "stroke", MUTED)
        .iter()
        .map(|l| l.points())
        .filter(|p| p.len() == 2 && p[0].0 == p[1].0 && p[0].0 > left)
        .map(|p| (p[0].0 - left) / per_point)
        .collect();
    marks.dedup_by(|a, b| near(*a, *b, 0.01));
    assert_eq!(marks.len(), 3, "three threshold lines: {marks:?}");
    for (mark, wanted) in marks.iter().zip(thresholds) {
        assert!(
            near(*mark, wanted, 0.2),
            "threshold at {wanted}, drawn at {mark}"
        );
    }
}

#[test]
fn team_bars_pair_now_with_the_plan_for_each_department() {
    let data = prepare(northwind()).team();
    let engineering = &data.departments[0];
    assert_eq!((engineering.now, engineering.plan), (Some(9), Some(18)));

    let (_, els) = render(&data, 640);
    for label in [
        "Engineering",
        "Product",
        "Marketing",
        "Sales",
        "Customer Success",
        "Operations",
        "Executive",
        "Now",
        "In 12 months",
    ] {
        assert!(has_text(&els, label), "label {label}");
    }
    let now = with(&els, "rect", "fill", SLATE);
    let plan = with(&els, "rect", "fill", BLUE);
    assert_eq!(now.len(), 8, "seven bars and the legend swatch");
    assert_eq!(plan.len(), 8);
    let per_person = plan[1].num("width") / 18.0;
    for (bar, d) in now[1..].iter().zip(&data.departments) {
        assert!(near(
            bar.num("width"),
            d.now.unwrap() as f64 * per_person,
            1.5
        ));
    }
    for (bar, d) in plan[1..].iter().zip(&data.departments) {
        assert!(near(
            bar.num("width"),
            d.plan.unwrap() as f64 * per_person,
            1.5
        ));
    }
    for value in ["9", "18", "2", "4", "5", "8", "3"] {
        assert!(has_text(&els, value), "count {value}");
    }
}

#[test]
fn spend_steps_up_by_phase_and_totals_the_18_months() {
    let drawn = prepare(northwind());
    let data = drawn.spend();
    assert_eq!(data.phases, [3500.0, 9000.0, 15000.0]);
    assert_eq!(data.monthly(0), 3500.0);
    assert_eq!(data.monthly(2), 3500.0);
    assert_eq!(data.monthly(3), 12500.0);
    assert_eq!(data.monthly(9), 27500.0);
    assert_eq!(data.monthly(17), 27500.0);
    assert_eq!(
        Some(data.cumulative(18)),
        drawn.figures.number(FigureName::TechnicalSpend18Months)
    );

    let (_, els) = render(&data, 640);
    for label in ["Phase 1", "Phase 2", "Phase 3", "Month", "$30k"] {
        assert!(has_text(&els, label), "label {label}");
    }
    assert!(has_text(&els, "Cost per month (left)"));
    // The total in the legend, not beside its point, where the cost line at the top can cross it.
    assert!(has_text(&els, "Total so far (right): $333k"));
    assert!(!has_text(&els, "$333k"));

    let step = with(&els, "polygon", "fill", BLUE);
    assert_eq!(step.len(), 1);
    let points = step[0].points();
    let base = points[0].1;
    let heights: Vec<f64> = points.iter().map(|p| base - p.1).collect();
    let per_dollar = heights[heights.len() - 2] / 27500.0;
    for (m, h) in heights[1..heights.len() - 1].iter().enumerate() {
        assert!(
            near(*h, data.monthly(m as u32 / 2) * per_dollar, 1.5),
            "month {m}"
        );
    }
    let total = with(&els, "polyline", "stroke", ORANGE);
    let line = total
        .iter()
        .find(|l| l.points().len() == 19)
        .expect("the running total");
    let ys: Vec<f64> = line.points().iter().map(|p| p.1).collect();
    assert!(ys.windows(2).all(|w| w[1] < w[0]), "the total only grows");
}

#[test]
fn spend_blank_shows_a_note() {
    let data = SpendData::new(&Plan::blank("2026-11-26T00:00:00Z"));
    let (_, els) = render(&data, 390);
    assert!(has_text(
        &els,
        "Enter each phase's monthly cost to see the spend."
    ));
}

#[test]
fn payback_shows_savings_against_cost_and_where_they_meet() {
    let data = prepare(northwind()).payback();
    assert_eq!(data.savings_month, Some(5720.0));
    assert_eq!((data.cost_month, data.setup_cost), (600.0, 4000.0));
    let p = data.payback_months.unwrap();
    assert!(near(data.saved_by(p), data.spent_by(p), 1e-6));
    assert_eq!(data.horizon(), 12);

    let (_, els) = render(&data, 640);
    for label in [
        "Payback: 0.78 months",
        "Saved: $5.7k/month",
        "Spent: $4k setup + $600/month",
        "Month",
        "12",
    ] {
        assert!(has_text(&els, label), "label {label}");
    }
    let saved = with(&els, "polyline", "stroke", GREEN);
    let spent = with(&els, "polyline", "stroke", RED);
    let (saved, spent) = (
        saved.last().unwrap().points(),
        spent.last().unwrap().points(),
    );
    assert!(
        saved[0].1 > spent[0].1,
        "savings start below the setup cost"
    );
    assert!(saved[1].1 < spent[1].1, "and end above the cost");
    let meet = with(&els, "circle", "fill", INK);
    assert_eq!(meet.len(), 1, "the payback point");
    let x_at =
        |line: &[(f64, f64)], months: f64| line[0].0 + (line[1].0 - line[0].0) * months / 12.0;
    assert!(near(meet[0].num("cx"), x_at(&saved, p), 1.5));
}

#[test]
fn payback_never_and_blank() {
    let mut plan = northwind();
    plan.automation.hourly_cost = Amount(Some(1.0));
    let drawn = prepare(plan);
    let data = drawn.payback();
    assert_eq!(data.payback_months, None);
    let (_, els) = render(&data, 390);
    assert!(has_text(&els, "No payback: savings never catch up"));
    assert!(data.summary().contains("never catch up"));

    let mut plan = northwind();
    plan.automation.hourly_cost = Amount(None);
    let data = prepare(plan).payback();
    let (_, els) = render(&data, 390);
    assert!(has_text(&els, "Enter the hourly cost to see the payback."));
}

#[test]
fn progress_plots_both_scorecards_across_snapshots_and_today() {
    let data = prepare(northwind()).progress();
    assert_eq!(data.points.len(), 2);
    let (past, today) = (&data.points[0], &data.points[1]);
    assert_eq!((past.readiness, past.assessment), (24.75, 50.0));
    assert_eq!((today.readiness, today.assessment), (30.25, 61.25));
    assert_eq!(past.date, "2026-08-15");
    assert_eq!(today.name, "Today");

    let (_, els) = render(&data, 640);
    for label in [
        "Today",
        "Before seed…",
        "Readiness",
        "Assessment",
        "60.5%",
        "61.3%",
        "100%",
    ] {
        assert!(has_text(&els, label), "label {label}");
    }
    let readiness = with(&els, "polyline", "stroke", BLUE);
    let assessment = with(&els, "polyline", "stroke", ORANGE);
    let (r, a) = (
        readiness.last().unwrap().points(),
        assessment.last().unwrap().points(),
    );
    assert_eq!(
        (r.len(), a.len()),
        (2, 2),
        "one point per snapshot and today"
    );
    let zero = 100.0 / (r[0].1 - r[1].1) * 0.0;
    assert_eq!(zero, 0.0);
    // Readiness 49.5% → 60.5%, assessment 50% → 61.25%: both rise by about 11 points.
    let rise = |line: &[(f64, f64)]| line[0].1 - line[1].1;
    assert!(near(rise(&r), rise(&a) * 11.0 / 11.25, 1.5));
    assert_eq!(with(&els, "circle", "fill", BLUE).len(), 2);
}

#[test]
fn progress_with_many_snapshots_thins_its_labels() {
    let mut plan = northwind();
    for i in 0..40 {
        history::take(
            &mut plan,
            "2026-09-01T00:00:00Z",
            &format!("Week {i}"),
            "Q3 2026",
        )
        .unwrap();
    }
    let data = prepare(plan).progress();
    assert_eq!(data.points.len(), 42);
    let (_, els) = render(&data, 390);
    let names = texts(&els)
        .into_iter()
        .filter(|t| t.starts_with("Week") || *t == "Today")
        .count();
    assert!((2..=5).contains(&names), "{names} labels fit 390 px");
    assert!(has_text(&els, "Today"));
}

#[test]
fn every_chart_draws_blank_and_at_phone_and_desktop_widths_inside_its_canvas() {
    for plan in [northwind(), Plan::blank("2026-11-26T00:00:00Z")] {
        let d = prepare(plan);
        for width in [320, 390, 640, 1000] {
            let all = [
                render(&d.radar(), width),
                render(&d.assessment(), width),
                render(&d.team(), width),
                render(&d.spend(), width),
                render(&d.payback(), width),
                render(&d.progress(), width),
            ];
            for (svg, els) in all {
                assert!(svg.starts_with("<svg"));
                for t in els.iter().filter(|e| e.tag == "text") {
                    let x = t.num("x");
                    assert!(
                        (0.0..=width as f64).contains(&x),
                        "{} at x {x} in {width}",
                        t.text
                    );
                }
            }
        }
    }
}

#[test]
fn summaries_and_tables_carry_the_numbers() {
    let d = prepare(northwind());
    let radar = d.radar();
    assert!(radar
        .summary()
        .contains("Product 6.3, Market 6.5, Operations 4, Financial 6.5, Team 7"));
    assert!(radar
        .summary()
        .contains("Snapshot: Before seed extension (dashed): Product 5.3"));
    assert_eq!(radar.table().rows[0], ["Product", "6.3", "5.3"]);

    let assessment = d.assessment();
    assert!(assessment.summary().contains("Organizational 17.5"));
    assert_eq!(
        assessment.table().rows[1],
        ["Organizational", "17.5", "Ready"]
    );
    assert_eq!(
        assessment.table().rows[2],
        ["Operational", "12.5", "Emerging"]
    );

    let team = d.team();
    assert!(team.summary().contains("Engineering 9 now, 18 planned"));
    assert_eq!(team.table().rows[4], ["Customer Success", "2", "5"]);

    let spend = d.spend();
    assert!(spend.summary().contains("Total over 18 months: $333,000"));
    assert_eq!(
        spend.table().rows,
        [
            ["1–3", "$3,500", "$10,500"],
            ["4–9", "$12,500", "$85,500"],
            ["10–18", "$27,500", "$333,000"],
        ]
    );

    let payback = d.payback();
    assert!(payback
        .summary()
        .contains("savings of $5,720 a month against $600 a month plus $4,000 setup"));
    assert!(payback.summary().contains("after 0.78 months"));
    assert!(payback
        .table()
        .rows
        .iter()
        .any(|r| r[0] == "0.78 (payback)"));
    assert_eq!(
        payback.table().rows.last().unwrap(),
        &["12", "$68,640", "$11,200", "$57,440"]
    );

    let progress = d.progress();
    assert!(progress.summary().contains("over 1 snapshot and today"));
    assert_eq!(
        progress.table().rows,
        [
            ["Before seed extension", "2026-08-15", "24.8", "50"],
            ["Today", "now", "30.3", "61.3"],
        ]
    );
}

#[test]
fn snapshots_copy_todays_scores_up_to_100() {
    let mut plan = northwind();
    // 18:00 on 31 December in California is 2027 in UTC: the label is the quarter where the user is.
    history::take(&mut plan, "2027-01-01T02:00:00Z", "  ", "Q4 2026").unwrap();
    let last = plan.snapshots.last().unwrap();
    assert_eq!(last.label, "Q4 2026", "a blank label becomes the quarter");
    assert_eq!(last.taken_at.0, "2027-01-01T02:00:00Z");
    assert_eq!(last.readiness, plan.readiness.scores());
    assert_eq!(last.assessment, plan.assessment.scores());

    history::take(&mut plan, "2027-02-01T10:00:00Z", "After hiring", "Q1 2027").unwrap();
    assert_eq!(plan.snapshots.last().unwrap().label, "After hiring");
    while plan.snapshots.len() < MAX_SNAPSHOTS {
        history::take(&mut plan, "2027-02-01T10:00:00Z", "more", "Q1 2027").unwrap();
    }
    assert_eq!(MAX_SNAPSHOTS, 100);
    assert_eq!(
        history::take(&mut plan, "2027-02-01T10:00:00Z", "one too many", "Q1 2027"),
        Err(Full)
    );
    assert_eq!(plan.snapshots.len(), 100);

    let text = write_plan(&plan);
    let back = read_plan(text.as_bytes()).expect("100 snapshots travel in the file");
    assert_eq!(back.snapshots, plan.snapshots);
}

#[test]
fn changes_since_the_last_snapshot() {
    let plan = northwind();
    let today = compute(&plan);
    let last = SnapshotFigures::of(plan.snapshots.last().unwrap());
    assert_eq!(last.number(FigureName::ReadinessProduct), 5.25);
    assert_eq!(
        history::change(
            today.get(FigureName::ReadinessProduct),
            &last,
            FigureName::ReadinessProduct
        ),
        1.0
    );
    assert_eq!(
        history::change(
            today.get(FigureName::ReadinessFinancial),
            &last,
            FigureName::ReadinessFinancial
        ),
        1.5
    );
    assert_eq!(
        history::change(
            today.get(FigureName::AssessmentOrganizational),
            &last,
            FigureName::AssessmentOrganizational
        ),
        17.5 - 14.375
    );
    assert_eq!(history::signed(1.5), "+1.5");
    assert_eq!(history::signed(3.125), "+3.1");
    assert_eq!(history::signed(-0.25), "−0.3");
    assert_eq!(history::signed(0.02), "±0");
    assert_eq!(history::quarter(2026, 3), "Q1 2026");
    assert_eq!(history::quarter(2026, 7), "Q3 2026");
    assert_eq!(history::quarter(2026, 12), "Q4 2026");
}

#[test]
fn short_money_reads_at_a_glance() {
    assert_eq!(short_money(600.0, "USD"), "$600");
    assert_eq!(short_money(27_500.0, "USD"), "$27.5k");
    assert_eq!(short_money(333_000.0, "EUR"), "€333k");
    assert_eq!(short_money(1_250_000.0, "USD"), "$1.3M");
    assert_eq!(short_money(5_000.0, "CHF"), "CHF 5k");
}

fn range(n: usize, min: f64, median: f64, max: f64) -> Option<GroupRange> {
    Some(GroupRange {
        n,
        min,
        median,
        max,
    })
}

type Point = (f64, f64);

/// The ink strokes of the team's whiskers (legend first), each as two points and a width: a
/// range from its low end to its high end (drawn with its caps in one stroke), then its median
/// tick from end to end.
fn whiskers(els: &[El]) -> Vec<(Point, Point, f64)> {
    with(els, "polyline", "stroke", INK)
        .iter()
        .map(|l| (l.points(), l.num("stroke-width")))
        .map(|(p, w)| match p.len() {
            6 => (p[2], p[3], w),
            _ => (p[0], p[p.len() - 1], w),
        })
        .collect()
}

#[test]
fn radar_overlays_the_teams_range_and_median_on_each_answered_dimension() {
    let team = CardRanges {
        participants: 4,
        groups: vec![
            range(3, 5.0, 7.0, 9.75),
            None,
            range(2, 4.0, 5.0, 6.0),
            range(1, 6.5, 6.5, 6.5),
            range(4, 2.0, 8.0, 10.0),
        ],
    };
    let data = prepare(northwind()).radar().with_team(team);
    let (_, els) = render(&data, 640);
    assert!(has_text(&els, "Team range and median"));
    assert!(has_text(&els, "Today"), "the plan's own scores stay");
    let lines = whiskers(&els);
    assert_eq!(
        lines.len(),
        2 * 5,
        "range and median: the legend's, four dimensions'"
    );
    let white = with(&els, "polyline", "stroke", "#FFFFFF");
    assert_eq!(white.len(), 10, "each mark edged in paper");

    // Product points straight up: its whisker runs from 5 to 9.75, its median tick across at 7.
    let outer = with(&els, "polyline", "stroke", "#E3E6EC")
        .into_iter()
        .rfind(|e| e.points().len() == 6)
        .unwrap()
        .points();
    let cx = outer[0].0;
    let cy = outer[..5].iter().map(|p| p.1).sum::<f64>() / 5.0;
    let radius = cy - outer[0].1;
    let score = |y: f64| (cy - y) / radius * 10.0;
    let product = lines[2];
    assert!(product.0 .0 == cx && product.1 .0 == cx, "along the axis");
    assert!(near(score(product.0 .1), 5.0, 0.1), "from 5: {product:?}");
    assert!(near(score(product.1 .1), 9.75, 0.1), "to 9.75");
    let median = lines[3];
    assert_eq!(median.2, 3.0, "the median tick is the widest");
    assert!(near(score(median.0 .1), 7.0, 0.1) && median.0 .1 == median.1 .1);
    assert!(median.0 .0 < cx && median.1 .0 > cx, "across the axis");

    let summary = data.summary();
    assert!(
        summary.contains(
            "The team's scores: Product median 7, range 5–9.8 (3 of 4 participants answered all items); \
             Market: 0 of 4 participants answered all items; Operations median 5"
        ),
        "{summary}"
    );
    let table = data.table();
    assert_eq!(
        table.head,
        [
            "Dimension",
            "Today",
            "Snapshot: Before seed extension",
            "Team median",
            "Team range",
            "Answered all items"
        ]
    );
    assert_eq!(
        table.rows[0],
        ["Product", "6.3", "5.3", "7", "5–9.8", "3 of 4"]
    );
    assert_eq!(table.rows[1], ["Market", "6.5", "5.5", "–", "–", "0 of 4"]);

    for width in [320, 390, 1000] {
        let (_, els) = render(&data, width);
        for t in els.iter().filter(|e| e.tag == "text") {
            assert!((0.0..=width as f64).contains(&t.num("x")), "{}", t.text);
        }
    }
}

#[test]
fn assessment_bars_carry_the_teams_whisker_and_median_tick() {
    let team = CardRanges {
        participants: 2,
        groups: vec![
            range(2, 15.0, 20.0, 25.0),
            None,
            range(2, 12.5, 13.75, 15.0),
            range(1, 10.0, 10.0, 10.0),
        ],
    };
    let plain = prepare(northwind()).assessment();
    let data = plain.clone().with_team(team);
    let (_, els) = render(&data, 640);
    assert!(has_text(&els, "Team range and median"));
    let bars: Vec<&El> = with(&els, "rect", "fill", BLUE)
        .into_iter()
        .filter(|r| r.attr("opacity") == "0.85" && r.num("height") > 12.0)
        .collect();
    assert_eq!(bars.len(), 4, "the bars stay");
    let left = bars[0].num("x");
    let per_point = bars[1].num("width") / 17.5;
    let score = |x: f64| (x - left) / per_point;
    let lines = whiskers(&els);
    assert_eq!(lines.len(), 2 * 4, "the legend's and three areas'");
    let (from, to, _) = lines[2];
    let middle = bars[0].num("y") + bars[0].num("height") / 2.0;
    assert!(near(score(from.0), 15.0, 0.2) && near(score(to.0), 25.0, 0.2));
    assert!(
        near(from.1, middle, 1.0) && from.1 == to.1,
        "across the bar's middle"
    );
    let (top, bottom, width) = lines[3];
    assert_eq!(width, 3.0);
    assert!(near(score(top.0), 20.0, 0.2) && top.0 == bottom.0);
    assert!(
        top.1 >= bars[0].num("y") - 4.0
            && bottom.1 <= bars[0].num("y") + bars[0].num("height") + 4.0
    );
    // Technical scores 15 but the team reaches 25: its value is written past the whisker.
    let label = els.iter().filter(|e| e.tag == "text" && e.text == "15");
    assert!(label.map(|l| score(l.num("x"))).any(|x| x > 25.0));

    assert!(data.summary().starts_with(&plain.summary()));
    assert!(data
        .summary()
        .ends_with("Strategic median 10, range 10–10 (1 of 2 participants answered all items)."));
    assert_eq!(
        data.table().rows[0],
        ["Technical", "15", "Emerging", "20", "15–25", "2 of 2"]
    );
    assert_eq!(plain.table().head, ["Area", "Score (of 25)", "Band"]);
    let (_, els) = render(&plain, 640);
    assert!(whiskers(&els).is_empty() && !has_text(&els, "Team range and median"));

    // Responses in but no area answered in full: the words say so, nothing is drawn.
    let none = plain.with_team(CardRanges {
        participants: 3,
        groups: vec![None; 4],
    });
    let (_, els) = render(&none, 390);
    assert!(whiskers(&els).is_empty() && !has_text(&els, "Team range and median"));
    assert!(none
        .summary()
        .contains("Technical: 0 of 3 participants answered all items;"));
}

/// Northwind and a copy with product maturity and technical readiness scored higher.
fn two_plans() -> (Figures, Figures) {
    let first = northwind();
    let mut second = first.clone();
    second.readiness.product.feature_completeness = Score(Some(10));
    second.assessment.technical.infrastructure_scalability = Score(Some(10));
    (compute(&first), compute(&second))
}

#[test]
fn a_comparison_radar_fills_the_second_plan_and_outlines_the_first() {
    let (first, second) = two_plans();
    let data = RadarData::compare(("Q3 plan", &first), ("Q4 plan", &second));
    assert_eq!(data.axes[0].today, 6.75);
    assert_eq!(data.axes[0].snapshot, Some(6.25));
    assert_eq!(data.table().head, ["Dimension", "Q4 plan", "Q3 plan"]);
    assert!(data.summary().contains("Q4 plan: Product 6.8"));
    assert!(data.summary().contains("Q3 plan (dashed): Product 6.3"));
    let (_, els) = render(&data, 640);
    assert!(has_text(&els, "Q4 plan"));
    assert!(has_text(&els, "Q3 plan"));
    assert!(has_text(&els, "6.8"), "the second plan's product score");
    let dashed = with(&els, "polyline", "stroke", "#C25E00");
    assert!(!dashed.is_empty(), "the first plan's outline");
}

#[test]
fn a_comparison_of_assessments_outlines_the_first_plans_areas_over_the_bars() {
    let (first, second) = two_plans();
    let data = AssessmentData::compare(("Q3 plan", &first), ("Q4 plan", &second));
    let (label, before) = data.first.clone().unwrap();
    assert_eq!(label, "Q3 plan");
    assert_eq!(data.table().head, ["Area", "Q3 plan", "Q4 plan"]);
    let technical = &data.table().rows[0];
    assert_eq!(technical[0], "Technical");
    assert_eq!(
        technical[1],
        scaling_planner::format::one_decimal(before[0])
    );
    assert!(
        before[0] < data.areas[0].1,
        "the second plan scored technical higher"
    );
    let (_, els) = render(&data, 640);
    // Four area outlines and the legend's swatch, unfilled, in ink.
    let outlines: Vec<&El> = with(&els, "rect", "stroke", "#1B2130")
        .into_iter()
        .filter(|e| e.attr("fill") == "none")
        .collect();
    assert_eq!(outlines.len(), 5, "{outlines:?}");
    assert!(has_text(&els, "Q3 plan") && has_text(&els, "Q4 plan"));
}

#[test]
fn team_counts_of_any_size_fit_the_chart_and_its_tick_labels_keep_apart() {
    let label = |i: usize| ["Engineering", "Customer Success", "Sales"][i];
    let counts = [
        (3, 12),
        (120, 450),
        (20, 1_500),
        (150, 4_000),
        (9_000, 180_000),
        (10, 9_999_999),
    ];
    for (now, plan) in counts {
        let data = TeamData {
            departments: (0..3)
                .map(|i| Department {
                    label: label(i),
                    now: Some(now),
                    plan: Some(plan),
                })
                .collect(),
        };
        // 260: the chart on a 320 px phone.
        for width in [260, 390, 640] {
            let (_, els) = render(&data, width);
            let texts: Vec<&El> = els.iter().filter(|e| e.tag == "text").collect();
            let count = scaling_planner::format::group_thousands(plan as f64, 0);
            let written = texts
                .iter()
                .find(|t| t.text == count)
                .expect("the count is written");
            let end = span(written, NAIVE).1;
            assert!(end <= width as f64, "{count} ends at {end} in {width}");
            let mut ticks: Vec<&El> = texts
                .iter()
                .copied()
                .filter(|t| t.attr("text-anchor") == "middle" && t.text != "Now")
                .collect();
            ticks.sort_by(|a, b| a.num("x").total_cmp(&b.num("x")));
            assert!(ticks.len() >= 3, "{} ticks", ticks.len());
            apart(&ticks, 4.0, width);
        }
    }
}

#[test]
fn a_payback_past_the_chart_is_said_above_it_clear_of_its_lines_and_ticks() {
    let data = PaybackData {
        savings_month: Some(5_720.0),
        cost_month: 600.0,
        setup_cost: 350_500.0,
        payback_months: Some(68.46),
        currency: "USD".into(),
    };
    assert_eq!(data.horizon(), 60);
    for width in [260, 390, 640] {
        let (_, els) = render(&data, width);
        let note = els
            .iter()
            .find(|e| e.text == "Payback after 68.46 months")
            .expect("the note");
        let (y, size) = (note.num("y"), note.num("font-size"));
        let (start, end) = span(note, 0.6);
        assert!(start >= 0.0 && end <= width as f64, "inside at {width}");
        let lines = [RED, GREEN].map(|color| {
            with(&els, "polyline", "stroke", color)
                .last()
                .unwrap()
                .points()
        });
        let highest = lines.iter().flatten().map(|p| p.1).fold(f64::MAX, f64::min);
        let top_tick = els
            .iter()
            .find(|e| e.text == "$400k")
            .expect("the top tick");
        let below = y + size / 2.0;
        assert!(below < highest, "above the lines at {width}");
        assert!(
            below < top_tick.num("y") - top_tick.num("font-size") / 2.0,
            "and the top tick at {width}"
        );
    }
}

#[test]
fn the_band_thresholds_labels_never_touch_even_on_a_small_phone() {
    let data = prepare(northwind()).assessment();
    for width in [260, 320, 390, 640] {
        let (_, els) = render(&data, width);
        let marks: Vec<&El> = ["40%", "70%", "85%"]
            .iter()
            .map(|p| {
                els.iter()
                    .find(|e| e.text == *p)
                    .expect("the threshold's label")
            })
            .collect();
        apart(&marks, 3.0, width);
        assert!(
            span(marks[2], 0.6).1 <= width as f64,
            "85% inside at {width}"
        );
    }
}

#[test]
fn totals_past_the_largest_number_draw_without_hanging() {
    // Every cost, salary and budget at 1e308: the 18-month spend and the savings pass the
    // largest number a float holds.
    fn huge(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Array(items) => items.iter_mut().for_each(huge),
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    let money = ["cost", "salary", "budget"].iter().any(|k| key.contains(k))
                        && !key.contains("percentile");
                    if money && value.is_number() {
                        *value = serde_json::json!(1e308);
                    } else {
                        huge(value);
                    }
                }
            }
            _ => {}
        }
    }
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/northwind.json")).unwrap();
    huge(&mut json);
    let plan = read_plan(json.to_string().as_bytes()).unwrap();
    assert_eq!(
        plan.technical.roadmap.phase1.cost_month.value(),
        Some(1e308)
    );
    let d = prepare(plan);
    assert!(d.spend().cumulative(18).is_infinite());
    for width in [390, 1000] {
        for (svg, _) in [
            render(&d.team(), width),
            render(&d.spend(), width),
            render(&d.payback(), width),
        ] {
            assert!(svg.starts_with("<svg"));
        }
    }
}
