#[cfg(target_arch = "wasm32")]
fn main() {
    scaling_planner::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Scaling Planner runs in the browser: build it with `make run`.");
}
