#![cfg(not(target_arch = "wasm32"))]
use scaling_planner::model::*;

#[test]
fn smoke() {
    let text = std::fs::read_to_string("tests/fixtures/northwind.json").unwrap();
    let plan = read_plan(text.as_bytes()).unwrap();
    let out = write_plan(&plan);
    std::fs::write("/tmp/x/out.json", &out).unwrap();
    assert_eq!(out, text);
}
