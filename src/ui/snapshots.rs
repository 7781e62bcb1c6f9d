//! Snapshots of the two scorecards: take one with a label, list and delete them,
//! and see progress across them.

use leptos::prelude::*;

use super::clock::{local_figures, local_minute};
use crate::charts::canvas::ChartCanvas;
use crate::charts::history::{self, MAX_SNAPSHOTS};
use crate::charts::{ProgressData, ProgressPoint, SnapshotFigures};
use crate::format::one_decimal;
use crate::model::Snapshot;
use crate::ui::now;
use crate::ui::state::{opened, PlanState};

/// The latest snapshot with what it computes to; recomputed only when that snapshot changes.
pub fn last_snapshot() -> Memo<Option<SnapshotFigures>> {
    let state = PlanState::get();
    let last = Memo::new(move |_| state.plan.with(|p| p.snapshots.last().cloned()));
    Memo::new(move |_| last.with(|s| s.as_ref().map(local_figures)))
}

/// The quarter a snapshot taken now is named after by default: the reader's, not UTC's, which on
/// the last evening of a quarter west of UTC is already the next.
fn this_quarter() -> String {
    let today = js_sys::Date::new_0();
    history::quarter(today.get_full_year(), today.get_month() + 1)
}

/// Shows the list's last row, the new snapshot, once it is drawn. Rows that come into view lay
/// themselves out only then (`content-visibility`) and may grow, so this is done again a frame on.
fn scroll_to_end(frames: u8) {
    if let Some(list) = document().get_element_by_id("snapshot-list") {
        list.set_scroll_top(list.scroll_height());
    }
    if frames > 1 {
        request_animation_frame(move || scroll_to_end(frames - 1));
    }
}

#[component]
pub fn SnapshotsSection() -> impl IntoView {
    let state = PlanState::get();
    let label = RwSignal::new(String::new());
    // The last snapshot deleted, where it was, and from which plan ([`opened`]).
    let removed: RwSignal<Option<(u32, usize, Snapshot)>> = RwSignal::new(None);
    let snapshots = Memo::new(move |_| state.plan.with(|p| p.snapshots.clone()));
    let points = Memo::new(move |_| {
        snapshots.with(|all| {
            all.iter()
                .map(|s| ProgressPoint::of(&local_figures(s)))
                .collect::<Vec<_>>()
        })
    });
    let progress = Memo::new(move |_| {
        state
            .figures
            .with(|f| points.with(|p| ProgressData::new(p, f)))
    });
    let count = Memo::new(move |_| snapshots.with(Vec::len));
    let full = move || count.get() >= MAX_SNAPSHOTS;

    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        removed.set(None);
        let taken_at = now();
        let given = label.get_untracked();
        state.edit("snapshots", |p| {
            let _ = history::take(p, &taken_at, &given, &this_quarter());
        });
        label.set(String::new());
        request_animation_frame(|| scroll_to_end(2));
    };
    let delete = move |i: usize| {
        state.edit("snapshots", |p| {
            if i < p.snapshots.len() {
                removed.set(Some((opened(), i, p.snapshots.remove(i))));
            }
        });
    };
    let undo = move |_| {
        if let Some((_, i, snapshot)) = removed
            .get_untracked()
            .filter(|(plan, ..)| *plan == opened())
        {
            state.edit("snapshots", |p| {
                if p.snapshots.len() < MAX_SNAPSHOTS {
                    p.snapshots.insert(i.min(p.snapshots.len()), snapshot);
                }
            });
            removed.set(None);
        }
    };

    view! {
        <section id="snapshots" class="section" aria-labelledby="snapshots-title">
            <h3 id="snapshots-title">"Progress Snapshots"</h3>
            <p class="task">"Keep a copy of today's 36 scores, then see your progress from quarter to quarter."</p>
            <form class="snapshot-form" on:submit=take>
                <div class="field">
                    <label for="snapshot-label">"Label for a new snapshot"</label>
                    <input
                        type="text"
                        id="snapshot-label"
                        maxlength=crate::model::value::MAX_TEXT_CHARS
                        placeholder=this_quarter()
                        prop:value=move || label.get()
                        on:input=move |ev| label.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="take" disabled=full>"Take snapshot"</button>
            </form>
            <p class="hint snapshot-count">
                {move || format!("{} of {MAX_SNAPSHOTS} snapshots kept.", count.get())}
                {move || full().then_some(" Delete one to take another.")}
            </p>
            <ol class="snapshot-list" id="snapshot-list">
                {move || {
                    snapshots.with(|taken| points.with(|all| {
                        all.iter()
                            .zip(taken)
                            .enumerate()
                            .map(|(i, (p, s))| {
                                view! {
                                    <li class="snapshot">
                                        <span class="snapshot-name">{p.name.clone()}</span>
                                        <span class="snapshot-detail">
                                            <time class="snapshot-date" datetime=s.taken_at.0.clone()>{local_minute(&s.taken_at.0)}</time>
                                            {format!(
                                                " · Readiness {}\u{a0}/50 · Assessment {}\u{a0}/100",
                                                one_decimal(p.readiness),
                                                one_decimal(p.assessment),
                                            )}
                                        </span>
                                        <button
                                            type="button"
                                            class="row-remove"
                                            aria-label=format!("Delete snapshot {}", p.name)
                                            on:click=move |_| delete(i)
                                        >
                                            "Delete"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }))
                }}
            </ol>
            {move || {
                removed
                    .with(|r| r.as_ref().filter(|(plan, ..)| *plan == opened()).map(|(_, _, s)| s.label.clone()))
                    .map(|name| {
                        view! {
                            <p class="undo" role="status">
                                {format!("Deleted snapshot “{name}”. ")}
                                <button type="button" class="link" on:click=undo>"Undo"</button>
                            </p>
                        }
                    })
            }}
            <ChartCanvas data=progress />
        </section>
    }
}
