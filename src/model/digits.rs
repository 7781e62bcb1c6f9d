//! Numbers written as people type them: the text a number field shows and reads back.

/// Shortest decimal that reads back as the same number, with no exponent and no `-0`.
pub fn format_number(n: f64) -> String {
    if n == 0.0 {
        "0".into()
    } else {
        format!("{n}")
    }
}

/// Puts thousands separators into a plain decimal: `1234567.891` → `1,234,567.891`.
pub fn group_digits(plain: &str) -> String {
    let (int, frac) = plain
        .split_once('.')
        .map_or((plain, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}
