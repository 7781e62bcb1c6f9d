//! The session core ([`crate::session`]) wired to the page: DOM events in, effects out.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clock::{clock, now};
use super::state::PlanState;
use crate::session::{Core, Event, Opened};
use crate::storage::{AnyStore, PlanEntry};

pub use crate::session::{Hold, Notice, SaveStatus};

thread_local! {
    /// The `beforeunload` listener, there while the plan is not saved ([`Session::guard_unload`]).
    static UNLOAD: std::cell::Cell<Option<WindowListenerHandle>> = const { std::cell::Cell::new(None) };
}

/// How long typing may pause before the plan is written.
const AUTOSAVE_MS: u64 = 300;

/// The page asks the service worker to take over with this event, and hears of a new
/// version with the other (see scripts/post-build.mjs).
const APPLY_UPDATE: &str = "scaling-planner:apply-update";
const UPDATE_READY: &str = "scaling-planner:update-ready";

/// The example plan, served next to the page (index.html copies `tests/fixtures/northwind.json`
/// there) and cached by the service worker for offline use.
pub const EXAMPLE_URL: &str = "examples/northwind.json";

/// The plan library and what the page shows about it. Copy, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Session {
    pub state: PlanState,
    core: StoredValue<Core<AnyStore>, LocalStorage>,
    pub current: RwSignal<Option<String>>,
    pub plans: RwSignal<Vec<PlanEntry>>,
    pub status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub persisted: RwSignal<Option<bool>>,
    pub exported_at: RwSignal<Option<String>>,
    memory_only: bool,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// The session's core, started before the page over it: on a phone each is a long enough task.
/// Another tab's changes in between are caught up with when this one saves, as always.
pub struct Started {
    core: Core<AnyStore>,
    plan: crate::model::Plan,
}

/// Opens the plan library and starts the session's core on it.
pub fn start_core() -> Started {
    let (store, opened) = open_store();
    let (core, plan) = Core::start(store, opened, &clock());
    Started { core, plan }
}

/// localStorage if the browser lets the page use it; a full one still reads.
fn open_store() -> (AnyStore, Opened) {
    use crate::storage::{local::LocalStore, StoreError};
    match LocalStore::open() {
        Ok((store, full)) => (
            AnyStore::Local(store),
            if full { Opened::Full } else { Opened::Ready },
        ),
        Err(e) => (
            AnyStore::Memory(Default::default()),
            Opened::Blocked(match e {
                StoreError::Full => "storage is full".into(),
                StoreError::Failed(why) => why,
            }),
        ),
    }
}

impl Session {
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// Puts the plan the core opened on the page, and starts autosave.
    pub fn start(started: Started) -> Self {
        let Started { core, plan } = started;
        let state = PlanState::provide(plan);
        let session = Session {
            state,
            current: RwSignal::new(core.open.clone()),
            plans: RwSignal::new(core.plans.clone()),
            status: RwSignal::new(core.status.clone()),
            notices: RwSignal::new(core.notices.clone()),
            persisted: RwSignal::new(None),
            exported_at: RwSignal::new(core.exported_at.clone()),
            memory_only: core.memory_only,
            core: StoredValue::new_local(core),
            timer: StoredValue::new(None),
        };
        provide_context(session);
        on_cleanup(move || session.cancel_autosave());
        session.autosave();
        session.listen();
        session.ask_persistence();
        session
    }

    /// Hands one event to the core, carries out its effects and shows its new state.
    pub fn send(&self, event: Event) {
        let keystroke = matches!(event, Event::Edited);
        let clock = clock();
        let state = self.state;
        let effects = self
            .core
            .try_update_value(|core| {
                state.change_untracked(|plan| core.handle(event, plan, &clock))
            })
            .flatten()
            .unwrap_or_default();
        if keystroke {
            if let Some(status) = self.core.try_with_value(|c| c.status.clone()) {
                self.set_status(status);
            }
        } else {
            self.sync();
        }
        for effect in effects {
            match effect {
                crate::session::Effect::Show => state.shown(),
                crate::session::Effect::Download {
                    name,
                    mime,
                    text,
                    plan_file,
                } => {
                    if download(&name, mime, &text) {
                        self.send(Event::Downloaded { plan_file });
                    }
                }
            }
        }
    }

