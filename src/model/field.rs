//! Reading a plan file's records and lists, and what serde does not check by itself.

use serde::de::Error;
use serde_json::Value;

use super::value::{join, MAX_TEXT_CHARS};
use super::walk::{unexpected, Leaf, Walk};
use super::ImportError;

/// A `null` where a text or a list belongs reads as `""` or `[]`, as a blank score reads as
/// `null`. Where each belongs is read off `shape`, a plan file with every kind of row.
pub fn blanks_to_empty(value: &mut Value, shape: &Value) {
    let empty = |shape: &Value| match shape {
        Value::String(_) => Some(Value::String(String::new())),
        Value::Array(_) => Some(Value::Array(Vec::new())),
        _ => None,
    };
    match (value, shape) {
        (Value::Object(map), Value::Object(shape)) => {
            for (key, v) in map.iter_mut() {
                if let Some(shape) = shape.get(key) {
                    match empty(shape) {
                        Some(blank) if v.is_null() => *v = blank,
                        _ => blanks_to_empty(v, shape),
                    }
                }
            }
        }
        (Value::Array(rows), Value::Array(shape)) => {
            if let Some(shape) = shape.first() {
                for row in rows {
                    match empty(shape) {
                        Some(blank) if row.is_null() => *row = blank,
                        _ => blanks_to_empty(row, shape),
                    }
                }
            }
        }
        _ => {}
    }
}

/// Refuses a text over 5,000 characters or a list with more rows than it may have.
pub fn check_limits(part: &dyn Walk, path: &str) -> Result<(), ImportError> {
    if let Some(Leaf::Text(text)) = part.leaf() {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(ImportError::at(
                path,
                format!("the text has {chars} characters, more than the {MAX_TEXT_CHARS} allowed"),
            ));
        }
    }
    if let Some((rows, max)) = part.rows() {
        if rows > max {
            return Err(ImportError::at(
                path,
                format!("the list has {rows} rows, more than the {max} allowed"),
            ));
        }
    }
    let mut result = Ok(());
    part.parts(&mut |key, inner| {
        if result.is_ok() {
            result = check_limits(inner, &join(path, key));
        }
    });
    result
}

/// Reads a record, already blank, from a JSON object: each key into its field, an unknown key
/// refused, a missing key left blank. A list is not read as a record. The errors are serde's
/// own, which `read::explain` puts in plan-format.md's words.
pub fn read_record(
    record: &mut dyn Walk,
    keys: &'static [&'static str],
    value: &Value,
) -> Result<(), serde_json::Error> {
    let Value::Object(map) = value else {
        return Err(serde_json::Error::invalid_type(
            unexpected(value),
            &"an object",
        ));
    };
    for (key, v) in map {
        match record.part_mut(key) {
            Some(field) => field.read_json(v)?,
            None => return Err(serde_json::Error::unknown_field(key, keys)),
        }
    }
    Ok(())
}
