#![cfg(not(target_arch = "wasm32"))]
//! `assets/plan.schema.json`, the JSON Schema of plan files that the build copies into `dist/`,
//! is a valid draft 2020-12 schema and agrees with the app's reader: the examples pass it, and
//! every bad file that the reader refuses fails it too, and the other way round.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use jsonschema::Validator;
use proptest::prelude::*;
use scaling_planner::model::*;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../assets/plan.schema.json");
const NORTHWIND: &str = include_str!("fixtures/northwind.v2.json");
const NORTHWIND_V1: &str = include_str!("fixtures/northwind.json");
const NOW: &str = "2026-11-02T09:00:00Z";

fn schema() -> &'static Value {
    static SCHEMA_VALUE: OnceLock<Value> = OnceLock::new();
    SCHEMA_VALUE.get_or_init(|| serde_json::from_str(SCHEMA).expect("the schema is valid JSON"))
}

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::draft202012::new(schema()).expect("the schema compiles as draft 2020-12")
    })
}

fn northwind() -> Value {
    serde_json::from_str(NORTHWIND).unwrap()
}

/// The schema's errors for a file, one line each; empty when the file passes.
fn schema_errors(value: &Value) -> String {
    validator()
        .iter_errors(value)
        .map(|e| format!("{}: {e}\n", e.instance_path()))
        .collect()
}

fn reader_accepts(value: &Value) -> bool {
    read_plan(value.to_string().as_bytes()).is_ok()
}

/// Sets one dotted path (list rows by number) of a JSON value, making objects on the way.
fn set(value: &mut Value, path: &str, new: Value) {
    let mut at = value;
    for key in path.split('.') {
        at = match (at, key.parse::<usize>()) {
            (Value::Array(rows), Ok(i)) => &mut rows[i],
            (other, _) => &mut other[key],
        };
    }
    *at = new;
}

fn edited(path: &str, new: Value) -> Value {
    let mut value = northwind();
    set(&mut value, path, new);
    value
}

/// Both the schema and the reader give the same verdict, `valid`, for a file.
fn assert_agree(what: &str, value: &Value, valid: bool) {
    let errors = schema_errors(value);
    let read = read_plan(value.to_string().as_bytes());
    assert_eq!(
        errors.is_empty(),
        valid,
        "{what}: the schema should {} it; its errors:\n{errors}",
        if valid { "accept" } else { "refuse" }
    );
    assert_eq!(
        read.is_ok(),
        valid,
        "{what}: the reader should {} it; it said {:?}",
        if valid { "accept" } else { "refuse" },
        read.err()
    );
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = schema();
    if let Err(e) = jsonschema::draft202012::meta::validate(schema) {
        panic!("the schema fails the draft 2020-12 meta-schema: {e}");
    }
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema.get("$id").is_none(), "the schema works from any URL");
    for key in ["title", "description"] {
        assert!(
            schema[key].as_str().is_some_and(|s| !s.is_empty()),
            "the schema has a {key}"
        );
    }
    let _ = validator();
}

#[test]
fn the_example_and_blank_plans_pass() {
    assert_agree("examples/northwind.json", &northwind(), true);
    let v1: Value = serde_json::from_str(NORTHWIND_V1).unwrap();
    assert_agree("examples/northwind.json as version 1", &v1, true);
    let blank: Value = serde_json::from_str(&write_plan(&Plan::blank(NOW))).unwrap();
    assert_agree("a blank plan written by the app", &blank, true);
    let undated: Value = serde_json::from_str(&write_plan(&Plan::blank(""))).unwrap();
    assert_agree("a blank plan without times", &undated, true);
    let empty: Value = serde_json::from_str(&write_plan(&Plan::default())).unwrap();
    assert_agree("a plan with empty lists", &empty, true);
    assert_agree(
        "a partial hand-written file",
        &json!({"format": "scaling-plan", "version": 1, "readiness": {"product": {"user_experience": 7}}}),
        true,
    );
    assert_agree(
        "blanks written as null",
        &json!({"format": "scaling-plan", "version": 1,
            "meta": {"name": null, "currency": null, "created_at": null},
            "readiness": {"critical_gaps": null}, "snapshots": null}),
        true,
    );
}

