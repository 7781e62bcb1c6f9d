use leptos::prelude::*;

use crate::model::Plan;
use crate::scoring::{compute, Figures};

/// The one reactive plan of the page, and every figure derived from it.
///
/// Every change goes through [`PlanState::edit`], [`PlanState::update`] or [`PlanState::set`],
/// which also wake the fields of the parts of the plan that changed: a keystroke wakes the few
/// dozen fields of one section rather than every field of the page.
#[derive(Clone, Copy)]
pub struct PlanState {
    /// The plan, for reading; derived figures and effects follow it.
    pub plan: ReadSignal<Plan>,
    write: WriteSignal<Plan>,
    pub figures: Memo<Figures>,
    /// The plan's currency code, for every amount on the page.
    pub currency: Memo<String>,
    /// One trigger for each top-level part of the plan, in the order of [`Plan::PARTS`].
    parts: [Trigger; 12],
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        let (plan, write) = signal(plan);
        let figures = Memo::new(move |_| plan.with(compute));
        let parts: [Trigger; 12] = std::array::from_fn(|_| Trigger::new());
        let meta = parts[0];
        let currency = Memo::new(move |_| {
            meta.track();
            plan.with_untracked(|p| p.meta.currency.0.clone())
        });
        Self {
            plan,
            write,
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

    fn part(path: &str) -> Option<usize> {
        let key = path.split('.').next().unwrap_or_default();
        Plan::PARTS.iter().position(|p| *p == key)
    }

    /// Changes what lies under `path` (a JSON path such as `technical.bottlenecks.0.name`,
    /// or just `technical`), waking only the fields of its part of the plan.
    pub fn edit(&self, path: &str, f: impl FnOnce(&mut Plan)) {
        self.write.update(f);
        match Self::part(path) {
            Some(i) => self.parts[i].notify(),
            None => self.wake_all(),
        }
    }

    /// Changes any part of the plan.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.write.update(f);
        self.wake_all();
    }

    /// Puts another plan on the page.
    pub fn set(&self, plan: Plan) {
        self.write.set(plan);
        self.wake_all();
    }

    /// Changes the plan without telling anyone: for bookkeeping no field shows.
    pub fn update_untracked(&self, f: impl FnOnce(&mut Plan)) {
        self.write.update_untracked(f);
    }

    fn wake_all(&self) {
        for part in &self.parts {
            part.notify();
        }
    }

    /// `read` of the plan, recomputed when the part of the plan that `path` lies in changes.
    pub fn watch<T: PartialEq + Send + Sync + 'static>(
        &self,
        path: &str,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let plan = self.plan;
        match Self::part(path) {
            Some(i) => {
                let part = self.parts[i];
                Memo::new(move |_| {
                    part.track();
                    plan.with_untracked(&read)
                })
            }
            None => Memo::new(move |_| plan.with(&read)),
        }
    }
}
