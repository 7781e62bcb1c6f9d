//! The plan: types mirroring `plan-format.md`, strict reading, versioned
//! upgrades and canonical writing. Pure Rust, no browser code.

#[macro_use]
mod record;
mod field;
pub mod value;
pub mod walk;

mod assessment;
mod automation;
mod data;
mod digits;
pub mod entry;
mod merge;
mod operations;
mod organization;
mod plan;
mod read;
mod readiness;
mod roadmap;
mod security;
mod talent;
mod team;
mod technical;
mod write;

use std::fmt;

pub use assessment::*;
pub use automation::*;
pub use data::*;
pub use digits::{format_number, group_digits};
pub use merge::{copy_section, merge};
pub use operations::*;
pub use organization::*;
pub use plan::*;
pub use read::{
    human_size, newer_version, read_header, read_plan, read_value, Header, Migration,
    MAX_FILE_BYTES, MIGRATIONS,
};
pub use readiness::*;
pub use roadmap::*;
pub use security::*;
pub use talent::*;
pub use team::*;
pub use technical::*;
pub use value::{
    parse_json, Amount, Count, Currency, Duration, Hours, Month, Multiplier, Number, Percent,
    Percentile, Priority, Score, Timestamp, MAX_TEXT_CHARS,
};
pub use walk::{values, FromLeaf, Leaf, LeafMut, Reach, Walk};
pub use write::{write_plan, write_sparse};

pub const FORMAT: &str = "scaling-plan";
pub const VERSION: u32 = 2;

/// Why a plan file was refused: the JSON path and what was wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// Dotted JSON path with list indexes, e.g. `talent.positions.1.salary_max`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl ImportError {
    pub fn at(path: &str, message: String) -> Self {
        Self {
            path: path.to_string(),
            message,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ImportError {}
