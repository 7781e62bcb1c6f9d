use super::{Store, StoreError};
use crate::model::{
    newer_version, read_header, read_plan, write_plan, Header, ImportError, Plan, Timestamp,
};

pub const KEY_PREFIX: &str = "scaling-planner:";
const PLAN: &str = "scaling-planner:plan:";
const RECOVERY: &str = "scaling-planner:recovery:";
const EXPORTED: &str = "scaling-planner:exported:";
const LAST: &str = "scaling-planner:last";
/// How much of a plan's text the list reads for its name and date: with a name and company of
/// usual length, its `format`, `version` and `meta` take about 300 characters.
const OPENING_CHARS: u32 = 2_000;

/// One stored plan, as the plan list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub id: String,
    pub name: String,
    pub company: String,
    pub updated_at: String,
    /// Set for a plan written by a newer version of the app: listed, never opened or changed.
    pub newer: Option<u64>,
}

impl PlanEntry {
    /// Sorts a list of plans as the plan menu shows them: last changed first.
    pub fn newest_first(list: &mut [PlanEntry]) {
        crate::order::sort_by(list, |a, b| (&b.updated_at, &a.id) < (&a.updated_at, &b.id));
    }

    /// The plan's name, or "Untitled plan".
    pub fn title(&self) -> &str {
        match self.name.trim() {
            "" => "Untitled plan",
            name => name,
        }
    }

    /// The plans' labels in a list: a second plan of one name reads "Name (2)", a third
    /// "Name (3)", by id (ids grow with the time a plan was made).
    pub fn labels(list: &[PlanEntry]) -> Vec<String> {
        list.iter()
            .map(|entry| {
                let title = entry.title();
                let before = list
                    .iter()
                    .filter(|e| e.title() == title && e.made() < entry.made())
                    .count();
                match before {
                    0 => title.to_string(),
                    n => format!("{title} ({})", n + 1),
                }
            })
            .collect()
    }

    /// Sorts in the order plans were made; a plan in no storage (no id) last.
    fn made(&self) -> (bool, usize, &str) {
        (self.id.is_empty(), self.id.len(), &self.id)
    }

    pub fn of(id: &str, plan: &Plan) -> PlanEntry {
        PlanEntry {
            id: id.to_string(),
            name: plan.meta.name.clone(),
            company: plan.meta.company.clone(),
            updated_at: plan.meta.updated_at.0.clone(),
            newer: None,
        }
    }

    /// A plan as its file's opening names it.
    pub fn listed(id: &str, header: Header) -> PlanEntry {
        PlanEntry {
            id: id.to_string(),
            name: header.name,
            company: header.company,
            updated_at: header.updated_at,
            newer: None,
        }
    }

    /// A plan this version cannot read: its name and date as far as they can be made out.
    pub fn newer(id: &str, raw: &str, version: u64) -> PlanEntry {
        let file = crate::model::parse_json(raw).unwrap_or_default();
        PlanEntry {
            newer: Some(version),
            ..PlanEntry::listed(id, Header::of(&file))
        }
    }
}

/// A stored plan that could not be read, kept aside with its raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    pub key: String,
    pub id: String,
    pub raw: String,
    pub reason: String,
}

