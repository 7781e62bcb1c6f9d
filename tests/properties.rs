#![cfg(not(target_arch = "wasm32"))]
//! Reading never panics, and every valid plan survives write → read.

use proptest::prelude::*;
use scaling_planner::model::*;
use serde_json::{json, Map, Value};

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        (0u8..12).prop_map(|n| json!(n)),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("scaling-plan"),
            Just("critical"),
            Just("USD"),
            Just("2026-01-01T00:00:00Z")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let keys = prop_oneof![
            "[a-z_]{1,10}".prop_map(String::from),
            Just("format".to_string()),
            Just("version".to_string()),
            Just("readiness".to_string()),
            Just("product".to_string()),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((keys, inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn northwind() -> Value {
    serde_json::from_str(include_str!("fixtures/northwind.json")).unwrap()
}

/// Every path (objects and lists) of a JSON value.
fn paths(value: &Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    let children: Vec<(String, &Value)> = match value {
        Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => return,
    };
    for (key, child) in children {
        prefix.push(key);
        paths(child, prefix, out);
        prefix.pop();
    }
}

fn set(value: &mut Value, path: &[String], new: Value) {
    let mut at = value;
    for key in path {
        at = match (at, key.parse::<usize>()) {
            (Value::Array(a), Ok(i)) => &mut a[i],
            (other, _) => &mut other[key.as_str()],
        };
    }
    *at = new;
}

/// Turns one random word into a valid value for a field.
fn fill(leaf: LeafMut<'_>, w: u64) {
    let blank = w.is_multiple_of(5);
    let real = |w: u64, max: Option<f64>| -> Option<f64> {
        if blank {
            return None;
        }
        let f = match (w >> 3) % 5 {
            0 => 0.0,
            1 => (w >> 11) as f64,
            2 => (w >> 11) as f64 / 997.0,
            3 => f64::from_bits((w >> 2) & 0x7FEF_FFFF_FFFF_FFFF),
            _ => max.unwrap_or(1e15),
        };
        Some(match max {
            Some(max) if f > max => f % max,
            _ => f,
        })
    };
    let whole = |min: u64, max: u64| {
        (!blank).then(|| min + (w >> 3) % (max - min).saturating_add(1).max(1))
    };
    match leaf {
        LeafMut::Score(v) => v.0 = whole(0, 10).map(|n| n as u8),
        LeafMut::Count(v) => v.0 = (!blank).then_some(w >> 3),
        LeafMut::Percentile(v) => v.0 = whole(1, 99).map(|n| n as u8),
        LeafMut::Month(v) => v.0 = whole(1, 18).map(|n| n as u8),
        LeafMut::Duration(v) => v.0 = whole(0, u32::MAX as u64).map(|n| n as u32),
        LeafMut::Number(v) => v.0 = real(w, None),
        LeafMut::Amount(v) => v.0 = real(w, None),
        LeafMut::Multiplier(v) => v.0 = real(w, None),
        LeafMut::Percent(v) => v.0 = real(w, Some(100.0)),
        LeafMut::Hours(v) => v.0 = real(w, Some(168.0)),
        LeafMut::Text(v) => {
            const PIECES: [&str; 8] = ["", "plain", "é", "🚀", "\"", "\\", "\n", "<b>x</b>"];
            *v = if w % 97 == 1 {
                "é".repeat(5_000)
            } else {
                (0..(w >> 3) % 6)
                    .map(|i| PIECES[((w >> (8 + i * 3)) % 8) as usize])
                    .collect()
            };
        }
        LeafMut::Priority(v) => v.clone_from(
            &[
                None,
                Some(Priority::Critical),
                Some(Priority::High),
                Some(Priority::Medium),
            ][(w % 4) as usize],
        ),
        LeafMut::Timestamp(v) => {
            v.0 = if blank {
                String::new()
            } else {
                format!(
                    "20{:02}-0{}-1{}T0{}:3{}:5{}Z",
                    w % 100,
                    1 + w % 9,
                    w % 10,
                    w % 10,
                    w % 6,
                    w % 10
                )
            }
        }
        LeafMut::Currency(v) => {
            v.0 = (0..3)
                .map(|i| (b'A' + ((w >> (i * 5)) % 26) as u8) as char)
                .collect();
        }
    }
}

fn plan_from(rows: &[usize; 8], snapshots: usize, words: &[u64]) -> Plan {
    let mut plan = Plan::default();
    plan.readiness.critical_gaps.resize(rows[0], String::new());
    plan.technical
        .bottlenecks
        .resize(rows[1], Default::default());
    plan.organization.core_values.resize(rows[2], String::new());
    plan.talent.positions.resize(rows[3], Default::default());
    plan.talent.hiring_process.resize(rows[4], String::new());
    plan.automation
        .opportunities
        .resize(rows[5], Default::default());
    plan.assessment.strengths.resize(rows[6], String::new());
    plan.assessment.critical_gaps.resize(rows[7], String::new());
    plan.snapshots.resize(snapshots, Default::default());
    let mut paths = Vec::new();
    plan.walk("", &mut |path, _| paths.push(path.to_string()));
    for (i, path) in paths.iter().enumerate() {
        fill(
            plan.at_mut(path).expect("a walked path"),
            words[i % words.len()]
                .wrapping_mul(i as u64 + 1)
                .rotate_left(i as u32 % 64),
        );
    }
    plan
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_give_a_plan_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_plan(&bytes);
    }

    #[test]
    fn any_json_value_gives_a_plan_or_an_error(value in any_json()) {
        let _ = read_plan(value.to_string().as_bytes());
        let mut wrapped = json!({"format": "scaling-plan", "version": 1});
        wrapped["readiness"] = value.clone();
        let _ = read_plan(wrapped.to_string().as_bytes());
    }

    #[test]
    fn any_change_to_the_example_gives_a_plan_or_an_error(pick in any::<prop::sample::Index>(), value in any_json()) {
        let mut plan = northwind();
        let mut all = Vec::new();
        paths(&plan, &mut Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        set(&mut plan, &path, value);
        match read_plan(plan.to_string().as_bytes()) {
            Ok(read) => prop_assert_eq!(read_plan(write_plan(&read).as_bytes()).unwrap(), read),
            Err(e) => prop_assert!(!e.message.is_empty()),
        }
    }

    #[test]
    fn any_valid_plan_survives_write_then_read(
        rows in prop::array::uniform8(0usize..=20),
        snapshots in 0usize..4,
        words in prop::collection::vec(any::<u64>(), 1..64),
    ) {
        let plan = plan_from(&rows, snapshots, &words);
        let text = write_plan(&plan);
        let read = read_plan(text.as_bytes());
        prop_assert!(read.is_ok(), "{:?}", read.err());
        prop_assert_eq!(read.unwrap(), plan);
    }

    /// Share link → plan, with raw deflate as the browser's CompressionStream writes it, and
    /// the plan written sparse (blanks left out) as the app writes a link's plan.
    #[test]
    fn any_valid_plan_survives_a_share_link(
        rows in prop::array::uniform8(0usize..=20),
        snapshots in 0usize..4,
        words in prop::collection::vec(any::<u64>(), 1..64),
    ) {
        use scaling_planner::share::plan_link::{plan_link, read_plan_link};
        let plan = plan_from(&rows, snapshots, &words);
        let json = write_sparse(&plan);
        prop_assert!(json.len() <= write_plan(&plan).len());
        let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        let link = plan_link("https://x.example/app/", &json, &deflated);
        let packed = read_plan_link(&link).expect("its own link reads");
        let inflated = miniz_oxide::inflate::decompress_to_vec(&packed.deflated).expect("inflates");
        let opened = packed.open(&inflated).expect("passes its check");
        prop_assert_eq!(read_plan(opened.as_bytes()).unwrap(), plan);
    }
}