#[test]
fn version_2_adds_team_and_version_1_has_none() {
    let mut v2 = northwind();
    v2["version"] = json!(2);
    v2["team"] = json!({"workshop": "", "responses": []});
    assert_eq!(schema_errors(&v2), "");
    let response = json!({
        "name": "Ada",
        "received_at": NOW,
        "readiness": v2["snapshots"][0]["readiness"].clone(),
        "assessment": v2["snapshots"][0]["assessment"].clone(),
    });
    v2["team"] = json!({"workshop": "w-42", "responses": vec![response.clone(); 50]});
    assert_eq!(schema_errors(&v2), "");

    let mut too_many = v2.clone();
    too_many["team"]["responses"] = json!(vec![response.clone(); 51]);
    assert!(!validator().is_valid(&too_many), "51 responses");
    let mut bad_score = v2.clone();
    bad_score["team"]["responses"][3]["readiness"]["market"]["brand_recognition"] = json!(11);
    assert!(
        !validator().is_valid(&bad_score),
        "a response's score of 11"
    );
    let mut unknown = v2.clone();
    unknown["team"]["responses"][0]["email"] = json!("ada@example.com");
    assert!(
        !validator().is_valid(&unknown),
        "an unknown key in a response"
    );

    let mut v1 = northwind();
    v1["version"] = json!(1);
    v1["team"] = json!({"workshop": "", "responses": []});
    assert_agree("team in a version 1 file", &v1, false);
}

