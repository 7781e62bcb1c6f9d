//! The session: which plan is open, autosave, other tabs, storage faults, deleting and undoing.
//!
//! Pure Rust over the [`Store`] trait, driven by [`Event`]s. The plan on screen belongs to the
//! page; each event gets it by `&mut`, and the session answers with [`Effect`]s and its new
//! state (status, notices, plan list). The page only turns DOM events into events and effects
//! into DOM, so every decision here is tested on the host.

mod notice;
mod save;
mod switch;

pub use notice::{Hold, Notice, SaveStatus};

use crate::model::{read_plan, write_plan, Plan, MAX_FILE_BYTES};
use crate::storage::{Library, LoadError, PlanEntry, Store};

/// The time of an event: RFC 3339 UTC for the plan, milliseconds for new ids.
#[derive(Clone, Debug)]
pub struct Clock {
    pub iso: String,
    pub ms: u64,
}

/// How the browser's storage looked when the page opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Ready,
    /// Readable, but the quota is used up.
    Full,
    /// Missing or blocked; the store given is memory.
    Blocked(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The user changed the plan on screen.
    Edited,
    /// Write the plan now if it has changed: the autosave pause ended, or the page is hidden.
    Save,
    Open(String),
    /// A new plan (blank, or the example), stored under a new id and opened.
    New(Box<Plan>),
    Duplicate,
    Import {
        source: String,
        text: String,
    },
    /// A plan file already read, as the import preview shows it: it is not read again.
    ImportRead(Box<Plan>),
    /// A file that could not even be read as a plan file's text.
    ImportFailed {
        source: String,
        reason: String,
    },
    Delete,
    UndoDelete,
    /// Store again the open plan that another tab deleted.
    KeepDeleted,
    /// Put the stored version back on screen, dropping edits that could not be stored.
    DiscardChanges,
    /// Another tab changed this storage key (`None`: it cleared everything).
    OtherTab(Option<String>),
    /// The page was shown again (back/forward cache, or the tab became visible).
    Shown,
    /// Export JSON of the open plan.
    Export,
    /// Export Markdown of the open plan, with more Markdown after it (a comparison), if any.
    ExportMarkdown(String),
    /// A download asked for by [`Effect::Download`] started.
    Downloaded {
        plan_file: bool,
    },
    DiscardRecovered(String),
    Dismiss(String),
    UpdateReady,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The plan on screen was replaced or changed by the session: show all of it again.
    Show,
    /// Offer a file to the user.
    Download {
        name: String,
        mime: &'static str,
        text: String,
        /// A plan file of the open plan (Export JSON), as opposed to another document.
        plan_file: bool,
    },
}

/// What this tab last read from or wrote to storage for the open plan.
#[derive(Clone, Debug)]
struct Stored {
    text: String,
    plan: Plan,
}

pub struct Core<S: Store> {
    pub library: Library<S>,
    /// The open plan's id; `None` while the plan on screen is not stored.
    pub open: Option<String>,
    stored: Option<Stored>,
    /// Edits the user made that are not in storage yet.
    pub unsaved: bool,
    /// The unsaved edits are in the last Export JSON.
    exported: bool,
    pub status: SaveStatus,
    pub notices: Vec<Notice>,
    pub plans: Vec<PlanEntry>,
    pub exported_at: Option<String>,
    pub memory_only: bool,
    /// The open plan as stored before this tab's latest writes, and when (ms) the last of them
    /// was made. A browser hands a write to other tabs a moment later: a tab that wrote in that
    /// moment had not read it, and what it wrote is merged from there (`save::missed_by`).
    written_over: Option<(Plan, u64)>,
}

impl<S: Store> Core<S> {
    /// Opens the library: lists the plans, and puts the last opened one (or a new blank one)
    /// on screen.
    pub fn start(store: S, opened: Opened, clock: &Clock) -> (Self, Plan) {
        let mut core = Core {
            library: Library::new(store),
            open: None,
            stored: None,
            unsaved: false,
            exported: false,
            status: SaveStatus::Saved(clock.iso.clone()),
            notices: Vec::new(),
            plans: Vec::new(),
            exported_at: None,
            memory_only: false,
            written_over: None,
        };
        match opened {
            Opened::Ready => {}
            Opened::Full => core.notify(Notice::NoRoom),
            Opened::Blocked(why) => {
                core.memory_only = true;
                core.notify(Notice::NoStorage(why));
            }
        }
        core.refresh_list();
        if let Ok(kept) = core.library.recovered() {
            for r in kept {
                core.notify(Notice::Recovered(r));
            }
        }
        let last = core.library.last().ok().flatten();
        let candidates = last.into_iter().chain(core.readable_ids()).collect();
        if let Some(plan) = core.open_first(candidates) {
            return (core, plan);
        }
        let mut screen = Plan::default();
        core.add_blank(&mut screen, clock, &mut Vec::new());
        (core, screen)
    }

