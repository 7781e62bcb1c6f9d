//! Keeping plans: autosave, the plan list, import and export, storage faults and other tabs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::now;
use super::state::PlanState;
use crate::model::{read_plan, write_plan, Plan, Timestamp, MAX_FILE_BYTES};
use crate::storage::{AnyStore, Library, LoadError, PlanEntry, Recovered, StoreError, KEY_PREFIX};

/// How long typing may pause before the plan is written.
const AUTOSAVE_MS: u64 = 300;

pub const NORTHWIND: &str = include_str!("../../tests/fixtures/northwind.json");

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved(String),
    Pending,
    /// The last write failed; the plan is kept in memory.
    Failed(StoreError),
}

/// Something the user should know, shown in the notice area until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage is missing or blocked: the app works in memory only.
    NoStorage(String),
    Full,
    Recovered(Recovered),
    ImportFailed {
        source: String,
        reason: String,
    },
    Imported(String),
    Deleted {
        id: String,
        plan: Box<Plan>,
    },
    FromOtherTab(String),
    Conflict {
        copy_name: String,
    },
    DeletedElsewhere,
}

impl Notice {
    /// Tells notices apart on the page; equal notices are never shown twice.
    pub fn key(&self) -> String {
        match self {
            Notice::NoStorage(why) => format!("no-storage:{why}"),
            Notice::Full => "full".into(),
            Notice::Recovered(r) => format!("recovered:{}", r.key),
            Notice::ImportFailed { source, reason } => format!("import-failed:{source}:{reason}"),
            Notice::Imported(name) => format!("imported:{name}"),
            Notice::Deleted { id, .. } => format!("deleted:{id}"),
            Notice::FromOtherTab(name) => format!("other-tab:{name}"),
            Notice::Conflict { copy_name } => format!("conflict:{copy_name}"),
            Notice::DeletedElsewhere => "deleted-elsewhere".into(),
        }
    }
}

