use serde_json::{Map, Value};

use super::value::ToJson;
use super::Plan;

/// An array of plain values stays on one line up to this many characters.
const INLINE_WIDTH: usize = 160;

/// Writes a plan as plan-format.md lays it out: keys in document order, blanks
/// as `null` / `""`, two-space indentation, and each object of plain values on
/// one line, as in `examples/northwind.json`.
pub fn write_plan(plan: &Plan) -> String {
    let value = plan.to_json();
    let mut out = String::new();
    write_value(&mut out, &value, 0, 0);
    out.push('\n');
    out
}

fn is_plain(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

fn write_value(out: &mut String, value: &Value, depth: usize, line_start: usize) {
    match value {
        Value::Object(map) if depth >= 2 && map.values().all(is_plain) => {
            write_inline_object(out, map)
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (key, item)) in map.iter().enumerate() {
                let line = out.len();
                indent(out, depth + 1);
                write_string(out, key);
                out.push_str(": ");
                write_value(out, item, depth + 1, line);
                if i + 1 < map.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            indent(out, depth);
            out.push('}');
        }
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            if items.iter().all(is_plain) {
                let mark = out.len();
                write_inline_array(out, items);
                if out.len() - line_start <= INLINE_WIDTH {
                    return;
                }
                out.truncate(mark);
            }
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                let line = out.len();
                indent(out, depth + 1);
                write_value(out, item, depth + 1, line);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            indent(out, depth);
            out.push(']');
        }
        plain => write_plain(out, plain),
    }
}

fn write_inline_object(out: &mut String, map: &Map<String, Value>) {
    if map.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push_str("{ ");
    for (i, (key, item)) in map.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_string(out, key);
        out.push_str(": ");
        write_plain(out, item);
    }
    out.push_str(" }");
}

fn write_inline_array(out: &mut String, items: &[Value]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_plain(out, item);
    }
    out.push(']');
}

fn write_plain(out: &mut String, value: &Value) {
    match value {
        Value::Number(n) => out.push_str(&format_number(n)),
        Value::String(s) => write_string(out, s),
        other => out.push_str(&other.to_string()),
    }
}

/// Whole numbers print without a fraction (`170000`, not `170000.0`).
fn format_number(n: &serde_json::Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => {
            format!("{}", f as i64)
        }
        _ => n.to_string(),
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).unwrap_or_default());
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}
