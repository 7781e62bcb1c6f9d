use leptos::prelude::*;

use crate::model::Plan;
use crate::scoring::{compute, Figure, FigureName, Figures, WarningCode};

/// Refused entries: the field's name, the text, and the field's value (written out) it was
/// refused over (see `inputs::renumber`).
pub type Refused = Vec<(String, String, String)>;

thread_local! {
    static OPENED: (std::cell::Cell<u32>, ArcTrigger) = Default::default();
    static REFUSED: std::cell::RefCell<Refused> = Default::default();
}

/// Which plan is on the page: a count that goes up each time another plan is opened. What was
/// typed or removed in one plan (a refused entry, an Undo) belongs to that plan only.
pub fn opened() -> u32 {
    OPENED.with(|(count, moved)| {
        moved.track();
        count.get()
    })
}

/// The refused entries of the plan on the page: a list's rows are built again when one is
/// added or removed, and each field takes its entry back from here.
pub fn refused<R>(f: impl FnOnce(&mut Refused) -> R) -> R {
    REFUSED.with_borrow_mut(f)
}

/// Lets the refused entries go: another plan is on the page, or rows may have come or gone
/// where the page did not move them.
pub fn forget_refused() {
    REFUSED.take();
}

pub fn open_another() {
    forget_refused();
    OPENED.with(|(count, moved)| {
        count.set(count.get() + 1);
        moved.notify();
    });
}

/// What watches one place of the plan, one figure or one warning: each key once, in order.
type Watchers = StoredValue<Vec<(Watched, ArcTrigger)>>;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Watched {
    /// A field or list by JSON path.
    Place(String),
    Figure(FigureName),
    Warning(WarningCode),
}

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
    /// Told at once of every change the user makes (not when a plan is put on the page).
    on_edit: StoredValue<Option<std::rc::Rc<dyn Fn()>>, LocalStorage>,
    watchers: Watchers,
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        let figures = compute(&plan);
        let (plan, write) = signal(plan);
        let (figures, set_figures) = signal(figures);
        let watchers = StoredValue::new(Vec::new());
        let currency = watch(
            watchers,
            Watched::Place("meta.currency".into()),
            move || plan.with_untracked(|p| p.meta.currency.0.clone()),
        );
        Self {
            plan,
            write,
            figures,
            set_figures,
            currency,
            on_edit: StoredValue::new_local(None),
            watchers,
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
        self.edited();
    }

    /// Changes any part of the plan.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.write.update(f);
        self.wake(|_| true);
        self.edited();
    }

    /// Calls `f` after every change the user makes.
    pub fn on_edit(&self, f: impl Fn() + 'static) {
        self.on_edit.set_value(Some(std::rc::Rc::new(f)));
    }

    fn edited(&self) {
        if let Some(f) = self.on_edit.try_get_value().flatten() {
            f();
        }
    }

    /// Puts another plan on the page.
    pub fn set(&self, plan: Plan) {
        self.write.set(plan);
        self.wake(|_| true);
    }

    /// Changes the plan without telling anyone; call [`PlanState::shown`] if what the page
    /// shows may have changed.
    pub fn change_untracked<R>(&self, f: impl FnOnce(&mut Plan) -> R) -> Option<R> {
        self.write.try_update_untracked(f)
    }

    /// Shows the whole plan again, after it was replaced by [`PlanState::change_untracked`].
    pub fn shown(&self) {
        forget_refused();
        self.write.update(|_| {});
        self.wake(|_| true);
    }

    /// Wakes the fields whose paths pass `wakes`, then recomputes the figures and wakes the
    /// figures and warnings that changed.
    fn wake(&self, wakes: impl Fn(&str) -> bool) {
        let new = self.plan.with_untracked(compute);
        let figures_moved = self.figures.with_untracked(|old| *old != new);
        let woken: Vec<ArcTrigger> = self.figures.with_untracked(|old| {
            self.watchers.with_value(|w| {
                w.iter()
                    .filter(|(key, _)| match key {
                        Watched::Figure(name) => figures_moved && old.get(*name) != new.get(*name),
                        Watched::Warning(code) => {
                            figures_moved && old.warning(*code) != new.warning(*code)
                        }
                        Watched::Place(path) => wakes(path),
                    })
                    .map(|(_, t)| t.clone())
                    .collect()
            })
        });
        if figures_moved {
            self.set_figures.set(new);
        }
        for trigger in woken {
            trigger.notify();
        }
    }

    /// `read` of the plan, recomputed when what lies at `path` (or above or below it) changes.
    pub fn watch<T: PartialEq + Send + Sync + 'static>(
        &self,
        path: &str,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let plan = self.plan;
        watch(self.watchers, Watched::Place(path.into()), move || {
            plan.with_untracked(&read)
        })
    }

    /// One figure, woken only when its value changes.
    pub fn figure(&self, name: FigureName) -> Memo<Figure> {
        let figures = self.figures;
        watch(self.watchers, Watched::Figure(name), move || {
            figures.with_untracked(|f| f.get(name).clone())
        })
    }

    /// The message of one warning while it holds, woken only when it comes, goes or changes.
    pub fn warning(&self, code: WarningCode) -> Memo<Option<String>> {
        let figures = self.figures;
        watch(self.watchers, Watched::Warning(code), move || {
            figures.with_untracked(|f| f.warning(code).map(|w| w.message.clone()))
        })
    }
}

/// Whether `path` is `place` or lies below it: `talent.positions.0.title` within `talent.positions`.
fn within(path: &str, place: &str) -> bool {
    path.strip_prefix(place)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// A memo of `read`, recomputed when the trigger under `key` fires.
fn watch<T: PartialEq + Send + Sync + 'static>(
    watchers: Watchers,
    key: Watched,
    read: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    let mut trigger = None;
    watchers.update_value(|w| {
        let i = match w.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => i,
            Err(i) => {
                w.insert(i, (key, ArcTrigger::new()));
                i
            }
        };
        trigger = Some(w[i].1.clone());
    });
    let trigger = trigger.unwrap_or_default();
    Memo::new(move |_| {
        trigger.track();
        read()
    })
}
