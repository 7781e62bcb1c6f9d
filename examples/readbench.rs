use scaling_planner::model::*;
use std::time::Instant;
fn main() {
    let text = include_str!("../tests/fixtures/northwind.json");
    let n = 2000;
    let t = Instant::now();
    let mut plan = None;
    for _ in 0..n {
        plan = Some(read_plan(text.as_bytes()).unwrap());
    }
    let r = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    let plan = plan.unwrap();
    let t = Instant::now();
    let mut len = 0;
    for _ in 0..n {
        len += write_plan(&plan).len();
    }
    let w = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    let t = Instant::now();
    for _ in 0..n {
        let _ = merge(&plan, &plan, &plan);
    }
    let m = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("read {r:.1} µs, write {w:.1} µs, merge {m:.1} µs ({len})");
}
