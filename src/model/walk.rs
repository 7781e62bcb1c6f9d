use super::value::{
    Amount, Count, Currency, Duration, Hours, Month, Multiplier, Number, Percent, Percentile,
    Priority, Score, Timestamp,
};

/// One field of a plan, seen through [`Walk`].
#[derive(Clone, Copy, Debug)]
pub enum Leaf<'a> {
    Score(&'a Score),
    Count(&'a Count),
    Percentile(&'a Percentile),
    Month(&'a Month),
    Duration(&'a Duration),
    Number(&'a Number),
    Amount(&'a Amount),
    Multiplier(&'a Multiplier),
    Percent(&'a Percent),
    Hours(&'a Hours),
    Text(&'a String),
    Priority(&'a Option<Priority>),
    Timestamp(&'a Timestamp),
    Currency(&'a Currency),
}

#[derive(Debug)]
pub enum LeafMut<'a> {
    Score(&'a mut Score),
    Count(&'a mut Count),
    Percentile(&'a mut Percentile),
    Month(&'a mut Month),
    Duration(&'a mut Duration),
    Number(&'a mut Number),
    Amount(&'a mut Amount),
    Multiplier(&'a mut Multiplier),
    Percent(&'a mut Percent),
    Hours(&'a mut Hours),
    Text(&'a mut String),
    Priority(&'a mut Option<Priority>),
    Timestamp(&'a mut Timestamp),
    Currency(&'a mut Currency),
}

impl Leaf<'_> {
    /// Whether the user has filled this field in.
    pub fn is_filled(&self) -> bool {
        match self {
            Leaf::Score(v) => v.0.is_some(),
            Leaf::Count(v) => v.0.is_some(),
            Leaf::Percentile(v) => v.0.is_some(),
            Leaf::Month(v) => v.0.is_some(),
            Leaf::Duration(v) => v.0.is_some(),
            Leaf::Number(v) => v.0.is_some(),
            Leaf::Amount(v) => v.0.is_some(),
            Leaf::Multiplier(v) => v.0.is_some(),
            Leaf::Percent(v) => v.0.is_some(),
            Leaf::Hours(v) => v.0.is_some(),
            Leaf::Text(v) => !v.trim().is_empty(),
            Leaf::Priority(v) => v.is_some(),
            Leaf::Timestamp(v) => !v.0.is_empty(),
            Leaf::Currency(v) => !v.0.is_empty(),
        }
    }
}

/// Visits every field of a plan with its JSON path, in the order of plan-format.md.
pub trait Walk {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>));
    fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>));
}

impl<T: Walk> Walk for Vec<T> {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        for (i, item) in self.iter().enumerate() {
            item.walk(&super::value::join(path, &i.to_string()), f);
        }
    }

    fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
        for (i, item) in self.iter_mut().enumerate() {
            item.walk_mut(&super::value::join(path, &i.to_string()), f);
        }
    }
}