/// Bad files: each one is refused by the reader and fails the schema.
#[test]
fn bad_files_fail_the_schema_and_the_reader() {
    let twenty_one_texts = json!(vec!["gap"; 21]);
    let bottleneck = northwind()["technical"]["bottlenecks"][0].clone();
    let snapshot = northwind()["snapshots"][0].clone();
    let mut without_format = northwind();
    without_format.as_object_mut().unwrap().remove("format");
    let mut without_version = northwind();
    without_version.as_object_mut().unwrap().remove("version");
    let mut with_schema_key = northwind();
    with_schema_key["$schema"] = json!("plan.schema.json");

    let bad: Vec<(&str, Value)> = vec![
        (
            "score 11",
            edited("readiness.product.feature_completeness", json!(11)),
        ),
        (
            "score -1",
            edited("assessment.strategic.growth_planning", json!(-1)),
        ),
        (
            "fraction 5.5 in a score",
            edited("readiness.market.brand_recognition", json!(5.5)),
        ),
        (
            "score as text",
            edited("readiness.team.culture_strength", json!("7")),
        ),
        (
            "score 11 in a snapshot",
            edited("snapshots.0.readiness.financial.unit_economics", json!(11)),
        ),
        (
            "negative amount",
            edited("talent.positions.0.salary_min", json!(-1)),
        ),
        (
            "negative number",
            edited("technical.capacity.database_gb", json!(-0.5)),
        ),
        (
            "negative multiplier",
            edited("technical.growth.users_x", json!(-2)),
        ),
        (
            "fraction 2.5 in a count",
            edited("organization.plan.sales", json!(2.5)),
        ),
        (
            "negative count",
            edited("roadmap.metrics.customers_to", json!(-3)),
        ),
        (
            "fraction in weeks",
            edited("technical.bottlenecks.1.timeline_weeks", json!(1.5)),
        ),
        (
            "months above u32",
            edited("security.compliance.soc2_months", json!(4_294_967_296u64)),
        ),
        ("unknown top-level key", edited("colour", json!("blue"))),
        (
            "unknown key in a score group",
            edited("readiness.product.extra", json!(3)),
        ),
        (
            "unknown key in a list row",
            edited("talent.positions.1.remote", json!(true)),
        ),
        ("a $schema key", with_schema_key),
        ("text as a number", edited("meta.name", json!(42))),
        (
            "text as a list",
            edited("data.collection.event_tracking", json!(["a"])),
        ),
        ("section as text", edited("technical", json!("big"))),
        ("section as null", edited("readiness", json!(null))),
        (
            "score group as a list",
            edited("assessment.technical", json!([1, 2, 3, 4])),
        ),
        ("list as an object", edited("snapshots", json!({}))),
        (
            "list row as null",
            edited("technical.bottlenecks.0", json!(null)),
        ),
        (
            "list row as text",
            edited("automation.opportunities.0", json!("row")),
        ),
        (
            "text list item as a number",
            edited("readiness.critical_gaps.0", json!(5)),
        ),
        (
            "21 critical gaps",
            edited("readiness.critical_gaps", twenty_one_texts),
        ),
        (
            "21 bottlenecks",
            edited("technical.bottlenecks", json!(vec![bottleneck; 21])),
        ),
        (
            "101 snapshots",
            edited("snapshots", json!(vec![snapshot; 101])),
        ),
        (
            "5001-character text",
            edited("meta.company", json!("x".repeat(5_001))),
        ),
        (
            "5001 two-byte characters",
            edited("organization.core_values.0", json!("é".repeat(5_001))),
        ),
        (
            "bad priority",
            edited("talent.positions.0.priority", json!("urgent")),
        ),
        (
            "capitalized priority",
            edited("talent.positions.0.priority", json!("High")),
        ),
        (
            "percent 150",
            edited("talent.channels.job_boards", json!(150)),
        ),
        (
            "percent -5",
            edited("talent.compensation.bonus_percent", json!(-5)),
        ),
        (
            "hours 169",
            edited("automation.opportunities.0.current_hours_week", json!(169)),
        ),
        (
            "percentile 0",
            edited("talent.compensation.base_salary_percentile", json!(0)),
        ),
        (
            "percentile 100",
            edited("talent.compensation.base_salary_percentile", json!(100)),
        ),
        (
            "month 0",
            edited("organization.leadership.cto.hire_month", json!(0)),
        ),
        (
            "month 19",
            edited("talent.positions.2.start_month", json!(19)),
        ),
        ("lower-case currency", edited("meta.currency", json!("usd"))),
        ("two-letter currency", edited("meta.currency", json!("US"))),
        (
            "four-letter currency",
            edited("meta.currency", json!("EURO")),
        ),
        ("currency as a number", edited("meta.currency", json!(840))),
        (
            "time without T",
            edited("meta.created_at", json!("2026-11-02 09:00:00Z")),
        ),
        (
            "time with an offset",
            edited("meta.updated_at", json!("2026-11-02T09:00:00+01:00")),
        ),
        (
            "time in month 13",
            edited("snapshots.0.taken_at", json!("2026-13-02T09:00:00Z")),
        ),
        (
            "time at hour 24",
            edited("meta.created_at", json!("2026-11-02T24:00:00Z")),
        ),
        (
            "date without time",
            edited("meta.created_at", json!("2026-11-02")),
        ),
        (
            "lower-case time",
            edited("meta.created_at", json!("2026-11-02t09:00:00z")),
        ),
        (
            "wrong format value",
            edited("format", json!("scaling-plans")),
        ),
        ("format as null", edited("format", json!(null))),
        ("missing format", without_format),
        ("missing version", without_version),
        ("version 0", edited("version", json!(0))),
        ("version as text", edited("version", json!("1"))),
        ("version 1.5", edited("version", json!(1.5))),
        ("version 3", edited("version", json!(3))),
        ("a list instead of a plan", json!([])),
        ("text instead of a plan", json!("scaling-plan")),
    ];
    for (what, value) in &bad {
        assert_agree(what, value, false);
    }
}

