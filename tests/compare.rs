#![cfg(not(target_arch = "wasm32"))]
//! Comparing two plans: each figure's change against hand-computed values, exactly the fields
//! that differ, and copying a section from one plan into another.

use scaling_planner::model::*;
use scaling_planner::scoring::compare::{
    changed_fields, compare_figures, FieldChange, FigureChange,
};
use scaling_planner::scoring::{Figure, FigureName};
use scaling_planner::worksheet::{field_label, figure_label};

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).expect("the example reads")
}

/// Northwind with three fields changed: a score, a salary and the company's name.
fn changed() -> Plan {
    let mut plan = northwind();
    plan.readiness.product.feature_completeness = Score(Some(10));
    plan.talent.positions[0].salary_max = Amount(Some(230_000.0));
    plan.meta.company = "Northwind Analytics Ltd".into();
    plan
}

fn change(name: FigureName) -> Option<f64> {
    compare_figures(&northwind(), &changed())
        .into_iter()
        .find(|c| c.name == name)
        .and_then(|c| c.change())
}

#[test]
fn each_figure_changes_by_the_hand_computed_amount() {
    // Product maturity: (8 + 6 + 7 + 4) / 4 = 6.25 → (10 + 6 + 7 + 4) / 4 = 6.75.
    assert_eq!(change(FigureName::ReadinessProduct), Some(0.5));
    assert_eq!(change(FigureName::ReadinessOverall), Some(0.5));
    // 30.25 / 50 × 100 = 60.5 → 30.75 / 50 × 100 = 61.5.
    assert_eq!(change(FigureName::ReadinessPercent), Some(1.0));
    // The first position's midpoint: (170,000 + 210,000) / 2 → (170,000 + 230,000) / 2.
    assert_eq!(change(FigureName::TalentHiringBudget), Some(10_000.0));
    assert_eq!(change(FigureName::ReadinessMarket), Some(0.0));
}

#[test]
fn a_figure_blank_on_either_side_has_no_change() {
    let blank = Plan::default();
    let all = compare_figures(&blank, &northwind());
    assert_eq!(all.len(), FigureName::ALL.len());
    let band = all
        .iter()
        .find(|c| c.name == FigureName::ReadinessBand)
        .unwrap();
    assert!(matches!(band.second, Figure::Band(_)));
    assert_eq!(band.change(), None, "a band is not a number");
    let blank_first = all
        .iter()
        .find(|c| c.first == Figure::Blank && c.second.as_number().is_some())
        .expect("a figure blank for a blank plan, a number for the example");
    assert_eq!(blank_first.change(), None, "{:?}", blank_first.name);
}

#[test]
fn exactly_the_three_changed_fields_are_listed_by_section() {
    let fields = changed_fields(&northwind(), &changed());
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        fields,
        vec![
            FieldChange {
                section: "meta".into(),
                path: "meta.company".into(),
                first: some("Northwind Analytics"),
                second: some("Northwind Analytics Ltd"),
            },
            FieldChange {
                section: "readiness".into(),
                path: "readiness.product.feature_completeness".into(),
                first: some("8"),
                second: some("10"),
            },
            FieldChange {
                section: "talent".into(),
                path: "talent.positions.0.salary_max".into(),
                first: some("210,000"),
                second: some("230,000"),
            },
        ]
    );
    assert_eq!(changed_fields(&northwind(), &northwind()), vec![]);
}

#[test]
fn a_row_only_one_plan_has_is_listed_with_nothing_on_the_other_side() {
    let mut more = northwind();
    let mut row = more.technical.bottlenecks[0].clone();
    row.name = "Search index rebuilds".into();
    more.technical.bottlenecks.push(row);
    let n = more.technical.bottlenecks.len() - 1;
    let fields = changed_fields(&northwind(), &more);
    let name = format!("technical.bottlenecks.{n}.name");
    let added = fields
        .iter()
        .find(|f| f.path == name)
        .expect("the new row's name");
    assert_eq!(added.first, None);
    assert_eq!(added.second.as_deref(), Some("Search index rebuilds"));
    assert!(fields.iter().all(|f| f.section == "technical"));
}

fn paths(fields: &[FieldChange]) -> Vec<&str> {
    fields.iter().map(|f| f.path.as_str()).collect()
}

