//! Turning what a person types into a field's value, or a message saying why not.

use super::fields::{at_fields, at_fields_mut};
use super::value::{
    Amount, Count, Duration, Hours, Month, Multiplier, Number, Percent, Percentile, Priority, Score,
};
use super::walk::{Leaf, LeafMut};
use super::Plan;

/// A typed-in value that cannot be stored; the field keeps its last valid value.
pub type EntryError = String;

fn clean(text: &str) -> String {
    text.trim().replace([',', '_', ' ', '\u{a0}'], "")
}

/// Reads what has been typed so far as a number: `-12.5`, `007`, `1200.` or `.5`; no exponents.
/// The text is made a JSON number for serde_json's parser, which the bundle needs anyway, so
/// that it carries one float parser rather than two.
fn decimal(text: &str) -> Option<f64> {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || int.len() + frac.len() == 0 {
        return None;
    }
    let int = match int.trim_start_matches('0') {
        "" => "0",
        int => int,
    };
    let json = if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    };
    serde_json::from_str(&json).ok()
}

fn whole(text: &str, min: u64, max: u64, what: &str) -> Result<Option<u64>, EntryError> {
    let t = clean(text);
    if t.is_empty() {
        return Ok(None);
    }
    let Some(n) = decimal(&t) else {
        return Err(format!("Enter {what}."));
    };
    if n.fract() != 0.0 {
        return Err(format!("{t} is not a whole number. Enter {what}."));
    }
    if n < min as f64 {
        return Err(format!("{t} is below the minimum of {min}."));
    }
    if n > max as f64 {
        return Err(format!("{t} is above the maximum of {max}."));
    }
    Ok(Some(n as u64))
}

fn real(text: &str, max: Option<f64>, what: &str) -> Result<Option<f64>, EntryError> {
    let t = clean(text);
    let t = t
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches(['%', 'x', 'X', 'h']);
    if t.is_empty() {
        return Ok(None);
    }
    let Some(n) = decimal(t) else {
        return Err(format!("Enter {what}."));
    };
    if !n.is_finite() {
        return Err(format!("Enter {what}."));
    }
    if n < 0.0 {
        return Err(format!("{t} is below the minimum of 0."));
    }
    match max {
        Some(max) if n > max => Err(format!("{t} is above the maximum of {max}.")),
        _ => Ok(Some(n)),
    }
}

/// A field kind that can be typed into a text box.
pub trait Entry: Sized + Copy + PartialEq {
    fn parse(text: &str) -> Result<Self, EntryError>;
    /// The text a field shows for a stored value, e.g. `120000` or `62.5`.
    fn to_text(self) -> String;
}

macro_rules! whole_entry {
    ($($t:ident: $inner:ty, $what:literal);* $(;)?) => {$(
        impl Entry for $t {
            fn parse(text: &str) -> Result<Self, EntryError> {
                whole(text, $t::MIN as u64, $t::MAX as u64, $what).map(|n| $t(n.map(|n| n as $inner)))
            }
            fn to_text(self) -> String {
                self.0.map(|n| n.to_string()).unwrap_or_default()
            }
        }
    )*};
}

macro_rules! real_entry {
    ($($t:ident, $what:literal);* $(;)?) => {$(
        impl Entry for $t {
            fn parse(text: &str) -> Result<Self, EntryError> {
                real(text, $t::MAX, $what).map($t)
            }
            fn to_text(self) -> String {
                self.0
                    .map(|n| crate::format::group_digits(&crate::scoring::format_number(n)))
                    .unwrap_or_default()
            }
        }
    )*};
}

whole_entry!(
    Score: u8, "a whole number from 0 to 10";
    Percentile: u8, "a whole number from 1 to 99";
    Month: u8, "a month from 1 to 18";
    Duration: u32, "a whole number of 0 or more";
);

real_entry!(
    Number, "a number of 0 or more";
    Amount, "an amount of 0 or more";
    Multiplier, "a multiplier of 0 or more, such as 10 for 10x";
    Percent, "a percent from 0 to 100";
    Hours, "hours per week from 0 to 168";
);