/// Edge values that both accept.
#[test]
fn edge_values_pass_the_schema_and_the_reader() {
    let good: Vec<(&str, Value)> = vec![
        (
            "score 0",
            edited("readiness.product.feature_completeness", json!(0)),
        ),
        (
            "score 10",
            edited("readiness.product.feature_completeness", json!(10)),
        ),
        (
            "score 7.0",
            edited("readiness.product.feature_completeness", json!(7.0)),
        ),
        (
            "null score",
            edited("assessment.technical.data_architecture", json!(null)),
        ),
        (
            "percent 100",
            edited("talent.channels.job_boards", json!(100)),
        ),
        (
            "percent 12.5",
            edited("talent.channels.job_boards", json!(12.5)),
        ),
        (
            "hours 168",
            edited("automation.opportunities.0.saved_hours_week", json!(168)),
        ),
        (
            "percentile 1",
            edited("talent.compensation.base_salary_percentile", json!(1)),
        ),
        (
            "percentile 99",
            edited("talent.compensation.base_salary_percentile", json!(99)),
        ),
        (
            "month 1",
            edited("organization.leadership.coo.hire_month", json!(1)),
        ),
        (
            "month 18",
            edited("organization.leadership.coo.hire_month", json!(18)),
        ),
        (
            "largest count",
            edited("technical.capacity.daily_api_calls", json!(u64::MAX)),
        ),
        (
            "largest weeks",
            edited("technical.bottlenecks.0.timeline_weeks", json!(u32::MAX)),
        ),
        (
            "huge amount",
            edited("roadmap.metrics.revenue_to", json!(1e300)),
        ),
        (
            "5000 two-byte characters",
            edited("meta.name", json!("é".repeat(5_000))),
        ),
        ("null text", edited("meta.company", json!(null))),
        (
            "20 critical gaps",
            edited("readiness.critical_gaps", json!(vec!["gap"; 20])),
        ),
        ("empty currency", edited("meta.currency", json!(""))),
        ("euro", edited("meta.currency", json!("EUR"))),
        ("empty time", edited("meta.created_at", json!(""))),
        (
            "fractional seconds",
            edited("meta.created_at", json!("2026-11-02T09:00:00.123Z")),
        ),
        (
            "leap second",
            edited("meta.created_at", json!("2026-12-31T23:59:60Z")),
        ),
        (
            "null priority",
            edited("talent.positions.0.priority", json!(null)),
        ),
        ("empty object", edited("data", json!({}))),
    ];
    for (what, value) in &good {
        assert_agree(what, value, true);
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Score,
    Count,
    Percentile,
    Month,
    Duration,
    Real(Option<f64>),
    Text,
    Priority,
    Timestamp,
    Currency,
}

fn kind(leaf: Leaf<'_>) -> Kind {
    match leaf {
        Leaf::Score(_) => Kind::Score,
        Leaf::Count(_) => Kind::Count,
        Leaf::Percentile(_) => Kind::Percentile,
        Leaf::Month(_) => Kind::Month,
        Leaf::Duration(_) => Kind::Duration,
        Leaf::Number(_) | Leaf::Amount(_) | Leaf::Multiplier(_) => Kind::Real(None),
        Leaf::Percent(_) => Kind::Real(Some(100.0)),
        Leaf::Hours(_) => Kind::Real(Some(168.0)),
        Leaf::Text(_) => Kind::Text,
        Leaf::Priority(_) => Kind::Priority,
        Leaf::Timestamp(_) => Kind::Timestamp,
        Leaf::Currency(_) => Kind::Currency,
    }
}

/// Every field of the example (which has a row in every list), with its JSON path.
fn leaves() -> &'static [(String, Kind)] {
    static LEAVES: OnceLock<Vec<(String, Kind)>> = OnceLock::new();
    LEAVES.get_or_init(|| {
        let plan = read_plan(NORTHWIND.as_bytes()).unwrap();
        let mut out = Vec::new();
        plan.walk("", &mut |path, leaf| {
            out.push((path.to_string(), kind(leaf)))
        });
        out
    })
}

