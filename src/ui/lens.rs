use std::sync::Arc;

use crate::model::Plan;

type Getter<T> = Arc<dyn Fn(&Plan) -> T + Send + Sync>;
type Setter<T> = Arc<dyn Fn(&mut Plan, T) + Send + Sync>;

/// One field of the plan: its JSON path (the input's `name`), and how to read and write it.
pub struct Lens<T> {
    pub name: String,
    get: Getter<T>,
    set: Setter<T>,
}

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        Self {
            name: self.name.clone(),
            get: self.get.clone(),
            set: self.set.clone(),
        }
    }
}

impl<T> Lens<T> {
    pub fn new(
        name: impl Into<String>,
        get: impl Fn(&Plan) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Plan, T) + Send + Sync + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            get: Arc::new(get),
            set: Arc::new(set),
        }
    }

    pub fn get(&self, plan: &Plan) -> T {
        (self.get)(plan)
    }

    pub fn set(&self, plan: &mut Plan, value: T) {
        (self.set)(plan, value)
    }

    /// The element id for this field, derived from its name.
    pub fn id(&self) -> String {
        format!("f-{}", self.name.replace('.', "-"))
    }
}

/// `lens!(readiness.product.feature_completeness)`: a lens on a fixed field.
/// `lens!(talent.positions[i].salary_max)`: a lens on a field of list row `i`.
/// `lens!(readiness.critical_gaps[i])`: a lens on a row of a text list.
#[macro_export]
macro_rules! lens {
    ($($list:ident).+ [$i:expr] . $($field:ident).+) => {{
        let i: usize = $i;
        $crate::ui::lens::Lens::new(
            format!(concat!(stringify!($($list).+), ".{}.", stringify!($($field).+)), i),
            move |p: &$crate::model::Plan| p.$($list).+.get(i).map(|row| row.$($field).+.clone()).unwrap_or_default(),
            move |p: &mut $crate::model::Plan, v| {
                if let Some(row) = p.$($list).+.get_mut(i) {
                    row.$($field).+ = v;
                }
            },
        )
    }};
    ($($list:ident).+ [$i:expr]) => {{
        let i: usize = $i;
        $crate::ui::lens::Lens::new(
            format!(concat!(stringify!($($list).+), ".{}"), i),
            move |p: &$crate::model::Plan| p.$($list).+.get(i).cloned().unwrap_or_default(),
            move |p: &mut $crate::model::Plan, v| {
                if let Some(row) = p.$($list).+.get_mut(i) {
                    *row = v;
                }
            },
        )
    }};
    ($($field:ident).+) => {
        $crate::ui::lens::Lens::new(
            stringify!($($field).+),
            |p: &$crate::model::Plan| p.$($field).+.clone(),
            |p: &mut $crate::model::Plan, v| p.$($field).+ = v,
        )
    };
}
