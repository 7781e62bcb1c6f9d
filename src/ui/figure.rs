use leptos::prelude::*;

use super::state::PlanState;
use crate::format;
use crate::scoring::Figure;

/// How a figure reads on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// The word itself (bands, lists of items).
    Word,
}

pub fn display(figure: &Figure, show: Show, currency: &str) -> String {
    let n = match figure {
        Figure::Blank => return "—".into(),
        Figure::Word(w) if w.is_empty() => return "—".into(),
        Figure::Word(w) => return w.clone(),
        Figure::Number(n) => *n,
    };
    match show {
        Show::Score => format::one_decimal(n),
        Show::Money => format::money(n, currency),
        Show::Count => format::group_thousands(n.round(), 0),
        Show::Percent => format!("{}%", format::two_decimals(n)),
        Show::Unit(unit) => format!("{} {unit}", format::two_decimals(n)),
        Show::Ratio => format!("{}:1", format::two_decimals(n)),
        Show::Word => format::two_decimals(n),
    }
}

/// A computed figure: `data-figure` names it, `data-value` holds its exact value,
/// and its formula shows on hover and focus.
#[component]
pub fn FigureValue(
    name: &'static str,
    show: Show,
    #[prop(optional)] formula: &'static str,
) -> impl IntoView {
    let state = PlanState::get();
    let figure = Memo::new(move |_| state.figures.with(|f| f.get(name).clone()));
    let currency = Memo::new(move |_| state.plan.with(|p| p.meta.currency.0.clone()));
    let text = move || currency.with(|c| figure.with(|f| display(f, show, c)));
    view! {
        <output
            class="figure"
            data-figure=name
            data-value=move || figure.with(Figure::data_value)
            data-formula=formula
            title=formula
            tabindex=if formula.is_empty() { None } else { Some("0") }
        >
            {text}
        </output>
    }
}
