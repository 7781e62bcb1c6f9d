//! What serde's derive does not check by itself when reading a plan file.

use serde::de::{Deserializer, Visitor};
use serde_json::Value;

use super::value::{join, MAX_TEXT_CHARS};
use super::walk::{Leaf, Walk};
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

/// Reads a record from a JSON object only: serde's derive would also take a list of the
/// record's values in order.
pub struct Object<D>(pub D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Object<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
