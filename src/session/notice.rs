//! What the session tells the user: the save state beside the plan bar, and notices.

use std::fmt;

use crate::model::Plan;
use crate::storage::{Recovered, StoreError};

/// Why the plan on screen is not (or not yet) what storage holds.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Stored at this time.
    Saved(String),
    /// Edited since the last save; the autosave is due.
    Pending,
    /// The last write failed; the plan is kept on screen.
    Failed(StoreError),
    /// The app chose not to write, to keep something else safe.
    Held(Hold),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hold {
    /// The plan was deleted in another tab: writing would bring it back.
    DeletedElsewhere,
    /// A newer version of the app wrote this plan: writing would undo its changes.
    Newer(u64),
    /// The plan file would be larger than a plan file may be.
    TooLarge(usize),
    /// The app's own reader would refuse the plan file (a limit of the format).
    Refused(String),
}

impl SaveStatus {
    pub fn is_saved(&self) -> bool {
        matches!(self, SaveStatus::Saved(_))
    }
}

impl fmt::Display for Hold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hold::DeletedElsewhere => f.write_str("this plan was deleted in another tab"),
            Hold::Newer(v) => write!(
                f,
                "a newer version of the app (plan format {v}) changed this plan; reload to open it"
            ),
            Hold::TooLarge(bytes) => write!(
                f,
                "the plan would be {}, more than the 2 MiB a plan file may be; shorten some texts",
                crate::model::human_size(*bytes)
            ),
            Hold::Refused(why) => write!(f, "the plan breaks a rule of the plan format ({why})"),
        }
    }
}

/// Something the user should know, shown until dismissed or until it no longer holds. There is
/// at most one notice of each [`Notice::key`]: a newer one replaces it in place.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage is missing or blocked: the app works in memory only.
    NoStorage(String),
    /// A write failed because storage is full.
    Full,
    /// Storage was already full when the page opened: plans read, new saves need room.
    NoRoom,
    Recovered(Recovered),
    ImportFailed {
        source: String,
        reason: String,
    },
    Imported(String),
    /// The plan last deleted, kept here only, and those deleted before it, the latest last:
    /// each Undo brings back one, the latest first.
    Deleted {
        id: String,
        plan: Box<Plan>,
        earlier: Vec<(String, Box<Plan>)>,
    },
    FromOtherTab(String),
    /// Another tab changed the fields this tab changed: one version stays, the other is kept as
    /// a plan of its own; `ours` when that copy is this tab's version.
    Conflict {
        copy_name: String,
        ours: bool,
    },
    DeletedElsewhere,
    /// The app stayed on the open plan because its latest changes are not stored.
    Stayed(String),
    /// Plans made by a newer version of the app are stored here; a reload opens them.
    Newer(usize),
    /// A plan reached a limit of the format; the text says which.
    Limit(String),
    /// A new version of the app is ready.
    UpdateReady,
}

impl Notice {
    /// Tells notices apart on the page.
    pub fn key(&self) -> String {
        match self {
            Notice::NoStorage(_) => "no-storage".into(),
            Notice::Full => "full".into(),
            Notice::NoRoom => "no-room".into(),
            Notice::Recovered(r) => format!("recovered:{}", r.key),
            Notice::ImportFailed { .. } | Notice::Imported(_) => "import".into(),
            Notice::Deleted { .. } => "deleted".into(),
            Notice::FromOtherTab(_) => "other-tab".into(),
            Notice::Conflict { .. } => "conflict".into(),
            Notice::DeletedElsewhere => "deleted-elsewhere".into(),
            Notice::Stayed(_) => "stayed".into(),
            Notice::Newer(_) => "newer".into(),
            Notice::Limit(_) => "limit".into(),
            Notice::UpdateReady => "update".into(),
        }
    }
}

impl Notice {
    /// How the page announces it: `alert` where the user's work is at risk or an action failed,
    /// `status` for news.
    pub fn role(&self) -> &'static str {
        match self {
            Notice::Newer(_)
            | Notice::UpdateReady
            | Notice::Imported(_)
            | Notice::Deleted { .. }
            | Notice::FromOtherTab(_) => "status",
            _ => "alert",
        }
    }

    /// Tells apart what the page shows: the key, and what the notice says.
    pub fn shown_key(&self) -> String {
        let detail = match self {
            Notice::NoStorage(text)
            | Notice::Imported(text)
            | Notice::FromOtherTab(text)
            | Notice::Stayed(text)
            | Notice::Limit(text) => text.clone(),
            Notice::ImportFailed { source, reason } => format!("{source}\n{reason}"),
            Notice::Deleted { id, earlier, .. } => format!("{id}:{}", earlier.len()),
            Notice::Conflict { copy_name, .. } => copy_name.clone(),
            Notice::Newer(count) => count.to_string(),
            _ => String::new(),
        };
        format!("{}:{detail}", self.key())
    }
}

/// Puts `notice` in the list, in place of one with the same key.
pub fn post(list: &mut Vec<Notice>, notice: Notice) {
    let key = notice.key();
    match list.iter_mut().find(|n| n.key() == key) {
        Some(old) => *old = notice,
        None => list.push(notice),
    }
}

/// Takes out the notices with these keys.
pub fn clear(list: &mut Vec<Notice>, keys: &[&str]) {
    list.retain(|n| !keys.contains(&n.key().as_str()));
}
