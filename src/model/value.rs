use serde_json::{Map, Value};

use super::walk::{Leaf, LeafMut, Walk};
use super::ImportError;

/// Reading a plan from JSON, with the JSON path of whatever is being read.
pub trait FromJson: Sized {
    /// How many entries a list of these may hold.
    const MAX_ROWS: usize = 20;

    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError>;
}

/// Writing a plan as JSON, keys in the order of plan-format.md.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

pub const MAX_TEXT_CHARS: usize = 5_000;

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// How a JSON value is named in an error message.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            if shown.len() < s.len() {
                format!("the text \"{shown}…\"")
            } else {
                format!("the text \"{shown}\"")
            }
        }
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

pub fn expect_object<'a>(
    value: &'a Value,
    path: &str,
) -> Result<&'a Map<String, Value>, ImportError> {
    value.as_object().ok_or_else(|| {
        ImportError::at(
            path,
            format!("found {}, expected an object", describe(value)),
        )
    })
}

pub fn check_keys(
    obj: &Map<String, Value>,
    path: &str,
    allowed: &[&str],
) -> Result<(), ImportError> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        None => Ok(()),
        Some(key) => Err(ImportError::at(
            &join(path, key),
            format!(
                "\"{key}\" is not a known key; allowed here: {}",
                allowed.join(", ")
            ),
        )),
    }
}

fn whole_number(
    value: &Value,
    path: &str,
    min: u64,
    max: u64,
    what: &str,
) -> Result<Option<u64>, ImportError> {
    let n = match value {
        Value::Null => return Ok(None),
        Value::Number(n) => n,
        other => {
            return Err(ImportError::at(
                path,
                format!("found {}, expected {what} or null", describe(other)),
            ))
        }
    };
    let shown = n.to_string();
    let below = || ImportError::at(path, format!("{shown} is below the minimum of {min}"));
    let above = || ImportError::at(path, format!("{shown} is above the maximum of {max}"));
    let whole = if let Some(u) = n.as_u64() {
        u
    } else if n.as_i64().is_some() {
        return Err(below());
    } else {
        let f = n.as_f64().unwrap_or(f64::NAN);
        if f.fract() != 0.0 || !f.is_finite() {
            return Err(ImportError::at(
                path,
                format!("{shown} is not a whole number; expected {what}"),
            ));
        }
        if f < min as f64 {
            return Err(below());
        }
        if f > max as f64 {
            return Err(above());
        }
        f as u64
    };
    if whole < min {
        return Err(below());
    }
    if whole > max {
        return Err(above());
    }
    Ok(Some(whole))
}

fn real_number(
    value: &Value,
    path: &str,
    max: Option<f64>,
    what: &str,
) -> Result<Option<f64>, ImportError> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(f64::NAN);
            let shown = n.to_string();
            if f < 0.0 {
                return Err(ImportError::at(
                    path,
                    format!("{shown} is below the minimum of 0"),
                ));
            }
            match max {
                Some(max) if f > max => Err(ImportError::at(
                    path,
                    format!("{shown} is above the maximum of {max}"),
                )),
                _ if !f.is_finite() => Err(ImportError::at(path, format!("{shown} is too large"))),
                _ => Ok(Some(f)),
            }
        }
        other => Err(ImportError::at(
            path,
            format!("found {}, expected {what} or null", describe(other)),
        )),
    }
}

macro_rules! whole_kind {
    ($(#[$m:meta])* $name:ident: $t:ty, $min:expr, $max:expr, $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(pub Option<$t>);

        impl $name {
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;
            pub const WHAT: &'static str = $what;

            pub fn value(self) -> Option<f64> {
                self.0.map(|v| v as f64)
            }
        }

        impl ToJson for $name {
            fn to_json(&self) -> Value {
                self.0.map_or(Value::Null, Value::from)
            }
        }

        impl FromJson for $name {
            fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
                let n = whole_number(value, path, $min as u64, $max as u64, $what)?;
                // The range check above keeps the value inside the target type.
                Ok(Self(n.map(|n| n as $t)))
            }
        }
    };
}

macro_rules! real_kind {
    ($(#[$m:meta])* $name:ident, $max:expr, $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq)]
        pub struct $name(pub Option<f64>);

        impl $name {
            pub const MAX: Option<f64> = $max;
            pub const WHAT: &'static str = $what;

            pub fn value(self) -> Option<f64> {
                self.0
            }
        }

        impl ToJson for $name {
            fn to_json(&self) -> Value {
                self.0.map_or(Value::Null, Value::from)
            }
        }

        impl FromJson for $name {
            fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
                real_number(value, path, $max, $what).map(Self)
            }
        }
    };
}

whole_kind!(
    /// 0–10, from the worksheet's `___/10` blanks.
    Score: u8, 0, 10, "a score: a whole number from 0 to 10"
);
whole_kind!(Count: u64, 0, u64::MAX, "a count: a whole number of 0 or more");
whole_kind!(Percentile: u8, 1, 99, "a percentile: a whole number from 1 to 99");
whole_kind!(
    /// A month of the plan, 1 being the first.
    Month: u8, 1, 18, "a month of the plan: a whole number from 1 to 18"
);
whole_kind!(
    /// A duration in whole months or weeks.
    Duration: u32, 0, u32::MAX, "a duration: a whole number of 0 or more"
);

