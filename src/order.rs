//! A stable sort for the short lists the app sorts (plans, disputed scores, a chart's months).
//! Each use of the standard library's sort compiles its own few kilobytes of code into the
//! download; this one compiles to a few dozen bytes a use.

/// Sorts `items` so that no item comes after one it is `before`; equal items keep their order.
pub fn sort_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
