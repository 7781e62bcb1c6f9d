#![cfg(not(target_arch = "wasm32"))]
//! What a person types into each kind of number field.

use scaling_planner::model::entry::Entry;
use scaling_planner::model::*;

#[test]
fn scores_take_whole_numbers_from_0_to_10_and_blank() {
    assert_eq!(Score::parse(""), Ok(Score(None)));
    assert_eq!(Score::parse("  "), Ok(Score(None)));
    assert_eq!(Score::parse("0"), Ok(Score(Some(0))));
    assert_eq!(Score::parse(" 10 "), Ok(Score(Some(10))));
    assert_eq!(
        Score::parse("11").unwrap_err(),
        "11 is above the maximum of 10."
    );
    assert_eq!(
        Score::parse("-1").unwrap_err(),
        "-1 is below the minimum of 0."
    );
    assert_eq!(
        Score::parse("7.5").unwrap_err(),
        "7.5 is not a whole number. Enter a whole number from 0 to 10."
    );
    assert_eq!(
        Score::parse("seven").unwrap_err(),
        "Enter a whole number from 0 to 10."
    );
    assert_eq!(
        Score::parse("1e1").unwrap_err(),
        "Enter a whole number from 0 to 10."
    );
}

#[test]
fn amounts_accept_separators_and_a_currency_sign() {
    assert_eq!(Amount::parse("120,000"), Ok(Amount(Some(120_000.0))));
    assert_eq!(Amount::parse("$2 400.50"), Ok(Amount(Some(2400.5))));
    assert_eq!(
        Amount::parse("-5").unwrap_err(),
        "-5 is below the minimum of 0."
    );
    assert_eq!(
        Amount::parse("12k").unwrap_err(),
        "Enter an amount of 0 or more."
    );
    assert_eq!(
        Amount::parse("NaN").unwrap_err(),
        "Enter an amount of 0 or more."
    );
    assert_eq!(
        Amount::parse("inf").unwrap_err(),
        "Enter an amount of 0 or more."
    );
    assert_eq!(Amount(Some(120_000.0)).to_text(), "120,000");
    assert_eq!(Amount(Some(1_234.5)).to_text(), "1,234.5");
    assert_eq!(Count(Some(2_500_000)).to_text(), "2,500,000");
    assert_eq!(
        Count::parse(&Count(Some(2_500_000)).to_text()),
        Ok(Count(Some(2_500_000)))
    );
    assert_eq!(Amount(Some(62.5)).to_text(), "62.5");
    assert_eq!(Amount(None).to_text(), "");
}

#[test]
fn bounded_kinds_refuse_out_of_range_values() {
    assert_eq!(Percent::parse("40%"), Ok(Percent(Some(40.0))));
    assert_eq!(
        Percent::parse("100.5").unwrap_err(),
        "100.5 is above the maximum of 100."
    );
    assert_eq!(
        Hours::parse("169").unwrap_err(),
        "169 is above the maximum of 168."
    );
    assert_eq!(Multiplier::parse("10x"), Ok(Multiplier(Some(10.0))));
    assert_eq!(
        Month::parse("0").unwrap_err(),
        "0 is below the minimum of 1."
    );
    assert_eq!(Month::parse("18"), Ok(Month(Some(18))));
    assert_eq!(
        Percentile::parse("100").unwrap_err(),
        "100 is above the maximum of 99."
    );
    assert_eq!(Count::parse("4,000"), Ok(Count(Some(4000))));
    assert_eq!(
        Count::parse("2.5").unwrap_err(),
        "2.5 is not a whole number. Enter a whole number of 0 or more."
    );
    assert_eq!(Duration::parse("6"), Ok(Duration(Some(6))));
}
