#![cfg(not(target_arch = "wasm32"))]
//! The typed names of figures are exactly the figures scoring.md lists, in its order.

use scaling_planner::scoring::{FigureName, WarningKind};
use serde_json::Value;

#[test]
fn every_expected_figure_has_a_name_and_every_name_is_expected() {
    let expected: Value =
        serde_json::from_slice(include_bytes!("fixtures/northwind.expected.json")).unwrap();
    let wanted: Vec<&str> = expected["figures"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let names: Vec<&str> = FigureName::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(names, wanted);
    for name in FigureName::ALL {
        assert_eq!(FigureName::parse(name.name()), Some(*name));
    }
    assert_eq!(FigureName::parse("readiness.totl"), None);
}

#[test]
fn warning_codes_read_as_data_warning_says() {
    let codes: Vec<String> = WarningKind::ALL
        .iter()
        .map(|k| k.code().to_string())
        .collect();
    assert_eq!(
        codes,
        [
            "channels-not-100",
            "salary-range-inverted",
            "saved-exceeds-current",
            "team-target-mismatch"
        ]
    );
    assert_eq!(
        WarningKind::SalaryRangeInverted.at(2).to_string(),
        "salary-range-inverted:2"
    );
}
