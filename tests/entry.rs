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
    // A dot before three digits groups thousands in much of Europe: asked about, not read as 1.2.
    for typed in ["1.200", "€1.200", "250.000", "1.250"] {
        assert!(
            Amount::parse(typed).unwrap_err().contains("is unclear"),
            "{typed}"
        );
    }
    assert_eq!(
        Amount::parse("€1.200").unwrap_err(),
        "“€1.200” is unclear: type 1200 (or 1,200) for the thousands, or just 1.2."
    );
    // So is a whole number or any other number written so.
    for (refused, message) in [
        (
            Count::parse("4.000").err(),
            "“4.000” is unclear: type 4000 (or 4,000) for the thousands, or just 4.",
        ),
        (
            Number::parse(" 1.250 ").err(),
            "“1.250” is unclear: type 1250 (or 1,250) for the thousands, or just 1.25.",
        ),
        (
            Duration::parse("12.000").err(),
            "“12.000” is unclear: type 12000 (or 12,000) for the thousands, or just 12.",
        ),
    ] {
        assert_eq!(refused.as_deref(), Some(message));
    }
    assert_eq!(Count::parse("4.0"), Ok(Count(Some(4))));
    assert_eq!(Count::parse("4,000.000"), Ok(Count(Some(4000))));
    assert_eq!(Number::parse("1.2"), Ok(Number(Some(1.2))));
    // An amount as the app shows it always reads back: it never ends a fraction in 0.
    assert_eq!(Amount(Some(1.125)).to_text(), "1.125");
    assert_eq!(Amount::parse("1.125"), Ok(Amount(Some(1.125))));
    assert!(Amount::parse("12.250").is_err());
    assert_eq!(Amount::parse("1,200.500"), Ok(Amount(Some(1200.5))));
    assert_eq!(Amount::parse("0.125"), Ok(Amount(Some(0.125))));
    assert_eq!(Amount::parse("1.2005"), Ok(Amount(Some(1.2005))));
    assert_eq!(Multiplier::parse("1.125"), Ok(Multiplier(Some(1.125))));
    assert_eq!(Amount::parse("$2 400.50"), Ok(Amount(Some(2400.5))));
    // The sign after the amount, as much of Europe writes it.
    for typed in ["1,200 €", "1200€", "1 200 €", "1200 £"] {
        assert_eq!(Amount::parse(typed), Ok(Amount(Some(1200.0))), "{typed}");
    }
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
        "2.5 is not a whole number. Enter a whole number of 0 or more, such as 2,500."
    );
    assert_eq!(Duration::parse("6"), Ok(Duration(Some(6))));
}

fn northwind() -> Plan {
    read_plan(include_bytes!("fixtures/northwind.json")).expect("the example reads")
}

#[test]
fn every_field_is_reached_by_its_json_path() {
    let plan = northwind();
    assert_eq!(plan.text_at("talent.positions.0.salary_min"), "170,000");
    assert_eq!(plan.text_at("talent.positions.1.priority"), "high");
    assert_eq!(
        plan.text_at("talent.positions.0.title"),
        "Staff platform engineer"
    );
    let mut walked = 0;
    plan.walk("", &mut |path, leaf| {
        walked += 1;
        assert_eq!(plan.text_at(path), leaf.text(), "{path}");
    });
    assert!(walked > 300, "{walked} fields");
    for missing in [
        "",
        "talent",
        "talent.positions",
        "talent.positions.99.title",
        "talent.nope",
        "talent.positions.x.title",
    ] {
        assert_eq!(plan.text_at(missing), "", "{missing}");
        assert!(plan.check_at(missing, "1").is_err(), "{missing}");
    }
}

#[test]
fn typing_into_a_path_stores_valid_text_and_leaves_the_plan_alone_otherwise() {
    let mut plan = northwind();
    let path = "talent.positions.0.salary_min";
    assert_eq!(
        plan.check_at(path, "170000"),
        Ok(("170,000".to_string(), false))
    );
    assert_eq!(
        plan.check_at(path, "1,500"),
        Ok(("1,500".to_string(), true))
    );
    plan.enter_at(path, "1,500").unwrap();
    assert_eq!(plan.talent.positions[0].salary_min, Amount(Some(1500.0)));

    let before = plan.clone();
    assert_eq!(
        plan.enter_at(path, "-3").unwrap_err(),
        "-3 is below the minimum of 0."
    );
    assert_eq!(
        plan.check_at("readiness.product.feature_completeness", "11")
            .unwrap_err(),
        "11 is above the maximum of 10."
    );
    assert!(plan.enter_at("meta.created_at", "yesterday").is_err());
    assert!(plan.enter_at("talent.positions.50.title", "x").is_err());
    assert_eq!(plan, before);

    plan.enter_at("talent.positions.1.priority", "medium")
        .unwrap();
    assert_eq!(plan.talent.positions[1].priority, Some(Priority::Medium));
    plan.enter_at("talent.positions.1.priority", "").unwrap();
    assert_eq!(plan.talent.positions[1].priority, None);
    plan.enter_at("organization.core_values.0", "Candour")
        .unwrap();
    assert_eq!(plan.organization.core_values[0], "Candour");
    plan.enter_at("technical.capacity.concurrent_users", "")
        .unwrap();
    assert_eq!(plan.text_at("technical.capacity.concurrent_users"), "");
}