    /// Copies the core's state into the page's signals, waking only what changed.
    fn sync(&self) {
        let Some((current, mut plans, status, notices, exported_at)) =
            self.core.try_with_value(|c| {
                (
                    c.open.clone(),
                    c.plans.clone(),
                    c.status.clone(),
                    c.notices.clone(),
                    c.exported_at.clone(),
                )
            })
        else {
            return;
        };
        // A plan in no storage (made while storage was full, or deleted in another tab) is in
        // no list: the plan menu names it all the same, under its id if it has one.
        if !plans.iter().any(|p| Some(&p.id) == current.as_ref()) {
            let name = self
                .state
                .plan
                .with_untracked(|p| format!("{} (not saved)", p.title()));
            plans.insert(
                0,
                PlanEntry {
                    id: current.clone().unwrap_or_default(),
                    name,
                    company: String::new(),
                    updated_at: String::new(),
                    newer: None,
                },
            );
        }
        if self.current.with_untracked(|open| *open != current) {
            super::state::open_another();
        }
        set_if_changed(self.current, current);
        set_if_changed(self.plans, plans);
        self.set_status(status);
        set_if_changed(self.notices, notices);
        set_if_changed(self.exported_at, exported_at);
    }

    pub fn in_memory_only(&self) -> bool {
        self.memory_only
    }

    pub fn save_now(&self) {
        self.cancel_autosave();
        self.send(Event::Save);
    }

    pub fn open(&self, id: &str) {
        self.cancel_autosave();
        self.send(Event::Open(id.to_string()));
    }

    pub fn add(&self, plan: crate::model::Plan) {
        self.cancel_autosave();
        self.send(Event::New(Box::new(plan)));
    }

    pub fn new_blank(&self) {
        self.add(crate::model::Plan::blank(&now()));
    }

    pub fn duplicate(&self) {
        self.cancel_autosave();
        self.send(Event::Duplicate);
    }

    pub fn delete_current(&self) {
        self.cancel_autosave();
        self.send(Event::Delete);
    }

    pub fn undo_delete(&self) {
        self.cancel_autosave();
        self.send(Event::UndoDelete);
    }

    pub fn import_text(&self, source: &str, text: &str) {
        self.cancel_autosave();
        self.send(Event::Import {
            source: source.to_string(),
            text: text.to_string(),
        });
    }

    /// Opens a plan the page has read already (the import preview's) as a new plan.
    pub fn import_plan(&self, plan: crate::model::Plan) {
        self.cancel_autosave();
        self.send(Event::ImportRead(Box::new(plan)));
    }

    pub fn export_json(&self) {
        self.cancel_autosave();
        self.send(Event::Export);
    }

    /// Exports the open plan as Markdown, with `after` (a comparison) at its end.
    pub fn export_markdown(&self, after: String) {
        self.cancel_autosave();
        self.send(Event::ExportMarkdown(after));
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.send(Event::Dismiss(notice.key()));
    }

    /// Another tab wrote `key` to storage (`None`: it cleared storage).
    pub fn on_storage(&self, key: Option<String>) {
        self.send(Event::OtherTab(key));
    }

    /// Saves, then lets the new version's service worker take over; the page reloads.
    pub fn apply_update(&self) {
        self.save_now();
        if let Ok(event) = web_sys::Event::new(APPLY_UPDATE) {
            let _ = window().dispatch_event(&event);
        }
    }

    /// Fetches the example plan and opens it as a new plan; if it cannot be had, says so and
    /// changes nothing.
    pub fn new_from_example(&self) {
        let session = *self;
        leptos::task::spawn_local(async move {
            let read = fetch_text(EXAMPLE_URL).await.and_then(|text| {
                crate::model::read_plan(text.as_bytes())
                    .map_err(|e| format!("the example plan file is not valid ({e})"))
            });
            match read {
                Ok(mut plan) => {
                    let at = now();
                    plan.meta.created_at.0.clone_from(&at);
                    plan.meta.updated_at.0 = at;
                    session.add(plan);
                }
                Err(reason) => session.send(Event::ImportFailed {
                    source: "the example plan".into(),
                    reason,
                }),
            }
        });
    }

    /// A stored plan as it is stored, without opening it; `None` when it cannot be read.
    pub fn peek(&self, id: &str) -> Option<crate::model::Plan> {
        self.core
            .try_update_value(|core| core.library.load(id).ok())
            .flatten()
    }

    pub fn discard_recovered(&self, key: &str) {
        self.send(Event::DiscardRecovered(key.to_string()));
    }

    fn cancel_autosave(&self) {
        if let Some(handle) = self.timer.try_get_value().flatten() {
            handle.clear();
            self.timer.set_value(None);
        }
    }