impl Entry for Count {
    fn parse(text: &str) -> Result<Self, EntryError> {
        whole(text, Count::MIN, Count::MAX, "a whole number of 0 or more").map(Count)
    }

    /// Large counts read with thousands separators: `2,500,000`.
    fn to_text(self) -> String {
        self.0
            .map(|n| crate::format::group_digits(&n.to_string()))
            .unwrap_or_default()
    }
}

/// Parses `text` as the kind of `current`: the value written out, and whether it differs.
fn check<T: Entry>(current: T, text: &str) -> Result<(String, bool), EntryError> {
    let value = T::parse(text)?;
    Ok((value.to_text(), value != current))
}

fn put<T: Entry>(slot: &mut T, text: &str) -> Result<(), EntryError> {
    *slot = T::parse(text)?;
    Ok(())
}

/// Applies `$f` to the value inside any number leaf; other leaves take `$other`.
macro_rules! by_kind {
    ($leaf:expr, $kind:ident, $v:ident => $f:expr, $other:pat => $o:expr) => {
        match $leaf {
            $kind::Score($v) => $f,
            $kind::Count($v) => $f,
            $kind::Percentile($v) => $f,
            $kind::Month($v) => $f,
            $kind::Duration($v) => $f,
            $kind::Number($v) => $f,
            $kind::Amount($v) => $f,
            $kind::Multiplier($v) => $f,
            $kind::Percent($v) => $f,
            $kind::Hours($v) => $f,
            $other => $o,
        }
    };
}

impl Leaf<'_> {
    /// The text a field shows for this value: a number written out, a text, a priority's key.
    pub fn text(&self) -> String {
        by_kind!(*self, Leaf, v => v.to_text(), other => match other {
            Leaf::Text(t) => t.clone(),
            Leaf::Priority(p) => p.map_or("", Priority::key).to_string(),
            Leaf::Timestamp(t) => t.0.clone(),
            Leaf::Currency(c) => c.0.clone(),
            _ => String::new(),
        })
    }

    /// What typing `text` here would store, written out, and whether that is a change.
    pub fn check(&self, text: &str) -> Result<(String, bool), EntryError> {
        by_kind!(*self, Leaf, v => check(*v, text), other => match other {
            Leaf::Text(t) => Ok((text.to_string(), t != text)),
            Leaf::Priority(p) => {
                let value = Priority::from_key(text);
                Ok((value.map_or("", Priority::key).to_string(), *p != value))
            }
            _ => Err("This field cannot be changed here.".to_string()),
        })
    }
}

impl LeafMut<'_> {
    /// Stores typed text, or says why it cannot be stored and leaves the value as it was.
    pub fn enter(self, text: &str) -> Result<(), EntryError> {
        by_kind!(self, LeafMut, v => put(v, text), other => match other {
            LeafMut::Text(t) => {
                *t = text.to_string();
                Ok(())
            }
            LeafMut::Priority(p) => {
                *p = Priority::from_key(text);
                Ok(())
            }
            _ => Err("This field cannot be changed here.".to_string()),
        })
    }
}

impl Plan {
    /// The text of the field at a JSON path (`talent.positions.0.salary_min`); blank when the
    /// plan has no such field, e.g. a row that is gone.
    pub fn text_at(&self, path: &str) -> String {
        let mut out = String::new();
        at_fields(self, path, &mut |leaf| out = leaf.text());
        out
    }

    /// What typing `text` into the field at `path` would store, and whether it is a change.
    pub fn check_at(&self, path: &str, text: &str) -> Result<(String, bool), EntryError> {
        let mut out = Err(format!("The plan has no field {path}."));
        at_fields(self, path, &mut |leaf| out = leaf.check(text));
        out
    }

    /// Stores typed text in the field at `path`; on an error the plan is unchanged.
    pub fn enter_at(&mut self, path: &str, text: &str) -> Result<(), EntryError> {
        let mut out = Err(format!("The plan has no field {path}."));
        at_fields_mut(self, path, &mut |leaf| out = leaf.enter(text));
        out
    }
}
