//! How each field of a plan file is read, beyond its type's own `Deserialize`: `null` is a
//! blank, texts and lists have limits. Records use it through `#[serde(deserialize_with)]`.

use serde::de::{Deserializer, Error, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::value::{
    Amount, Count, Currency, Duration, Hours, Month, Multiplier, Number, Percent, Percentile,
    Priority, Score, Timestamp, MAX_TEXT_CHARS,
};

pub trait Field: Sized {
    /// How many entries a list of these may hold.
    const MAX_ROWS: usize = 20;

    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// `#[serde(deserialize_with = "…::read")]` for every field of a record.
pub fn read<'de, D: Deserializer<'de>, T: Field>(d: D) -> Result<T, D::Error> {
    T::read(d)
}

impl Field for String {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Option::<String>::deserialize(d)?.unwrap_or_default();
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(D::Error::custom(format!(
                "the text has {chars} characters, more than the {MAX_TEXT_CHARS} allowed"
            )));
        }
        Ok(text)
    }
}

impl Field for Option<Priority> {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Priority::read(&Value::deserialize(d)?).map_err(D::Error::custom)
    }
}

/// One row of a list, read by its field rules.
struct Row<T>(T);

impl<'de, T: Field> Deserialize<'de> for Row<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::read(d).map(Row)
    }
}

impl<T: Field> Field for Vec<T> {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let rows = Option::<Vec<Row<T>>>::deserialize(d)?.unwrap_or_default();
        if rows.len() > T::MAX_ROWS {
            return Err(D::Error::custom(format!(
                "the list has {} rows, more than the {} allowed",
                rows.len(),
                T::MAX_ROWS
            )));
        }
        Ok(rows.into_iter().map(|row| row.0).collect())
    }
}

macro_rules! own_rules {
    ($($t:ty),* $(,)?) => {$(
        impl Field for $t {
            fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <$t>::deserialize(d)
            }
        }
    )*};
}

own_rules!(
    Score, Count, Percentile, Month, Duration, Number, Amount, Multiplier, Percent, Hours,
    Timestamp, Currency,
);

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
