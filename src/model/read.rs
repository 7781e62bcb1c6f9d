use serde_json::Value;

use super::value::{describe, FromJson};
use super::{ImportError, Plan, FORMAT, VERSION};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// One upgrade step: `MIGRATIONS[i]` turns a version `i + 1` plan into version `i + 2`.
pub type Migration = fn(Value) -> Result<Value, ImportError>;

/// Every upgrade, oldest first. Version 2 adds its step here and bumps `VERSION`.
pub const MIGRATIONS: &[Migration] = &[];

/// Reads a plan file: any bytes give a plan or an error that says what is wrong.
pub fn read_plan(bytes: &[u8]) -> Result<Plan, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::at(
            "",
            format!(
                "the file is {}, larger than the 2 MiB a plan file may be",
                human_size(bytes.len())
            ),
        ));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        let at = if e.line() > 0 {
            format!(" (line {}, column {})", e.line(), e.column())
        } else {
            String::new()
        };
        ImportError::at(
            "",
            format!("not a scaling plan file: it is not valid JSON{at}"),
        )
    })?;
    read_value(value)
}

/// Reads a plan from parsed JSON, upgrading older versions first.
pub fn read_value(value: Value) -> Result<Plan, ImportError> {
    let obj = value.as_object().ok_or_else(|| {
        ImportError::at(
            "",
            format!(
                "not a scaling plan file: found {}, expected an object",
                describe(&value)
            ),
        )
    })?;
    match obj.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(ImportError::at(
                "format",
                format!(
                    "not a scaling plan file: found {}, expected \"{FORMAT}\"",
                    describe(other)
                ),
            ))
        }
        None => {
            return Err(ImportError::at(
                "format",
                format!(
                    "not a scaling plan file: the \"format\" key is missing, expected \"{FORMAT}\""
                ),
            ))
        }
    }
    let version = match obj.get("version") {
        Some(v) => v.as_u64().filter(|&n| n >= 1).ok_or_else(|| {
            ImportError::at(
                "version",
                format!(
                    "found {}, expected a version number of 1 or more",
                    describe(v)
                ),
            )
        })?,
        None => {
            return Err(ImportError::at(
                "version",
                "the \"version\" key is missing".to_string(),
            ))
        }
    };
    if version > u64::from(VERSION) {
        return Err(ImportError::at(
            "version",
            format!(
                "this file is version {version}, but this app reads plan files up to version {VERSION}; \
                 open it in a newer Scaling Planner"
            ),
        ));
    }
    let mut value = value;
    for step in &MIGRATIONS[(version - 1) as usize..] {
        value = step(value)?;
    }
    Plan::from_json(&value, "")
}

/// The version of a plan file that this app is too old to read, if `bytes` is one.
pub fn newer_version(bytes: &[u8]) -> Option<u64> {
    let value: Value = serde_json::from_slice(bytes).ok()?;
    let obj = value.as_object()?;
    if obj.get("format")?.as_str()? != FORMAT {
        return None;
    }
    obj.get("version")?
        .as_u64()
        .filter(|&v| v > u64::from(VERSION))
}

fn human_size(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}
