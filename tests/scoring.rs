#![cfg(not(target_arch = "wasm32"))]
//! Every figure and warning of scoring.md, against the expected example and hand-made edge cases.

use scaling_planner::model::*;
use scaling_planner::scoring::{compute, round_to, Figure, FigureName, WarningKind};
use serde_json::Value;

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).expect("northwind reads")
}

/// Compares a figure with its expected value, rounded as the expected file is.
fn same(actual: &Figure, expected: &Value) -> bool {
    match (actual, expected) {
        (Figure::Number(a), Value::Number(e)) => {
            (round_to(*a, 2) - e.as_f64().unwrap()).abs() < 1e-9
        }
        (Figure::Word(a), Value::String(e)) => a == e,
        (Figure::Band(b), Value::String(e)) => b.key() == e,
        (Figure::Blank, Value::Null) => true,
        _ => false,
    }
}

#[test]
fn northwind_matches_every_expected_figure_and_warning() {
    let expected: Value =
        serde_json::from_slice(include_bytes!("fixtures/northwind.expected.json")).unwrap();
    let figures = compute(&northwind());
    let wanted = expected["figures"].as_object().unwrap();
    assert_eq!(wanted.len(), 52, "the expected file lists 52 figures");
    for (name, value) in wanted {
        let figure = FigureName::parse(name).unwrap_or_else(|| panic!("{name} is not a figure"));
        let actual = figures.get(figure);
        assert!(
            same(actual, value),
            "{name}: got {actual:?}, expected {value}"
        );
    }
    let mut names: Vec<&str> = figures.iter().map(|(n, _)| n.name()).collect();
    names.retain(|n| !wanted.contains_key(*n));
    assert!(
        names.is_empty(),
        "figures not in the expected file: {names:?}"
    );
    let codes: Vec<String> = figures
        .warnings
        .iter()
        .map(|w| w.code.to_string())
        .collect();
    let expected_codes: Vec<&str> = expected["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(codes, expected_codes);
}

#[test]
fn data_values_are_exact_and_plain() {
    let figures = compute(&northwind());
    assert_eq!(
        figures
            .get(FigureName::OrganizationGrowthPercent)
            .data_value(),
        "123.80952380952381"
    );
    assert_eq!(
        figures
            .get(FigureName::TechnicalProjectedDailyApiCalls)
            .data_value(),
        "30000000"
    );
    assert_eq!(
        figures.get(FigureName::ReadinessOverall).data_value(),
        "30.25"
    );
    assert_eq!(
        figures.get(FigureName::ReadinessBand).data_value(),
        "emerging"
    );
    assert_eq!(
        figures
            .get(FigureName::RoadmapRevenueGrowthPercent)
            .data_value(),
        "150"
    );
}

#[test]
fn a_blank_plan_gives_zeros_and_blanks_never_nan() {
    let figures = compute(&Plan::blank("2026-11-26T00:00:00Z"));
    for (name, figure) in figures.iter() {
        if let Figure::Number(n) = figure {
            assert!(n.is_finite(), "{name} is {n}");
        }
    }
    let blank = [
        FigureName::TechnicalProjectedConcurrentUsers,
        FigureName::TechnicalProjectedDailyApiCalls,
        FigureName::TechnicalProjectedDatabaseGb,
        FigureName::TechnicalProjectedStorageGb,
        FigureName::TechnicalProjectedBandwidthGbMonth,
        FigureName::TechnicalLongestTimelineWeeks,
        FigureName::OrganizationDeltaEngineering,
        FigureName::OrganizationDeltaExecutive,
        FigureName::OrganizationGrowthPercent,
        FigureName::TalentTrainingBudgetTotal,
        FigureName::AutomationSavingsMonth,
        FigureName::AutomationRoi,
        FigureName::AutomationNetSavingsMonth,
        FigureName::AutomationPaybackMonths,
        FigureName::RoadmapTeamGrowthPercent,
        FigureName::RoadmapRevenueGrowthPercent,
        FigureName::RoadmapCustomersGrowthPercent,
    ];
    for name in blank {
        assert_eq!(figures.get(name), &Figure::Blank, "{name}");
    }
    let zero = [
        FigureName::ReadinessOverall,
        FigureName::ReadinessPercent,
        FigureName::ReadinessAnswered,
        FigureName::AssessmentOverall,
        FigureName::AssessmentAnswered,
        FigureName::TechnicalBottleneckCostMonth,
        FigureName::TechnicalRunRateMonth,
        FigureName::TechnicalSpend18Months,
        FigureName::OrganizationCurrentTotal,
        FigureName::OrganizationPlanTotal,
        FigureName::OrganizationDeltaTotal,
        FigureName::OrganizationLeadershipCompensation,
        FigureName::TalentChannelsTotal,
        FigureName::TalentHiringBudget,
        FigureName::AutomationSavedHoursWeek,
        FigureName::AutomationCostMonth,
        FigureName::AutomationSetupCost,
    ];
    for name in zero {
        assert_eq!(figures.get(name), &Figure::Number(0.0), "{name}");
    }
    assert_eq!(
        figures.get(FigureName::ReadinessBand).data_value(),
        "not-ready"
    );
    assert_eq!(figures.get(FigureName::ReadinessWeakest).data_value(), "");
    assert!(figures.warnings.is_empty());
}

#[test]
fn bands_switch_at_40_70_and_85_percent() {
    use scaling_planner::scoring::band;
    let cases = [
        (0.0, "not-ready"),
        (39.99, "not-ready"),
        (40.0, "emerging"),
        (69.9, "emerging"),
    ];
    let more = [
        (70.0, "ready"),
        (84.99, "ready"),
        (85.0, "scale-ready"),
        (100.0, "scale-ready"),
    ];
    for (percent, key) in cases.into_iter().chain(more) {
        assert_eq!(band(percent).key(), key, "{percent}");
    }
}

#[test]
fn partial_scorecards_count_answered_items_and_blanks_as_zero() {
    let mut plan = Plan::default();
    plan.readiness.product.feature_completeness = Score(Some(10));
    plan.readiness.team.culture_strength = Score(Some(0));
    plan.assessment.strategic.growth_planning = Score(Some(8));
    let f = compute(&plan);
    assert_eq!(f.number(FigureName::ReadinessProduct), Some(2.5));
    assert_eq!(f.number(FigureName::ReadinessOverall), Some(2.5));
    assert_eq!(f.number(FigureName::ReadinessPercent), Some(5.0));
    assert_eq!(f.number(FigureName::ReadinessAnswered), Some(2.0));
    assert_eq!(
        f.get(FigureName::ReadinessWeakest).data_value(),
        "team.culture_strength"
    );
    assert_eq!(f.number(FigureName::AssessmentStrategic), Some(5.0));
    assert_eq!(f.number(FigureName::AssessmentAnswered), Some(1.0));
}

#[test]
fn weakest_items_take_the_lowest_three_below_seven_with_ties_in_worksheet_order() {
    let mut plan = Plan::default();
    let r = &mut plan.readiness;
    r.team.scalability_mindset = Score(Some(2));
    r.market.brand_recognition = Score(Some(5));
    r.product.user_experience = Score(Some(5));
    r.financial.unit_economics = Score(Some(5));
    r.operations.quality_control = Score(Some(6));
    r.product.feature_completeness = Score(Some(7));
    let f = compute(&plan);
    assert_eq!(
        f.get(FigureName::ReadinessWeakest).data_value(),
        "team.scalability_mindset,product.user_experience,market.brand_recognition"
    );
    let mut plan = Plan::default();
    plan.assessment.technical.data_architecture = Score(Some(9));
    plan.assessment.operational.quality_systems = Score(Some(7));
    assert_eq!(
        compute(&plan)
            .get(FigureName::AssessmentWeakest)
            .data_value(),
        ""
    );
}

#[test]
fn automation_pays_back_never_when_net_savings_are_not_positive() {
    let mut plan = northwind();
    plan.automation.hourly_cost = Amount(Some(1.0));
    let f = compute(&plan);
    // 22 h × 1 × 52 / 12 = 95.33 a month against 600 of cost.
    assert_eq!(
        f.get(FigureName::AutomationPaybackMonths).data_value(),
        "never"
    );
    assert!(f.number(FigureName::AutomationNetSavingsMonth).unwrap() < 0.0);

    plan.automation
        .opportunities
        .iter_mut()
        .for_each(|o| o.cost_month = Amount(None));
    let f = compute(&plan);
    assert_eq!(f.number(FigureName::AutomationCostMonth), Some(0.0));
    assert_eq!(
        f.get(FigureName::AutomationRoi),
        &Figure::Blank,
        "no ratio against a zero cost"
    );
    assert!(f.number(FigureName::AutomationPaybackMonths).unwrap() > 0.0);

    plan.automation.hourly_cost = Amount(None);
    let f = compute(&plan);
    assert_eq!(f.get(FigureName::AutomationSavingsMonth), &Figure::Blank);
    assert_eq!(f.get(FigureName::AutomationPaybackMonths), &Figure::Blank);
}

#[test]
fn zero_bases_leave_growth_percentages_blank() {
    let mut plan = northwind();
    plan.roadmap.metrics.revenue_from = Amount(Some(0.0));
    plan.roadmap.metrics.customers_from = Count(None);
    plan.organization.current = Departments::default();
    let f = compute(&plan);
    assert_eq!(
        f.get(FigureName::RoadmapRevenueGrowthPercent),
        &Figure::Blank
    );
    assert_eq!(
        f.get(FigureName::RoadmapCustomersGrowthPercent),
        &Figure::Blank
    );
    assert_eq!(f.get(FigureName::OrganizationGrowthPercent), &Figure::Blank);
    assert_eq!(f.number(FigureName::OrganizationDeltaSales), Some(8.0));
}

#[test]
fn training_budget_falls_back_to_the_current_team() {
    let mut plan = northwind();
    plan.organization.plan = Departments::default();
    let f = compute(&plan);
    assert_eq!(
        f.number(FigureName::TalentTrainingBudgetTotal),
        Some(2000.0 * 21.0)
    );
    assert_eq!(
        f.get(FigureName::OrganizationDeltaEngineering),
        &Figure::Blank
    );
    assert!(
        !f.has_warning(WarningKind::TeamTargetMismatch.code()),
        "an empty plan table is not a mismatch"
    );
}

#[test]
fn every_warning_fires_with_its_row() {
    let mut plan = northwind();
    plan.talent.channels.social_media = Percent(Some(10.0));
    plan.talent.positions[1].salary_min = Amount(Some(200_000.0));
    plan.talent.positions[2].salary_max = Amount(None);
    plan.automation.opportunities[2].saved_hours_week = Hours(Some(6.0));
    plan.organization.plan.sales = Count(Some(9));
    let f = compute(&plan);
    let codes: Vec<String> = f.warnings.iter().map(|w| w.code.to_string()).collect();
    assert_eq!(
        codes,
        [
            "channels-not-100",
            "salary-range-inverted:1",
            "saved-exceeds-current:2",
            "team-target-mismatch"
        ]
    );
    assert_eq!(
        f.warnings[0].message,
        "Recruiting channels add up to 95%, not 100%."
    );
    assert_eq!(
        f.number(FigureName::TalentHiringBudget),
        Some(190_000.0 + 175_000.0),
        "a half-filled range is left out"
    );
}

#[test]
fn more_rows_than_the_seed_all_count() {
    let mut plan = northwind();
    let extra = plan.technical.bottlenecks[0].clone();
    plan.technical
        .bottlenecks
        .extend(std::iter::repeat_n(extra, 17));
    let mut slow = plan.technical.bottlenecks[1].clone();
    slow.timeline_weeks = Duration(Some(30));
    plan.technical.bottlenecks.push(slow);
    let opp = plan.automation.opportunities[0].clone();
    plan.automation
        .opportunities
        .extend(std::iter::repeat_n(opp, 17));
    let f = compute(&plan);
    assert_eq!(plan.technical.bottlenecks.len(), 21);
    assert_eq!(
        f.number(FigureName::TechnicalBottleneckCostMonth),
        Some(3950.0 + 17.0 * 2400.0 + 900.0)
    );
    assert_eq!(
        f.number(FigureName::TechnicalLongestTimelineWeeks),
        Some(30.0)
    );
    assert_eq!(
        f.number(FigureName::AutomationSavedHoursWeek),
        Some(22.0 + 17.0 * 12.0)
    );
}

#[test]
fn huge_inputs_give_blank_rather_than_infinite_figures() {
    let mut plan = Plan::default();
    plan.technical.capacity.storage_gb = Number(Some(f64::MAX));
    plan.technical.growth.storage_x = Multiplier(Some(10.0));
    let f = compute(&plan);
    assert_eq!(
        f.get(FigureName::TechnicalProjectedStorageGb),
        &Figure::Blank
    );
}

#[test]
fn snapshot_figures_score_the_saved_scorecards() {
    let plan = northwind();
    let f = scaling_planner::scoring::snapshot_figures(&plan.snapshots[0]);
    assert_eq!(f.number(FigureName::ReadinessOverall), Some(24.75));
    assert_eq!(f.number(FigureName::AssessmentOverall), Some(50.0));
    let now =
        scaling_planner::scoring::snapshot_figures(&plan.snapshot("2026-11-26T00:00:00Z", "now"));
    assert_eq!(now.number(FigureName::ReadinessOverall), Some(30.25));
}

#[test]
fn growth_percentages_are_blank_while_either_end_is_blank() {
    let mut plan = Plan::blank("2026-12-03T10:00:00Z");
    plan.roadmap.metrics.team_size_from = Count(Some(21));
    plan.roadmap.metrics.revenue_to = Amount(Some(6_000_000.0));
    let f = compute(&plan);
    assert_eq!(
        f.get(FigureName::RoadmapTeamGrowthPercent),
        &Figure::Blank,
        "no target yet"
    );
    assert_eq!(
        f.get(FigureName::RoadmapRevenueGrowthPercent),
        &Figure::Blank,
        "no start yet"
    );
    plan.roadmap.metrics.team_size_to = Count(Some(0));
    let f = compute(&plan);
    assert_eq!(
        f.get(FigureName::RoadmapTeamGrowthPercent).data_value(),
        "-100"
    );
}

#[test]
fn a_snapshots_figures_are_its_scores_only() {
    let plan = northwind();
    let all = compute(&plan);
    let scores = compute(&plan).scores_only();
    for &name in FigureName::ALL {
        let scored =
            name.name().starts_with("readiness.") || name.name().starts_with("assessment.");
        match scored {
            true => assert_eq!(scores.get(name), all.get(name), "{}", name.name()),
            false => assert_eq!(*scores.get(name), Figure::Blank, "{}", name.name()),
        }
    }
    assert!(all.number(FigureName::TechnicalRunRateMonth).is_some());
}
