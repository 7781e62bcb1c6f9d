//! Where plans are kept: a small key–value trait (localStorage in the browser, memory in
//! tests and when the browser refuses storage) and the plan library on top of it.

mod any;
mod library;
#[cfg(target_arch = "wasm32")]
pub mod local;

pub use any::AnyStore;
pub use library::{Library, LoadError, PlanEntry, Recovered, KEY_PREFIX};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is missing, blocked or failed in some other way.
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Full => f.write_str("browser storage is full"),
            StoreError::Failed(why) => write!(f, "browser storage failed: {why}"),
        }
    }
}

/// A string key–value store, as localStorage is.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// The opening of a value, its first `chars` UTF-16 code units or fewer, so that no more of
    /// it than that is copied into the app; a store that cannot cut a value gives all of it.
    fn head(&self, key: &str, chars: u32) -> Result<Option<String>, StoreError> {
        let _ = chars;
        self.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Storage in memory, with an optional quota in bytes (UTF-16 code units × 2, as browsers count).
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    /// Sorted by key, as a browser lists them no matter.
    entries: Vec<(String, String)>,
    pub quota: Option<usize>,
}

impl MemoryStore {
    pub fn with_quota(bytes: usize) -> Self {
        Self {
            entries: Vec::new(),
            quota: Some(bytes),
        }
    }

    /// A copy of everything stored, by key.
    pub fn entries(&self) -> std::collections::BTreeMap<String, String> {
        self.entries.iter().cloned().collect()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    fn used(&self) -> usize {
        self.entries.iter().map(|(k, v)| size(k) + size(v)).sum()
    }
}

fn size(s: &str) -> usize {
    s.encode_utf16().count() * 2
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.find(key).ok().map(|i| self.entries[i].1.clone()))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let old = self
                .find(key)
                .map_or(0, |i| size(key) + size(&self.entries[i].1));
            if self.used() - old + size(key) + size(value) > quota {
                return Err(StoreError::Full);
            }
        }
        match self.find(key) {
            Ok(i) => self.entries[i].1 = value.to_string(),
            Err(i) => self.entries.insert(i, (key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Ok(i) = self.find(key) {
            self.entries.remove(i);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.iter().map(|(k, _)| k.clone()).collect())
    }
}

/// One store shared by several users, as the tabs of one browser share localStorage.
impl<S: Store> Store for std::rc::Rc<std::cell::RefCell<S>> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.borrow().get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.borrow_mut().set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.borrow_mut().remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.borrow().keys()
    }
}
