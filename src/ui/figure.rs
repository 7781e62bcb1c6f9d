use leptos::prelude::*;

use super::state::PlanState;
use crate::scoring::{Figure, FigureName};
pub use crate::worksheet::{display, Show};

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
