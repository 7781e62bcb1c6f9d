//! Records (JSON objects of the plan format) seen field by field through trait objects, so that
//! reading, writing and walking are compiled once rather than once per field.

use serde_json::{Map, Value};

use super::value::{
    check_keys, expect_object, join, Amount, Count, Currency, Duration, FromJson, Hours, Month,
    Multiplier, Number, Percent, Percentile, Priority, Score, Timestamp, ToJson,
};
use super::walk::{Leaf, LeafMut, Walk};
use super::ImportError;

/// Anything stored under a key: a value, a record or a list.
pub trait Field {
    fn read(&mut self, value: &Value, path: &str) -> Result<(), ImportError>;
    fn write(&self) -> Value;
    fn walk_field(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>));
    fn walk_field_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>));
    /// Visits the value at `path` below this field (`positions.2.title`; empty for this one).
    fn at(&self, path: &str, f: &mut dyn FnMut(Leaf<'_>));
    fn at_mut(&mut self, path: &str, f: &mut dyn FnMut(LeafMut<'_>));
}

/// A plain value or a list is read whole: `whole_field!([] Score, [T: Bound] Vec<T>)`,
/// and reached by path through `$at`: a plain value is a leaf, a list's rows are numbered.
macro_rules! whole_field {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        whole_field!(@impl [$($g)*] $t, leaf_at, leaf_at_mut);
    )*};
    (@impl [$($g:tt)*] $t:ty, $at:ident, $at_mut:ident) => {
        impl<$($g)*> Field for $t {
            fn read(&mut self, value: &Value, path: &str) -> Result<(), ImportError> {
                *self = <$t>::from_json(value, path)?;
                Ok(())
            }
            fn write(&self) -> Value {
                self.to_json()
            }
            fn walk_field(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
                self.walk(path, f)
            }
            fn walk_field_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
                self.walk_mut(path, f)
            }
            fn at(&self, path: &str, f: &mut dyn FnMut(Leaf<'_>)) {
                $at(self, path, f)
            }
            fn at_mut(&mut self, path: &str, f: &mut dyn FnMut(LeafMut<'_>)) {
                $at_mut(self, path, f)
            }
        }
    };
}

whole_field!(
    [] Score, [] Count, [] Percentile, [] Month, [] Duration, [] Number, [] Amount,
    [] Multiplier, [] Percent, [] Hours, [] String, [] Option<Priority>, [] Timestamp,
    [] Currency,
);
whole_field!(@impl [T: FromJson + ToJson + Walk + Field] Vec<T>, row_at, row_at_mut);

fn leaf_at(value: &dyn Field, path: &str, f: &mut dyn FnMut(Leaf<'_>)) {
    if path.is_empty() {
        value.walk_field("", &mut |_, leaf| f(leaf));
    }
}

fn leaf_at_mut(value: &mut dyn Field, path: &str, f: &mut dyn FnMut(LeafMut<'_>)) {
    if path.is_empty() {
        value.walk_field_mut("", &mut |_, leaf| f(leaf));
    }
}

/// `("2", "title")` from `2.title`.
fn split(path: &str) -> (&str, &str) {
    path.split_once('.').unwrap_or((path, ""))
}

fn row_at<T: Field>(rows: &[T], path: &str, f: &mut dyn FnMut(Leaf<'_>)) {
    let (i, rest) = split(path);
    if let Some(row) = i.parse().ok().and_then(|i: usize| rows.get(i)) {
        row.at(rest, f);
    }
}

fn row_at_mut<T: Field>(rows: &mut [T], path: &str, f: &mut dyn FnMut(LeafMut<'_>)) {
    let (i, rest) = split(path);
    if let Some(row) = i.parse().ok().and_then(|i: usize| rows.get_mut(i)) {
        row.at_mut(rest, f);
    }
}

/// Visits the value at `path` in a record: `f` is not called when there is none.
pub fn at_fields(record: &dyn Fields, path: &str, f: &mut dyn FnMut(Leaf<'_>)) {
    let (key, rest) = split(path);
    record.fields(&mut |k, field| {
        if k == key {
            field.at(rest, f);
        }
    });
}

pub fn at_fields_mut(record: &mut dyn Fields, path: &str, f: &mut dyn FnMut(LeafMut<'_>)) {
    let (key, rest) = split(path);
    record.fields_mut(&mut |k, field| {
        if k == key {
            field.at_mut(rest, f);
        }
    });
}

/// A JSON object of the plan format: its keys and fields in document order.
pub trait Fields {
    fn fields(&self, f: &mut dyn FnMut(&'static str, &dyn Field));
    fn fields_mut(&mut self, f: &mut dyn FnMut(&'static str, &mut dyn Field));
}

/// Reads a record, refusing keys it does not have; a missing key keeps its default.
pub fn read_record<T: Fields + Default>(
    value: &Value,
    path: &str,
    keys: &[&str],
) -> Result<T, ImportError> {
    let mut out = T::default();
    read_fields(&mut out, value, path, keys)?;
    Ok(out)
}

/// Reads a JSON object into a record in place: a missing key keeps the value already there.
pub fn read_fields(
    record: &mut dyn Fields,
    value: &Value,
    path: &str,
    keys: &[&str],
) -> Result<(), ImportError> {
    let obj = expect_object(value, path)?;
    check_keys(obj, path, keys)?;
    let mut result = Ok(());
    record.fields_mut(&mut |key, field| {
        if let (Ok(()), Some(v)) = (&result, obj.get(key)) {
            result = field.read(v, &join(path, key));
        }
    });
    result
}

/// Adds a record's fields to a JSON object, in order.
pub fn write_fields(record: &dyn Fields, map: &mut Map<String, Value>) {
    record.fields(&mut |key, field| {
        map.insert(key.to_string(), field.write());
    });
}

pub fn walk_fields(record: &dyn Fields, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
    record.fields(&mut |key, field| field.walk_field(&join(path, key), f));
}

pub fn walk_fields_mut(record: &mut dyn Fields, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
    record.fields_mut(&mut |key, field| field.walk_field_mut(&join(path, key), f));
}
