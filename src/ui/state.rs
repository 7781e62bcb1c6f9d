use leptos::prelude::*;

use crate::model::Plan;
use crate::scoring::{compute, Figures};

/// The one reactive plan of the page, and every figure derived from it.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub plan: RwSignal<Plan>,
    pub figures: Memo<Figures>,
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        let plan = RwSignal::new(plan);
        let figures = Memo::new(move |_| plan.with(compute));
        Self { plan, figures }
    }

    /// Creates the state and makes it available to every component below.
    pub fn provide(plan: Plan) -> Self {
        let state = Self::new(plan);
        provide_context(state);
        state
    }

    pub fn get() -> Self {
        expect_context::<PlanState>()
    }
}
