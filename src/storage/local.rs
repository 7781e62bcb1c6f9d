//! localStorage as a [`Store`], through gloo-storage's [`LocalStorage`].
//!
//! Only gloo's raw handle ([`LocalStorage::raw`]) and its error type ([`StorageError`]) are
//! used. Its typed `get`, `set` and `get_all` go through serde_json (a `set::<String>` would
//! store the text JSON-quoted), whereas each plan is stored as the raw plan-file text under its
//! key, as it always was, so reads and writes go straight to the handle. Its `raw`, `length`
//! and `delete` throw to JavaScript instead of returning an error, so [`LocalStore::open`]
//! checks once that storage can be had before asking gloo for it, and every call after that
//! returns its error.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::{Store, StoreError};

/// gloo's localStorage handle, taken once by [`LocalStore::open`]. Later calls never read
/// `window.localStorage` again, so storage blocked mid-session fails a call instead of throwing.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// localStorage, if the browser lets the page use it (it may be missing, blocked by
    /// privacy settings, or throw on access), and whether it is full. A full store still reads.
    pub fn open() -> Result<(Self, bool), StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError::Failed("no window".into()))?;
        // `LocalStorage::raw` throws where this returns an error or nothing.
        if window.local_storage().map_err(describe)?.is_none() {
            return Err(StoreError::Failed("localStorage is not available".into()));
        }
        let storage = LocalStorage::raw();
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

/// A quota error (`QuotaExceededError`, or the legacy code 22) is [`StoreError::Full`]; any
/// other error is [`StoreError::Failed`] with its name and message, read as gloo reads them.
fn describe(err: JsValue) -> StoreError {
    if let Some(e) = err.dyn_ref::<web_sys::DomException>() {
        if e.name() == "QuotaExceededError" || e.code() == 22 {
            return StoreError::Full;
        }
    }
    match err.dyn_into::<js_sys::Error>() {
        Ok(e) => failed(StorageError::JsError(e.into())),
        Err(other) => {
            StoreError::Failed(other.as_string().unwrap_or_else(|| "unknown error".into()))
        }
    }
}

/// gloo's error as a [`StoreError`]. Only `JsError` comes up here, as no value goes through
/// serde and a missing key reads as `None`.
fn failed(err: StorageError) -> StoreError {
    StoreError::Failed(match err {
        StorageError::JsError(e) => format!("{}: {}", e.name, e.message),
        StorageError::KeyNotFound(key) => format!("key {key} not found"),
        StorageError::SerdeError(_) => "not JSON".into(),
    })
}

#[wasm_bindgen]
extern "C" {
    /// A `Storage` whose `getItem` leaves the text in JavaScript, where web-sys's copies it in.
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_text(this: &TextStorage, key: &str) -> Result<Option<js_sys::JsString>, JsValue>;
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(describe)
    }

    fn head(&self, key: &str, chars: u32) -> Result<Option<String>, StoreError> {
        let storage: &TextStorage = self.storage.unchecked_ref();
        let text = storage.get_text(key).map_err(describe)?;
        Ok(text.map(|text| text.slice(0, chars).into()))
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
