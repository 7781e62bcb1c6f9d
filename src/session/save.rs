//! Writing the open plan, and following what other tabs (or other versions of the app) stored.

use super::{plan_file, Clock, Core, Effect, Hold, Notice, SaveStatus, Stored};
use crate::model::{merge, Plan, Timestamp};
use crate::storage::{Library, LoadError, PlanEntry, Store, KEY_PREFIX};

/// What the copy of the other tab's version of a plan adds to its name.
const OTHER_TABS: &str = " (other tab's version)";

/// How long after this tab's write another tab's write may have been made without it: a
/// browser hands a write to other tabs within milliseconds, later only when a tab's page is busy.
/// Longer, and an edit another tab makes over this tab's write after reading it would be taken
/// for one made without it: a clash.
const UNSEEN_MS: u64 = 2_000;

/// A clock's milliseconds (its `ms` carries a random low part).
fn millis(clock: &Clock) -> u64 {
    clock.ms >> 16
}

impl<S: Store> Core<S> {
    /// Writes the plan on screen if it has edits that storage lacks. Storage is read first, and
    /// what another tab stored since this tab last read it is merged in, never written over.
    pub(super) fn save(&mut self, screen: &mut Plan, clock: &Clock, effects: &mut Vec<Effect>) {
        if !self.unsaved {
            return;
        }
        if !self.follow(screen, clock, effects) || !self.unsaved {
            return;
        }
        let mut stamped = screen.clone();
        stamped.meta.updated_at = Timestamp(clock.iso.clone());
        let text = match plan_file(&stamped) {
            Ok(text) => text,
            Err(hold) => {
                self.notify(Notice::Limit(hold.to_string()));
                self.status = SaveStatus::Held(hold);
                return;
            }
        };
        let written = match &self.open {
            Some(id) => self.library.put_text(id, &text).map(|()| id.clone()),
            None => self.library.create_text(&text, clock.ms),
        };
        match written {
            Ok(id) => {
                let now = millis(clock);
                match (self.wrote_lately(clock), &mut self.written_over) {
                    (true, Some((_, at))) => *at = now,
                    _ => self.written_over = self.stored.take().map(|s| (s.plan, now)),
                }
                screen.meta.updated_at = Timestamp(clock.iso.clone());
                if self.open.is_none() {
                    let _ = self.library.set_last(&id);
                }
                self.list_entry(&id, Some(PlanEntry::of(&id, &stamped)));
                self.open = Some(id);
                self.stored = Some(Stored {
                    text,
                    plan: stamped,
                });
                self.unsaved = false;
                self.status = SaveStatus::Saved(clock.iso.clone());
                super::notice::clear(&mut self.notices, &["full", "no-room", "limit", "stayed"]);
            }
            Err(e) => {
                if e == crate::storage::StoreError::Full {
                    self.notify(Notice::Full);
                }
                self.status = SaveStatus::Failed(e);
            }
        }
    }

    /// Brings the plan on screen in line with what storage now holds for it. `false` when the
    /// plan must not be written: storage failed, or the stored plan was deleted elsewhere or
    /// written by a newer version of the app.
    pub(super) fn follow(
        &mut self,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) -> bool {
        let Some(id) = self.open.clone() else {
            return true;
        };
        let raw = match self.library.raw(&id) {
            Ok(raw) => raw,
            Err(e) => {
                self.status = SaveStatus::Failed(e);
                return false;
            }
        };
        let Some(text) = raw else {
            if self.stored.is_none() {
                return true;
            }
            self.status = SaveStatus::Held(Hold::DeletedElsewhere);
            self.notify(Notice::DeletedElsewhere);
            self.list_entry(&id, None);
            return false;
        };
        if self.stored.as_ref().is_some_and(|s| s.text == text) {
            return true;
        }
        match self.library.parse(&id, &text) {
            Ok(theirs) => self.bring_in(&id, theirs, text, screen, clock, effects),
            Err(LoadError::Newer(entry)) => {
                let version = entry.newer.unwrap_or_default();
                self.list_entry(&id, Some(entry));
                self.status = SaveStatus::Held(Hold::Newer(version));
                false
            }
            Err(LoadError::Corrupt(found)) => match self.library.set_aside(found) {
                Ok(kept) => {
                    self.notify(Notice::Recovered(kept));
                    // The good version on screen goes back in the unreadable one's place.
                    self.stored = None;
                    self.unsaved = true;
                    true
                }
                Err((_, e)) => {
                    self.status = SaveStatus::Failed(e);
                    false
                }
            },
            Err(LoadError::Missing) => true,
            Err(LoadError::Store(e)) => {
                self.status = SaveStatus::Failed(e);
                false
            }
        }
    }