impl Recovered {
    /// The plan's name, as far as its damaged text still shows one (the first `"name"`).
    pub fn name(&self) -> Option<&str> {
        let (_, rest) = self.raw.split_once("\"name\"")?;
        let rest = rest.trim_start().strip_prefix(':')?.trim_start();
        let rest = rest.strip_prefix('"')?;
        let name = rest[..rest.find('"')?].trim();
        (!name.is_empty()).then_some(name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Missing,
    /// The stored text does not read as a plan; it was kept under a recovery key.
    Corrupt(Recovered),
    /// Written by a newer version of the app; left exactly as it is.
    Newer(PlanEntry),
    Store(StoreError),
}

/// The user's plans in a [`Store`]: one key per plan, holding the plan file's text.
pub struct Library<S: Store> {
    pub store: S,
    /// The last opened plan as [`Library::list`] read it, with its text: opening it next (as
    /// starting does) takes it instead of reading the same text again.
    listed_last: Option<(String, String, Plan)>,
}

impl<S: Store> Library<S> {
    pub fn new(store: S) -> Self {
        Self {
            store,
            listed_last: None,
        }
    }

    pub fn plan_key(id: &str) -> String {
        format!("{PLAN}{id}")
    }

    /// The id of a plan key, or `None` for any other key.
    pub fn id_of(key: &str) -> Option<&str> {
        key.strip_prefix(PLAN)
    }

    /// Every plan, and every plan of a newer version, newest first. The last opened plan is read
    /// whole, to be opened next; of the others only the name and date (a [`Header`]), and the
    /// rest of each is read when it is opened. Texts that are not plan files are moved to
    /// recovery keys and returned in the second list, so the user can be told and offered them.
    pub fn list(&mut self) -> Result<(Vec<PlanEntry>, Vec<Recovered>), StoreError> {
        let mut plans = Vec::new();
        let mut broken = Vec::new();
        let last = self.last().ok().flatten();
        self.listed_last = None;
        for key in self.store.keys()? {
            let Some(id) = Self::id_of(&key).map(str::to_string) else {
                continue;
            };
            if last.as_ref() != Some(&id) {
                if let Some(entry) = self.opening(&id)? {
                    plans.push(entry);
                    continue;
                }
            }
            match self.load_text(&id) {
                Ok((plan, text)) => {
                    plans.push(PlanEntry::of(&id, &plan));
                    if last.as_ref() == Some(&id) {
                        self.listed_last = Some((id, text, plan));
                    }
                }
                Err(LoadError::Newer(entry)) => plans.push(entry),
                Err(LoadError::Corrupt(r)) => broken.push(r),
                Err(LoadError::Missing) => {}
                Err(LoadError::Store(e)) => return Err(e),
            }
        }
        PlanEntry::newest_first(&mut plans);
        Ok((plans, broken))
    }

    /// Reads one plan. A plan that does not read is copied to a recovery key first and only then
    /// taken out of the list; if the copy cannot be written, the original stays where it is.
    pub fn load(&mut self, id: &str) -> Result<Plan, LoadError> {
        self.load_text(id).map(|(plan, _)| plan)
    }

    /// [`Library::load`], with the stored text the plan was read from.
    pub fn load_text(&mut self, id: &str) -> Result<(Plan, String), LoadError> {
        let raw = self
            .store
            .get(&Self::plan_key(id))
            .map_err(LoadError::Store)?
            .ok_or(LoadError::Missing)?;
        let listed = self
            .listed_last
            .take_if(|(listed, text, _)| listed == id && *text == raw);
        if let Some((_, _, plan)) = listed {
            return Ok((plan, raw));
        }
        match self.parse(id, &raw) {
            Ok(plan) => Ok((plan, raw)),
            Err(LoadError::Corrupt(r)) => Err(LoadError::Corrupt(
                self.set_aside(r).unwrap_or_else(|(r, _)| r),
            )),
            Err(e) => Err(e),
        }
    }

    /// The plan `id` as the list shows it, read from its file's opening alone; `None` if that does
    /// not read (or the plan is gone), and its whole text must be read.
    pub fn opening(&self, id: &str) -> Result<Option<PlanEntry>, StoreError> {
        let opening = self.store.head(&Self::plan_key(id), OPENING_CHARS)?;
        Ok(opening
            .as_deref()
            .and_then(read_header)
            .map(|header| PlanEntry::listed(id, header)))
    }

    /// Reads stored text as the plan `id`, without moving anything.
    pub fn parse(&self, id: &str, raw: &str) -> Result<Plan, LoadError> {
        read_plan(raw.as_bytes()).map_err(|err| match newer_version(raw.as_bytes()) {
            Some(version) => LoadError::Newer(PlanEntry::newer(id, raw, version)),
            None => LoadError::Corrupt(Recovered {
                key: String::new(),
                id: id.to_string(),
                raw: raw.to_string(),
                reason: err.to_string(),
            }),
        })
    }

    /// Copies a stored text that does not read (as [`Library::parse`] found it) to a recovery
    /// key, then takes it out of the list. If the copy cannot be written, the original stays
    /// where it is, and the error comes back with it.
    pub fn set_aside(
        &mut self,
        mut found: Recovered,
    ) -> Result<Recovered, (Recovered, StoreError)> {
        let id = found.id.clone();
        let mut recovery = format!("{RECOVERY}{id}");
        let mut n = 1;
        while matches!(self.store.get(&recovery), Ok(Some(_))) {
            n += 1;
            recovery = format!("{RECOVERY}{id}.{n}");
        }
        match self.store.set(&recovery, &found.raw) {
            Ok(()) => {
                let _ = self.store.remove(&Self::plan_key(&id));
                found.key = recovery;
                Ok(found)
            }
            Err(e) => Err((found, e)),
        }
    }

    /// The stored text of a plan, as it is.
    pub fn raw(&self, id: &str) -> Result<Option<String>, StoreError> {
        self.store.get(&Self::plan_key(id))
    }

    /// Writes a plan under its id.
    pub fn save(&mut self, id: &str, plan: &Plan) -> Result<String, StoreError> {
        let text = write_plan(plan);
        self.put_text(id, &text)?;
        Ok(text)
    }

    /// Writes a plan file's text under its id.
    pub fn put_text(&mut self, id: &str, text: &str) -> Result<(), StoreError> {
        self.store.set(&Self::plan_key(id), text)
    }

    /// Stores a plan under a new id and returns the id.
    pub fn create(&mut self, plan: &Plan, now_ms: u64) -> Result<String, StoreError> {
        self.create_text(&write_plan(plan), now_ms)
    }

    /// Stores a plan file's text under a new id and returns the id.
    pub fn create_text(&mut self, text: &str, now_ms: u64) -> Result<String, StoreError> {
        let mut n = now_ms;
        let id = loop {
            let id = format!("p{n:x}");
            if self.store.get(&Self::plan_key(&id))?.is_none() {
                break id;
            }
            n += 1;
        };
        self.put_text(&id, text)?;
        Ok(id)
    }

    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        self.store.remove(&Self::plan_key(id))?;
        self.store.remove(&format!("{EXPORTED}{id}"))?;
        if self.last()?.as_deref() == Some(id) {
            self.store.remove(LAST)?;
        }
        Ok(())
    }

    /// A copy of a plan, named "… (copy)", stored under a new id.
    pub fn duplicate(&mut self, id: &str, now: &str, now_ms: u64) -> Result<String, LoadError> {
        let mut plan = self.load(id)?;
        plan.meta.name = Plan::renamed(&plan.meta.name, " (copy)");
        plan.meta.created_at = Timestamp(now.to_string());
        plan.meta.updated_at = Timestamp(now.to_string());
        self.create(&plan, now_ms).map_err(LoadError::Store)
    }

    pub fn last(&self) -> Result<Option<String>, StoreError> {
        self.store.get(LAST)
    }

    pub fn set_last(&mut self, id: &str) -> Result<(), StoreError> {
        self.store.set(LAST, id)
    }

    pub fn exported_at(&self, id: &str) -> Option<String> {
        self.store.get(&format!("{EXPORTED}{id}")).ok().flatten()
    }

    pub fn set_exported_at(&mut self, id: &str, at: &str) -> Result<(), StoreError> {
        self.store.set(&format!("{EXPORTED}{id}"), at)
    }

    /// Plans kept aside because they did not read.
    pub fn recovered(&self) -> Result<Vec<Recovered>, StoreError> {
        let mut out = Vec::new();
        for key in self.store.keys()? {
            if let Some(rest) = key.strip_prefix(RECOVERY) {
                let id = rest.split('.').next().unwrap_or(rest);
                let raw = self.store.get(&key)?.unwrap_or_default();
                let reason = read_plan(raw.as_bytes())
                    .err()
                    .map_or_else(String::new, |e: ImportError| e.to_string());
                out.push(Recovered {
                    key: key.clone(),
                    id: id.to_string(),
                    raw,
                    reason,
                });
            }
        }
        Ok(out)
    }

    pub fn discard_recovered(&mut self, key: &str) -> Result<(), StoreError> {
        if key.starts_with(RECOVERY) {
            self.store.remove(key)?;
        }
        Ok(())
    }
}
