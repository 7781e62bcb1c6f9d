use super::groups::{item_label, ScoreGroup};
use crate::format;
use crate::scoring::Figure;

/// How a figure reads.
#[derive(Clone, Copy)]
pub enum Show {
    /// One decimal, as scores are shown.
    Score,
    /// Whole units of the plan's currency.
    Money,
    /// A whole count with thousands grouped.
    Count,
    /// Up to two decimals, with a `%`.
    Percent,
    /// Up to two decimals, followed by the given unit.
    Unit(&'static str),
    /// `9.53:1`.
    Ratio,
    /// The word itself.
    Word,
    /// A list of scorecard items (`market.brand_recognition,…`) in the worksheet's words.
    Items(&'static [ScoreGroup]),
    /// A band as people read it: `Emerging`.
    Band,
    /// A signed change: `+9`, `−2`, `0`.
    Signed,
    /// Months, or the word `never`.
    Months,
}

/// A figure as people read it.
pub fn display(figure: &Figure, show: Show, currency: &str) -> String {
    let n = match figure {
        Figure::Blank => return "—".into(),
        Figure::Band(band) => return band.label().into(),
        Figure::Word(w) if w.is_empty() => return "—".into(),
        Figure::Word(w) => {
            return match show {
                Show::Items(groups) => w
                    .split(',')
                    .map(|item| item_label(groups, item))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => w.clone(),
            }
        }
        Figure::Number(n) => *n,
    };
    match show {
        Show::Score => format::one_decimal(n),
        Show::Money => format::money(n, currency),
        Show::Count => format::group_thousands(n.round(), 0),
        Show::Percent => format!("{}%", format::two_decimals(n)),
        Show::Unit(unit) => format!("{} {unit}", format::two_decimals(n)),
        Show::Ratio => format!("{}:1", format::two_decimals(n)),
        Show::Word | Show::Band | Show::Items(_) => format::two_decimals(n),
        Show::Signed if n > 0.0 => format!("+{}", format::two_decimals(n)),
        Show::Signed => format::two_decimals(n).replace('-', "−"),
        Show::Months => format!("{} months", format::two_decimals(n)),
    }
}
