use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

#[component]
fn App() -> impl IntoView {
    let input = RwSignal::new(String::from("5"));
    let value = Memo::new(move |_| input.with(|s| s.trim().parse::<f64>().unwrap_or(0.0)));
    let canvas = NodeRef::<leptos::html::Canvas>::new();

    Effect::new(move |_| {
        let v = value.get();
        if let Some(canvas) = canvas.get() {
            if let Err(e) = draw(canvas, v) {
                leptos::logging::warn!("the chart did not draw: {e}");
            }
        }
    });

    view! {
        <label>"Value " <input type="number" name="value" prop:value=input
            on:input=move |e| input.set(event_target_value(&e)) /></label>
        <p>"Doubled: " <output data-figure="value" data-value=move || (value.get() * 2.0).to_string()>
            {move || value.get() * 2.0}</output></p>
        <canvas node_ref=canvas width="400" height="240"></canvas>
    }
}

fn draw(
    canvas: leptos::web_sys::HtmlCanvasElement,
    v: f64,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = CanvasBackend::with_canvas_object(canvas)
        .ok_or("no 2d context")?
        .into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(20)
        .y_label_area_size(40)
        .build_cartesian_2d(0..3, 0.0..(v.abs() * 2.0).max(10.0))?;
    chart.configure_mesh().draw()?;
    let bars = [v.abs(), v.abs() * 2.0, v.abs() / 2.0];
    chart.draw_series(
        bars.iter()
            .enumerate()
            .map(|(i, &b)| Rectangle::new([(i as i32, 0.0), (i as i32 + 1, b)], BLUE.filled())),
    )?;
    root.present()?;
    Ok(())
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
