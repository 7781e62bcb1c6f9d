//! Changing which plan is open: opening, adding, importing, deleting and undoing.

use super::{plan_file, sized_file, Clock, Core, Effect, Hold, Notice, SaveStatus, Stored};
use crate::model::{read_plan, Plan, MAX_FILE_BYTES};
use crate::storage::{LoadError, Store, StoreError};

impl<S: Store> Core<S> {
    /// Whether the open plan may leave the screen: its edits are stored (a last save is tried
    /// first) or exported. If not, the app stays on it and says why.
    fn leave(&mut self, screen: &mut Plan, clock: &Clock, effects: &mut Vec<Effect>) -> bool {
        self.save(screen, clock, effects);
        if self.is_safe() {
            return true;
        }
        let why = match &self.status {
            SaveStatus::Failed(e) => e.to_string(),
            SaveStatus::Held(hold) => hold.to_string(),
            _ => "they could not be stored".to_string(),
        };
        // This notice says all that the storage-full one said, and more.
        self.dismiss("full");
        self.notify(Notice::Stayed(why));
        false
    }

    pub(super) fn switch_to(
        &mut self,
        id: &str,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        if self.open.as_deref() == Some(id) || !self.leave(screen, clock, effects) {
            return;
        }
        match self.library.load_text(id) {
            Ok((plan, text)) => {
                *screen = plan.clone();
                self.opened(id.to_string(), plan, text);
                effects.push(Effect::Show);
            }
            Err(LoadError::Corrupt(r)) => {
                self.notify(Notice::Recovered(r));
                self.list_entry(id, None);
            }
            Err(LoadError::Newer(entry)) => self.list_entry(id, Some(entry)),
            Err(LoadError::Missing) => self.refresh_list(),
            Err(LoadError::Store(e)) => self.status = SaveStatus::Failed(e),
        }
    }

    /// Opens `plan` as a new plan, if the open one may leave the screen; its file is written by
    /// `file` ([`plan_file`], or [`sized_file`] for a plan the reader has just read).
    pub(super) fn leave_for(
        &mut self,
        plan: Plan,
        file: fn(&Plan) -> Result<String, Hold>,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) -> bool {
        if !self.leave(screen, clock, effects) {
            return false;
        }
        self.add_file(file(&plan), plan, screen, clock, effects);
        true
    }

    /// Stores the app's own blank plan and opens it. It reads back (tests/session.rs), so only its
    /// size is checked, as for an imported plan: on a first visit, the reader would otherwise be
    /// compiled in the task that first shows the page.
    pub(super) fn add_blank(
        &mut self,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        let blank = Plan::blank(&clock.iso);
        self.add_file(sized_file(&blank), blank, screen, clock, effects);
    }

    /// Stores `plan` (its `file`) under a new id and opens it; it never replaces another plan. If
    /// storage refuses it, it still opens, unstored and not saved, with the reason shown: it is
    /// stored as soon as there is room, and kept on screen until then.
    fn add_file(
        &mut self,
        file: Result<String, Hold>,
        plan: Plan,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        let created = file.map_err(|hold| {
            self.notify(Notice::Limit(hold.to_string()));
            StoreError::Failed(hold.to_string())
        });
        let created = created.and_then(|text| {
            self.library
                .create_text(&text, clock.ms)
                .map(|id| (id, text))
        });
        *screen = plan.clone();
        effects.push(Effect::Show);
        match created {
            Ok((id, text)) => {
                self.opened(id, plan, text);
                // Stored now, whenever the file was last changed.
                self.status = SaveStatus::Saved(clock.iso.clone());
            }
            Err(e) => {
                if e == StoreError::Full {
                    self.notify(Notice::Full);
                }
                self.open = None;
                self.stored = None;
                // The screen holds a plan that is in no storage: leaving it needs a save, an
                // export or the user's word, as for any edit that is not stored.
                self.unsaved = true;
                self.exported = false;
                self.exported_at = None;
                self.status = SaveStatus::Failed(e);
            }
        }
    }

    /// Reads a plan file's text: a valid one becomes a new plan, an invalid one changes nothing.
    pub(super) fn import(
        &mut self,
        source: &str,
        text: &str,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        let read = if text.len() > MAX_FILE_BYTES {
            Err("the file is larger than the 2 MiB a plan file may be".to_string())
        } else {
            read_plan(text.as_bytes()).map_err(|e| e.to_string())
        };
        match read {
            Ok(plan) => self.import_read(plan, screen, clock, effects),
            Err(reason) => self.notify(Notice::ImportFailed {
                source: source.to_string(),
                reason,
            }),
        }
    }