#[test]
fn a_row_removed_from_the_top_of_a_list_is_one_row_gone_not_every_row_below_it_changed() {
    let mut later = northwind();
    later.technical.bottlenecks.remove(0);
    later.technical.bottlenecks[0].cost_month = Amount(Some(1_200.0));
    let fields = changed_fields(&northwind(), &later);
    let row = |i: usize| format!("technical.bottlenecks.{i}.");
    let gone: Vec<&FieldChange> = fields
        .iter()
        .filter(|f| f.path.starts_with(&row(0)))
        .collect();
    assert!(gone.len() >= 5, "{fields:?}");
    assert!(gone.iter().all(|f| f.second.is_none()), "{gone:?}");
    // The report queue, row 2 then, row 1 now: only its cost changed, and it keeps its number.
    let kept: Vec<&str> = paths(&fields)
        .into_iter()
        .filter(|p| !p.starts_with(&row(0)))
        .collect();
    assert_eq!(kept, ["technical.bottlenecks.1.cost_month"]);
    let cost = fields.iter().find(|f| f.path == kept[0]).unwrap();
    assert_eq!(
        (cost.first.as_deref(), cost.second.as_deref()),
        (Some("900"), Some("1,200"))
    );

    // A row added at the top comes after the earlier plan's rows; the rest are unchanged.
    let mut more = northwind();
    let mut row0 = more.technical.bottlenecks[0].clone();
    row0.name = "Search index rebuilds".into();
    more.technical.bottlenecks.insert(0, row0);
    let n = northwind().technical.bottlenecks.len();
    let fields = changed_fields(&northwind(), &more);
    assert!(!fields.is_empty());
    assert!(
        fields
            .iter()
            .all(|f| f.path.starts_with(&row(n)) && f.first.is_none()),
        "{fields:?}"
    );

    // Rows whose names all changed are still compared in place.
    let mut renamed = northwind();
    for (i, b) in renamed.technical.bottlenecks.iter_mut().enumerate() {
        b.name = format!("Renamed {i}");
    }
    let fields = changed_fields(&northwind(), &renamed);
    assert_eq!(
        paths(&fields),
        (0..n)
            .map(|i| format!("technical.bottlenecks.{i}.name"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn copying_a_section_takes_it_whole_and_leaves_the_rest() {
    let source = changed();
    let mut target = northwind();
    let before = target.clone();
    assert!(copy_section(&mut target, &source, "talent"));
    assert_eq!(target.talent, source.talent);
    assert_eq!(
        target.readiness, before.readiness,
        "other sections unchanged"
    );
    assert_eq!(target.meta, before.meta);
    let left: Vec<String> = changed_fields(&target, &source)
        .into_iter()
        .map(|f| f.path)
        .collect();
    assert_eq!(
        left,
        ["meta.company", "readiness.product.feature_completeness"]
    );
}

#[test]
fn copying_what_is_not_a_section_changes_nothing() {
    let mut target = northwind();
    for key in ["format", "version", "nothing", ""] {
        assert!(!copy_section(&mut target, &changed(), key), "{key}");
    }
    assert_eq!(target, northwind());
}

#[test]
fn a_snapshot_compares_as_the_plan_with_the_snapshots_scores() {
    let plan = northwind();
    let snapshot = plan
        .snapshots
        .last()
        .expect("northwind has snapshots")
        .clone();
    let then = plan.with_snapshot(&snapshot);
    assert_eq!(then.readiness.scores(), snapshot.readiness);
    assert_eq!(then.assessment.scores(), snapshot.assessment);
    assert_eq!(then.talent, plan.talent, "every other field stays");
    let fields = changed_fields(&then, &plan);
    assert!(!fields.is_empty());
    assert!(
        fields
            .iter()
            .all(|f| f.section == "readiness" || f.section == "assessment"),
        "{fields:?}"
    );
    // The latest snapshot's dimensions 5.25 + 5.5 + 3 + 5 + 6 = 24.75; today's 30.25.
    let overall = compare_figures(&then, &plan)
        .into_iter()
        .find(|c| c.name == FigureName::ReadinessOverall)
        .and_then(|c| c.change());
    assert_eq!(overall, Some(5.5));
}

#[test]
fn every_figure_has_the_worksheets_label_and_no_two_share_one() {
    let mut seen = Vec::new();
    for &name in FigureName::ALL {
        let (label, _) = figure_label(name);
        assert_ne!(label, name.name(), "{name} has no label in the worksheet");
        assert!(!seen.contains(&label), "{label} twice");
        seen.push(label);
    }
    assert_eq!(
        figure_label(FigureName::TalentHiringBudget).0,
        "Hiring budget (midpoints)"
    );
}

#[test]
fn every_compared_field_has_the_worksheets_label() {
    let plan = northwind();
    let fields = changed_fields(&Plan::default(), &plan);
    assert!(
        fields.len() > 150,
        "northwind fills most fields: {}",
        fields.len()
    );
    for field in &fields {
        let label = field_label(&field.path);
        assert_ne!(label, field.path, "{} has no label", field.path);
    }
    assert_eq!(
        field_label("talent.positions.0.salary_max"),
        "Position 1: Salary range: to"
    );
    assert_eq!(
        field_label("readiness.product.feature_completeness"),
        "Feature completeness (Product Maturity)"
    );
    assert_eq!(field_label("meta.company"), "Company");
    assert_eq!(field_label("not.a.field"), "not.a.field");
    // The scorecards' lists, against a blank plan's rows (which Plan::default has none of).
    assert_eq!(field_label("readiness.critical_gaps.0"), "Gap 1");
    assert_eq!(field_label("assessment.strengths.2"), "Strength 3");
    assert_eq!(field_label("assessment.critical_gaps.1"), "Gap 2");
}

#[test]
fn the_markdown_of_a_comparison_lists_what_changed_and_nothing_else() {
    let (first, second) = (northwind(), changed());
    let md = scaling_planner::export::changes_markdown(
        ("Q3", "Q4"),
        &compare_figures(&first, &second),
        &changed_fields(&first, &second),
        ("USD", "USD"),
    );
    assert!(md.starts_with("## What changed: Q3 → Q4\n"), "{md}");
    assert!(
        md.contains("| Product Maturity | 6.3 | 6.8 | +0.5 |"),
        "{md}"
    );
    assert!(md.contains("| Hiring budget (midpoints) | $"), "{md}");
    assert!(md.contains("| +$10,000 |"), "{md}");
    assert!(
        !md.contains("| Market Position |"),
        "unchanged figures are left out"
    );
    let fields: Vec<&str> = md.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(
        fields,
        [
            "- Company: Northwind Analytics → Northwind Analytics Ltd",
            "- Feature completeness (Product Maturity): 8 → 10",
            "- Position 1: Salary range: to: 210,000 → 230,000",
        ],
        "{md}"
    );
    assert!(md.contains("\n### Plan details\n") && md.contains("\n### Hiring & retention\n"));
}

#[test]
fn a_copied_section_is_undone_by_copying_it_back_from_the_plan_as_it_was() {
    let (mut open, other) = (northwind(), changed());
    let before = open.clone();
    assert!(copy_section(&mut open, &other, "talent"));
    assert_eq!(open.talent, other.talent);
    assert_eq!(open.meta, before.meta, "only the section changes");
    // Edits after the copy, elsewhere, stay when it is undone.
    open.meta.company = "Edited after the copy".into();
    assert!(copy_section(&mut open, &before, "talent"));
    assert_eq!(open.talent, before.talent);
    assert_eq!(open.meta.company, "Edited after the copy");
}

#[test]
fn plans_in_two_currencies_show_each_amount_in_its_own_and_no_change_in_money() {
    let first = northwind();
    let mut second = northwind();
    second.meta.currency.0 = "EUR".into();
    let figures = compare_figures(&first, &second);
    let md = scaling_planner::export::changes_markdown(
        ("USD plan", "EUR plan"),
        &figures,
        &changed_fields(&first, &second),
        ("USD", "EUR"),
    );
    assert!(
        md.contains("| Hiring budget (midpoints) | $412,500 | €412,500 | — |"),
        "{md}"
    );
    assert!(
        !md.contains("| Product Maturity |"),
        "scores are the same: {md}"
    );
    assert_eq!(
        cells(&figures, FigureName::TalentHiringBudget, ("USD", "USD")),
        ["$412,500", "$412,500", "0"]
    );
}

/// A figure's two values and its change, as Compare shows them.
fn cells(figures: &[FigureChange], name: FigureName, currencies: (&str, &str)) -> [String; 3] {
    let change = figures.iter().find(|c| c.name == name).unwrap();
    scaling_planner::export::compare_cells(change, figure_label(name).1, currencies)
}

#[test]
fn a_change_of_percentages_reads_in_points() {
    let (first, second) = (northwind(), changed());
    let figures = compare_figures(&first, &second);
    assert_eq!(
        cells(&figures, FigureName::ReadinessPercent, ("USD", "USD")),
        ["60.5%", "61.5%", "+1 pt"]
    );
}
