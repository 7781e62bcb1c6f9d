#![cfg(not(target_arch = "wasm32"))]
//! Every number a field writes out (`2,500,000`, `1,234.5`) reads back as the same value.

use std::fmt::Debug;

use proptest::prelude::*;
use scaling_planner::model::entry::Entry;
use scaling_planner::model::*;

fn reads_back<T: Entry + Debug>(value: T) -> Result<(), TestCaseError> {
    let text = value.to_text();
    prop_assert_eq!(T::parse(&text), Ok(value), "{}", text);
    Ok(())
}

/// Any finite number of 0 or more, from every part of the range: whole, fractions, huge, tiny.
fn any_real() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<u64>().prop_map(|b| f64::from_bits(b & 0x7FEF_FFFF_FFFF_FFFF)),
        any::<u32>().prop_map(f64::from),
        (any::<u32>(), 1u32..10_000).prop_map(|(n, d)| f64::from(n) / f64::from(d)),
    ]
}

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).expect("the example reads")
}

/// Sets every number field of the plan from one random word, within its range.
fn fill(plan: &mut Plan, words: &[u64], reals: &[f64]) {
    let mut paths = Vec::new();
    plan.walk("", &mut |path, _| paths.push(path.to_string()));
    for (i, path) in paths.iter().enumerate() {
        let w = words[i % words.len()];
        let f = reals[i % reals.len()];
        match plan.at_mut(path).expect("a walked path") {
            LeafMut::Score(v) => v.0 = Some((w % 11) as u8),
            LeafMut::Count(v) => v.0 = Some(w),
            LeafMut::Percentile(v) => v.0 = Some(1 + (w % 99) as u8),
            LeafMut::Month(v) => v.0 = Some(1 + (w % 18) as u8),
            LeafMut::Duration(v) => v.0 = Some(w as u32),
            LeafMut::Number(v) => v.0 = Some(f),
            LeafMut::Amount(v) => v.0 = Some(f),
            LeafMut::Multiplier(v) => v.0 = Some(f),
            LeafMut::Percent(v) => v.0 = Some(f % 100.0),
            LeafMut::Hours(v) => v.0 = Some(f % 168.0),
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn whole_numbers_read_back_as_written(
        count in any::<u64>(),
        duration in any::<u32>(),
        score in 0u8..=10,
        percentile in 1u8..=99,
        month in 1u8..=18,
    ) {
        reads_back(Count(Some(count)))?;
        reads_back(Duration(Some(duration)))?;
        reads_back(Score(Some(score)))?;
        reads_back(Percentile(Some(percentile)))?;
        reads_back(Month(Some(month)))?;
    }

    #[test]
    fn real_numbers_read_back_as_written(f in any_real()) {
        reads_back(Number(Some(f)))?;
        reads_back(Amount(Some(f)))?;
        reads_back(Multiplier(Some(f)))?;
        reads_back(Percent(Some(f % 100.0)))?;
        reads_back(Hours(Some(f % 168.0)))?;
    }

    #[test]
    fn every_field_takes_back_what_it_shows(
        words in prop::collection::vec(any::<u64>(), 1..32),
        reals in prop::collection::vec(any_real(), 1..32),
    ) {
        let mut plan = northwind();
        fill(&mut plan, &words, &reals);
        let mut paths = Vec::new();
        plan.walk("", &mut |path, leaf| {
            if !matches!(leaf, Leaf::Text(_) | Leaf::Priority(_) | Leaf::Timestamp(_) | Leaf::Currency(_)) {
                paths.push(path.to_string());
            }
        });
        prop_assert!(paths.len() > 50, "{} number fields", paths.len());
        for path in paths {
            let text = plan.text_at(&path);
            prop_assert_eq!(plan.check_at(&path, &text), Ok((text.clone(), false)), "{}", path);
        }
    }
}

#[test]
fn blanks_and_the_edges_of_each_range_read_back() {
    reads_back(Count(None)).unwrap();
    reads_back(Number(None)).unwrap();
    reads_back(Count(Some(u64::MAX))).unwrap();
    reads_back(Count(Some((1 << 53) + 1))).unwrap();
    reads_back(Duration(Some(u32::MAX))).unwrap();
    for f in [0.0, 5e-324, 1e-7, 0.1, 999.5, 1e21, 1.7976931348623157e308] {
        reads_back(Number(Some(f))).unwrap();
        reads_back(Amount(Some(f))).unwrap();
    }
    reads_back(Percent(Some(100.0))).unwrap();
    reads_back(Hours(Some(168.0))).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// serde_json reads floats without its `float_roundtrip` feature: every number as the app
    /// writes it (shortest form) must still read back as the same number.
    #[test]
    fn every_written_number_reads_back_exactly(bits in any::<u64>()) {
        let x = f64::from_bits(bits).abs();
        prop_assume!(x.is_finite());
        let mut plan = Plan::default();
        plan.automation.hourly_cost = Amount(Some(x));
        let back = read_plan(write_plan(&plan).as_bytes()).unwrap();
        prop_assert_eq!(back.automation.hourly_cost, Amount(Some(x)));
    }
}
