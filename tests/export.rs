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
    assert_eq!(slug("  Ünïcode & <Symbols>!! "), "Ünïcode-symbols");
    assert_eq!(
        slug("東京 Plan für Köln 🚀 / Q1: “final” ×2"),
        "東京-plan-für-köln-q1-final-2"
    );
    assert_eq!(slug(""), "plan");
    assert_eq!(slug("!!!"), "plan");
    assert_eq!(markdown_file_name("Q3"), "q3.scaling-plan.md");
    assert!(slug(&"word ".repeat(40)).len() <= 60);
}

#[test]
fn markdown_has_every_section_value_figure_and_snapshot() {
    let plan = read_plan(include_bytes!("fixtures/northwind.json")).unwrap();
    let md = to_markdown(&plan);
    assert!(md.starts_with(
        "# Northwind 2027 scaling plan\n\nNorthwind Analytics · Currency: USD · Updated 2026-11-20 16:45 UTC\n"
    ));
    assert!(md.contains("- Scaling readiness: 30.3 /50 (Emerging)"));
    // The worksheet's exercises over their sections, as the page shows them.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings[..6],
        [
            "## Summary",
            "## Pre-Exercise Setup",
            "## Exercise 29A: Infrastructure & Technology Scaling",
            "## Exercise 29B: Team & Organizational Scaling",
            "## Exercise 29C: Operational Systems & Processes",
            "## Assessment & Scaling Planning",
        ]
    );
    assert!(md.contains(
        "## Exercise 29A: Infrastructure & Technology Scaling\n\n_25 minutes_\n\n### Challenge 1: Technical Architecture for Scale\n"
    ));
    assert!(md.contains("#### Bottleneck 1\n\n- Bottleneck: Primary PostgreSQL write throughput"));
    assert!(md.contains("- Cost: $2,400/month"));
    assert!(md.contains("- Feature completeness: 8/10"));
    assert!(md.contains("| Run rate with all three phases | $27,500 |"));
    assert!(md.contains("| ROI | 9.53:1 |"));
    // Read away from its group, a figure's label says what it totals, and per what.
    assert!(md.contains("| Channels total | 100% |"), "{md}");
    assert!(
        md.contains("| Cost of automation, per month | $600 |"),
        "{md}"
    );
    assert!(md.contains("| Team growth | 123.81% |"));
    assert!(md.contains("- Priority level: Critical"));
    // A label in two parts ("SOC 2 Type II: timeline") reads with one colon, before the value,
    // and a leader's fields under their heading do not name the leader again.
    for line in [
        "- SOC 2 Type II, timeline: 9 months",
        "- Salary range, from: $170,000",
        "- Revenue, to: $6,000,000",
        "#### CTO/VP Engineering\n\n- Hire timeline, month: 2\n- Requirements: Scaled a SaaS platform past 100 engineers\n- Compensation: $240,000/year\n",
    ] {
        assert!(md.contains(line), "{line}");
    }
    for twice in [
        ": month:",
        ": timeline:",
        ": status:",
        ": from:",
        ": requirements:",
    ] {
        assert!(!md.contains(twice), "{twice}");
    }
    assert!(md.contains("| 2026-08-15 10:00 UTC | Before seed extension | 24.8 | 50 |"));
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

/// The text with Markdown's backslash escapes taken out, as a renderer shows it.
fn unescape(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn markdown_shows_the_users_text_as_typed_not_as_markup() {
    let mut plan = read_plan(include_bytes!("fixtures/northwind.json")).unwrap();
    plan.meta.name = "Q1 *draft* <internal>".into();
    plan.meta.company = "A|B_C".into();
    plan.readiness.critical_gaps[0] = "<Redis> cache | sharded_index_v2 ~~old~~".into();
    plan.readiness.critical_gaps[1] =
        "# not a heading\n- not a list\n3. not a list either\n---".into();
    plan.readiness.critical_gaps[2] = "1.5 engineers, -5 days, +3 hires, 2027. [link](x)".into();
    plan.snapshots[0].label = "Before | *seed*".into();
    let md = to_markdown(&plan);
    assert!(
        md.starts_with("# Q1 \\*draft\\* \\<internal\\>\n\nA\\|B\\_C · Currency"),
        "{md}"
    );
    assert!(
        md.contains("- Gap 1: \\<Redis\\> cache \\| sharded\\_index\\_v2 \\~\\~old\\~\\~\n"),
        "{md}"
    );
    assert!(
        md.contains("- Gap 2: \\# not a heading  \n  \\- not a list  \n  3\\. not a list either  \n  \\---\n"),
        "{md}"
    );
    assert!(
        md.contains("- Gap 3: 1.5 engineers, -5 days, +3 hires, 2027. \\[link\\](x)\n"),
        "{md}"
    );
    assert!(md.contains("| Before \\| \\*seed\\* | 24.8 | 50 |"), "{md}");
    // Every text, read back as a renderer would, is what was typed.
    for typed in [
        "<Redis> cache | sharded_index_v2 ~~old~~",
        "1.5 engineers, -5 days, +3 hires, 2027. [link](x)",
    ] {
        assert_eq!(unescape(&escape(typed)), typed);
    }
}

/// A carriage return alone breaks a line for Markdown (a file from elsewhere may have one): in a
/// title or a table's cell it is a space, in a text a line break (`\r\n` leaves a blank line).
/// A line's own indent is left out: after a blank line it would start a code block.
#[test]
fn markdown_breaks_lines_at_carriage_returns_and_leaves_out_indents() {
    let mut plan = read_plan(include_bytes!("fixtures/northwind.json")).unwrap();
    plan.meta.name = "Name\r# not a heading".into();
    plan.readiness.critical_gaps[0] = "one\r# two\r\nthree\n\n    four".into();
    plan.snapshots[0].label = "Before\r- seed".into();
    let md = to_markdown(&plan);
    assert!(md.starts_with("# Name # not a heading\n\n"), "{md}");
    assert!(
        md.contains("- Gap 1: one  \n  \\# two  \n    \n  three  \n    \n  four\n"),
        "{md}"
    );
    assert!(md.contains("| Before - seed | 24.8 | 50 |"), "{md}");
}

proptest::proptest! {
    #[test]
    fn escaped_text_reads_back_as_typed(typed in "[ -~\\n]{0,40}") {
        let escaped = escape(&typed);
        // As a renderer shows it: without each line's indent.
        let shown: Vec<&str> = typed.split('\n').map(str::trim_start).collect();
        proptest::prop_assert_eq!(unescape(&escaped), shown.join("\n"));
        // No markup character is left bare.
        let mut after_backslash = false;
        for c in escaped.chars() {
            proptest::prop_assert!(after_backslash || !"*_`<>[]|~".contains(c), "{escaped:?}");
            after_backslash = c == '\\' && !after_backslash;
        }
    }
}
