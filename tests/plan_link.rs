#![cfg(not(target_arch = "wasm32"))]
//! Share links: a plan's JSON, deflated as the browser's `CompressionStream("deflate-raw")`
//! does, in a URL fragment; damaged, cut and newer links refused.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec;
use scaling_planner::model::{read_plan, write_plan, write_sparse, Plan};
use scaling_planner::share::plan_link::{
    is_plan_link, plan_link, read_plan_link, LinkRefusal, LONG_LINK_CHARS,
};

const BASE: &str = "https://founder.github.io/scaling-planner/";

fn northwind_json() -> String {
    let plan = read_plan(include_bytes!("fixtures/northwind.json")).expect("the example reads");
    write_plan(&plan)
}

fn link_of(json: &str) -> String {
    plan_link(BASE, json, &compress_to_vec(json.as_bytes(), 9))
}

/// What the app does with a link: read it, inflate, check, read the plan.
fn open(link: &str) -> Result<String, LinkRefusal> {
    let packed = read_plan_link(link)?;
    let inflated = decompress_to_vec(&packed.deflated).map_err(|_| LinkRefusal::Damaged)?;
    packed.open(&inflated)
}

#[test]
fn northwind_goes_through_a_link_of_well_under_8000_characters() {
    let json = northwind_json();
    let link = link_of(&json);
    println!(
        "northwind: {} bytes of JSON, a link of {} characters",
        json.len(),
        link.len()
    );
    assert!(link.len() < 8_000, "{} characters", link.len());
    assert!(link.len() > LONG_LINK_CHARS, "long enough for the warning");
    assert!(link.starts_with(&format!("{BASE}#plan=1")));
    assert!(is_plan_link(link.split_once('#').unwrap().1));
    assert_eq!(open(&link).unwrap(), json);
    let plan = read_plan(open(&link).unwrap().as_bytes()).unwrap();
    assert_eq!(write_plan(&plan), json);
}

#[test]
fn the_link_uses_only_characters_safe_in_a_url() {
    let link = link_of(&northwind_json());
    let fragment = link.split_once('#').unwrap().1;
    assert!(fragment
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "=-_".contains(c)));
}

#[test]
fn a_cut_link_is_refused_as_damaged() {
    let link = link_of(&northwind_json());
    for cut in [1, 10, 100, link.len() / 2] {
        let short = &link[..link.len() - cut];
        assert_eq!(open(short), Err(LinkRefusal::Damaged), "cut by {cut}");
    }
}

/// A link put in brackets, or ended with a sentence's mark, in a mail or on a slide.
#[test]
fn marks_written_after_a_link_are_not_read_as_part_of_it() {
    let json = northwind_json();
    let link = link_of(&json);
    for after in [")", ".", ",", ">", "!", "\u{201d}", ").", "%3E", "%22"] {
        assert_eq!(
            open(&format!("{link}{after}")),
            Ok(json.clone()),
            "{after:?}"
        );
    }
}

#[test]
fn a_changed_character_is_refused_as_damaged() {
    let link = link_of(&northwind_json());
    let at = link.len() - 40;
    let mut bytes = link.into_bytes();
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(bytes).unwrap();
    assert_eq!(open(&damaged), Err(LinkRefusal::Damaged));
}

#[test]
fn a_newer_link_format_is_named_not_called_damaged() {
    let link = link_of(&northwind_json()).replace("#plan=1", "#plan=2");
    let refused = open(&link).unwrap_err();
    assert_eq!(refused, LinkRefusal::Newer('2'));
    assert!(refused.message().contains("newer version"));
    assert!(refused.message().contains("link format 2"));
    // Format 0 was never made: damaged, not newer.
    let zero = link_of(&northwind_json()).replace("#plan=1", "#plan=0");
    assert_eq!(open(&zero), Err(LinkRefusal::Damaged));
}

#[test]
fn not_a_plan_link_is_refused() {
    assert!(!is_plan_link("#join=1abc.Plan"));
    assert_eq!(open("#plan="), Err(LinkRefusal::Damaged));
    assert_eq!(open("#plan=1"), Err(LinkRefusal::Damaged));
    assert_eq!(open("#plan=1***"), Err(LinkRefusal::Damaged));
    assert_eq!(open("#plan=x123"), Err(LinkRefusal::Damaged));
}

#[test]
fn a_plan_that_inflates_beyond_2_mib_is_refused() {
    let huge = "x".repeat(3 * 1024 * 1024);
    let link = link_of(&huge);
    assert!(link.len() < 10_000, "it compresses well: {}", link.len());
    assert_eq!(open(&link), Err(LinkRefusal::TooLarge));
}

#[test]
fn a_links_plan_leaves_its_blanks_out_and_reads_back_the_same() {
    let blank = Plan::blank("2026-12-05T00:00:00Z");
    let northwind = read_plan(northwind_json().as_bytes()).unwrap();
    for plan in [&blank, &northwind] {
        let sparse = write_sparse(plan);
        let read = read_plan(sparse.as_bytes()).unwrap();
        assert_eq!(&read, plan);
        assert_eq!(write_plan(&read), write_plan(plan));
    }
    // A blank plan's rows stay, as rows of nothing.
    let sparse = write_sparse(&blank);
    let value: serde_json::Value = serde_json::from_str(&sparse).unwrap();
    assert_eq!(
        value["technical"]["bottlenecks"],
        serde_json::json!([{}, {}, {}])
    );
    assert!(
        value.get("data").is_none(),
        "a section of blanks is left out"
    );
    assert!(!sparse.contains("null"), "{sparse}");
    assert!(
        sparse.len() * 5 < write_plan(&blank).len(),
        "{} of {}",
        sparse.len(),
        write_plan(&blank).len()
    );
}