#[test]
fn typed_numbers_read_as_the_standard_parser_reads_them() {
    let cases = [
        "0",
        "7",
        "007",
        "-0",
        "-12.5",
        "1200.",
        ".5",
        "-.5",
        "00.250",
        "3.14159265358979323846",
        "0.1",
        "123456789012345678901234567890",
        "4.35",
        "1.",
        "2.675",
    ];
    for text in cases {
        let expected: f64 = text.parse().unwrap();
        let got = Number::parse(text).map(|n| n.0);
        if expected < 0.0 || (expected == 0.0 && text.starts_with('-')) {
            assert!(got.is_err() || got == Ok(Some(0.0)), "{text}: {got:?}");
        } else {
            assert_eq!(got, Ok(Some(expected)), "{text}");
        }
    }
    for text in [
        "-", ".", "-.", "1.2.3", "--1", "1-2", "1e5", "+5", "0x10", "١٢",
    ] {
        assert!(Number::parse(text).is_err(), "{text}");
    }
}

const NUMBER: &str = "technical.capacity.database_gb";
const COUNT: &str = "technical.capacity.concurrent_users";
const SCORE: &str = "readiness.product.feature_completeness";

/// Types `text` at `path`: refused, with the plan unchanged and the same message from both
/// the check and the entry; gives the message.
fn refused(plan: &mut Plan, path: &str, text: &str) -> String {
    let before = plan.clone();
    let checked = plan.check_at(path, text);
    let entered = plan.enter_at(path, text);
    assert!(*plan == before, "{path} {text:?} changed the plan");
    let message = checked.expect_err(&format!("{path} {text:?} was taken"));
    assert_eq!(entered, Err(message.clone()), "{path} {text:?}");
    message
}

/// Types `text` at `path`, which must be taken; gives the field's text afterwards.
fn taken(plan: &mut Plan, path: &str, text: &str) -> String {
    let (shown, _) = plan
        .check_at(path, text)
        .unwrap_or_else(|e| panic!("{path} {text:?}: {e}"));
    plan.enter_at(path, text).unwrap();
    assert_eq!(plan.text_at(path), shown, "{path} {text:?}");
    shown
}

#[test]
fn a_comma_is_a_thousands_separator_only_before_exactly_three_digits() {
    let mut plan = northwind();
    assert_eq!(taken(&mut plan, NUMBER, "1,200"), "1,200");
    assert_eq!(plan.technical.capacity.database_gb, Number(Some(1200.0)));
    assert_eq!(taken(&mut plan, NUMBER, "1,234.5"), "1,234.5");
    assert_eq!(plan.technical.capacity.database_gb, Number(Some(1234.5)));
    assert_eq!(taken(&mut plan, NUMBER, "999,999.25"), "999,999.25");
    assert_eq!(
        plan.technical.capacity.database_gb,
        Number(Some(999_999.25))
    );
    assert_eq!(taken(&mut plan, COUNT, "12,345,678"), "12,345,678");
    assert_eq!(
        plan.technical.capacity.concurrent_users,
        Count(Some(12_345_678))
    );
    assert_eq!(
        refused(&mut plan, SCORE, "1,000"),
        "1000 is above the maximum of 10."
    );

    for text in [
        "2,5",
        "1,23",
        "12,3456",
        "1,,000",
        ",500",
        "1,000,00",
        "1.000,5",
        "1.5,3",
        "1,234.5,0",
        "1,234,5",
        "0,500",
        "1,",
        "12,34,567",
        "1234,567",
    ] {
        for path in [NUMBER, COUNT, SCORE] {
            refused(&mut plan, path, text);
        }
    }
    assert_eq!(
        plan.technical.capacity.database_gb,
        Number(Some(999_999.25))
    );
    assert_eq!(
        plan.technical.capacity.concurrent_users,
        Count(Some(12_345_678))
    );
    assert_eq!(plan.readiness.product.feature_completeness, Score(Some(8)));
}

