//! The plan bar (switch, new, duplicate, delete, import, export, saved state) and notices.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::brief::Brief;
use super::clock::local_minute;
use super::compare::Comparing;
use super::focus_later;
use super::preview::ImportPreview;
use super::session::{download, Notice, SaveStatus, Session};
use super::share_link::{share_box, share_button, Shared};
use crate::session::Event;
use crate::storage::PlanEntry;

#[component]
pub fn PlanBar(comparing: Comparing, brief: Brief, preview: ImportPreview) -> impl IntoView {
    let session = Session::get();
    let file_input = NodeRef::<leptos::html::Input>::new();
    let paste_open = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(false);
    let shared = RwSignal::new(Shared::None);

    let on_pick = move |_| {
        let Some(input) = file_input.get() else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            preview.show_file(file);
        }
        input.set_value("");
    };
    let export_json = move |_| session.export_json();
    let export_markdown = move |_| session.export_markdown(String::new());
    let status = move || match session.status.get() {
        SaveStatus::Saved(at) if session.in_memory_only() => {
            format!("Kept in this tab only · {}", local_minute(&at))
        }
        SaveStatus::Saved(at) => format!("Saved · {}", local_minute(&at)),
        SaveStatus::Pending => "Saving…".into(),
        SaveStatus::Failed(e) => format!("Not saved: {e}"),
        SaveStatus::Held(why) => format!("Not saved: {why}"),
    };
    // The menu names the open plan, also once its entries are made again in a new order (a
    // rename, a save).
    let name_open = move || {
        if let Some(select) = document().get_element_by_id("plan-select") {
            let select: web_sys::HtmlSelectElement = select.unchecked_into();
            select.set_value(&session.current.get_untracked().unwrap_or_default());
        }
    };
    view! {
        <div class="plan-bar" role="toolbar" aria-label="Plans">
            <div class="plan-pick">
                <label for="plan-select">"Plan"</label>
                <select
                    id="plan-select"
                    prop:value=move || session.current.get().unwrap_or_default()
                    on:change=move |ev| {
                        session.open(&event_target_value(&ev));
                        // If the app stayed on the open plan, the menu says so too.
                        let select: web_sys::HtmlSelectElement = event_target(&ev);
                        select.set_value(&session.current.get_untracked().unwrap_or_default());
                    }
                >
                    {move || {
                        let plans = session.plans.get();
                        request_animation_frame(name_open);
                        let labels = PlanEntry::labels(&plans);
                        plans
                            .into_iter()
                            .zip(labels)
                            .map(|(entry, label)| view! {
                                <option
                                    value=entry.id.clone()
                                    disabled=entry.newer.is_some()
                                    selected=move || session.current.get().as_deref() == Some(entry.id.as_str())
                                >
                                    {label}
                                    {entry.newer.map(|_| " (made by a newer version: reload to open)")}
                                </option>
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="plan-actions">
                <button type="button" on:click=move |_| session.new_blank()>"New plan"</button>
                <button type="button" on:click=move |_| session.new_from_example()>"New from example"</button>
                <button type="button" on:click=move |_| session.duplicate()>"Duplicate"</button>
                <Show
                    when=move || confirm_delete.get()
                    fallback=move || view! {
                        <button type="button" class="danger" id="delete-plan" on:click=move |_| {
                            confirm_delete.set(true);
                            focus_later(".confirm .keep".into());
                        }>"Delete…"</button>
                    }
                >
                    <span class="confirm" role="group" aria-label="Confirm delete">
                        "Delete this plan? "
                        <button type="button" class="danger" on:click=move |_| {
                            confirm_delete.set(false);
                            session.delete_current();
                            // Undo in the notice if there is one; else the button again.
                            focus_later("#delete-plan".into());
                            focus_later("#undo-delete".into());
                        }>"Delete"</button>
                        <button type="button" class="keep" on:click=move |_| {
                            confirm_delete.set(false);
                            focus_later("#delete-plan".into());
                        }>"Keep"</button>
                    </span>
                </Show>
            </div>
            <div class="plan-files">
                <label class="button-like" for="import-file">"Import JSON"</label>
                <input
                    id="import-file"
                    class="visually-hidden"
                    type="file"
                    accept=".json,application/json"
                    node_ref=file_input
                    on:change=on_pick
                />
                <button type="button" aria-expanded=move || paste_open.get().to_string() on:click=move |_| paste_open.update(|o| *o = !*o)>
                    "Paste JSON"
                </button>
                <button type="button" on:click=export_json>"Export JSON"</button>
                <button type="button" id="open-compare" on:click=move |_| comparing.open()>"Compare…"</button>
                <button type="button" id="open-brief" on:click=move |_| brief.open()>"Print brief"</button>
                <button type="button" on:click=export_markdown>"Export Markdown"</button>
                {share_button(shared)}
            </div>
            <p class="save-state" role="status">
                <span class="saved">{status}</span>
                <span class="exported">
                    {move || match session.exported_at.get() {
                        Some(at) => format!(" · Last exported {}", local_minute(&at)),
                        None => " · Never exported".to_string(),
                    }}
                </span>
                // Last: it is known a moment after the rest, and must not move them.
                <span class="persist">
                    {move || match session.persisted.get() {
                        Some(true) => " · Storage: persistent",
                        Some(false) => " · Storage: may be cleared by the browser",
                        None => "",
                    }}
                </span>
            </p>
            {share_box(shared, Callback::new(move |_| session.export_json()))}
            <Show when=move || paste_open.get()>
                <div class="paste-box">
                    <label for="paste-json">"Paste a plan file's JSON text"</label>
                    <textarea id="paste-json" rows="4" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    <button type="button" on:click=move |_| {
                        if preview.show("pasted text", &pasted.get_untracked()) {
                            pasted.set(String::new());
                            paste_open.set(false);
                        }
                    }>"Import pasted JSON"</button>
                </div>
            </Show>
        </div>
    }
}

/// Drag-and-drop of a file anywhere on the page, and pasting plan JSON outside a field.
pub fn listen_for_files(preview: ImportPreview) {
    let over = window_event_listener(leptos::ev::dragover, move |ev: web_sys::DragEvent| {
        ev.prevent_default();
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            preview.show_file(file);
        }
    });
    let paste = window_event_listener(leptos::ev::paste, move |ev: web_sys::ClipboardEvent| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_field {
            return;
        }
        let text = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if text.trim_start().starts_with('{') {
            ev.prevent_default();
            preview.show("pasted text", &text);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
        paste.remove();
    });
}

/// The notices, rebuilt whole when one comes or goes: a keyed list cost 5.7 KB gzip of the
/// download. A notice is announced (its `role`) only when it first shows, and a button that
/// had focus has it again after the rebuild.
#[component]
pub fn Notices() -> impl IntoView {
    let session = Session::get();
    let shown = StoredValue::new(Vec::<String>::new());
    let list = move || {
        let notices = session.notices.get();
        let focused = focused_notice();
        let keys: Vec<String> = notices.iter().map(Notice::shown_key).collect();
        let old = shown.get_value();
        shown.set_value(keys.clone());
        if let Some((key, label)) = focused {
            request_animation_frame(move || refocus(&key, &label));
        }
        notices
            .into_iter()
            .zip(keys)
            .map(|(notice, key)| {
                let new = !old.contains(&key);
                // Told once: rebuilt with the others, it is not announced again.
                let role = new.then(|| notice.role());
                view! { <div data-notice=key role=role>{notice_view(session, notice)}</div> }
            })
            .collect_view()
    };
    view! { <div class="notices">{list}</div> }
}

/// The notice and the label of the button in it that has focus, if one has.
fn focused_notice() -> Option<(String, String)> {
    let active = document().active_element()?;
    let key = active
        .closest("[data-notice]")
        .ok()??
        .get_attribute("data-notice")?;
    Some((key, active.text_content()?))
}

fn refocus(key: &str, label: &str) {
    let Ok(buttons) = document().query_selector_all("[data-notice] button") else {
        return;
    };
    for i in 0..buttons.length() {
        let Some(button) = buttons
            .get(i)
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let in_notice = button
            .closest("[data-notice]")
            .ok()
            .flatten()
            .and_then(|n| n.get_attribute("data-notice"));
        if in_notice.as_deref() == Some(key) && button.text_content().as_deref() == Some(label) {
            let _ = button.focus();
            return;
        }
    }
}

fn notice_view(session: Session, notice: Notice) -> impl IntoView {
    let dismiss = {
        let notice = notice.clone();
        move |_| session.dismiss(&notice)
    };
    let close = move || view! { <button type="button" class="link" on:click=dismiss.clone()>"Dismiss"</button> };
    let export = move || view! { <button type="button" on:click=move |_| session.export_json()>"Export JSON now"</button> };
    match notice.clone() {
        Notice::NoStorage(why) => view! {
            <div class="notice error">
                <strong>"This browser is not letting the app store plans"</strong>
                {format!(" ({why}). Your plan works in this tab only and is lost when it closes: use Export JSON to keep it. ")}
            </div>
        }
        .into_any(),
        Notice::Full => view! {
            <div class="notice error">
                <strong>"Browser storage is full."</strong>
                " Your latest changes are kept in this tab but not saved. Export the plan to keep a copy: then you can open other plans, and delete those you no longer need. "
                {export()}
            </div>
        }
        .into_any(),
        Notice::NoRoom => view! {
            <div class="notice warn">
                <strong>"Browser storage is full."</strong>
                " Your plans are all here to open and read, but new changes need room to be saved: delete plans you no longer need, or export them. "
                {close()}
            </div>
        }
        .into_any(),
        Notice::Stayed(why) => view! {
            <div class="notice error">
                <strong>"Still on this plan: "</strong>
                {format!("its latest changes are not saved ({why}). Export it to keep them, then you can open another plan; or discard the unsaved changes. ")}
                {export()}
                " "
                <button type="button" class="danger" on:click=move |_| session.send(Event::DiscardChanges)>"Discard unsaved changes"</button>
            </div>
        }
        .into_any(),
        Notice::Limit(why) => view! {
            <div class="notice error">
                <strong>"This plan has reached a limit of the plan format: "</strong>
                {format!("{why}. The latest changes are not saved until it is back within the limit.")}
            </div>
        }
        .into_any(),
        Notice::Newer(count) => view! {
            <div class="notice warn">
                {if count == 1 {
                    "One plan here was made by a newer version of Scaling Planner. It is left exactly as it is: reload to open it. ".to_string()
                } else {
                    format!("{count} plans here were made by a newer version of Scaling Planner. They are left exactly as they are: reload to open them. ")
                }}
                <button type="button" on:click=move |_| { let _ = window().location().reload(); }>"Reload"</button>
            </div>
        }
        .into_any(),
        Notice::UpdateReady => view! {
            <div class="notice info">
                "A new version of Scaling Planner is ready. "
                <button type="button" on:click=move |_| session.apply_update()>"Reload to update"</button>
                " "
                {close()}
            </div>
        }
        .into_any(),
        Notice::Recovered(r) => {
            let file = format!("unreadable-plan-{}.json", r.id);
            let raw = r.raw.clone();
            view! {
                <div class="notice error">
                    <strong>{match r.name() {
                        Some(name) => format!("The stored plan “{name}” could not be read"),
                        None => "A stored plan could not be read".into(),
                    }}</strong>
                    {format!(" ({}). Its text was kept aside, untouched. ", r.reason)}
                    <button type="button" on:click=move |_| { download(&file, "application/json", &raw); }>"Download its text"</button>
                    " "
                    <details class="confirm">
                        <summary>"Discard it…"</summary>
                        "Its text is then gone for good. "
                        <button type="button" class="danger" on:click=move |ev| {
                            // The next notice takes this one's place on the page: it starts closed,
                            // and the keyboard's place is on its "Discard it…", not on this button,
                            // hidden but still focused until the browser next lays out the page.
                            if let Some(details) = event_target::<web_sys::Element>(&ev).parent_element() {
                                let _ = details.remove_attribute("open");
                                if let Some(summary) = details.first_element_child() {
                                    let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
                                }
                            }
                            session.discard_recovered(&r.key);
                        }>"Discard for good"</button>
                    </details>
                </div>
            }
            .into_any()
        }
        Notice::ImportFailed { source, reason } => view! {
            <div class="notice error">
                <strong>{format!("Could not import {source}: ")}</strong>
                <span class="reason">{reason}</span>
                ". Nothing was changed. "
                {close()}
            </div>
        }
        .into_any(),
        Notice::Imported(name) => view! {
            <div class="notice info">{format!("Imported “{name}” as a new plan. ")} {close()}</div>
        }
        .into_any(),
        Notice::Deleted { plan, earlier, .. } => {
            let name = plan.title();
            let before = match &earlier[..] {
                [] => String::new(),
                [(_, one)] => format!(" Undo brings it back, then “{}”, deleted before it.", one.title()),
                many => format!(
                    " Undo brings it back, then the {} plans deleted before it, one at a time.",
                    many.len()
                ),
            };
            view! {
                <div class="notice info">
                    {format!("Deleted “{name}”.{before} ")}
                    <button type="button" id="undo-delete" on:click=move |_| session.undo_delete()>"Undo"</button>
                    " "
                    {close()}
                </div>
            }
            .into_any()
        }
        Notice::FromOtherTab(at) => view! {
            <div class="notice info">{format!("Changes from another tab were brought in at {}. ", local_minute(&at))} {close()}</div>
        }
        .into_any(),
        Notice::Conflict { copy_name, ours } => view! {
            <div class="notice warn">
                {match ours {
                    false => format!("This plan was also being edited in another tab. Your version is kept here; the other tab's version was saved as “{copy_name}”. "),
                    true => format!("Another tab changed the same fields of this plan. Its version is shown here; yours was saved as “{copy_name}”, in your plans. "),
                }}
                {close()}
            </div>
        }
        .into_any(),
        Notice::DeletedElsewhere => view! {
            <div class="notice warn">
                "This plan was deleted in another tab. It is still open here, not saved; "
                <button type="button" on:click=move |_| session.send(Event::KeepDeleted)>"Keep it"</button>
                " to store it again, or export it. "
            </div>
        }
        .into_any(),
    }
}