/// The plan library and what the page shows about it. Copy, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Session {
    pub state: PlanState,
    library: StoredValue<Library<AnyStore>, LocalStorage>,
    pub current: RwSignal<Option<String>>,
    pub plans: RwSignal<Vec<PlanEntry>>,
    pub status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    pub persisted: RwSignal<Option<bool>>,
    pub exported_at: RwSignal<Option<String>>,
    /// The plan as last written or read, to tell local edits from changes made elsewhere.
    saved: StoredValue<Plan>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Session {
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// Opens storage, picks the plan to show (the last opened one), and starts autosave.
    pub fn start() -> Self {
        let mut notices = Vec::new();
        let store = match crate::storage::local::LocalStore::open() {
            Ok(s) => AnyStore::Local(s),
            Err(e) => {
                notices.push(Notice::NoStorage(e.to_string()));
                AnyStore::Memory(Default::default())
            }
        };
        let mut library = Library::new(store);
        let (mut plans, _) = library.list().unwrap_or_default();
        if let Ok(kept) = library.recovered() {
            notices.extend(kept.into_iter().map(Notice::Recovered));
        }
        let last = library.last().ok().flatten();
        let mut opened = None;
        for id in last.iter().chain(plans.iter().map(|p| &p.id)) {
            match library.load(id) {
                Ok(plan) => {
                    opened = Some((id.clone(), plan));
                    break;
                }
                Err(LoadError::Corrupt(r)) => notices.push(Notice::Recovered(r)),
                Err(_) => {}
            }
        }
        let (id, plan) = match opened {
            Some(found) => (Some(found.0), found.1),
            None => {
                let plan = Plan::blank(&now());
                let id = library.create(&plan, now_ms()).ok();
                if let Some(id) = &id {
                    // The newest plan heads the list.
                    plans.insert(0, PlanEntry::of(id, &plan));
                }
                (id, plan)
            }
        };
        if let Some(id) = &id {
            let _ = library.set_last(id);
        }
        let exported_at = id.as_ref().and_then(|id| library.exported_at(id));
        let state = PlanState::provide(plan.clone());
        let session = Session {
            state,
            library: StoredValue::new_local(library),
            current: RwSignal::new(id),
            plans: RwSignal::new(plans),
            status: RwSignal::new(SaveStatus::Saved(plan.meta.updated_at.0.clone())),
            notices: RwSignal::new(notices),
            persisted: RwSignal::new(None),
            exported_at: RwSignal::new(exported_at),
            saved: StoredValue::new(plan),
            timer: StoredValue::new(None),
        };
        provide_context(session);
        on_cleanup(move || {
            if let Some(handle) = session.timer.try_get_value().flatten() {
                handle.clear();
            }
        });
        session.autosave();
        session.listen();
        session.ask_persistence();
        session
    }

    /// Runs `f` on the library; after the page is torn down there is none, and storage counts as failed.
    fn with_library<T>(
        &self,
        f: impl FnOnce(&mut Library<AnyStore>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.library
            .try_update_value(f)
            .unwrap_or_else(|| Err(StoreError::Failed("the page was closed".into())))
    }

    pub fn in_memory_only(&self) -> bool {
        self.library
            .try_with_value(|lib| lib.store.is_memory())
            .unwrap_or(true)
    }

    pub fn refresh_list(&self) {
        let found = self.with_library(|lib| lib.list());
        match found {
            Ok((plans, broken)) => {
                self.plans.set(plans);
                for r in broken {
                    self.notify(Notice::Recovered(r));
                }
            }
            Err(e) => self.status.set(SaveStatus::Failed(e)),
        }
    }

    /// Puts one plan's entry in the list without reading every stored plan again, which for
    /// large plans would cost more than the save itself.
    fn listed(&self, id: &str, plan: &Plan) {
        self.plans.update(|list| {
            list.retain(|e| e.id != id);
            list.push(PlanEntry::of(id, plan));
            PlanEntry::newest_first(list);
        });
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    /// Writes the plan now if it has changed since it was last written.
    pub fn save_now(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        let Some(id) = self.current.get_untracked() else {
            return;
        };
        let changed = self
            .state
            .plan
            .with_untracked(|p| self.saved.with_value(|s| s != p));
        if !changed
            && !matches!(
                self.status.get_untracked(),
                SaveStatus::Failed(_) | SaveStatus::Pending
            )
        {
            return;
        }
        let at = now();
        self.state
            .update_untracked(|p| p.meta.updated_at = Timestamp(at.clone()));
        let plan = self.state.plan.get_untracked();
        match self.with_library(|lib| lib.save(&id, &plan)) {
            Ok(_) => {
                self.listed(&id, &plan);
                self.saved.set_value(plan);
                self.status.set(SaveStatus::Saved(at));
                self.notices.update(|n| n.retain(|x| *x != Notice::Full));
            }
            Err(e) => {
                if e == StoreError::Full {
                    self.notify(Notice::Full);
                }
                self.status.set(SaveStatus::Failed(e));
            }
        }
    }

    /// Every change reaches storage within [`AUTOSAVE_MS`] of the last keystroke.
    fn autosave(&self) {
        let session = *self;
        Effect::new(move |_| {
            let changed = session
                .state
                .plan
                .with(|p| session.saved.with_value(|s| s != p));
            if !changed {
                return;
            }
            session.status.set(SaveStatus::Pending);
            if let Some(handle) = session.timer.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || session.save_now(),
                std::time::Duration::from_millis(AUTOSAVE_MS),
            );
            session.timer.set_value(handle.ok());
        });
    }

    /// Flushes on leaving the page, and follows changes made in other tabs.
    fn listen(&self) {
        let session = *self;
        let hide = window_event_listener(leptos::ev::pagehide, move |_| session.save_now());
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                session.save_now();
            }
        });
        let storage =
            window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
                session.on_storage(ev.key(), ev.new_value());
            });
        on_cleanup(move || {
            hide.remove();
            visibility.remove();
            storage.remove();
        });
    }

    /// Another tab wrote to storage.
    pub fn on_storage(&self, key: Option<String>, new_value: Option<String>) {
        let Some(key) = key else {
            self.refresh_list();
            return;
        };
        if !key.starts_with(KEY_PREFIX) {
            return;
        }
        let current = self.current.get_untracked();
        let is_current = current
            .as_deref()
            .is_some_and(|id| Library::<AnyStore>::plan_key(id) == key);
        if !is_current {
            // Another tab saved one of the other plans: read just that one.
            let changed = Library::<AnyStore>::id_of(&key).zip(new_value.as_deref());
            match changed.map(|(id, text)| (id, read_plan(text.as_bytes()))) {
                Some((id, Ok(plan))) => self.listed(id, &plan),
                _ => self.refresh_list(),
            }
            return;
        }
        let Some(text) = new_value else {
            self.notify(Notice::DeletedElsewhere);
            self.refresh_list();
            return;
        };
        let Ok(theirs) = read_plan(text.as_bytes()) else {
            return;
        };
        let mine = self.state.plan.get_untracked();
        let edited_here = self.saved.with_value(|s| *s != mine);
        if theirs == mine {
            self.saved.set_value(theirs);
            return;
        }
        if edited_here {
            // Both tabs changed the plan since it was last stored: merge field by field.
            let base = self.saved.get_value();
            let (merged, clashes) = crate::model::merge(&base, &mine, &theirs);
            if clashes > 0 {
                // Where both changed the same field this tab's value stays; the other tab's
                // whole version is kept as a copy, so nothing typed anywhere is lost.
                let mut copy = theirs.clone();
                copy.meta.name = format!("{} (other tab's version)", copy.meta.name.trim());
                let copy_name = copy.meta.name.clone();
                if self.with_library(|lib| lib.create(&copy, now_ms())).is_ok() {
                    self.notify(Notice::Conflict { copy_name });
                }
            } else {
                self.notify(Notice::FromOtherTab(now()));
            }
            self.saved.set_value(theirs);
            self.state.set(merged);
            self.save_now();
        } else {
            self.saved.set_value(theirs.clone());
            self.state.set(theirs);
            self.status.set(SaveStatus::Saved(now()));
            self.notify(Notice::FromOtherTab(now()));
        }
        self.refresh_list();
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
            session
                .persisted
                .set(Some(persisted.await.unwrap_or(false)));
        });
    }

    /// Shows another plan, after writing the current one.
    pub fn open(&self, id: &str) {
        self.save_now();
        let loaded = self.with_library(|lib| Ok(lib.load(id)));
        match loaded.unwrap_or_else(|e| Err(LoadError::Store(e))) {
            Ok(plan) => self.show(id.to_string(), plan),
            Err(LoadError::Corrupt(r)) => {
                self.notify(Notice::Recovered(r));
                self.refresh_list();
            }
            Err(LoadError::Store(e)) => self.status.set(SaveStatus::Failed(e)),
            Err(LoadError::Missing) => self.refresh_list(),
        }
    }

    fn show(&self, id: String, plan: Plan) {
        let _ = self.with_library(|lib| lib.set_last(&id));
        self.exported_at.set(
            self.with_library(|lib| Ok(lib.exported_at(&id)))
                .ok()
                .flatten(),
        );
        self.saved.set_value(plan.clone());
        self.status
            .set(SaveStatus::Saved(plan.meta.updated_at.0.clone()));
        self.listed(&id, &plan);
        self.current.set(Some(id));
        self.state.set(plan);
    }

    /// Stores a new plan and opens it; it never replaces another plan. If storage refuses it,
    /// the plan still opens, in memory, with the reason shown.
    pub fn add(&self, plan: Plan) -> Option<String> {
        self.save_now();
        match self.with_library(|lib| lib.create(&plan, now_ms())) {
            Ok(id) => {
                self.show(id.clone(), plan);
                Some(id)
            }
            Err(e) => {
                if e == StoreError::Full {
                    self.notify(Notice::Full);
                }
                self.current.set(None);
                self.saved.set_value(Plan::default());
                self.state.set(plan);
                self.status.set(SaveStatus::Failed(e));
                None
            }
        }
    }

    pub fn new_blank(&self) {
        self.add(Plan::blank(&now()));
    }

    pub fn new_from_example(&self) {
        if let Ok(mut plan) = read_plan(NORTHWIND.as_bytes()) {
            let at = now();
            plan.meta.created_at = Timestamp(at.clone());
            plan.meta.updated_at = Timestamp(at);
            self.add(plan);
        }
    }

    pub fn duplicate(&self) {
        let mut plan = self.state.plan.get_untracked();
        plan.meta.name = format!("{} (copy)", plan.meta.name.trim());
        let at = now();
        plan.meta.created_at = Timestamp(at.clone());
        plan.meta.updated_at = Timestamp(at);
        self.add(plan);
    }

    /// Deletes the open plan (it can be undone from the notice) and opens another.
    pub fn delete_current(&self) {
        let Some(id) = self.current.get_untracked() else {
            return;
        };
        let plan = self.state.plan.get_untracked();
        if self.with_library(|lib| lib.delete(&id)).is_err() {
            return;
        }
        self.notices
            .update(|n| n.retain(|x| !matches!(x, Notice::Deleted { .. })));
        self.notify(Notice::Deleted {
            id,
            plan: Box::new(plan),
        });
        self.refresh_list();
        let next = self
            .plans
            .with_untracked(|p| p.first().map(|e| e.id.clone()));
        match next {
            Some(next) => self.open(&next),
            None => self.new_blank(),
        }
    }

    pub fn undo_delete(&self, notice: &Notice) {
        if let Notice::Deleted { plan, .. } = notice {
            self.dismiss(notice);
            self.add((**plan).clone());
        }
    }

    /// Reads a plan file's text; a valid one becomes a new plan, an invalid one changes nothing.
    pub fn import_text(&self, source: &str, text: &str) {
        if text.len() > MAX_FILE_BYTES {
            self.import_failed(
                source,
                "the file is larger than the 2 MiB a plan file may be".into(),
            );
            return;
        }
        match read_plan(text.as_bytes()) {
            Ok(plan) => {
                self.notices.update(|n| {
                    n.retain(|x| !matches!(x, Notice::ImportFailed { .. } | Notice::Imported(_)))
                });
                let name = if plan.meta.name.trim().is_empty() {
                    "Untitled plan".to_string()
                } else {
                    plan.meta.name.clone()
                };
                self.add(plan);
                self.notify(Notice::Imported(name));
            }
            Err(e) => self.import_failed(source, e.to_string()),
        }
    }

    pub fn import_failed(&self, source: &str, reason: String) {
        self.notices.update(|n| {
            n.retain(|x| !matches!(x, Notice::ImportFailed { .. } | Notice::Imported(_)))
        });
        self.notify(Notice::ImportFailed {
            source: source.to_string(),
            reason,
        });
    }

    /// Imports a file picked or dropped by the user; large files are refused before reading.
    pub fn import_file(&self, file: web_sys::File) {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            self.import_failed(
                &name,
                format!(
                    "the file is {:.1} MiB, larger than the 2 MiB a plan file may be",
                    file.size() / 1_048_576.0
                ),
            );
            return;
        }
        let session = *self;
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                Some(text) => session.import_text(&name, &text),
                None => session.import_failed(&name, "the file could not be read as text".into()),
            }
        });
    }

    /// The plan file of the open plan, as Export JSON writes it.
    pub fn export_json(&self) -> (String, String) {
        self.save_now();
        let plan = self.state.plan.get_untracked();
        (
            crate::export::json_file_name(&plan.meta.name),
            write_plan(&plan),
        )
    }

    pub fn mark_exported(&self) {
        let at = now();
        if let Some(id) = self.current.get_untracked() {
            let _ = self.with_library(|lib| lib.set_exported_at(&id, &at));
        }
        self.exported_at.set(Some(at));
    }

    pub fn discard_recovered(&self, notice: &Notice) {
        if let Notice::Recovered(r) = notice {
            let _ = self.with_library(|lib| lib.discard_recovered(&r.key));
        }
        self.dismiss(notice);
    }
}

/// Offers text to the user as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        if let Some(body) = document().body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