real_kind!(Number, None, "a number of 0 or more");
real_kind!(Amount, None, "an amount of money of 0 or more");
real_kind!(
    /// `10` means ten times the current figure.
    Multiplier,
    None,
    "a multiplier of 0 or more"
);
real_kind!(Percent, Some(100.0), "a percent from 0 to 100");
real_kind!(Hours, Some(168.0), "hours per week, from 0 to 168");

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for Option<Priority> {
    fn to_json(&self) -> Value {
        self.map_or(Value::Null, |p| Value::String(p.key().into()))
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl FromJson for String {
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        match value {
            Value::Null => Ok(String::new()),
            Value::String(s) => {
                let chars = s.chars().count();
                if chars > MAX_TEXT_CHARS {
                    Err(ImportError::at(
                        path,
                        format!("the text has {chars} characters, more than the {MAX_TEXT_CHARS} allowed"),
                    ))
                } else {
                    Ok(s.clone())
                }
            }
            other => Err(ImportError::at(
                path,
                format!("found {}, expected text", describe(other)),
            )),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Priority {
    Critical,
    High,
    Medium,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Critical, Priority::High, Priority::Medium];

    pub fn key(self) -> &'static str {
        match self {
            Priority::Critical => "critical",
            Priority::High => "high",
            Priority::Medium => "medium",
        }
    }

    pub fn from_key(key: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl FromJson for Option<Priority> {
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        let bad = || {
            ImportError::at(
                path,
                format!(
                    "found {}, expected \"critical\", \"high\", \"medium\" or null",
                    describe(value)
                ),
            )
        };
        match value {
            Value::Null => Ok(None),
            Value::String(s) => Priority::from_key(s).map(Some).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        let items = match value {
            Value::Null => return Ok(Vec::new()),
            Value::Array(items) => items,
            other => {
                return Err(ImportError::at(
                    path,
                    format!("found {}, expected a list", describe(other)),
                ))
            }
        };
        if items.len() > T::MAX_ROWS {
            return Err(ImportError::at(
                path,
                format!(
                    "the list has {} rows, more than the {} allowed",
                    items.len(),
                    T::MAX_ROWS
                ),
            ));
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item, &join(path, &i.to_string())))
            .collect()
    }
}

macro_rules! leaf_walk {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl Walk for $t {
            fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
                f(path, Leaf::$variant(self));
            }
            fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
                f(path, LeafMut::$variant(self));
            }
        }
    )*};
}

leaf_walk!(
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
);

/// RFC 3339 UTC, as `2026-11-02T09:00:00Z` with optional fractional seconds.
pub fn is_utc_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || b[b.len() - 1] != b'Z' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(99);
    let shape = digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !shape {
        return false;
    }
    let fraction = &b[19..b.len() - 1];
    let fraction_ok = fraction.is_empty()
        || (fraction.len() > 1
            && fraction[0] == b'.'
            && fraction[1..].iter().all(u8::is_ascii_digit));
    fraction_ok
        && (1..=12).contains(&num(5..7))
        && (1..=31).contains(&num(8..10))
        && num(11..13) < 24
        && num(14..16) < 60
        && num(17..19) < 61
}

/// A timestamp field: empty, or RFC 3339 UTC.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timestamp(pub String);

impl ToJson for Timestamp {
    fn to_json(&self) -> Value {
        Value::String(self.0.clone())
    }
}

impl FromJson for Timestamp {
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        match value {
            Value::Null => Ok(Self::default()),
            Value::String(s) if s.is_empty() || is_utc_timestamp(s) => Ok(Self(s.clone())),
            other => Err(ImportError::at(
                path,
                format!(
                    "found {}, expected a UTC time such as \"2026-11-02T09:00:00Z\"",
                    describe(other)
                ),
            )),
        }
    }
}

/// ISO 4217 currency code, `USD` unless the plan says otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency(pub String);

impl ToJson for Currency {
    fn to_json(&self) -> Value {
        Value::String(self.0.clone())
    }
}

impl Default for Currency {
    fn default() -> Self {
        Self("USD".into())
    }
}

impl Currency {
    pub fn is_valid_code(s: &str) -> bool {
        s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
    }
}

impl FromJson for Currency {
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        match value {
            Value::Null => Ok(Self::default()),
            Value::String(s) if s.is_empty() => Ok(Self::default()),
            Value::String(s) if Currency::is_valid_code(s) => Ok(Self(s.clone())),
            other => Err(ImportError::at(
                path,
                format!(
                    "found {}, expected a three-letter ISO 4217 code such as \"USD\"",
                    describe(other)
                ),
            )),
        }
    }
}

leaf_walk!(Timestamp => Timestamp, Currency => Currency);