    /// Every change reaches storage within [`AUTOSAVE_MS`] of the last keystroke.
    fn autosave(&self) {
        let session = *self;
        self.state.on_edit(move || {
            session.send(Event::Edited);
            session.cancel_autosave();
            let handle = set_timeout_with_handle(
                move || session.send(Event::Save),
                std::time::Duration::from_millis(AUTOSAVE_MS),
            );
            session.timer.set_value(handle.ok());
        });
    }

    /// Flushes on leaving the page, follows other tabs, and hears of a new version.
    fn listen(&self) {
        let session = *self;
        let hide = window_event_listener(leptos::ev::pagehide, move |_| session.save_now());
        self.guard_unload();
        let show = window_event_listener(
            leptos::ev::pageshow,
            move |ev: web_sys::PageTransitionEvent| {
                if ev.persisted() {
                    session.send(Event::Shown);
                }
            },
        );
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                session.save_now();
            } else {
                session.send(Event::Shown);
            }
        });
        let storage =
            window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
                session.on_storage(ev.key());
            });
        let update =
            window_event_listener_untyped(UPDATE_READY, move |_| session.send(Event::UpdateReady));
        on_cleanup(move || {
            hide.remove();
            if let Some(on) = UNLOAD.take() {
                on.remove();
            }
            show.remove();
            visibility.remove();
            storage.remove();
            update.remove();
        });
    }

    /// Shows the save status, and listens for closing while it is not "saved".
    fn set_status(&self, status: SaveStatus) {
        set_if_changed(self.status, status);
        self.guard_unload();
    }

    /// Closing or reloading the tab while edits are in no storage and no export (storage full,
    /// held for a newer version, or no storage at all): the browser asks the user first, after a
    /// last save. Listened for only while the plan is not saved: Firefox keeps no page that
    /// listens in its back/forward cache.
    fn guard_unload(&self) {
        let session = *self;
        let saved = self
            .status
            .with_untracked(|status| matches!(status, SaveStatus::Saved(_)))
            && !self.memory_only;
        match (UNLOAD.take(), saved) {
            (Some(on), true) => on.remove(),
            (None, false) => UNLOAD.set(Some(window_event_listener(
                leptos::ev::beforeunload,
                move |ev| {
                    session.save_now();
                    let at_risk = session
                        .core
                        .try_with_value(|c| !c.is_safe() || c.memory_only);
                    if at_risk == Some(true) {
                        ev.prevent_default();
                    }
                },
            ))),
            (kept, _) => UNLOAD.set(kept),
        }
    }

    fn ask_persistence(&self) {
        let session = *self;
        leptos::task::spawn_local(async move {
            let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
                return;
            };
            let persisted = async {
                let already = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?)
                    .await
                    .ok()?;
                if already.as_bool() == Some(true) {
                    return Some(true);
                }
                wasm_bindgen_futures::JsFuture::from(manager.persist().ok()?)
                    .await
                    .ok()?
                    .as_bool()
            };
            let persisted = persisted.await.unwrap_or(false);
            let _ = session.persisted.try_set(Some(persisted));
        });
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.try_with_untracked(|old| *old != value) == Some(true) {
        signal.set(value);
    }
}

/// The text of a file served with the app; `Err` says why not, for a notice.
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let offline = || "it could not be downloaded (are you offline?)".to_string();
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| offline())?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        let answer = format!("{} {}", response.status(), response.status_text());
        return Err(format!(
            "it could not be downloaded (the server answered {})",
            answer.trim_end()
        ));
    }
    let text = response.text().map_err(|_| offline())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(offline)
}

/// Offers text to the user as a file download; `false` if no download could be started.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let mut started = false;
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        if let Some(body) = document().body() {
            started = body.append_child(&a).is_ok();
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    started
}

/// A picked or dropped file's text. A file over 2 MiB is refused before it is read.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    if file.size() > crate::model::MAX_FILE_BYTES as f64 {
        return Err(format!(
            "the file is {}, larger than the 2 MiB a plan file may be",
            crate::model::human_size(file.size() as usize)
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    let text = text
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the file could not be read as text".to_string())?;
    // The browser reads the file as UTF-8, and puts U+FFFD where bytes are not.
    if text.contains('\u{FFFD}') {
        return Err("some of its characters are not UTF-8 text (the file was saved in another encoding, such as Latin-1): save it as UTF-8 and import it again".into());
    }
    Ok(text)
}