    /// Takes in a version of the open plan that another tab stored. Without local edits it
    /// simply replaces the plan on screen; with them the two are merged field by field, and
    /// where both changed one field this tab's value stays and the other version is kept as a
    /// plan of its own, so that nothing typed anywhere is lost.
    fn bring_in(
        &mut self,
        id: &str,
        theirs: Plan,
        text: String,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) -> bool {
        self.list_entry(id, Some(PlanEntry::of(id, &theirs)));
        let missed = self.missed_by(&theirs, clock);
        self.written_over = None;
        let base = match missed {
            Some(mut before) => {
                // Written by a tab that had not read this tab's latest write: merged from before
                // it, this tab's edits count as unsaved again.
                before.meta.updated_at.clone_from(&screen.meta.updated_at);
                self.unsaved = true;
                before
            }
            None if !self.unsaved => {
                *screen = theirs.clone();
                effects.push(Effect::Show);
                self.status = SaveStatus::Saved(theirs.meta.updated_at.0.clone());
                self.stored = Some(Stored { text, plan: theirs });
                self.notify(Notice::FromOtherTab(clock.iso.clone()));
                return true;
            }
            None => self
                .stored
                .as_ref()
                .map_or_else(Plan::default, |s| s.plan.clone()),
        };
        let (merged, clashes) = merge(&base, screen, &theirs);
        if clashes > 0 {
            let mut copy = theirs.clone();
            copy.meta.name = Plan::renamed(&copy.meta.name, OTHER_TABS);
            let created = plan_file(&copy)
                .map_err(|hold| crate::storage::StoreError::Failed(hold.to_string()))
                .and_then(|copy_text| self.library.create_text(&copy_text, clock.ms));
            match created {
                Ok(copy_id) => {
                    self.list_entry(&copy_id, Some(PlanEntry::of(&copy_id, &copy)));
                    self.notify(Notice::Conflict {
                        copy_name: copy.meta.name,
                        ours: false,
                    });
                }
                Err(e) => {
                    // Writing now would drop the other tab's values: keep both where they are.
                    if e == crate::storage::StoreError::Full {
                        self.notify(Notice::Full);
                    }
                    self.status = SaveStatus::Failed(e);
                    return false;
                }
            }
        } else {
            self.notify(Notice::FromOtherTab(clock.iso.clone()));
        }
        if merged != *screen {
            *screen = merged;
            effects.push(Effect::Show);
        }
        self.stored = Some(Stored { text, plan: theirs });
        true
    }

    /// Another tab wrote `key` (`None`: it cleared storage).
    pub(super) fn other_tab(
        &mut self,
        key: Option<&str>,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        let Some(key) = key else {
            self.refresh_list();
            self.follow_and_save(screen, clock, effects);
            return;
        };
        if !key.starts_with(KEY_PREFIX) {
            return;
        }
        let Some(id) = Library::<S>::id_of(key).map(str::to_string) else {
            return;
        };
        if self.open.as_deref() == Some(id.as_str()) {
            self.follow_and_save(screen, clock, effects);
            return;
        }
        // Gone, of a newer version or not a plan file: the whole list says which.
        match self.library.opening(&id) {
            Ok(Some(entry)) => {
                self.heard_of_copy(&id, &entry.name);
                self.list_entry(&id, Some(entry));
            }
            _ => self.refresh_list(),
        }
    }

    /// Whether this tab wrote the open plan in the last [`UNSEEN_MS`].
    fn wrote_lately(&self, clock: &Clock) -> bool {
        (self.written_over.as_ref())
            .is_some_and(|(_, at)| millis(clock).saturating_sub(*at) < UNSEEN_MS)
    }

    /// The plan as it was before this tab's latest writes, if `theirs`, written soon after
    /// them with no unsaved edits here, lacks any of what they changed.
    fn missed_by(&self, theirs: &Plan, clock: &Clock) -> Option<Plan> {
        let ours = &self.stored.as_ref()?.plan;
        let (before, _) = self.written_over.as_ref()?;
        if self.unsaved || !self.wrote_lately(clock) {
            return None;
        }
        let at = |plan: &Plan| {
            let mut plan = plan.clone();
            plan.meta.updated_at.clone_from(&theirs.meta.updated_at);
            plan
        };
        let (merged, clashes) = merge(&at(before), &at(ours), theirs);
        (clashes > 0 || merged != *theirs).then(|| before.clone())
    }

    /// Another tab, whose edits clashed with the ones this tab saved, kept this tab's version
    /// as a plan of its own (`id`): says where it is, as the other version takes its place here.
    fn heard_of_copy(&mut self, id: &str, name: &str) {
        let Some(Stored { plan: ours, .. }) = &self.stored else {
            return;
        };
        if name != Plan::renamed(&ours.meta.name, OTHER_TABS) {
            return;
        }
        if let Ok(mut copy) = self.library.load(id) {
            copy.meta.name.clone_from(&ours.meta.name);
            if copy == *ours {
                // Nothing of this tab's is lost: the other version may take its place.
                self.written_over = None;
                self.notify(Notice::Conflict {
                    copy_name: name.to_string(),
                    ours: true,
                });
            }
        }
    }

    /// Follows storage, and writes this tab's edits if it may.
    pub(super) fn follow_and_save(
        &mut self,
        screen: &mut Plan,
        clock: &Clock,
        effects: &mut Vec<Effect>,
    ) {
        if self.follow(screen, clock, effects) && self.unsaved {
            self.save(screen, clock, effects);
        }
    }
}
