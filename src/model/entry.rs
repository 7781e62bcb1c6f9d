//! Turning what a person types into a field's value, or a message saying why not.

use super::value::{
    Amount, Count, Duration, Hours, Month, Multiplier, Number, Percent, Percentile, Priority, Score,
};
use super::walk::{Leaf, LeafMut, Reach};
use super::Plan;

/// A typed-in value that cannot be stored; the plan is left as it was.
pub type EntryError = String;

/// Signs that may come before or after an amount: `$1,200`, `1 200 €`.
const CURRENCY: [char; 4] = ['$', '€', '£', '¥'];
/// Units that may follow a number: `40%`, `10x`, `20h`.
const UNITS: [char; 4] = ['%', 'x', 'X', 'h'];

/// The kind of a character that may group the digits of a number's whole part in threes:
/// a comma, an underscore, or a space (plain, no-break, thin or narrow no-break, all one kind).
fn grouping(c: char) -> Option<char> {
    match c {
        ',' | '_' => Some(c),
        ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' => Some(' '),
        _ => None,
    }
}

/// Whether the grouping in `number` (sign and digits, no currency or unit) stands only between
/// thousands: one kind of separator, in the whole part only, a first group of one to three
/// digits not starting with 0 and every later group of exactly three (`1,200`, `12,345,678.9`).
/// A number without separators is always well grouped.
fn well_grouped(number: &str) -> bool {
    let number = number.strip_prefix('-').map_or(number, |rest| {
        rest.trim_start_matches(|c| grouping(c) == Some(' '))
    });
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    if frac.chars().any(|c| grouping(c).is_some()) {
        return false;
    }
    let mut kinds = int.chars().filter_map(grouping);
    let Some(kind) = kinds.next() else {
        return true;
    };
    if kinds.any(|k| k != kind) {
        return false;
    }
    let mut groups = int.split(|c| grouping(c).is_some());
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && !first.starts_with('0') && groups.all(|g| g.len() == 3)
}

/// What typed text says as a number.
enum Read {
    Blank,
    /// The number without its grouping (`-1200.5`), and its value.
    Number(String, f64),
    /// Digits that would be a number but for where their separators stand (`2,5`).
    Misgrouped,
    NotANumber,
}

/// Reads typed text; `affixed` kinds also take a currency sign before or after and a unit after.
fn read(text: &str, affixed: bool) -> Read {
    let mut t = text.trim();
    if affixed {
        t = t
            .trim_start_matches(|c: char| CURRENCY.contains(&c) || c.is_whitespace())
            .trim_end_matches(|c: char| {
                UNITS.contains(&c) || CURRENCY.contains(&c) || c.is_whitespace()
            });
    }
    if t.is_empty() {
        return Read::Blank;
    }
    let plain: String = t.chars().filter(|&c| grouping(c).is_none()).collect();
    match decimal(&plain) {
        None => Read::NotANumber,
        Some(_) if !well_grouped(t) => Read::Misgrouped,
        Some(n) => Read::Number(plain, n),
    }
}

/// Why misgrouped text is refused where a number may have a fraction. When swapping its commas
/// and dots makes a number with a fraction (`2,5`, `1.000,5`), the comma was meant as a decimal
/// point: that form is suggested.
fn misgrouped(text: &str) -> EntryError {
    let typed = text.trim();
    let swapped: String = typed
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect();
    match read(&swapped, true) {
        Read::Number(plain, _) if plain.split_once('.').is_some_and(|(_, f)| !f.is_empty()) => {
            format!(
                "“{typed}” was not understood: use a dot for decimals ({swapped}) and commas \
                 only between thousands (2,500)."
            )
        }
        _ => format!(
            "“{typed}” was not understood: use a dot for decimals and commas only between \
             thousands (1,234.5)."
        ),
    }
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
    super::value::parse_json(&json)
}

/// Reads a whole number exactly (not through a float, so that every `u64` comes back as
/// written); a fraction of zeros (`7.0`) is whole.
fn whole(text: &str, min: u64, max: u64, what: &str) -> Result<Option<u64>, EntryError> {
    let t = match read(text, false) {
        Read::Blank => return Ok(None),
        Read::Number(t, _) => t,
        // Not the decimal point's form: no fraction is taken here.
        Read::Misgrouped => {
            return Err(format!(
                "“{}” was not understood: enter {what}.",
                text.trim()
            ))
        }
        Read::NotANumber => return Err(format!("Enter {what}.")),
    };
    unclear(text, &t)?;
    let (negative, unsigned) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.as_str()),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if frac.bytes().any(|b| b != b'0') {
        return Err(format!("{t} is not a whole number. Enter {what}."));
    }
    // `None` when the digits overflow a u64.
    let n = match int.trim_start_matches('0') {
        "" => Some(0),
        digits => digits.parse::<u64>().ok(),
    };
    match n {
        Some(n) if (negative && n > 0) || n < min => {
            Err(format!("{t} is below the minimum of {min}."))
        }
        None if negative => Err(format!("{t} is below the minimum of {min}.")),
        Some(n) if n <= max => Ok(Some(n)),
        _ => Err(format!("{t} is above the maximum of {max}.")),
    }
}