/// Values of every JSON type around each limit of the format.
fn probes() -> Vec<Value> {
    let mut probes = vec![
        json!(null),
        json!(true),
        json!(""),
        json!(" "),
        json!("plain text"),
        json!("critical"),
        json!("high"),
        json!("medium"),
        json!("low"),
        json!("USD"),
        json!("usd"),
        json!("ÉUR"),
        json!(NOW),
        json!("2026-11-02T09:00:00.5Z"),
        json!("2026-02-31T23:59:60Z"),
        json!("2026-11-02T09:60:00Z"),
        json!("2026-11-02T09:00:00"),
        json!("2026-00-02T09:00:00Z"),
        json!("2026-11-00T09:00:00Z"),
        json!("2026-11-02T09:00:00.Z"),
        json!("x".repeat(5_000)),
        json!("x".repeat(5_001)),
        json!("🚀".repeat(5_000)),
        json!("🚀".repeat(5_001)),
        json!([]),
        json!(["x"]),
        json!({}),
        json!(u64::MAX),
        json!(u32::MAX),
        json!(u64::from(u32::MAX) + 1),
        json!(i64::MIN),
        json!(1e300),
        json!(-0.0),
    ];
    for n in [
        -1, 0, 1, 9, 10, 11, 17, 18, 19, 98, 99, 100, 101, 167, 168, 169, 1000,
    ] {
        probes.push(json!(n));
        probes.push(json!(n as f64));
    }
    for f in [-0.5, 0.5, 9.5, 10.5, 99.5, 100.5, 167.5, 168.5, 1e-9] {
        probes.push(json!(f));
    }
    probes
}

/// A file with nothing but `new` at `path`, in the first row of any list on the way.
fn only(path: &str, new: Value) -> Value {
    fn below(keys: &[&str], new: Value) -> Value {
        match keys.split_first() {
            None => new,
            Some((key, rest)) if key.parse::<usize>().is_ok() => json!([below(rest, new)]),
            Some((key, rest)) => json!({ *key: below(rest, new) }),
        }
    }
    let mut file = below(&path.split('.').collect::<Vec<_>>(), new);
    file["format"] = json!(FORMAT);
    file["version"] = json!(VERSION);
    file
}