#[test]
fn a_comma_used_as_a_decimal_point_is_refused_with_the_dot_form() {
    let mut plan = northwind();
    let message = |typed: &str, dotted: &str| {
        format!(
            "“{typed}” was not understood: use a dot for decimals ({dotted}) and commas only \
             between thousands (2,500)."
        )
    };
    for (path, text, dotted) in [
        (NUMBER, "2,5", "2.5"),
        (NUMBER, "1,23", "1.23"),
        (NUMBER, "12,3456", "12.3456"),
        (NUMBER, " $2,5 ", "$2.5"),
        (NUMBER, "2,5%", "2.5%"),
        (NUMBER, "-2,5", "-2.5"),
        (NUMBER, "0,500", "0.500"),
        (NUMBER, ",5", ".5"),
        (NUMBER, "1.000,5", "1,000.5"),
        (NUMBER, "1 234,5", "1 234.5"),
    ] {
        assert_eq!(
            refused(&mut plan, path, text),
            message(text.trim(), dotted),
            "{path} {text:?}"
        );
    }
    assert_eq!(plan.technical.capacity.database_gb, Number(Some(180.0)));
    assert_eq!(plan.technical.capacity.concurrent_users, Count(Some(4000)));
    assert_eq!(plan.readiness.product.feature_completeness, Score(Some(8)));
}

#[test]
fn other_misplaced_separators_are_refused_with_an_example() {
    let mut plan = northwind();
    for (path, text) in [
        (NUMBER, "1,,000"),
        (NUMBER, "1,000,00"),
        (NUMBER, "12,34,567"),
        (NUMBER, "1.5,3"),
        (NUMBER, "1,234,5"),
        (NUMBER, "1,"),
        (NUMBER, "1 23"),
        (NUMBER, "1.000 5"),
        (NUMBER, "1,234 567"),
    ] {
        assert_eq!(
            refused(&mut plan, path, text),
            format!(
                "“{text}” was not understood: use a dot for decimals and commas only between \
                 thousands (1,234.5)."
            ),
            "{path} {text:?}"
        );
    }
    assert_eq!(plan.technical.capacity.database_gb, Number(Some(180.0)));
}

#[test]
fn a_whole_number_field_never_suggests_a_fraction() {
    let mut plan = northwind();
    for (path, text, message) in [
        (
            COUNT,
            "1,2",
            "“1,2” was not understood: enter a whole number of 0 or more, such as 2,500.",
        ),
        (
            COUNT,
            "12,3456",
            "“12,3456” was not understood: enter a whole number of 0 or more, such as 2,500.",
        ),
        (
            COUNT,
            " 4,0 ",
            "“4,0” was not understood: enter a whole number of 0 or more, such as 2,500.",
        ),
        (
            COUNT,
            "01,000,000",
            "“01,000,000” was not understood: enter a whole number of 0 or more, such as 2,500.",
        ),
        (
            COUNT,
            "1_000 000",
            "“1_000 000” was not understood: enter a whole number of 0 or more, such as 2,500.",
        ),
        (
            SCORE,
            "7,5",
            "“7,5” was not understood: enter a whole number from 0 to 10.",
        ),
        (
            SCORE,
            "1_0",
            "“1_0” was not understood: enter a whole number from 0 to 10.",
        ),
    ] {
        assert_eq!(refused(&mut plan, path, text), message, "{path} {text:?}");
    }
    assert_eq!(plan.technical.capacity.concurrent_users, Count(Some(4000)));
    assert_eq!(plan.readiness.product.feature_completeness, Score(Some(8)));
}

#[test]
fn spaces_and_underscores_group_digits_by_the_same_rule() {
    let mut plan = northwind();
    for (text, value) in [
        ("1 200", 1200.0),
        ("1\u{a0}200", 1200.0),
        ("1\u{202f}200", 1200.0),
        ("1\u{2009}234\u{2009}567.5", 1_234_567.5),
        ("1_200", 1200.0),
        ("$ 2 400.50", 2400.5),
        ("2,400 h", 2400.0),
    ] {
        taken(&mut plan, NUMBER, text);
        assert_eq!(
            plan.technical.capacity.database_gb,
            Number(Some(value)),
            "{text:?}"
        );
    }
    taken(&mut plan, COUNT, "1_000_000");
    assert_eq!(
        plan.technical.capacity.concurrent_users,
        Count(Some(1_000_000))
    );
    for text in ["1 2", "1\u{202f}20", "12 3456", "1_2", "1 000_000", "1.5 5"] {
        refused(&mut plan, NUMBER, text);
        refused(&mut plan, COUNT, text);
    }
}