/// "1.200" is twelve hundred where a dot groups thousands, and 1.2 here: a number written so
/// (`number`, its sign and digits) is asked about rather than taken as 1.2. Only with a last 0,
/// which the app never shows, so that it never refuses a number as it shows it: 1.125.
fn unclear(text: &str, number: &str) -> Result<(), EntryError> {
    match number.split_once('.') {
        Some((int, frac))
            if (1..=3).contains(&int.len())
                && !int.starts_with('0')
                && frac.len() == 3
                && frac.ends_with('0')
                && !text.contains(',') =>
        {
            let short = format!("{int}.{frac}");
            Err(format!(
                "“{}” is unclear: type {int}{frac} (or {int},{frac}) for the thousands, or just {}.",
                text.trim(),
                short.trim_end_matches('0').trim_end_matches('.')
            ))
        }
        _ => Ok(()),
    }
}

fn real(text: &str, max: Option<f64>, what: &str) -> Result<Option<f64>, EntryError> {
    let (t, n) = match read(text, true) {
        Read::Blank => return Ok(None),
        Read::Number(t, n) => (t, n),
        Read::Misgrouped => return Err(misgrouped(text)),
        Read::NotANumber => return Err(format!("Enter {what}.")),
    };
    unclear(text, &t)?;
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
                    .map(|n| super::group_digits(&super::format_number(n)))
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
        whole(
            text,
            Count::MIN,
            Count::MAX,
            "a whole number of 0 or more, such as 2,500",
        )
        .map(Count)
    }

    /// Large counts read with thousands separators: `2,500,000`.
    fn to_text(self) -> String {
        self.0
            .map(|n| super::group_digits(&n.to_string()))
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
                let chars = text.chars().count();
                if chars > super::value::MAX_TEXT_CHARS {
                    return Err(format!(
                        "This text has {chars} characters, more than the 5,000 a field may hold."
                    ));
                }
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
        self.at(path).map(|leaf| leaf.text()).unwrap_or_default()
    }

    /// What typing `text` into the field at `path` would store, and whether it is a change.
    pub fn check_at(&self, path: &str, text: &str) -> Result<(String, bool), EntryError> {
        match self.at(path) {
            Some(leaf @ Leaf::Amount(_)) => leaf.check(self.amount_text(text)?),
            Some(leaf) => leaf.check(text),
            None => Err(format!("The plan has no field {path}.")),
        }
    }

    /// Typed text as an amount of this plan reads it: refused with another currency's sign,
    /// and without the plan's own code.
    fn amount_text<'a>(&self, text: &'a str) -> Result<&'a str, EntryError> {
        match self.foreign_sign(text) {
            Some(sign) => Err(format!(
                "This plan is in {}: “{sign}” is another currency's sign. Type the amount \
                 alone, or change the plan's currency.",
                self.meta.currency.0
            )),
            None => Ok(self.without_code(text)),
        }
    }

    /// An amount typed with this plan's currency code before or after it ("EUR 1,200",
    /// "1200 eur"), without it.
    fn without_code<'a>(&self, text: &'a str) -> &'a str {
        let (text, code) = (text.trim(), self.meta.currency.0.as_str());
        let is_code = |part: Option<&str>| part.is_some_and(|p| p.eq_ignore_ascii_case(code));
        let end = text.len().saturating_sub(code.len());
        let amount = if is_code(text.get(..code.len())) {
            &text[code.len()..]
        } else if is_code(text.get(end..)) {
            &text[..end]
        } else {
            text
        };
        if amount.trim().is_empty() {
            text
        } else {
            amount
        }
    }

    /// A currency sign in `text` that is not this plan's, where the plan's currency has one of
    /// [`CURRENCY`] ("$1,200" in a plan in euros).
    fn foreign_sign(&self, text: &str) -> Option<char> {
        let own = match self.meta.currency.0.as_str() {
            "USD" => '$',
            "EUR" => '€',
            "GBP" => '£',
            "JPY" => '¥',
            _ => return None,
        };
        text.chars().find(|c| CURRENCY.contains(c) && *c != own)
    }

    /// Stores typed text in the field at `path`; on an error the plan is unchanged.
    pub fn enter_at(&mut self, path: &str, text: &str) -> Result<(), EntryError> {
        let text = match self.at(path) {
            Some(Leaf::Amount(_)) => self.amount_text(text)?,
            _ => text,
        };
        match self.at_mut(path) {
            Some(leaf) => leaf.enter(text),
            None => Err(format!("The plan has no field {path}.")),
        }
    }
}
