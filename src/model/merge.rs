//! Three-way merge of two edits of one plan, for two tabs editing at once.

use serde_json::Value;

use super::{read_value, write_plan, Plan, Walk};

/// Merges `mine` and `theirs`, both edited from `base`: a field changed on one side only takes
/// that change; a field changed differently on both sides keeps `mine` and counts as a conflict.
pub fn merge(base: &Plan, mine: &Plan, theirs: &Plan) -> (Plan, usize) {
    let [b, m, t] = [base, mine, theirs].map(as_value);
    let mut conflicts = 0;
    let merged = merge_value(&b, &m, &t, &mut conflicts);
    match read_value(merged) {
        Ok(plan) => (plan, conflicts),
        Err(_) => (mine.clone(), conflicts.max(1)),
    }
}

fn merge_value(base: &Value, mine: &Value, theirs: &Value, conflicts: &mut usize) -> Value {
    if mine == theirs || theirs == base {
        return mine.clone();
    }
    if mine == base {
        return theirs.clone();
    }
    match (base, mine, theirs) {
        (Value::Object(b), Value::Object(m), Value::Object(t)) => Value::Object(
            m.iter()
                .map(|(key, mv)| {
                    let bv = b.get(key).unwrap_or(&Value::Null);
                    let tv = t.get(key).unwrap_or(&Value::Null);
                    (key.clone(), merge_value(bv, mv, tv, conflicts))
                })
                .collect(),
        ),
        // Rows line up by place while both sides have as many: rows added at the end (which
        // have no earlier version) or the last rows removed, on one side and taken in by the other.
        (Value::Array(b), Value::Array(m), Value::Array(t))
            if m.len() == t.len() && (b.len() <= m.len() || b.starts_with(m)) =>
        {
            Value::Array(
                m.iter()
                    .zip(t)
                    .enumerate()
                    .map(|(i, (mv, tv))| {
                        merge_value(b.get(i).unwrap_or(&Value::Null), mv, tv, conflicts)
                    })
                    .collect(),
            )
        }
        _ => {
            *conflicts += 1;
            mine.clone()
        }
    }
}

/// The plan as JSON, through the one serializer the app has (serde_json's own `to_value` would
/// compile the plan's writing a second time).
fn as_value(plan: &Plan) -> Value {
    super::value::parse_json(&write_plan(plan)).unwrap_or_default()
}

/// Puts the part of `source` under `key` (a section's id: `technical`, `talent`, …) into
/// `target`, as it is in `source`; `false`, and `target` unchanged, when there is no such part.
pub fn copy_section(target: &mut Plan, source: &Plan, key: &str) -> bool {
    if matches!(key, "format" | "version") {
        return false;
    }
    let value = as_value(source);
    let Some(from) = value.get(key) else {
        return false;
    };
    let mut copy = target.clone();
    match copy.part_mut(key).map(|part| part.read_json(from)) {
        Some(Ok(())) => {
            *target = copy;
            true
        }
        _ => false,
    }
}
