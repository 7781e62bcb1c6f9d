#![cfg(not(target_arch = "wasm32"))]
//! File names and the Markdown document.

use scaling_planner::export::*;
use scaling_planner::model::*;

#[test]
fn file_names_are_slugs_of_the_plan_name() {
    assert_eq!(
        json_file_name("Northwind 2027 scaling plan"),
        "northwind-2027-scaling-plan.scaling-plan.json"
    );
    assert_eq!(slug("  Ünïcode & <Symbols>!! "), "n-code-symbols");
    assert_eq!(slug(""), "plan");
    assert_eq!(slug("!!!"), "plan");
    assert_eq!(markdown_file_name("Q3"), "q3.scaling-plan.md");
    assert!(slug(&"word ".repeat(40)).len() <= 60);
}

#[test]
fn markdown_has_every_section_value_figure_and_snapshot() {
    let plan = read_plan(include_bytes!("fixtures/northwind.json")).unwrap();
    let md = to_markdown(&plan);
    assert!(md.starts_with("# Northwind 2027 scaling plan\n\nNorthwind Analytics · Currency: USD"));
    assert!(md.contains("- Scaling readiness: 30.3 /50 (emerging)"));
    assert!(md.contains("## Challenge 1: Technical Architecture for Scale"));
    assert!(md.contains("### Bottleneck 1\n\n- Bottleneck: Primary PostgreSQL write throughput"));
    assert!(md.contains("- Cost: $2,400/month"));
    assert!(md.contains("- Feature completeness: 8/10"));
    assert!(md.contains("| Run rate with all three phases | $27,500 |"));
    assert!(md.contains("| ROI | 9.53:1 |"));
    assert!(md.contains("| Team growth | 123.81% |"));
    assert!(md.contains("- Priority level: Critical"));
    assert!(md.contains("| 2026-08-15T10:00:00Z | Before seed extension | 24.8 | 50 |"));
    let mut filled = 0;
    plan.walk("", &mut |path, leaf| {
        if let Leaf::Text(t) = leaf {
            if !path.starts_with("meta") && !t.is_empty() {
                assert!(md.contains(t.as_str()), "{path} is missing");
                filled += 1;
            }
        }
    });
    assert!(filled > 150, "{filled} text fields checked");
}

#[test]
fn markdown_of_a_blank_plan_reads_with_dashes() {
    let md = to_markdown(&Plan::blank("2026-11-26T00:00:00Z"));
    assert!(md.starts_with("# Scaling plan\n"));
    assert!(md.contains("- Feature completeness: —"));
    assert!(md.contains("- Warnings: none"));
    assert!(!md.contains("## Snapshots"));
}

#[test]
fn markdown_has_the_team_scores_beside_the_plans() {
    let mut plan = read_plan(include_bytes!("fixtures/northwind.json")).unwrap();
    assert!(
        !to_markdown(&plan).contains("## Team scores"),
        "none without responses"
    );
    for (name, fc, ta) in [("Ada", 3, None), ("Bob", 9, Some(6)), ("Cy", 7, Some(7))] {
        let mut r = Response {
            name: name.into(),
            ..Response::default()
        };
        r.readiness.product.feature_completeness = Score(Some(fc));
        r.readiness.product.technical_stability = Score(ta);
        plan.team.responses.push(r);
    }
    let md = to_markdown(&plan);
    let team = md.split("## Team scores").nth(1).expect("a team section");
    assert!(team.contains("3 responses."), "{team}");
    assert!(
        team.contains("| Feature completeness (Product Maturity) | 8 | 7 | 3–9 | 3 | disputed |"),
        "{team}"
    );
    assert!(
        team.contains("| Technical stability (Product Maturity) | 6 | 6.5 | 6–7 | 2 |  |"),
        "{team}"
    );
    assert_eq!(
        team.matches("\n| ").count(),
        3,
        "a head and the answered items only: {team}"
    );
}