    /// Handles one event; `screen` is the plan on screen.
    pub fn handle(&mut self, event: Event, screen: &mut Plan, clock: &Clock) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            Event::Edited => {
                self.unsaved = true;
                self.exported = false;
                if !matches!(self.status, SaveStatus::Held(_)) {
                    self.status = SaveStatus::Pending;
                }
            }
            Event::Save => self.save(screen, clock, &mut effects),
            Event::Open(id) => self.switch_to(&id, screen, clock, &mut effects),
            Event::New(plan) => {
                self.leave_for(*plan, plan_file, screen, clock, &mut effects);
            }
            Event::Duplicate => {
                let mut plan = screen.clone();
                plan.meta.name = Plan::renamed(&plan.meta.name, " (copy)");
                plan.meta.created_at.0.clone_from(&clock.iso);
                plan.meta.updated_at.0.clone_from(&clock.iso);
                self.leave_for(plan, plan_file, screen, clock, &mut effects);
            }
            Event::Import { source, text } => {
                self.import(&source, &text, screen, clock, &mut effects)
            }
            Event::ImportRead(plan) => self.import_read(*plan, screen, clock, &mut effects),
            Event::ImportFailed { source, reason } => {
                self.notify(Notice::ImportFailed { source, reason })
            }
            Event::Delete => self.delete(screen, clock, &mut effects),
            Event::UndoDelete => self.undo_delete(screen, clock, &mut effects),
            Event::KeepDeleted => self.keep_deleted(screen, clock, &mut effects),
            Event::DiscardChanges => self.discard_changes(screen, &mut effects),
            Event::OtherTab(key) => self.other_tab(key.as_deref(), screen, clock, &mut effects),
            Event::Shown => {
                self.refresh_list();
                self.follow(screen, clock, &mut effects);
            }
            Event::Export => {
                self.save(screen, clock, &mut effects);
                effects.push(Effect::Download {
                    name: crate::export::json_file_name(&screen.meta.name),
                    mime: "application/json",
                    text: write_plan(screen),
                    plan_file: true,
                });
            }
            Event::ExportMarkdown(after) => {
                self.save(screen, clock, &mut effects);
                let mut text = crate::export::to_markdown(screen);
                if !after.is_empty() {
                    text = text + "\n" + &after;
                }
                effects.push(Effect::Download {
                    name: crate::export::markdown_file_name(&screen.meta.name),
                    mime: "text/markdown",
                    text,
                    plan_file: false,
                });
            }
            Event::Downloaded { plan_file } => {
                if plan_file {
                    self.exported = true;
                    self.exported_at = Some(clock.iso.clone());
                    if let Some(id) = &self.open {
                        let _ = self.library.set_exported_at(id, &clock.iso);
                    }
                    self.dismiss("stayed");
                }
            }
            Event::DiscardRecovered(key) => {
                let _ = self.library.discard_recovered(&key);
                self.dismiss(&format!("recovered:{key}"));
            }
            Event::Dismiss(key) => self.dismiss(&key),
            Event::UpdateReady => self.notify(Notice::UpdateReady),
        }
        effects
    }

    /// Whether the edits on screen are safe: stored, or in the last export.
    pub fn is_safe(&self) -> bool {
        !self.unsaved || self.exported
    }

    fn notify(&mut self, notice: Notice) {
        notice::post(&mut self.notices, notice);
    }

    fn dismiss(&mut self, key: &str) {
        notice::clear(&mut self.notices, &[key]);
    }

    /// Takes out the notice with this key, to be posted again changed.
    fn take_notice(&mut self, key: &str) -> Option<Notice> {
        let at = self.notices.iter().position(|n| n.key() == key)?;
        Some(self.notices.remove(at))
    }

    fn readable_ids(&self) -> Vec<String> {
        self.plans
            .iter()
            .filter(|e| e.newer.is_none())
            .map(|e| e.id.clone())
            .collect()
    }

    /// Reads the plan list again, and says how many plans only a newer version can open.
    fn refresh_list(&mut self) {
        match self.library.list() {
            Ok((plans, broken)) => {
                self.plans = plans;
                for r in broken {
                    self.notify(Notice::Recovered(r));
                }
            }
            Err(e) => self.status = SaveStatus::Failed(e),
        }
        self.count_newer();
    }

    fn count_newer(&mut self) {
        match self.plans.iter().filter(|e| e.newer.is_some()).count() {
            0 => self.dismiss("newer"),
            n => self.notify(Notice::Newer(n)),
        }
    }

    /// Opens the first of the stored plans `ids` that reads, and gives it; one that does not
    /// read is kept aside, and leaves the list.
    fn open_first(&mut self, ids: Vec<String>) -> Option<Plan> {
        for id in ids {
            match self.library.load_text(&id) {
                Ok((plan, text)) => {
                    self.opened(id, plan.clone(), text);
                    return Some(plan);
                }
                Err(LoadError::Corrupt(r)) => {
                    self.notify(Notice::Recovered(r));
                    self.list_entry(&id, None);
                }
                Err(_) => {}
            }
        }
        None
    }

    /// Puts one plan's entry in the list, or takes it out.
    fn list_entry(&mut self, id: &str, entry: Option<PlanEntry>) {
        self.plans.retain(|e| e.id != id);
        if let Some(entry) = entry {
            self.plans.push(entry);
        }
        PlanEntry::newest_first(&mut self.plans);
        self.count_newer();
    }

    /// Records that `id` is open, as stored in `text`.
    fn opened(&mut self, id: String, plan: Plan, text: String) {
        let _ = self.library.set_last(&id);
        self.exported_at = self.library.exported_at(&id);
        self.status = SaveStatus::Saved(plan.meta.updated_at.0.clone());
        self.list_entry(&id, Some(PlanEntry::of(&id, &plan)));
        self.open = Some(id);
        self.stored = Some(Stored { text, plan });
        self.unsaved = false;
        self.exported = false;
        self.dismiss("deleted-elsewhere");
    }
}

/// The plan file for `plan`, if the app's own reader would take it back: within the size limit
/// and every other limit of the format.
fn plan_file(plan: &Plan) -> Result<String, Hold> {
    let text = sized_file(plan)?;
    read_plan(text.as_bytes()).map_err(|e| Hold::Refused(e.to_string()))?;
    Ok(text)
}

/// The plan file for `plan`, if it is within the size limit.
fn sized_file(plan: &Plan) -> Result<String, Hold> {
    let text = write_plan(plan);
    if text.len() > MAX_FILE_BYTES {
        return Err(Hold::TooLarge(text.len()));
    }
    Ok(text)
}
