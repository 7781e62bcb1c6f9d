/// The element id of the field at a JSON path: `f-readiness-product-feature_completeness`.
pub fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// `lens!(readiness.product.feature_completeness)`: the JSON path of a fixed field.
/// `lens!(talent.positions[i].salary_max)`: the JSON path of a field of list row `i`.
#[macro_export]
macro_rules! lens {
    ($($list:ident).+ [$i:expr] . $($field:ident).+) => {
        format!(concat!(stringify!($($list).+), ".{}.", stringify!($($field).+)), $i)
    };
    ($($field:ident).+) => {
        stringify!($($field).+)
    };
}
