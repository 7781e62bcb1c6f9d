use crate::scoring::FigureName;

/// Four scores and their subtotal: `readiness.product.feature_completeness`, ….
pub struct ScoreGroup {
    pub key: &'static str,
    pub title: &'static str,
    pub figure: FigureName,
    pub items: [(&'static str, &'static str); 4],
}

/// `market.brand_recognition` → `Brand recognition (Market Position)`.
pub fn item_label(groups: &[ScoreGroup], path: &str) -> String {
    let (group, item) = path.split_once('.').unwrap_or(("", path));
    groups
        .iter()
        .find(|g| g.key == group)
        .and_then(|g| {
            g.items
                .iter()
                .find(|(k, _)| *k == item)
                .map(|(_, l)| format!("{l} ({})", g.title))
        })
        .unwrap_or_else(|| path.to_string())
}
