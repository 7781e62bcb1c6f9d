//! A chart on the page: a canvas as wide as its container and as sharp as the screen,
//! redrawn only when its data changes, with a text summary and a table of its numbers.

use std::cell::Cell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlDetailsElement, ResizeObserver, ResizeObserverEntry};

use super::backend::Canvas;
use super::{Chart, Table};

/// The window event that draws at once every chart not drawn yet (the brief shows them).
pub const DRAW_ALL: &str = "scaling-planner:draw-charts";

/// Draws `data` into a canvas whenever it changes (`Memo` equality), or the container's
/// width does: on the next animation frame, so that fast typing draws once a frame and the
/// figures are never held up by a drawing. A chart far off screen is not laid out
/// (`content-visibility: auto` in the stylesheet), so it has no width and draws first when it
/// comes near the screen, when the page is printed, or on [`DRAW_ALL`]. The canvas carries
/// `data-draws` (how many times it drew) for tests and benchmarks.
#[component]
pub fn ChartCanvas<T: Chart>(data: Memo<T>) -> impl IntoView {
    let draw = move |canvas: HtmlCanvasElement, width: u32, scale: f64| {
        data.with_untracked(|d| {
            let Some(backend) = Canvas::new(canvas, (width, T::height(width)), scale) else {
                return;
            };
            let root = backend.into_drawing_area();
            if let Err(e) = d.draw(&root).and_then(|_| root.present()) {
                not_drawn(T::KEY, &e);
            }
        })
    };
    chart_figure(
        Labels {
            key: T::KEY,
            title: T::TITLE,
            height: T::height(600),
            changed: Box::new(move || data.with(|_| ())),
            summary: Signal::derive(move || data.with(Chart::summary)),
            table: Signal::derive(move || data.with(Chart::table)),
        },
        Rc::new(draw),
    )
}

fn not_drawn(key: &str, error: &dyn std::fmt::Display) {
    leptos::logging::warn!("the {key} chart did not draw: {error}");
}

/// What the page shows of a chart besides its drawing.
struct Labels {
    key: &'static str,
    title: &'static str,
    height: u32,
    /// Subscribes the caller to the chart's data.
    changed: Box<dyn Fn()>,
    summary: Signal<String>,
    table: Signal<Table>,
}

/// Draws into the canvas at a CSS width and a scale (device pixels per CSS pixel).
type Draw = Rc<dyn Fn(HtmlCanvasElement, u32, f64)>;

/// The part of a chart that does not depend on its data type, so that it is compiled once.
fn chart_figure(labels: Labels, draw: Draw) -> impl IntoView {
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let width = RwSignal::new(0u32);
    let printing = RwSignal::new(false);
    let table_open = RwSignal::new(false);

    Effect::new(move |_| {
        let Some(container) = canvas_ref.get().and_then(|c| c.parent_element()) else {
            return;
        };
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry: ResizeObserverEntry = entries.get(0).unchecked_into();
            let now = entry.content_rect().width().floor() as u32;
            if width.try_get_untracked().is_some_and(|w| w != now) {
                width.set(now);
            }
        });
        let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&container);
        let observing = SendWrapper::new((observer, on_resize));
        on_cleanup(move || observing.0.disconnect());
    });

    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });

    let draws = Rc::new(Cell::new(0u32));
    let draw_now = move || {
        let (Some(canvas), Some(width), Some(printing)) = (
            canvas_ref.get_untracked(),
            width.try_get_untracked(),
            printing.try_get_untracked(),
        ) else {
            return;
        };
        // Printing or the brief, before the chart was ever laid out: its width now.
        let width = match width {
            0 => canvas
                .parent_element()
                .map_or(0, |box_| box_.client_width().max(0) as u32),
            known => known,
        };
        if width == 0 {
            return;
        }
        let scale = window().device_pixel_ratio();
        let scale = if printing { scale.max(2.0) } else { scale };
        draw(canvas.clone(), width, scale);
        draws.set(draws.get() + 1);
        let _ = canvas.set_attribute("data-draws", &draws.get().to_string());
    };
    let first = draw_now.clone();
    let all = window_event_listener_untyped(DRAW_ALL, move |_| {
        if width.try_get_untracked() == Some(0) {
            first();
        }
    });
    on_cleanup(move || all.remove());
    let pending = Rc::new(Cell::new(false));
    let changed = labels.changed;
    Effect::new(move |_| {
        changed();
        // A chart never laid out draws for printing all the same (`draw_now` measures it).
        let ready = (width.get() > 0 || printing.get()) && canvas_ref.get().is_some();
        if !ready {
            return;
        }
        if printing.get() {
            // Printing lays the page out at once: no frame comes before it.
            draw_now();
        } else if !pending.replace(true) {
            let (pending, draw_now) = (pending.clone(), draw_now.clone());
            request_animation_frame(move || {
                pending.set(false);
                draw_now();
            });
        }
    });

    let Labels {
        key,
        title,
        height,
        summary,
        table,
        ..
    } = labels;
    view! {
        <figure class="chart" data-chart=key>
            <figcaption class="chart-title">{title}</figcaption>
            <div class="chart-box">
                <canvas node_ref=canvas_ref role="img" width="600" height=height aria-label=summary></canvas>
            </div>
            <details class="chart-numbers" on:toggle=move |ev| table_open.set(event_target::<HtmlDetailsElement>(&ev).open())>
                <summary>"Show the numbers"</summary>
                // Written only while open: a closed table costs nothing on each keystroke.
                <div inner_html=move || if table_open.get() { table.with(|t| t.html(title)) } else { String::new() }></div>
            </details>
        </figure>
    }
}
