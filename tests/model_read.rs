#![cfg(not(target_arch = "wasm32"))]
//! Reading and writing plan files as plan-format.md says.

use scaling_planner::model::*;
use serde_json::{json, Value};

const NORTHWIND: &str = include_str!("fixtures/northwind.json");
/// The example as this app writes it: version 2, with an empty `team`.
const NORTHWIND_V2: &str = include_str!("fixtures/northwind.v2.json");

fn northwind_value() -> Value {
    serde_json::from_str(NORTHWIND).unwrap()
}

fn error_for(value: Value) -> String {
    read_plan(value.to_string().as_bytes())
        .unwrap_err()
        .to_string()
}

/// Sets one JSON path of the northwind example and returns the refusal.
fn refusal(path: &str, new: Value) -> String {
    let mut value = northwind_value();
    let mut at = &mut value;
    for key in path.split('.') {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[key],
        };
    }
    *at = new;
    error_for(value)
}

#[test]
fn the_example_reads_and_writes_back_byte_for_byte() {
    let plan = read_plan(NORTHWIND_V2.as_bytes()).unwrap();
    assert_eq!(write_plan(&plan), NORTHWIND_V2);
    assert_eq!(read_plan(NORTHWIND.as_bytes()).unwrap(), plan);
    assert_eq!(plan.meta.currency.0, "USD");
    assert_eq!(plan.talent.positions[1].salary_max, Amount(Some(150_000.0)));
    assert_eq!(plan.snapshots.len(), 1);
}

#[test]
fn a_list_of_texts_stays_on_one_line_while_the_line_fits_in_160_characters() {
    let mut plan = Plan::blank("2026-12-04T10:00:00Z");
    let fits = "x".repeat(135);
    plan.readiness.critical_gaps = vec![fits.clone()];
    let line = format!("    \"critical_gaps\": [\"{fits}\"]\n  }},\n");
    assert_eq!(line.lines().next().unwrap().len(), 160);
    assert!(write_plan(&plan).contains(&line));

    let over = "x".repeat(136);
    plan.readiness.critical_gaps = vec![over.clone()];
    let block = format!("    \"critical_gaps\": [\n      \"{over}\"\n    ]\n  }},\n");
    assert!(write_plan(&plan).contains(&block));

    plan.readiness.critical_gaps.clear();
    assert!(write_plan(&plan).contains("    \"critical_gaps\": []\n  },\n"));
    assert_eq!(read_plan(write_plan(&plan).as_bytes()).unwrap(), plan);
}

#[test]
fn writing_ignores_nothing_but_updated_at() {
    let mut plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    plan.meta.updated_at = Timestamp("2026-11-26T10:00:00Z".into());
    let written = write_plan(&plan);
    let changed: Vec<(&str, &str)> = written
        .lines()
        .zip(NORTHWIND_V2.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "    \"updated_at\": \"2026-11-26T10:00:00Z\"",
            "    \"updated_at\": \"2026-11-20T16:45:00Z\""
        )]
    );
}

#[test]
fn a_blank_plan_has_the_seed_rows_and_writes_blanks_as_null_and_empty_text() {
    let plan = Plan::blank("2026-11-26T09:00:00Z");
    assert_eq!(plan.readiness.critical_gaps.len(), 3);
    assert_eq!(plan.technical.bottlenecks.len(), 3);
    assert_eq!(plan.talent.positions.len(), 3);
    assert_eq!(plan.automation.opportunities.len(), 3);
    assert_eq!(plan.organization.core_values.len(), 5);
    assert_eq!(plan.talent.hiring_process.len(), 5);
    assert_eq!(plan.assessment.strengths.len(), 3);
    assert_eq!(plan.assessment.critical_gaps.len(), 3);
    let text = write_plan(&plan);
    assert!(
        text.starts_with("{\n  \"format\": \"scaling-plan\",\n  \"version\": 2,\n  \"meta\": {\n")
    );
    assert!(text
        .contains("\"product\": { \"feature_completeness\": null, \"technical_stability\": null,"));
    assert!(text.contains("\"critical_gaps\": [\"\", \"\", \"\"]"));
    assert!(text.contains("\"currency\": \"USD\""));
    assert!(text.contains(
        "\"snapshots\": [],\n  \"team\": {\n    \"workshop\": \"\",\n    \"responses\": []\n  }\n}"
    ));
    assert_eq!(read_plan(text.as_bytes()).unwrap(), plan);
}