/// Every field of the plan, set to every probe value: the schema and the reader agree.
#[test]
fn every_field_gets_the_same_verdict_from_both_for_edge_values() {
    let first_rows: BTreeSet<String> = leaves()
        .iter()
        .map(|(path, _)| {
            path.split('.')
                .map(|key| {
                    if key.parse::<usize>().is_ok() {
                        "0"
                    } else {
                        key
                    }
                })
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    assert!(first_rows.len() > 250, "{} fields", first_rows.len());
    let probes = probes();
    let mut disagreements = Vec::new();
    for path in &first_rows {
        for probe in &probes {
            let value = only(path, probe.clone());
            let schema_ok = validator().is_valid(&value);
            let reader_ok = read_value(value).is_ok();
            if schema_ok != reader_ok {
                disagreements.push(format!(
                    "{path} = {}: schema {schema_ok}, reader {reader_ok}",
                    shorten(probe)
                ));
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

fn shorten(value: &Value) -> String {
    let s = value.to_string();
    let chars = s.chars().count();
    if chars > 40 {
        let start: String = s.chars().take(36).collect();
        format!("{start}… ({chars} chars)")
    } else {
        s
    }
}

/// Every object and list of the plan: unknown keys, wrong types and too many rows.
#[test]
fn every_object_and_list_gets_the_same_verdict_from_both() {
    let mut base = northwind();
    let scores = base["snapshots"][0].clone();
    base["team"]["responses"] = json!([{"name": "Ada", "received_at": NOW,
        "readiness": scores["readiness"], "assessment": scores["assessment"]}]);
    let mut containers = Vec::new();
    containers_of(&base, String::new(), &mut containers);
    assert!(containers.len() > 80, "{} containers", containers.len());
    for (path, container) in containers {
        let with = |new: Value| {
            let mut value = base.clone();
            if path.is_empty() {
                value = new;
            } else {
                set(&mut value, &path, new);
            }
            value
        };
        let at = if path.is_empty() { "the plan" } else { &path };
        match container {
            Value::Object(map) => {
                let mut extra = map.clone();
                extra.insert("not_a_key".into(), json!(null));
                assert_agree(
                    &format!("{at} with an unknown key"),
                    &with(extra.into()),
                    false,
                );
                assert_agree(&format!("{at} as []"), &with(json!([])), false);
                assert_agree(&format!("{at} as \"\""), &with(json!("")), false);
                if !path.is_empty() {
                    assert_agree(&format!("{at} as null"), &with(json!(null)), false);
                    assert_agree(&format!("{at} as {{}}"), &with(json!({})), true);
                }
            }
            Value::Array(rows) => {
                assert_agree(&format!("{at} as null"), &with(json!(null)), true);
                assert_agree(&format!("{at} as []"), &with(json!([])), true);
                assert_agree(&format!("{at} as {{}}"), &with(json!({})), false);
                let max = match path.as_str() {
                    "snapshots" => 100,
                    "team.responses" => 50,
                    _ => 20,
                };
                let row = rows[0].clone();
                assert_agree(
                    &format!("{at} full"),
                    &with(json!(vec![row.clone(); max])),
                    true,
                );
                assert_agree(
                    &format!("{at} over full"),
                    &with(json!(vec![row; max + 1])),
                    false,
                );
            }
            _ => unreachable!(),
        }
    }
}

fn containers_of(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        Value::Object(map) => {
            out.push((path.clone(), value.clone()));
            for (key, child) in map {
                containers_of(child, join(key), out);
            }
        }
        Value::Array(rows) => {
            out.push((path.clone(), value.clone()));
            for (i, child) in rows.iter().enumerate() {
                containers_of(child, join(&i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// Key paths of a plan file (list rows as `*`), leaves and containers alike.
fn key_paths(value: &Value, path: &str, out: &mut BTreeSet<String>) {
    let children: Vec<(String, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(rows) => rows.iter().map(|v| ("*".to_string(), v)).collect(),
        _ => return,
    };
    for (key, child) in children {
        let path = if path.is_empty() {
            key
        } else {
            format!("{path}.{key}")
        };
        out.insert(path.clone());
        key_paths(child, &path, out);
    }
}

/// The same key paths as the schema describes them, following `$ref`s.
fn schema_paths(node: &Value, path: &str, out: &mut BTreeSet<String>) {
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/$defs/").expect("a local $ref");
        return schema_paths(&schema()["$defs"][name], path, out);
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (key, child) in props {
            let path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            out.insert(path.clone());
            schema_paths(child, &path, out);
        }
    }
    if let Some(items) = node.get("items") {
        let path = format!("{path}.*");
        out.insert(path.clone());
        schema_paths(items, &path, out);
    }
}

/// The schema names exactly the keys that the app writes: none missing, none extra.
#[test]
fn the_schema_has_exactly_the_keys_of_the_format() {
    let mut plan = read_plan(NORTHWIND.as_bytes()).unwrap();
    plan.readiness.critical_gaps.truncate(1);
    plan.team.responses.push(Default::default());
    let written: Value = serde_json::from_str(&write_plan(&plan)).unwrap();
    let mut app = BTreeSet::new();
    key_paths(&written, "", &mut app);
    let mut described = BTreeSet::new();
    schema_paths(schema(), "", &mut described);
    let missing: Vec<_> = app.difference(&described).collect();
    let extra: Vec<_> = described.difference(&app).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "keys the schema lacks: {missing:?}\nkeys only the schema has: {extra:?}"
    );
    assert!(app.len() > 300, "{} key paths", app.len());
}

/// A valid value for a field of this kind.
fn valid_value(kind: Kind) -> BoxedStrategy<Value> {
    let whole = |min: u64, max: u64| {
        prop_oneof![1 => Just(Value::Null), 5 => (min..=max).prop_map(|n| json!(n))].boxed()
    };
    match kind {
        Kind::Score => whole(0, 10),
        Kind::Count => whole(0, u64::MAX),
        Kind::Percentile => whole(1, 99),
        Kind::Month => whole(1, 18),
        Kind::Duration => whole(0, u64::from(u32::MAX)),
        Kind::Real(max) => {
            let top = max.unwrap_or(1e15);
            prop_oneof![
                1 => Just(Value::Null),
                3 => (0.0..=top).prop_map(|f| json!(f)),
                2 => (0..=top as u64).prop_map(|n| json!(n)),
            ]
            .boxed()
        }
        Kind::Text => prop_oneof![
            1 => Just(Value::Null),
            8 => "\\PC{0,60}".prop_map(Value::String),
            1 => (4_990usize..=5_000).prop_map(|n| json!("ü".repeat(n))),
        ]
        .boxed(),
        Kind::Priority => prop_oneof![
            Just(json!(null)),
            Just(json!("critical")),
            Just(json!("high")),
            Just(json!("medium")),
        ]
        .boxed(),
        Kind::Timestamp => prop_oneof![
            1 => Just(json!("")),
            1 => Just(json!(null)),
            6 => "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,6})?Z"
                .prop_map(Value::String),
        ]
        .boxed(),
        Kind::Currency => prop_oneof![
            1 => Just(json!("")),
            1 => Just(json!(null)),
            6 => "[A-Z]{3}".prop_map(Value::String),
        ]
        .boxed(),
    }
}

/// Any value at all, valid or not for any field.
fn any_value() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-20i64..200).prop_map(|n| json!(n)),
        (-20i64..200).prop_map(|n| json!(n as f64)),
        (-50.0f64..250.0).prop_map(|f| json!(f)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<i64>().prop_map(|n| json!(n)),
        "\\PC{0,12}".prop_map(Value::String),
        "[A-Za-z]{2,4}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,2})?[Zz]?"
            .prop_map(Value::String),
        prop_oneof![Just("critical"), Just("high"), Just("medium"), Just("none")]
            .prop_map(|s| json!(s)),
        Just(json!([])),
        Just(json!({})),
    ]
    .boxed()
}

fn valid_edit() -> impl Strategy<Value = (usize, Value)> {
    (0..leaves().len()).prop_flat_map(|i| valid_value(leaves()[i].1).prop_map(move |v| (i, v)))
}

fn apply(edits: &[(usize, Value)]) -> Value {
    let mut value = northwind();
    for (i, new) in edits {
        set(&mut value, &leaves()[*i].0, new.clone());
    }
    value
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_valid_edits_pass_both(edits in prop::collection::vec(valid_edit(), 1..40)) {
        let value = apply(&edits);
        prop_assert_eq!(schema_errors(&value), "");
        let read = read_plan(value.to_string().as_bytes());
        prop_assert!(read.is_ok(), "{:?}", read.err());
    }

    #[test]
    fn random_edits_get_the_same_verdict_from_both(
        edits in prop::collection::vec((0..leaves().len(), any_value()), 1..4)
    ) {
        let value = apply(&edits);
        prop_assert_eq!(
            validator().is_valid(&value),
            reader_accepts(&value),
            "schema errors: {}",
            schema_errors(&value)
        );
    }
}
