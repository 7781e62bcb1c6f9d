use leptos::prelude::*;

use super::figure::{FigureValue, Show};
use super::state::PlanState;
use crate::scoring::FigureName;

/// The live summary: both scorecards and the warnings, always in view on wide screens,
/// a bar that opens on a phone.
#[component]
pub fn SummaryPanel() -> impl IntoView {
    let state = PlanState::get();
    let open = RwSignal::new(false);
    let warnings = Memo::new(move |_| state.figures.with(|f| f.warnings.clone()));
    let answered = move |name: FigureName| {
        Memo::new(move |_| {
            state
                .figures
                .with(|f| f.number(name).unwrap_or(0.0) as usize)
        })
    };
    let readiness_answered = answered(FigureName::ReadinessAnswered);
    let assessment_answered = answered(FigureName::AssessmentAnswered);
    view! {
        <aside class="summary" class:open=move || open.get() aria-label="Live summary">
            <button
                type="button"
                class="summary-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="summary-body"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span>"Readiness "</span>
                <FigureValue name=FigureName::ReadinessOverall show=Show::Score echo=true />
                <span>"/50 · Assessment "</span>
                <FigureValue name=FigureName::AssessmentOverall show=Show::Score echo=true />
                <span>{move || format!("/100 · {} ⚠", warnings.with(Vec::len))}</span>
            </button>
            <div class="summary-body" id="summary-body">
                <h2 class="summary-title">"Summary"</h2>
                <div class="card">
                    <p class="card-label">"Scaling readiness"</p>
                    <p class="card-figure">
                        <FigureValue name=FigureName::ReadinessOverall show=Show::Score echo=true />
                        <span class="of">" /50"</span>
                    </p>
                    <p class="band">
                        <FigureValue name=FigureName::ReadinessBand show=Show::Band echo=true />
                    </p>
                    <p class="answered">{move || format!("{} of 20 answered", readiness_answered.get())}</p>
                </div>
                <div class="card">
                    <p class="card-label">"Strategy assessment"</p>
                    <p class="card-figure">
                        <FigureValue name=FigureName::AssessmentOverall show=Show::Score echo=true />
                        <span class="of">" /100"</span>
                    </p>
                    <p class="band">
                        <FigureValue name=FigureName::AssessmentBand show=Show::Band echo=true />
                    </p>
                    <p class="answered">{move || format!("{} of 16 answered", assessment_answered.get())}</p>
                </div>
                <div class="card">
                    <p class="card-label">
                        {move || match warnings.with(Vec::len) {
                            0 => "No warnings".to_string(),
                            1 => "1 warning".to_string(),
                            n => format!("{n} warnings"),
                        }}
                    </p>
                    // On a phone, a warning followed shows its field, not the panel over it.
                    <ul class="warning-list" on:click=move |_| open.set(false)>
                        {move || {
                            warnings
                                .get()
                                .into_iter()
                                .map(|w| view! {
                                    <li>
                                        <a href=format!("#f-{}", w.field.replace('.', "-"))>{w.message.clone()}</a>
                                        " "
                                        <code class="code">{w.code.to_string()}</code>
                                    </li>
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </aside>
    }
}
