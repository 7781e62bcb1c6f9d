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
        let last = StoredValue::new(plan.get_untracked());
        let counts = Memo::new(move |counts: Option<&[u64; 12]>| {
            let mut counts = counts.copied().unwrap_or_default();
            plan.with(|p| last.update_value(|last| count_changes(last, p, &mut counts)));
            counts
        });
        let parts = std::array::from_fn(|i| Memo::new(move |_| counts.with(|c| c[i])));
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

/// Counts a change for each part of `now` that differs from `last`, and copies just those
/// parts into `last`: a cheap comparison on every change, a copy only of what changed.
fn count_changes(last: &mut Plan, now: &Plan, counts: &mut [u64; 12]) {
    macro_rules! parts {
        ($($i:literal $part:ident),*) => {$(
            if last.$part != now.$part {
                last.$part = now.$part.clone();
                counts[$i] += 1;
            }
        )*};
    }
    parts!(0 meta, 1 readiness, 2 technical, 3 data, 4 security, 5 organization, 6 talent,
        7 operations, 8 automation, 9 assessment, 10 roadmap, 11 snapshots);
}
