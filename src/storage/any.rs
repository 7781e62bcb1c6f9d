use super::{MemoryStore, Store, StoreError};

/// localStorage when the browser allows it, memory otherwise.
pub enum AnyStore {
    #[cfg(target_arch = "wasm32")]
    Local(super::local::LocalStore),
    Memory(MemoryStore),
}

impl AnyStore {
    pub fn is_memory(&self) -> bool {
        matches!(self, AnyStore::Memory(_))
    }

    fn inner(&self) -> &dyn Store {
        match self {
            #[cfg(target_arch = "wasm32")]
            AnyStore::Local(s) => s,
            AnyStore::Memory(s) => s,
        }
    }

    fn inner_mut(&mut self) -> &mut dyn Store {
        match self {
            #[cfg(target_arch = "wasm32")]
            AnyStore::Local(s) => s,
            AnyStore::Memory(s) => s,
        }
    }
}

impl Store for AnyStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner().get(key)
    }

    fn head(&self, key: &str, chars: u32) -> Result<Option<String>, StoreError> {
        self.inner().head(key, chars)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner_mut().set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner_mut().remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner().keys()
    }
}