#[test]
fn missing_keys_read_as_blank() {
    let plan = read_plan(
        br#"{"format":"scaling-plan","version":1,"readiness":{"product":{"user_experience":7}}}"#,
    )
    .unwrap();
    assert_eq!(plan.readiness.product.user_experience, Score(Some(7)));
    assert_eq!(plan.readiness.product.feature_completeness, Score(None));
    assert_eq!(plan.meta.currency.0, "USD");
    assert!(plan.technical.bottlenecks.is_empty());
    assert_eq!(plan.meta.name, "");
}

#[test]
fn every_walked_path_is_a_key_of_the_written_file() {
    let plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    let written = serde_json::to_value(&plan).unwrap();
    let mut count = 0;
    plan.walk("", &mut |path, _| {
        count += 1;
        let mut at = &written;
        for key in path.split('.') {
            at = match key.parse::<usize>() {
                Ok(i) => &at[i],
                Err(_) => &at[key],
            };
        }
        assert!(
            !at.is_null() || path.ends_with("_at"),
            "{path} is not in the written file"
        );
    });
    assert!(count > 300, "walked {count} fields");
}

#[test]
fn refusals_name_the_path_what_was_found_and_what_is_allowed() {
    let cases: Vec<(String, &str)> = vec![
        (
            refusal("readiness.product.feature_completeness", json!(11)),
            "readiness.product.feature_completeness: 11 is above the maximum of 10",
        ),
        (
            refusal("readiness.team.culture_strength", json!(-1)),
            "readiness.team.culture_strength: -1 is below the minimum of 0",
        ),
        (
            refusal("assessment.strategic.risk_management", json!(7.5)),
            "assessment.strategic.risk_management: 7.5 is not a whole number; expected a score: a whole number from 0 to 10",
        ),
        (
            refusal("readiness.market.brand_recognition", json!("3")),
            "readiness.market.brand_recognition: found the text \"3\", expected a score: a whole number from 0 to 10 or null",
        ),
        (
            refusal("talent.positions.1.salary_max", json!(-5)),
            "talent.positions.1.salary_max: -5 is below the minimum of 0",
        ),
        (
            refusal("talent.channels.job_boards", json!(101)),
            "talent.channels.job_boards: 101 is above the maximum of 100",
        ),
        (
            refusal("talent.compensation.base_salary_percentile", json!(0)),
            "talent.compensation.base_salary_percentile: 0 is below the minimum of 1",
        ),
        (
            refusal("organization.leadership.cto.hire_month", json!(19)),
            "organization.leadership.cto.hire_month: 19 is above the maximum of 18",
        ),
        (
            refusal("automation.opportunities.0.saved_hours_week", json!(169)),
            "automation.opportunities.0.saved_hours_week: 169 is above the maximum of 168",
        ),
        (
            refusal("talent.positions.0.priority", json!("urgent")),
            "talent.positions.0.priority: found the text \"urgent\", expected \"critical\", \"high\", \"medium\" or null",
        ),
        (
            refusal("technical.capacity", json!([1, 2])),
            "technical.capacity: found a list, expected an object",
        ),
        (
            refusal("organization.core_values", json!("Be kind")),
            "organization.core_values: found the text \"Be kind\", expected a list",
        ),
        (
            refusal("data.storage.data_lake", json!(42)),
            "data.storage.data_lake: found 42, expected text",
        ),
        (
            refusal("meta.currency", json!("dollars")),
            "meta.currency: found the text \"dollars\", expected a three-letter ISO 4217 code such as \"USD\"",
        ),
        (
            refusal("meta.created_at", json!("yesterday")),
            "meta.created_at: found the text \"yesterday\", expected a UTC time such as \"2026-11-02T09:00:00Z\"",
        ),
        (
            refusal("version", json!(3)),
            "version: this file is version 3, but this app reads plan files up to version 2; open it in a newer Scaling Planner",
        ),
        (
            refusal("version", json!("1")),
            "version: found the text \"1\", expected a whole version number of 1 or more",
        ),
        (
            refusal("format", json!("kanban-board")),
            "format: not a scaling plan file: found the text \"kanban-board\", expected \"scaling-plan\"",
        ),
        (
            refusal("snapshots.0.readiness.product.user_experience", json!(12)),
            "snapshots.0.readiness.product.user_experience: 12 is above the maximum of 10",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn unknown_keys_are_refused_with_the_allowed_ones() {
    let mut value = northwind_value();
    value["readiness"]["product"]["speed"] = json!(5);
    assert_eq!(
        error_for(value),
        "readiness.product.speed: \"speed\" is not a known key; allowed here: feature_completeness, \
         technical_stability, user_experience, scalability_architecture"
    );
    let mut value = northwind_value();
    value["critical_gaps"] = json!([]);
    assert!(error_for(value).starts_with(
        "critical_gaps: \"critical_gaps\" is not a known key; allowed here: format, version, meta,"
    ));
    let mut value = northwind_value();
    value["snapshots"][0]["readiness"]["critical_gaps"] = json!([]);
    assert!(error_for(value)
        .starts_with("snapshots.0.readiness.critical_gaps: \"critical_gaps\" is not a known key"));
}

#[test]
fn lists_hold_at_most_twenty_rows_and_snapshots_a_hundred() {
    let gaps = json!(vec!["gap"; 21]);
    assert_eq!(
        refusal("readiness.critical_gaps", gaps),
        "readiness.critical_gaps: the list has 21 rows, more than the 20 allowed"
    );
    assert!(read_plan(
        {
            let mut v = northwind_value();
            v["readiness"]["critical_gaps"] = json!(vec!["gap"; 20]);
            v.to_string()
        }
        .as_bytes()
    )
    .is_ok());
    let snapshot = northwind_value()["snapshots"][0].clone();
    let mut v = northwind_value();
    v["snapshots"] = json!(vec![snapshot.clone(); 100]);
    assert_eq!(
        read_plan(v.to_string().as_bytes()).unwrap().snapshots.len(),
        100
    );
    v["snapshots"] = json!(vec![snapshot; 101]);
    assert_eq!(
        error_for(v),
        "snapshots: the list has 101 rows, more than the 100 allowed"
    );
}

#[test]
fn text_holds_at_most_five_thousand_characters() {
    let ok = "é".repeat(5_000);
    let mut v = northwind_value();
    v["roadmap"]["metrics"]["market_position"] = json!(ok);
    assert_eq!(
        read_plan(v.to_string().as_bytes())
            .unwrap()
            .roadmap
            .metrics
            .market_position,
        ok
    );
    assert_eq!(
        refusal("roadmap.metrics.market_position", json!("x".repeat(5_001))),
        "roadmap.metrics.market_position: the text has 5001 characters, more than the 5000 allowed"
    );
}

#[test]
fn whole_file_refusals() {
    assert_eq!(
        read_plan(&vec![b' '; MAX_FILE_BYTES + 1])
            .unwrap_err()
            .to_string(),
        "the file is 2.1 MiB, larger than the 2 MiB a plan file may be",
        "a size over the limit never reads as the limit"
    );
    assert_eq!(human_size(3 * 1024 * 1024), "3.0 MiB");
    assert_eq!(human_size(5 * 1024 * 1024 / 2), "2.5 MiB");
    assert_eq!(
        read_plan(b"{\"format\": ").unwrap_err().to_string(),
        "not a scaling plan file: it is not valid JSON (line 1, column 11)"
    );
    // JSON that cannot be held, told apart from text that is not JSON.
    let northwind = include_str!("fixtures/northwind.json");
    for (from, to, problem) in [
        (
            "\"salary_max\": 210000",
            "\"salary_max\": 1e400",
            "it has a number too large to read",
        ),
        (
            "\"Northwind Analytics\"",
            "\"Northwind \\ud800\"",
            "it has a text with a broken \\ escape",
        ),
    ] {
        let text = northwind.replace(from, to);
        assert!(text != northwind, "the fixture has {from}");
        let said = read_plan(text.as_bytes()).unwrap_err().to_string();
        assert!(
            said.starts_with(&format!("not a scaling plan file: {problem} (line ")),
            "{said}"
        );
    }
    assert_eq!(
        read_plan(b"[1, 2]").unwrap_err().to_string(),
        "not a scaling plan file: found a list, expected an object"
    );
    assert_eq!(
        read_plan(b"{\"version\": 1}").unwrap_err().to_string(),
        "format: not a scaling plan file: the \"format\" key is missing, expected \"scaling-plan\""
    );
    assert_eq!(
        read_plan(b"{\"format\": \"scaling-plan\"}")
            .unwrap_err()
            .to_string(),
        "version: the \"version\" key is missing"
    );
    assert!(read_plan(b"\xff\xfe").is_err());
    assert!(read_plan(b"").is_err());
    let deep = "[".repeat(10_000);
    assert!(read_plan(deep.as_bytes()).is_err());
}

#[test]
fn refusal_paths_are_structured() {
    let err = read_plan(refusal_bytes("talent.positions.2.start_month", json!(0)).as_bytes())
        .unwrap_err();
    assert_eq!(err.path, "talent.positions.2.start_month");
    assert_eq!(err.message, "0 is below the minimum of 1");
}

fn refusal_bytes(path: &str, new: Value) -> String {
    let mut value = northwind_value();
    let parts: Vec<&str> = path.split('.').collect();
    let mut at = &mut value;
    for key in &parts {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    *at = new;
    value.to_string()
}

#[test]
fn integral_numbers_are_accepted_for_whole_kinds_and_written_back_as_integers() {
    let mut v = northwind_value();
    v["readiness"]["product"]["feature_completeness"] = json!(8.0);
    v["automation"]["hourly_cost"] = json!(62.5);
    let plan = read_plan(v.to_string().as_bytes()).unwrap();
    assert_eq!(plan.readiness.product.feature_completeness, Score(Some(8)));
    let text = write_plan(&plan);
    assert!(text.contains("\"feature_completeness\": 8,"));
    assert!(text.contains("\"hourly_cost\": 62.5\n"));
}

#[test]
fn migrations_are_one_ordered_list() {
    assert_eq!(MIGRATIONS.len() as u32, VERSION - 1);
}

#[test]
fn text_is_kept_exactly_including_markup_and_unicode() {
    let mut v = northwind_value();
    let tricky = "<script>alert(1)</script> \"quoted\" \\ tab\t new\nline 🚀 é \u{0}";
    v["meta"]["name"] = json!(tricky);
    let plan = read_plan(v.to_string().as_bytes()).unwrap();
    assert_eq!(plan.meta.name, tricky);
    assert_eq!(read_plan(write_plan(&plan).as_bytes()).unwrap(), plan);
}

#[test]
fn progress_counts_filled_fields_per_section() {
    let plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    for section in Plan::SECTIONS {
        let (filled, total) = plan.section_progress(section);
        assert!(total > 0, "{section} has fields");
        assert_eq!(filled, total, "{section} is complete in the example");
    }
    assert_eq!(plan.section_progress("readiness"), (23, 23));
    assert_eq!(plan.section_progress("nope"), (0, 0));
    let blank = Plan::blank("");
    let (filled, total) = blank.section_progress("technical");
    assert_eq!((filled, total), (0, 5 + 4 + 3 * 6 + 3 * 5 + 5));
    let mut one = blank.clone();
    one.technical.capacity.storage_gb = Number(Some(0.0));
    one.technical.decisions.cloud_provider = "  ".into();
    assert_eq!(
        one.section_progress("technical").0,
        1,
        "zero counts as filled, blank text does not"
    );
}

#[test]
fn merging_two_edits_keeps_both_and_counts_real_clashes() {
    let base = read_plan(NORTHWIND.as_bytes()).unwrap();
    let mut mine = base.clone();
    mine.meta.name = "Edited here".into();
    mine.talent.positions[1].salary_max = Amount(Some(155_000.0));
    let mut theirs = base.clone();
    theirs.roadmap.metrics.market_position = "Edited there".into();
    theirs.talent.positions[1].title = "Enterprise AE".into();
    let (merged, clashes) = merge(&base, &mine, &theirs);
    assert_eq!(clashes, 0);
    assert_eq!(merged.meta.name, "Edited here");
    assert_eq!(merged.roadmap.metrics.market_position, "Edited there");
    assert_eq!(merged.talent.positions[1].title, "Enterprise AE");
    assert_eq!(
        merged.talent.positions[1].salary_max,
        Amount(Some(155_000.0))
    );

    let mut clash = base.clone();
    clash.meta.name = "Edited there".into();
    let (merged, clashes) = merge(&base, &mine, &clash);
    assert_eq!((merged.meta.name.as_str(), clashes), ("Edited here", 1));

    let mut rows = base.clone();
    rows.technical.bottlenecks.pop();
    let (merged, clashes) = merge(&base, &base, &rows);
    assert_eq!(
        (merged.technical.bottlenecks.len(), clashes),
        (2, 0),
        "a row removed on one side only"
    );
    let mut more = base.clone();
    more.technical.bottlenecks.push(Default::default());
    let (_, clashes) = merge(&base, &more, &rows);
    assert_eq!(clashes, 1, "rows changed on both sides");

    // A row added on one side, which the other took in before typing into another row.
    let mut typed = more.clone();
    typed.technical.bottlenecks[0].name = "Typed there".into();
    let (merged, clashes) = merge(&base, &more, &typed);
    assert_eq!((merged, clashes), (typed.clone(), 0));
    // A row added on each side, each with its own text, is a clash: this side's stays.
    let mut other = base.clone();
    other.technical.bottlenecks.push(Default::default());
    other.technical.bottlenecks[3].name = "Added there".into();
    let mut added = more.clone();
    added.technical.bottlenecks[3].name = "Added here".into();
    let (merged, clashes) = merge(&base, &added, &other);
    assert_eq!((merged, clashes), (added, 1));
    // The last row removed on one side, taken in by the other before it typed.
    let mut typed = rows.clone();
    typed.technical.bottlenecks[1].cost_month = Amount(Some(10.0));
    let (merged, clashes) = merge(&base, &rows, &typed);
    assert_eq!((merged, clashes), (typed, 0));
    // The middle row removed there, the last one here: read as rows changed there, so the last
    // row stays. A removal is undone, and nothing typed is lost.
    let mut middle = base.clone();
    middle.technical.bottlenecks.remove(1);
    let (merged, clashes) = merge(&base, &rows, &middle);
    assert_eq!((merged, clashes), (middle, 0));
}

#[test]
fn scores_are_reached_by_group_and_item_keys() {
    let mut plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    assert_eq!(
        plan.readiness.score("market", "brand_recognition"),
        Score(Some(3))
    );
    assert_eq!(
        plan.assessment.score("strategic", "execution_capability"),
        Score(Some(7))
    );
    assert_eq!(plan.readiness.score("market", "nope"), Score(None));
    assert_eq!(
        plan.readiness.score("nope", "brand_recognition"),
        Score(None)
    );
    *plan
        .assessment
        .score_mut("technical", "data_architecture")
        .unwrap() = Score(Some(10));
    assert_eq!(plan.assessment.technical.data_architecture, Score(Some(10)));
    assert!(plan.readiness.score_mut("team", "nope").is_none());
    for (group, items) in plan.readiness.scores().dimensions() {
        for (item, score) in items {
            assert_eq!(plan.readiness.score(group, item), score, "{group}.{item}");
        }
    }
}

#[test]
fn null_reads_as_blank_for_texts_lists_and_their_rows_but_not_for_records() {
    let mut v = northwind_value();
    v["meta"]["name"] = Value::Null;
    v["technical"]["bottlenecks"] = Value::Null;
    v["organization"]["core_values"][1] = Value::Null;
    v["snapshots"][0]["label"] = Value::Null;
    v["talent"]["positions"][0]["priority"] = Value::Null;
    let plan = read_plan(v.to_string().as_bytes()).unwrap();
    assert_eq!(plan.meta.name, "");
    assert!(plan.technical.bottlenecks.is_empty());
    assert_eq!(plan.organization.core_values[1], "");
    assert_eq!(plan.snapshots[0].label, "");
    assert_eq!(plan.talent.positions[0].priority, None);
    assert_eq!(
        refusal("technical.capacity", Value::Null),
        "technical.capacity: found null, expected an object"
    );
    assert_eq!(
        refusal("talent.positions.1", Value::Null),
        "talent.positions.1: found null, expected an object"
    );
    assert_eq!(
        refusal("technical.capacity", json!([1, 2])),
        "technical.capacity: found a list, expected an object"
    );
}

#[test]
fn a_version_1_file_upgrades_to_version_2_with_an_empty_team_and_nothing_else_changed() {
    let v1 = northwind_value();
    let plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    assert_eq!(plan.team, Team::default());
    let written: Value = serde_json::from_str(&write_plan(&plan)).unwrap();
    let mut expected = v1.clone();
    expected["version"] = json!(2);
    expected["team"] = json!({"workshop": "", "responses": []});
    assert_eq!(written, expected);

    let mut with_team = v1.clone();
    with_team["team"] = json!({"workshop": "w1", "responses": []});
    assert_eq!(
        error_for(with_team),
        "team: \"team\" is not a known key of a version 1 file; version 2 added it"
    );
}

#[test]
fn a_version_2_team_reads_and_writes_back() {
    let mut v = northwind_value();
    v["version"] = json!(2);
    let scores = v["snapshots"][0].clone();
    v["team"] = json!({"workshop": "k3x9", "responses": [
        {"name": "Ada", "received_at": "2026-12-03T10:00:00Z",
         "readiness": scores["readiness"], "assessment": scores["assessment"]}
    ]});
    let plan = read_plan(v.to_string().as_bytes()).unwrap();
    assert_eq!(plan.team.workshop, "k3x9");
    assert_eq!(plan.team.responses[0].name, "Ada");
    assert_eq!(
        plan.team.responses[0].readiness.market.brand_recognition,
        Score(Some(2))
    );
    assert_eq!(read_plan(write_plan(&plan).as_bytes()).unwrap(), plan);

    v["team"]["responses"] = json!(vec![v["team"]["responses"][0].clone(); 51]);
    assert_eq!(
        error_for(v.clone()),
        "team.responses: the list has 51 rows, more than the 50 allowed"
    );
    v["team"]["responses"] =
        json!([{"name": "Ada", "readiness": {"product": {"user_experience": 11}}}]);
    assert_eq!(
        error_for(v),
        "team.responses.0.readiness.product.user_experience: 11 is above the maximum of 10"
    );
}

#[test]
fn a_header_is_read_from_the_opening_of_a_plan_file() {
    let header = read_header(NORTHWIND).expect("version 1 reads");
    assert_eq!(header.name, "Northwind 2027 scaling plan");
    assert_eq!(header.company, "Northwind Analytics");
    assert_eq!(header.updated_at, "2026-11-20T16:45:00Z");
    let mut plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    plan.meta.name = "Braces } { and \"quotes\" \\".into();
    plan.meta.company = "] [ \\\" }".into();
    let header = read_header(&write_plan(&plan)).expect("version 2 reads");
    assert_eq!(header.name, plan.meta.name);
    assert_eq!(header.company, plan.meta.company);
    // Keys in another order, as a file written by hand may have them.
    let mut value = northwind_value();
    let meta = value.as_object_mut().unwrap().shift_remove("meta").unwrap();
    value.as_object_mut().unwrap().insert("meta".into(), meta);
    let header = read_header(&value.to_string()).expect("meta last reads");
    assert_eq!(header.name, "Northwind 2027 scaling plan");
}

#[test]
fn a_header_is_not_made_up_for_what_is_not_a_plan_file_of_this_version() {
    let cases = [
        String::new(),
        "[1, 2".into(),
        "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": [".into(),
        "{\"meta\": {\"name\": \"x\"}}".into(),
        NORTHWIND.replace("\"version\": 1", "\"version\": 9"),
        NORTHWIND.replace("\"version\": 1", "\"version\": 0"),
        NORTHWIND.replace("\"scaling-plan\"", "\"other-plan\""),
        NORTHWIND.replacen("\"meta\": {", "\"meta\": {\"name\": ", 1),
        NORTHWIND.replacen("\"meta\": {", "\"meta\": 7, \"x\": {", 1),
    ];
    for text in cases {
        assert!(read_header(&text).is_none(), "{text:.80}");
    }
}

#[test]
fn a_version_written_as_a_whole_float_reads_as_that_version() {
    for (version, team) in [(json!(1.0), false), (json!(2.0), true)] {
        let mut v = northwind_value();
        v["version"] = version.clone();
        if team {
            v["team"] = json!({"workshop": "", "responses": []});
        }
        let plan = read_plan(v.to_string().as_bytes()).unwrap_or_else(|e| panic!("{version}: {e}"));
        assert_eq!(plan.meta.name, "Northwind 2027 scaling plan");
    }
    let mut v = northwind_value();
    v["version"] = json!(1.5);
    assert_eq!(
        error_for(v),
        "version: found 1.5, expected a whole version number of 1 or more"
    );
}
