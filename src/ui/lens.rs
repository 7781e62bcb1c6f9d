use std::sync::Arc;

use crate::model::Plan;

/// The element id of the field at a JSON path: `f-readiness-product-feature_completeness`.
pub fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

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

    pub fn id(&self) -> String {
        field_id(&self.name)
    }
}

impl<T: Clone + Default + Send + Sync + 'static> Lens<T> {
    /// A lens on a fixed field, reached through two plain functions. Building lenses from
    /// function pointers keeps one copy of the closures per field type, not one per field.
    pub fn field(
        name: &'static str,
        get: fn(&Plan) -> &T,
        get_mut: fn(&mut Plan) -> &mut T,
    ) -> Self {
        Self::new(name, move |p| get(p).clone(), move |p, v| *get_mut(p) = v)
    }

    /// A lens on a field of row `i` of a list; a missing row reads as blank and ignores writes.
    pub fn row<R: 'static>(
        name: String,
        i: usize,
        list: fn(&Plan) -> &Vec<R>,
        list_mut: fn(&mut Plan) -> &mut Vec<R>,
        get: fn(&R) -> &T,
        get_mut: fn(&mut R) -> &mut T,
    ) -> Self {
        Self::new(
            name,
            move |p| list(p).get(i).map(|r| get(r).clone()).unwrap_or_default(),
            move |p, v| {
                if let Some(r) = list_mut(p).get_mut(i) {
                    *get_mut(r) = v;
                }
            },
        )
    }
}

/// `lens!(readiness.product.feature_completeness)`: a lens on a fixed field.
/// `lens!(talent.positions[i].salary_max)`: a lens on a field of list row `i`.
#[macro_export]
macro_rules! lens {
    ($($list:ident).+ [$i:expr] . $($field:ident).+) => {{
        let i: usize = $i;
        $crate::ui::lens::Lens::row(
            format!(concat!(stringify!($($list).+), ".{}.", stringify!($($field).+)), i),
            i,
            |p| &p.$($list).+,
            |p| &mut p.$($list).+,
            |r| &r.$($field).+,
            |r| &mut r.$($field).+,
        )
    }};
    ($($field:ident).+) => {
        $crate::ui::lens::Lens::field(stringify!($($field).+), |p| &p.$($field).+, |p| &mut p.$($field).+)
    };
}
