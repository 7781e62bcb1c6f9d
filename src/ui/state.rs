use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::model::Plan;
use crate::scoring::{compute, Figure, Figures};

type Triggers<K> = Arc<Mutex<HashMap<K, ArcTrigger>>>;

/// The one reactive plan of the page, and every figure derived from it.
///
/// Every change goes through [`PlanState::edit`], [`PlanState::update`] or [`PlanState::set`].
/// They recompute the figures at once and wake only what changed: typing into one field wakes
/// that field and the figures whose values moved, not every field and figure of the page.
#[derive(Clone, Copy)]
pub struct PlanState {
    /// The plan, for reading; whatever reads it follows every change.
    pub plan: ReadSignal<Plan>,
    write: WriteSignal<Plan>,
    /// Every figure, set only when one of them changes. For one figure, [`PlanState::figure`].
    pub figures: ReadSignal<Figures>,
    set_figures: WriteSignal<Figures>,
    /// The plan's currency code, for every amount on the page.
    pub currency: Memo<String>,
    /// What watches one field (or list) of the plan, by JSON path.
    fields: StoredValue<Triggers<String>>,
    /// What watches one figure, by name.
    figure_watchers: StoredValue<Triggers<&'static str>>,
    /// What watches one warning, by code (`salary-range-inverted:2`).
    warning_watchers: StoredValue<Triggers<String>>,
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        let figures = compute(&plan);
        let (plan, write) = signal(plan);
        let (figures, set_figures) = signal(figures);
        let fields = StoredValue::new(Triggers::default());
        Self {
            plan,
            write,
            figures,
            set_figures,
            currency: watch(plan, fields, "meta.currency", |p| p.meta.currency.0.clone()),
            fields,
            figure_watchers: StoredValue::new(Triggers::default()),
            warning_watchers: StoredValue::new(Triggers::default()),
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

    /// Changes what lies under `path` (a field such as `technical.bottlenecks.0.name`, or a
    /// list or part such as `technical.bottlenecks`), waking only what watches it, a place
    /// below it, or a list or part it lies in.
    pub fn edit(&self, path: &str, f: impl FnOnce(&mut Plan)) {
        self.write.update(f);
        self.wake(|watched| within(watched, path) || within(path, watched));
    }

    /// Changes any part of the plan.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.write.update(f);
        self.wake(|_| true);
    }

    /// Puts another plan on the page.
    pub fn set(&self, plan: Plan) {
        self.write.set(plan);
        self.wake(|_| true);
    }

    /// Changes the plan without telling anyone: for bookkeeping no field shows.
    pub fn update_untracked(&self, f: impl FnOnce(&mut Plan)) {
        self.write.update_untracked(f);
    }

    /// Wakes the fields whose paths pass `wakes`, then recomputes the figures and wakes those
    /// that changed.
    fn wake(&self, wakes: impl Fn(&str) -> bool) {
        let fields: Vec<ArcTrigger> = self.fields.with_value(|f| {
            let f = f.lock().unwrap_or_else(|e| e.into_inner());
            f.iter()
                .filter(|(path, _)| wakes(path))
                .map(|(_, t)| t.clone())
                .collect()
        });
        for trigger in fields {
            trigger.notify();
        }
        let new = self.plan.with_untracked(compute);
        if self.figures.with_untracked(|old| *old == new) {
            return;
        }
        let moved: Vec<ArcTrigger> = self.figures.with_untracked(|old| {
            let figures = self
                .figure_watchers
                .with_value(|w| changed(w, |name| old.get(name) != new.get(name)));
            let warnings = self
                .warning_watchers
                .with_value(|w| changed(w, |code| warning(old, code) != warning(&new, code)));
            [figures, warnings].concat()
        });
        self.set_figures.set(new);
        for trigger in moved {
            trigger.notify();
        }
    }

    /// `read` of the plan, recomputed when what lies at `path` (or above or below it) changes.
    pub fn watch<T: PartialEq + Send + Sync + 'static>(
        &self,
        path: &str,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        watch(self.plan, self.fields, path, read)
    }

    /// The message of one warning while it holds, woken only when it comes, goes or changes.
    pub fn warning(&self, code: String) -> Memo<Option<String>> {
        let figures = self.figures;
        let trigger = self
            .warning_watchers
            .with_value(|w| trigger(w, code.clone()));
        Memo::new(move |_| {
            trigger.track();
            figures.with_untracked(|f| warning(f, &code).map(str::to_string))
        })
    }

    /// One figure, woken only when its value changes.
    pub fn figure(&self, name: &'static str) -> Memo<Figure> {
        let figures = self.figures;
        let trigger = self.figure_watchers.with_value(|w| trigger(w, name));
        Memo::new(move |_| {
            trigger.track();
            figures.with_untracked(|f| f.get(name).clone())
        })
    }
}

/// Whether `path` is `place` or lies below it: `talent.positions.0.title` within `talent.positions`.
fn within(path: &str, place: &str) -> bool {
    path.strip_prefix(place)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

fn warning<'a>(figures: &'a Figures, code: &str) -> Option<&'a str> {
    figures
        .warnings
        .iter()
        .find(|w| w.code == code)
        .map(|w| w.message.as_str())
}

/// The triggers whose keys pass `moved`.
fn changed<K>(triggers: &Triggers<K>, moved: impl Fn(&K) -> bool) -> Vec<ArcTrigger> {
    let map = triggers.lock().unwrap_or_else(|e| e.into_inner());
    map.iter()
        .filter(|(key, _)| moved(key))
        .map(|(_, t)| t.clone())
        .collect()
}

fn trigger<K: std::hash::Hash + Eq>(triggers: &Triggers<K>, key: K) -> ArcTrigger {
    let mut map = triggers.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(key).or_default().clone()
}

fn watch<T: PartialEq + Send + Sync + 'static>(
    plan: ReadSignal<Plan>,
    fields: StoredValue<Triggers<String>>,
    path: &str,
    read: impl Fn(&Plan) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let trigger = fields.with_value(|f| trigger(f, path.to_string()));
    Memo::new(move |_| {
        trigger.track();
        plan.with_untracked(&read)
    })
}
