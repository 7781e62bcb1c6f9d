//! localStorage as a [`Store`].

use wasm_bindgen::{JsCast, JsValue};

use super::{Store, StoreError};

pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// localStorage, if the browser lets the page use it (it may be missing, blocked by
    /// privacy settings, or throw on access), and whether it is full. A full store still reads.
    pub fn open() -> Result<(Self, bool), StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError::Failed("no window".into()))?;
        let storage = window
            .local_storage()
            .map_err(describe)?
            .ok_or_else(|| StoreError::Failed("localStorage is not available".into()))?;
        storage.length().map_err(describe)?;
        let probe = "scaling-planner:probe";
        let full = match storage.set_item(probe, "1").map_err(describe) {
            Ok(()) => false,
            Err(StoreError::Full) => true,
            Err(e) => return Err(e),
        };
        storage.remove_item(probe).map_err(describe)?;
        Ok((Self { storage }, full))
    }
}

fn describe(err: JsValue) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::Full,
        Some(e) => StoreError::Failed(format!("{}: {}", e.name(), e.message())),
        None => StoreError::Failed(err.as_string().unwrap_or_else(|| format!("{err:?}"))),
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(describe)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(describe)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(describe)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.storage.length().map_err(describe)?;
        (0..n)
            .map(|i| {
                self.storage
                    .key(i)
                    .map_err(describe)
                    .map(Option::unwrap_or_default)
            })
            .collect()
    }
}