    /// Opens a plan file's plan, as the app's reader has just read it, as a new plan. Any plan
    /// the reader takes reads back once written (tests/properties.rs), so only the size of its
    /// file is checked: reading 2 MiB back would double the wait for a large import.
    pub(super) fn import_read(
        &mut self,
        mut plan: Plan,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        // A file written by hand may have no times: the plan is made, here, now.
        for at in [&mut plan.meta.created_at, &mut plan.meta.updated_at] {
            if at.0.is_empty() {
                at.0.clone_from(&clock.iso);
            }
        }
        let name = plan.title();
        self.dismiss("import");
        if self.leave_for(plan, sized_file, screen, clock, effects) {
            self.notify(Notice::Imported(name));
        }
    }

    /// Deletes the open plan (undone from its notice) and opens another.
    pub(super) fn delete(&mut self, screen: &mut Plan, clock: &Clock, effects: &mut Vec<Effect>) {
        if let Some(id) = self.open.clone().filter(|id| self.deletable(id)) {
            if let Err(e) = self.library.delete(&id) {
                self.status = SaveStatus::Failed(e);
                return;
            }
            self.list_entry(&id, None);
            let mut earlier = Vec::new();
            if let Some(Notice::Deleted {
                id,
                plan,
                earlier: before,
            }) = self.take_notice("deleted")
            {
                earlier = before;
                earlier.push((id, plan));
            }
            self.notify(Notice::Deleted {
                id,
                plan: Box::new(screen.clone()),
                earlier,
            });
        }
        // Nothing of the deleted plan may be written again.
        self.open = None;
        self.stored = None;
        self.unsaved = false;
        self.exported = false;
        self.dismiss("stayed");
        self.dismiss("deleted-elsewhere");
        if let Some(plan) = self.open_first(self.readable_ids()) {
            *screen = plan;
            effects.push(Effect::Show);
            return;
        }
        self.add_blank(screen, clock, effects);
    }

    /// Whether the stored plan `id` may go: not when a newer version wrote it in the meantime
    /// (it is not the plan on screen), and an unreadable text is kept aside first.
    fn deletable(&mut self, id: &str) -> bool {
        let Ok(Some(raw)) = self.library.raw(id) else {
            return true;
        };
        match self.library.parse(id, &raw) {
            Err(LoadError::Newer(_)) => false,
            Err(LoadError::Corrupt(found)) => match self.library.set_aside(found) {
                Ok(kept) => {
                    self.notify(Notice::Recovered(kept));
                    true
                }
                Err(_) => false,
            },
            _ => true,
        }
    }

    pub(super) fn undo_delete(
        &mut self,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        let deleted = self.notices.iter().find_map(|n| match n {
            Notice::Deleted { plan, .. } => Some((**plan).clone()),
            _ => None,
        });
        // The notice keeps the plan until it is stored again: it exists nowhere else.
        if let Some(plan) = deleted {
            if self.leave_for(plan, plan_file, screen, clock, effects) && self.open.is_some() {
                if let Some(Notice::Deleted { mut earlier, .. }) = self.take_notice("deleted") {
                    if let Some((id, plan)) = earlier.pop() {
                        self.notify(Notice::Deleted { id, plan, earlier });
                    }
                }
            }
        }
    }

    /// Stores again the open plan that another tab deleted.
    pub(super) fn keep_deleted(
        &mut self,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        self.stored = None;
        self.unsaved = true;
        self.status = SaveStatus::Pending;
        self.dismiss("deleted-elsewhere");
        self.save(screen, clock, effects);
    }

    /// Puts the stored version back on screen, dropping the edits that could not be stored.
    pub(super) fn discard_changes(&mut self, screen: &mut Plan, effects: &mut Vec<Effect>) {
        if let Some(Stored { plan, .. }) = &self.stored {
            *screen = plan.clone();
            self.status = SaveStatus::Saved(plan.meta.updated_at.0.clone());
            effects.push(Effect::Show);
        }
        self.unsaved = false;
        self.exported = false;
        for key in ["stayed", "limit"] {
            self.dismiss(key);
        }
    }
}
