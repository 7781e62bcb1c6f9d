use leptos::prelude::*;

use super::state::PlanState;
use crate::format;
use crate::scoring::{Figure, FigureName};

/// How a figure reads on screen.
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
    Items(&'static [crate::ui::labels::ScoreGroup]),
    /// A band as people read it: `Emerging`.
    Band,
    /// A signed change: `+9`, `−2`, `0`.
    Signed,
    /// Months, or the word `never`.
    Months,
}

pub fn display(figure: &Figure, show: Show, currency: &str) -> String {
    let n = match figure {
        Figure::Blank => return "—".into(),
        Figure::Band(band) => return band.label().into(),
        Figure::Word(w) if w.is_empty() => return "—".into(),
        Figure::Word(w) => {
            return match show {
                Show::Items(groups) => w
                    .split(',')
                    .map(|item| crate::ui::labels::item_label(groups, item))
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

/// A computed figure: `data-figure` names it, `data-value` holds its exact value,
/// and its formula shows on hover and focus.
#[component]
pub fn FigureValue(
    name: FigureName,
    show: Show,
    #[prop(optional)] formula: &'static str,
    /// A second showing of a figure (the summary panel): no `data-figure`, so tests find one.
    #[prop(optional)]
    echo: bool,
) -> impl IntoView {
    let state = PlanState::get();
    let figure = state.figure(name);
    let currency = state.currency;
    let text = move || currency.with(|c| figure.with(|f| display(f, show, c)));
    view! {
        <output
            class="figure"
            data-figure=(!echo).then_some(name.name())
            data-value=move || (!echo).then(|| figure.with(Figure::data_value))
            data-formula=(!formula.is_empty()).then_some(formula)
            title=(!formula.is_empty()).then_some(formula)
            tabindex=(!formula.is_empty() && !echo).then_some("0")
        >
            {text}
        </output>
    }
}

/// A labelled figure, as the worksheet's computed blanks read: "Total time saved: 22 hours/week".
#[component]
pub fn Stat(
    #[prop(into)] label: String,
    name: FigureName,
    show: Show,
    #[prop(optional)] formula: &'static str,
) -> impl IntoView {
    view! {
        <div class="stat">
            <span class="stat-label">{label}</span>
            <FigureValue name=name show=show formula=formula />
        </div>
    }
}
