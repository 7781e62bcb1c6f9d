//! The value types of plan-format.md. Each reads from JSON through `TryFrom<Value>`, so a value
//! out of range is refused with what was found and what is allowed.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const MAX_TEXT_CHARS: usize = 5_000;

/// JSON text read through the one reader the app compiles: serde_json's `from_str` beside its
/// `from_slice` would compile the parser twice (1.6 KB gzip of wasm).
pub fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_slice(text.as_bytes()).ok()
}

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

/// The number of a numeric field, `None` when blank, or why the value is not one.
fn number<'a>(value: &'a Value, what: &str) -> Result<Option<&'a serde_json::Number>, String> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(Some(n)),
        other => Err(format!(
            "found {}, expected {what} or null",
            describe(other)
        )),
    }
}

fn whole_number(value: &Value, min: u64, max: u64, what: &str) -> Result<Option<u64>, String> {
    let Some(n) = number(value, what)? else {
        return Ok(None);
    };
    let shown = n.to_string();
    let below = || format!("{shown} is below the minimum of {min}");
    let above = || format!("{shown} is above the maximum of {max}");
    let whole = if let Some(u) = n.as_u64() {
        u
    } else if n.as_i64().is_some() {
        return Err(below());
    } else {
        let f = n.as_f64().unwrap_or(f64::NAN);
        if f.fract() != 0.0 || !f.is_finite() {
            return Err(format!("{shown} is not a whole number; expected {what}"));
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

fn real_number(value: &Value, max: Option<f64>, what: &str) -> Result<Option<f64>, String> {
    let Some(n) = number(value, what)? else {
        return Ok(None);
    };
    let f = n.as_f64().unwrap_or(f64::NAN);
    let shown = n.to_string();
    if f < 0.0 {
        return Err(format!("{shown} is below the minimum of 0"));
    }
    match max {
        Some(max) if f > max => Err(format!("{shown} is above the maximum of {max}")),
        _ if !f.is_finite() => Err(format!("{shown} is too large")),
        _ => Ok(Some(f)),
    }
}

macro_rules! whole_kind {
    ($(#[$m:meta])* $name:ident: $t:ty, $min:expr, $max:expr, $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "Value")]
        pub struct $name(pub Option<$t>);

        impl $name {
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;

            pub fn value(self) -> Option<f64> {
                self.0.map(|v| v as f64)
            }
        }

        impl TryFrom<Value> for $name {
            type Error = String;

            fn try_from(value: Value) -> Result<Self, String> {
                let n = whole_number(&value, $min as u64, $max as u64, $what)?;
                // The range check above keeps the value inside the target type.
                Ok(Self(n.map(|n| n as $t)))
            }
        }
    };
}

macro_rules! real_kind {
    ($(#[$m:meta])* $name:ident, $max:expr, $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(try_from = "Value")]
        pub struct $name(pub Option<f64>);

        impl $name {
            pub const MAX: Option<f64> = $max;

            pub fn value(self) -> Option<f64> {
                self.0
            }
        }

        impl TryFrom<Value> for $name {
            type Error = String;

            fn try_from(value: Value) -> Result<Self, String> {
                real_number(&value, $max, $what).map(Self)
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "Value")]
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

impl TryFrom<Value> for Priority {
    type Error = String;

    fn try_from(value: Value) -> Result<Self, String> {
        value.as_str().and_then(Priority::from_key).ok_or_else(|| {
            format!(
                "found {}, expected \"critical\", \"high\", \"medium\" or null",
                describe(&value)
            )
        })
    }
}

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Value")]
pub struct Timestamp(pub String);

impl TryFrom<Value> for Timestamp {
    type Error = String;

    fn try_from(value: Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(Self::default()),
            Value::String(s) if s.is_empty() || is_utc_timestamp(&s) => Ok(Self(s)),
            other => Err(format!(
                "found {}, expected a UTC time such as \"2026-11-02T09:00:00Z\"",
                describe(&other)
            )),
        }
    }
}

/// ISO 4217 currency code, `USD` unless the plan says otherwise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Value")]
pub struct Currency(pub String);

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

impl TryFrom<Value> for Currency {
    type Error = String;

    fn try_from(value: Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(Self::default()),
            Value::String(s) if s.is_empty() => Ok(Self::default()),
            Value::String(s) if Currency::is_valid_code(&s) => Ok(Self(s)),
            other => Err(format!(
                "found {}, expected a three-letter ISO 4217 code such as \"USD\"",
                describe(&other)
            )),
        }
    }
}
