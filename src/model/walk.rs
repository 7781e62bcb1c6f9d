//! Reaching the plan's fields by JSON path (`talent.positions.2.title`), for what serde does
//! not do: the page's inputs, counting filled fields and the Markdown export.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::value::{
    join, Amount, Count, Currency, Duration, Hours, Month, Multiplier, Number, Percent, Percentile,
    Priority, Score, Timestamp,
};

/// One field of a plan, seen through [`Walk`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Leaf<'a> {
    Score(&'a Score),
    Count(&'a Count),
    Percentile(&'a Percentile),
    Month(&'a Month),
    Duration(&'a Duration),
    Number(&'a Number),
    Amount(&'a Amount),
    Multiplier(&'a Multiplier),
    Percent(&'a Percent),
    Hours(&'a Hours),
    Text(&'a String),
    Priority(&'a Option<Priority>),
    Timestamp(&'a Timestamp),
    Currency(&'a Currency),
}

#[derive(Debug)]
pub enum LeafMut<'a> {
    Score(&'a mut Score),
    Count(&'a mut Count),
    Percentile(&'a mut Percentile),
    Month(&'a mut Month),
    Duration(&'a mut Duration),
    Number(&'a mut Number),
    Amount(&'a mut Amount),
    Multiplier(&'a mut Multiplier),
    Percent(&'a mut Percent),
    Hours(&'a mut Hours),
    Text(&'a mut String),
    Priority(&'a mut Option<Priority>),
    Timestamp(&'a mut Timestamp),
    Currency(&'a mut Currency),
}

impl Leaf<'_> {
    /// Whether the user has filled this field in.
    pub fn is_filled(&self) -> bool {
        match self {
            Leaf::Score(v) => v.0.is_some(),
            Leaf::Count(v) => v.0.is_some(),
            Leaf::Percentile(v) => v.0.is_some(),
            Leaf::Month(v) => v.0.is_some(),
            Leaf::Duration(v) => v.0.is_some(),
            Leaf::Number(v) => v.0.is_some(),
            Leaf::Amount(v) => v.0.is_some(),
            Leaf::Multiplier(v) => v.0.is_some(),
            Leaf::Percent(v) => v.0.is_some(),
            Leaf::Hours(v) => v.0.is_some(),
            Leaf::Text(v) => !v.trim().is_empty(),
            Leaf::Priority(v) => v.is_some(),
            Leaf::Timestamp(v) => !v.0.is_empty(),
            Leaf::Currency(v) => !v.0.is_empty(),
        }
    }
}

/// A part of the plan: a value (a leaf), a record of named fields, or a list of rows.
pub trait Walk {
    /// Reads this part alone from JSON, as serde reads it within the whole plan.
    fn read_json(&mut self, value: &Value) -> Result<(), serde_json::Error>;

    /// A blank row, for a list.
    fn blank_row(&self) -> Option<Box<dyn Walk>> {
        None
    }

    fn leaf(&self) -> Option<Leaf<'_>> {
        None
    }

    fn leaf_mut(&mut self) -> Option<LeafMut<'_>> {
        None
    }

    /// The field or row under one key of a path (`positions`, `2`).
    fn part(&self, _key: &str) -> Option<&dyn Walk> {
        None
    }

    fn part_mut(&mut self, _key: &str) -> Option<&mut dyn Walk> {
        None
    }

    /// A record's fields with their keys, in the order of plan-format.md.
    fn fields(&self, _f: &mut dyn FnMut(&'static str, &dyn Walk)) {}

    /// How many rows a list has, and may have.
    fn rows(&self) -> Option<(usize, usize)> {
        None
    }

    /// Makes a list this many rows long, adding blank rows or dropping the last.
    fn set_rows(&mut self, _rows: usize) {}

    /// What the plan format fixes here rather than the user (`format`, `version`).
    fn fixed(&self) -> Option<Fixed> {
        None
    }

    /// How many rows a list of these may have.
    fn max_rows() -> usize
    where
        Self: Sized,
    {
        20
    }
}

impl dyn Walk + '_ {
    /// A record's fields or a list's rows, with their keys.
    pub fn parts(&self, f: &mut dyn FnMut(&str, &dyn Walk)) {
        match self.rows() {
            Some((rows, _)) => {
                for i in 0..rows {
                    let key = i.to_string();
                    if let Some(row) = self.part(&key) {
                        f(&key, row);
                    }
                }
            }
            None => self.fields(&mut |key, part| f(key, part)),
        }
    }

    /// Visits every field below this part with its JSON path, in document order.
    pub fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        match self.leaf() {
            Some(leaf) => f(path, leaf),
            None => self.parts(&mut |key, part| part.walk(&join(path, key), f)),
        }
    }

    /// The field at a path below this part; `None` when there is none, e.g. a row that is gone.
    pub fn at(&self, path: &str) -> Option<Leaf<'_>> {
        match path.split_once('.') {
            _ if path.is_empty() => self.leaf(),
            Some((key, rest)) => self.part(key)?.at(rest),
            None => self.part(path)?.leaf(),
        }
    }

    /// The score at a path below this part; `None` when no score is there.
    pub fn score_at(&self, path: &str) -> Option<Score> {
        match self.at(path)? {
            Leaf::Score(s) => Some(*s),
            _ => None,
        }
    }

    pub fn at_mut(&mut self, path: &str) -> Option<LeafMut<'_>> {
        match path.split_once('.') {
            _ if path.is_empty() => self.leaf_mut(),
            Some((key, rest)) => self.part_mut(key)?.at_mut(rest),
            None => self.part_mut(path)?.leaf_mut(),
        }
    }
}

/// A value the plan format fixes: `"format": "scaling-plan"`, `"version": 2`.
#[derive(Clone, Copy, Debug)]
pub enum Fixed {
    Text(&'static str),
    Number(u32),
}

/// A part of the plan written through serde: a field as its value, a list as its rows and a
/// record as its fields in order. One writing for every record, where a derived `Serialize`
/// compiled one for each. Sparse (the second field) leaves out blank fields and records with
/// nothing but blanks, which read back as blank: a share link's plan.
pub struct Written<'a>(pub &'a dyn Walk, pub bool);

/// Whether a part holds nothing but blanks, lists aside (a list keeps its blank rows).
fn blank(part: &dyn Walk) -> bool {
    if let Some(leaf) = part.leaf() {
        return match leaf {
            Leaf::Text(t) => t.is_empty(),
            Leaf::Timestamp(_) | Leaf::Currency(_) => false,
            other => !other.is_filled(),
        };
    }
    if part.fixed().is_some() || part.rows().is_some() {
        return false;
    }
    let mut all = true;
    part.fields(&mut |_, field| all = all && blank(field));
    all
}

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let part = self.0;
        if let Some(leaf) = part.leaf() {
            return match leaf {
                Leaf::Score(v) => v.serialize(s),
                Leaf::Count(v) => v.serialize(s),
                Leaf::Percentile(v) => v.serialize(s),
                Leaf::Month(v) => v.serialize(s),
                Leaf::Duration(v) => v.serialize(s),
                Leaf::Number(v) => v.serialize(s),
                Leaf::Amount(v) => v.serialize(s),
                Leaf::Multiplier(v) => v.serialize(s),
                Leaf::Percent(v) => v.serialize(s),
                Leaf::Hours(v) => v.serialize(s),
                Leaf::Text(v) => s.serialize_str(v),
                Leaf::Priority(v) => v.serialize(s),
                Leaf::Timestamp(v) => v.serialize(s),
                Leaf::Currency(v) => v.serialize(s),
            };
        }
        match part.fixed() {
            Some(Fixed::Text(text)) => return s.serialize_str(text),
            Some(Fixed::Number(n)) => return s.serialize_u32(n),
            None => {}
        }
        let mut result = Ok(());
        if let Some((rows, _)) = part.rows() {
            let mut seq = s.serialize_seq(Some(rows))?;
            part.parts(&mut |_, row| {
                if result.is_ok() {
                    result = seq.serialize_element(&Written(row, self.1));
                }
            });
            result?;
            return seq.end();
        }
        let mut map = s.serialize_map(None)?;
        part.fields(&mut |key, field| {
            if result.is_ok() && !(self.1 && blank(field)) {
                result = map.serialize_entry(key, &Written(field, self.1));
            }
        });
        result?;
        map.end()
    }
}

/// Whether two parts of the same kind hold the same values: field by field, row by row. One
/// comparison for every record, where a derived `PartialEq` compiled one for each.
pub fn same(a: &dyn Walk, b: &dyn Walk) -> bool {
    if let (Some(x), Some(y)) = (a.leaf(), b.leaf()) {
        return x == y;
    }
    if a.rows().map(|r| r.0) != b.rows().map(|r| r.0) {
        return false;
    }
    let mut equal = true;
    a.parts(&mut |key, part| {
        equal = equal && b.part(key).is_some_and(|other| same(part, other));
    });
    equal
}

/// Copies every value of `from` into `to`, a part of the same kind: field by field, row by row.
/// One copy for every record, where a derived `Clone` compiled one for each.
pub fn copy_into(to: &mut dyn Walk, from: &dyn Walk) {
    if let (Some(leaf), Some(target)) = (from.leaf(), to.leaf_mut()) {
        match (target, leaf) {
            (LeafMut::Score(t), Leaf::Score(v)) => *t = *v,
            (LeafMut::Count(t), Leaf::Count(v)) => *t = *v,
            (LeafMut::Percentile(t), Leaf::Percentile(v)) => *t = *v,
            (LeafMut::Month(t), Leaf::Month(v)) => *t = *v,
            (LeafMut::Duration(t), Leaf::Duration(v)) => *t = *v,
            (LeafMut::Number(t), Leaf::Number(v)) => *t = *v,
            (LeafMut::Amount(t), Leaf::Amount(v)) => *t = *v,
            (LeafMut::Multiplier(t), Leaf::Multiplier(v)) => *t = *v,
            (LeafMut::Percent(t), Leaf::Percent(v)) => *t = *v,
            (LeafMut::Hours(t), Leaf::Hours(v)) => *t = *v,
            (LeafMut::Text(t), Leaf::Text(v)) => t.clone_from(v),
            (LeafMut::Priority(t), Leaf::Priority(v)) => *t = *v,
            (LeafMut::Timestamp(t), Leaf::Timestamp(v)) => t.clone_from(v),
            (LeafMut::Currency(t), Leaf::Currency(v)) => t.clone_from(v),
            _ => {}
        }
        return;
    }
    if let Some((rows, _)) = from.rows() {
        to.set_rows(rows);
    }
    from.parts(&mut |key, part| {
        if let Some(target) = to.part_mut(key) {
            copy_into(target, part);
        }
    });
}

/// [`Walk`]'s paths, called on a part's own type. They are written once, for `dyn Walk`, and
/// not as trait methods that every record and leaf type would compile a copy of.
pub trait Reach: Walk + Sized {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        (self as &dyn Walk).walk(path, f)
    }

    fn at(&self, path: &str) -> Option<Leaf<'_>> {
        (self as &dyn Walk).at(path)
    }

    fn score_at(&self, path: &str) -> Option<Score> {
        (self as &dyn Walk).score_at(path)
    }

    fn at_mut(&mut self, path: &str) -> Option<LeafMut<'_>> {
        (self as &mut dyn Walk).at_mut(path)
    }
}

impl<T: Walk> Reach for T {}

/// A value type that is one kind of [`Leaf`].
pub trait FromLeaf: Copy {
    fn from_leaf(leaf: Leaf<'_>) -> Option<Self>;
}

/// The fields of a record that are of kind `T`, with their keys: the scores of a scorecard
/// group, the head counts of a plan.
pub fn values<T: FromLeaf>(record: &dyn Walk) -> Vec<(&'static str, T)> {
    let mut out = Vec::new();
    record.fields(&mut |key, part| {
        if let Some(v) = part.leaf().and_then(T::from_leaf) {
            out.push((key, v));
        }
    });
    out
}

macro_rules! leaves {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl Walk for $t {
            fn read_json(&mut self, value: &Value) -> Result<(), serde_json::Error> {
                *self = <$t>::deserialize(value)?;
                Ok(())
            }

            fn leaf(&self) -> Option<Leaf<'_>> {
                Some(Leaf::$variant(self))
            }
            fn leaf_mut(&mut self) -> Option<LeafMut<'_>> {
                Some(LeafMut::$variant(self))
            }
        }
    )*};
}

leaves!(
    Score => Score,
    Count => Count,
    Percentile => Percentile,
    Month => Month,
    Duration => Duration,
    Number => Number,
    Amount => Amount,
    Multiplier => Multiplier,
    Percent => Percent,
    Hours => Hours,
    String => Text,
    Option<Priority> => Priority,
    Timestamp => Timestamp,
    Currency => Currency,
);

macro_rules! from_leaf {
    ($($t:ident),* $(,)?) => {$(
        impl FromLeaf for $t {
            fn from_leaf(leaf: Leaf<'_>) -> Option<Self> {
                match leaf {
                    Leaf::$t(v) => Some(*v),
                    _ => None,
                }
            }
        }
    )*};
}

from_leaf!(Score, Count, Percent);

impl<T: Walk + Default + 'static> Walk for Vec<T> {
    fn read_json(&mut self, value: &Value) -> Result<(), serde_json::Error> {
        let Value::Array(rows) = value else {
            let found = unexpected(value);
            return Err(serde::de::Error::invalid_type(found, &"a sequence"));
        };
        self.clear();
        for row in rows {
            let mut blank = T::default();
            blank.read_json(row)?;
            self.push(blank);
        }
        Ok(())
    }

    fn blank_row(&self) -> Option<Box<dyn Walk>> {
        Some(Box::new(T::default()))
    }

    fn rows(&self) -> Option<(usize, usize)> {
        Some((self.len(), T::max_rows()))
    }

    fn set_rows(&mut self, rows: usize) {
        self.resize_with(rows, T::default);
    }

    fn part(&self, key: &str) -> Option<&dyn Walk> {
        let row = self.get(key.parse::<usize>().ok()?)?;
        Some(row)
    }

    fn part_mut(&mut self, key: &str) -> Option<&mut dyn Walk> {
        let row = self.get_mut(key.parse::<usize>().ok()?)?;
        Some(row)
    }
}

/// What serde calls the kind of a JSON value in its "invalid type" message.
pub fn unexpected(value: &Value) -> serde::de::Unexpected<'_> {
    match value {
        Value::Null => serde::de::Unexpected::Unit,
        Value::Bool(b) => serde::de::Unexpected::Bool(*b),
        Value::Number(n) => match n.as_f64() {
            Some(f) => serde::de::Unexpected::Float(f),
            None => serde::de::Unexpected::Other("number"),
        },
        Value::String(s) => serde::de::Unexpected::Str(s),
        Value::Array(_) => serde::de::Unexpected::Seq,
        Value::Object(_) => serde::de::Unexpected::Map,
    }
}
