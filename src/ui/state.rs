use leptos::prelude::*;

use crate::model::Plan;
use crate::scoring::{compute, Figures};

/// The one reactive plan of the page, and every figure derived from it.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub plan: RwSignal<Plan>,
    pub figures: Memo<Figures>,
    /// The plan's currency code, for every amount on the page.
    pub currency: Memo<String>,
    /// A count of changes to each top-level part of the plan (meta, the ten sections, snapshots),
    /// in the order of [`Plan::PARTS`]. Fields listen to their own part, so a keystroke wakes the
    /// few dozen fields of one section rather than every field of the page.
    parts: [Memo<u64>; 12],
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        let plan = RwSignal::new(plan);
        let figures = Memo::new(move |_| plan.with(compute));
        let currency = Memo::new(move |_| plan.with(|p| p.meta.currency.0.clone()));
        let parts = [
            changes(plan, |p| &p.meta),
            changes(plan, |p| &p.readiness),
            changes(plan, |p| &p.technical),
            changes(plan, |p| &p.data),
            changes(plan, |p| &p.security),
            changes(plan, |p| &p.organization),
            changes(plan, |p| &p.talent),
            changes(plan, |p| &p.operations),
            changes(plan, |p| &p.automation),
            changes(plan, |p| &p.assessment),
            changes(plan, |p| &p.roadmap),
            changes(plan, |p| &p.snapshots),
        ];
        Self {
            plan,
            figures,
            currency,
            parts,
        }
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

    /// `read` of the plan, recomputed only when the part of the plan that `path` (a field's
    /// JSON path) lies in changes.
    pub fn watch<T: PartialEq + Send + Sync + 'static>(
        &self,
        path: &str,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let plan = self.plan;
        let key = path.split('.').next().unwrap_or_default();
        match Plan::PARTS.iter().position(|p| *p == key) {
            Some(i) => {
                let part = self.parts[i];
                Memo::new(move |_| {
                    // Reading (not only tracking) runs the part's memo, which then follows the plan.
                    part.get();
                    plan.with_untracked(&read)
                })
            }
            None => Memo::new(move |_| plan.with(&read)),
        }
    }
}

/// Counts the changes to one part of the plan: a cheap comparison on every change to the
/// plan, and a copy of the part only when it did change.
fn changes<T: Clone + PartialEq + Send + Sync + 'static>(
    plan: RwSignal<Plan>,
    get: fn(&Plan) -> &T,
) -> Memo<u64> {
    let last = StoredValue::new(plan.with_untracked(|p| get(p).clone()));
    Memo::new(move |count: Option<&u64>| {
        let count = count.copied().unwrap_or(0);
        plan.with(|p| {
            let part = get(p);
            if last.with_value(|l| l == part) {
                count
            } else {
                last.set_value(part.clone());
                count + 1
            }
        })
    })
}