#[test]
fn negative_grouped_numbers_are_below_the_minimum() {
    let mut plan = northwind();
    assert_eq!(
        refused(&mut plan, NUMBER, "-1,500"),
        "-1500 is below the minimum of 0."
    );
    assert_eq!(
        refused(&mut plan, COUNT, "-1,500"),
        "-1500 is below the minimum of 0."
    );
    assert_eq!(
        refused(&mut plan, SCORE, "- 1,000"),
        "-1000 is below the minimum of 0."
    );
    assert_eq!(
        refused(&mut plan, NUMBER, "$-12,345.5"),
        "-12345.5 is below the minimum of 0."
    );
    assert!(refused(&mut plan, NUMBER, "-1,5").contains("(-1.5)"));
    assert!(refused(&mut plan, COUNT, "-12,3456").starts_with("“-12,3456” was not understood"));
}

#[test]
fn counts_are_read_exactly_up_to_the_largest() {
    let mut plan = northwind();
    assert_eq!(
        taken(&mut plan, COUNT, "9,007,199,254,740,993"),
        "9,007,199,254,740,993"
    );
    assert_eq!(
        plan.technical.capacity.concurrent_users,
        Count(Some(9_007_199_254_740_993))
    );
    taken(&mut plan, COUNT, "18,446,744,073,709,551,615");
    assert_eq!(
        plan.technical.capacity.concurrent_users,
        Count(Some(u64::MAX))
    );
    assert_eq!(
        refused(&mut plan, COUNT, "18,446,744,073,709,551,616"),
        "18446744073709551616 is above the maximum of 18446744073709551615."
    );
    assert_eq!(
        refused(&mut plan, COUNT, "4.000000000000000001"),
        "4.000000000000000001 is not a whole number. Enter a whole number of 0 or more, such as 2,500."
    );
    taken(&mut plan, COUNT, "4,000.000");
    assert_eq!(plan.technical.capacity.concurrent_users, Count(Some(4000)));
}

#[test]
fn a_text_past_5000_characters_is_refused_and_the_field_keeps_its_text() {
    let mut plan = Plan::blank("2026-12-03T10:00:00Z");
    plan.enter_at("meta.name", &"é".repeat(5_000)).unwrap();
    let err = plan.enter_at("meta.name", &"é".repeat(5_001)).unwrap_err();
    assert!(err.contains("5001 characters"), "{err}");
    assert_eq!(plan.meta.name.chars().count(), 5_000);
}

#[test]
fn an_amount_with_another_currencys_sign_is_refused_and_one_with_the_plans_own_code_taken() {
    let mut plan = Plan::blank("2026-11-25T08:00:00Z");
    let path = "talent.positions.0.salary_min";
    plan.meta.currency.0 = "EUR".into();
    assert_eq!(
        plan.check_at(path, "$1,200").unwrap_err(),
        "This plan is in EUR: “$” is another currency's sign. Type the amount alone, or change the plan's currency."
    );
    assert!(plan.check_at(path, "1200 £").is_err());
    assert!(
        plan.enter_at(path, "$1,200").is_err(),
        "storing reads it as checking does"
    );
    for fine in [
        "€1,200",
        "1 200 €",
        "1200",
        "EUR 1,200",
        "1200 EUR",
        "eur1200",
        "1 200 Eur",
    ] {
        assert_eq!(
            plan.check_at(path, fine).map(|(shown, _)| shown),
            Ok("1,200".to_string()),
            "{fine}"
        );
    }
    plan.enter_at(path, "EUR 1,300").unwrap();
    assert_eq!(plan.text_at(path), "1,300");
    assert!(
        plan.check_at(path, "USD 1,200").is_err(),
        "only the plan's own code"
    );
    assert!(
        plan.check_at(path, "EUR").is_err(),
        "the code alone is no amount"
    );
    plan.meta.currency.0 = "USD".into();
    assert!(plan.check_at(path, "$1,200").is_ok());
    assert!(plan.check_at(path, "1,200 USD").is_ok());
    // A currency whose sign is not one of these: any sign is taken, as before.
    plan.meta.currency.0 = "CAD".into();
    assert!(plan.check_at(path, "$1,200").is_ok());
}
