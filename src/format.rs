//! How figures and values read on screen. The exact values stay in `data-value`.

pub use crate::model::group_digits;
use crate::scoring::round_to;

/// Rounds to `decimals` places and groups thousands, with no trailing zeros: `1234567.5` →
/// `1,234,567.5`. Digits past a float's precision read as zeros (`1e23` →
/// `100,000,000,000,000,000,000,000`): the shortest form that reads back as the same float.
pub fn group_thousands(n: f64, decimals: i32) -> String {
    let mut out = group_digits(&round_to(n.abs(), decimals).to_string());
    if n < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '−');
    }
    out
}

/// A whole number of the plan's currency: `$333,000`, `€1,200`, `CHF 900`.
pub fn money(n: f64, currency: &str) -> String {
    let amount = group_thousands(n, 0);
    let (sign, digits) = match amount.strip_prefix('−') {
        Some(rest) => ("−", rest.to_string()),
        None => ("", amount),
    };
    match symbol(currency) {
        Some(s) => [sign, s, &digits].concat(),
        None => [sign, currency, " ", &digits].concat(),
    }
}

pub fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "INR" => "₹",
        "CAD" => "CA$",
        "AUD" => "A$",
        _ => return None,
    })
}

/// One decimal, dropping `.0`: `6.25` → `6.3`, `7` → `7`.
pub fn one_decimal(n: f64) -> String {
    group_thousands(n, 1)
}

/// Up to two decimals, for ratios and percentages: `123.81`, `150`.
pub fn two_decimals(n: f64) -> String {
    group_thousands(n, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(group_thousands(30_000_000.0, 0), "30,000,000");
        assert_eq!(group_thousands(999.0, 0), "999");
        assert_eq!(group_thousands(1_234_567.46, 1), "1,234,567.5");
        assert_eq!(group_thousands(-0.04, 1), "0");
        assert_eq!(money(1e23, "USD"), "$100,000,000,000,000,000,000,000");
        assert_eq!(money(-1e20, "EUR"), "−€100,000,000,000,000,000,000");
        assert_eq!(one_decimal(-6.25), "−6.3");
        assert_eq!(money(333_000.0, "USD"), "$333,000");
        assert_eq!(money(5719.6, "EUR"), "€5,720");
        assert_eq!(money(-480.0, "USD"), "−$480");
        assert_eq!(money(900.0, "CHF"), "CHF 900");
        assert_eq!(one_decimal(6.25), "6.3");
        assert_eq!(one_decimal(7.0), "7");
        assert_eq!(one_decimal(30.25), "30.3");
        assert_eq!(two_decimals(123.809_523), "123.81");
        assert_eq!(two_decimals(150.0), "150");
        assert_eq!(two_decimals(9.5333), "9.53");
        assert_eq!(two_decimals(0.1), "0.1");
        assert_eq!(group_digits("1234567.891"), "1,234,567.891");
        assert_eq!(group_digits("999"), "999");
        assert_eq!(group_digits("0.5"), "0.5");
    }
}
