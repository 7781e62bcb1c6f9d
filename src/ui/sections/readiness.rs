use leptos::prelude::*;

use crate::lens;
use crate::ui::figure::{FigureValue, Show};
use crate::ui::inputs::ScoreInput;

#[component]
pub fn ReadinessSection() -> impl IntoView {
    view! {
        <section id="readiness" class="section">
            <h2>"Pre-Exercise Setup: Current Business Maturity Assessment"</h2>
            <fieldset class="group">
                <legend>"Product Maturity"</legend>
                <ScoreInput lens=lens!(readiness.product.feature_completeness) label="Feature completeness" />
                <ScoreInput lens=lens!(readiness.product.technical_stability) label="Technical stability" />
                <ScoreInput lens=lens!(readiness.product.user_experience) label="User experience quality" />
                <ScoreInput lens=lens!(readiness.product.scalability_architecture) label="Scalability architecture" />
                <p class="group-total">
                    "Product maturity: "
                    <FigureValue name="readiness.product" show=Show::Score formula="sum of the 4 scores ÷ 4" />
                    " /10"
                </p>
            </fieldset>
            <p class="total">
                "Overall scaling readiness: "
                <FigureValue name="readiness.overall" show=Show::Score formula="sum of the 5 dimension scores" />
                " /50"
            </p>
        </section>
    }
}
