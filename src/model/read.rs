use std::sync::OnceLock;

use serde_json::Value;

use super::field::{blanks_to_empty, check_limits};
use super::value::{describe, join};
use super::walk::Walk;
use super::{ImportError, Plan, FORMAT, VERSION};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// One upgrade step: `MIGRATIONS[i]` turns a version `i + 1` plan into version `i + 2`.
pub type Migration = fn(Value) -> Result<Value, ImportError>;

/// Every upgrade, oldest first.
pub const MIGRATIONS: &[Migration] = &[add_team];

/// Version 2 adds the workshop's `team`, empty; every other key keeps its value.
fn add_team(mut value: Value) -> Result<Value, ImportError> {
    let plan = value
        .as_object_mut()
        .ok_or_else(|| ImportError::at("", "not a scaling plan file".into()))?;
    if plan.contains_key("team") {
        let message = "\"team\" is not a known key of a version 1 file; version 2 added it";
        return Err(ImportError::at("team", message.into()));
    }
    plan.insert(
        "team".into(),
        serde_json::json!({ "workshop": "", "responses": [] }),
    );
    plan.insert("version".into(), 2.into());
    Ok(value)
}

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
        // JSON that this reader cannot hold, rather than text that is not JSON at all.
        let what = e.to_string();
        let problem = if what.starts_with("number out of range") {
            "it has a number too large to read"
        } else if what.contains("escape") || what.contains("unicode code point") {
            "it has a text with a broken \\ escape"
        } else {
            "it is not valid JSON"
        };
        ImportError::at("", format!("not a scaling plan file: {problem}{at}"))
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
        // A whole number, also when written `2.0` (JSON Schema's integer).
        Some(v) => v
            .as_u64()
            .or_else(|| {
                v.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f <= 9e15)
                    .map(|f| f as u64)
            })
            .filter(|&n| n >= 1)
            .ok_or_else(|| {
                ImportError::at(
                    "version",
                    format!(
                        "found {}, expected a whole version number of 1 or more",
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
    value["version"] = version.into();
    for step in &MIGRATIONS[(version - 1) as usize..] {
        value = step(value)?;
    }
    // Only nulls where a text or a list belongs change, into values that are always valid
    // there, so an error found afterwards describes what the file holds.
    blanks_to_empty(&mut value, shape());
    let mut plan = Plan::default();
    plan.read_json(&value).map_err(|error| {
        let (path, error) = locate(&mut Plan::default(), &value, "").unwrap_or(("".into(), error));
        explain(&path, &error.to_string(), &value)
    })?;
    check_limits(&plan, "")?;
    Ok(plan)
}

/// Where in `value`, which `part` could not read, the fault lies: each field or row is read on
/// its own into a blank one, down to the smallest part that still fails. `None` when the
/// fault is in `part` itself (a wrong type or an unknown key).
fn locate(part: &mut dyn Walk, value: &Value, path: &str) -> Option<(String, serde_json::Error)> {
    let mut blank_row = part.blank_row();
    let entries: Vec<(String, &Value)> = match value {
        Value::Object(map) if blank_row.is_none() => {
            map.iter().map(|(key, v)| (key.clone(), v)).collect()
        }
        Value::Array(rows) => rows
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => return None,
    };
    for (key, v) in entries {
        let found = match blank_row.as_deref_mut() {
            Some(row) => within(row, v, path, &key),
            None => part
                .part_mut(&key)
                .and_then(|field| within(field, v, path, &key)),
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn within(
    part: &mut dyn Walk,
    value: &Value,
    path: &str,
    key: &str,
) -> Option<(String, serde_json::Error)> {
    let error = part.read_json(value).err()?;
    let at = join(path, key);
    locate(part, value, &at).or(Some((at, error)))
}

/// Says what serde refused in plan-format.md's words: the path, what was found there and what
/// is allowed. The value types say so themselves; serde's own messages (a wrong type for a
/// record, a list or a text, an unknown key) are put in the same shape.
fn explain(path: &str, said: &str, plan: &Value) -> ImportError {
    if let Some((key, allowed)) = unknown_key(said) {
        let path = if path.ends_with(&key) {
            path.to_string()
        } else {
            join(path, &key)
        };
        let message = format!("\"{key}\" is not a known key; allowed here: {allowed}");
        return ImportError::at(&path, message);
    }
    let expected = said
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
        .map(|(_, expected)| match expected {
            e if e.starts_with("struct ") => "an object",
            "a sequence" => "a list",
            "a string" => "text",
            e => e,
        });
    let found = path
        .split('.')
        .filter(|key| !key.is_empty())
        .try_fold(plan, |at, key| match key.parse::<usize>() {
            Ok(i) => at.get(i),
            Err(_) => at.get(key),
        });
    match (expected, found) {
        (Some(expected), Some(found)) => ImportError::at(
            path,
            format!("found {}, expected {expected}", describe(found)),
        ),
        _ => ImportError::at(path, said.to_string()),
    }
}

/// The key and the allowed keys of serde's "unknown field `x`, expected one of `a`, `b`".
fn unknown_key(said: &str) -> Option<(String, String)> {
    let rest = said.strip_prefix("unknown field `")?;
    let (key, allowed) = rest.split_once("`, ")?;
    let allowed: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
    Some((key.to_string(), allowed.join(", ")))
}

/// A plan file's name, company and last change, as the plan menu lists them.
pub struct Header {
    pub name: String,
    pub company: String,
    pub updated_at: String,
}

impl Header {
    /// The header of a parsed plan file, as far as it can be made out.
    pub fn of(file: &Value) -> Header {
        let meta = |key: &str| {
            let text = file.get("meta").and_then(|meta| meta.get(key));
            text.and_then(Value::as_str).unwrap_or_default().to_string()
        };
        Header {
            name: meta("name"),
            company: meta("company"),
            updated_at: meta("updated_at"),
        }
    }
}

/// The [`Header`] of a plan file of this version or an older one, read from the file's opening
/// up to its `meta` without the rest, which [`read_plan`] still reads when the plan is opened.
/// A file that does not open with `format`, `version` and `meta` (as this app writes them) gives
/// `None`: read it whole.
pub fn read_header(text: &str) -> Option<Header> {
    let file: Value = super::value::parse_json(&opening(text)?)?;
    let version = file.get("version")?.as_u64()?;
    let known = file.get("format")? == FORMAT
        && (1..=u64::from(VERSION)).contains(&version)
        && file.get("meta")?.is_object();
    known.then(|| Header::of(&file))
}

/// The text up to the end of the value of its first `"meta"`, closed as an object.
fn opening(text: &str) -> Option<String> {
    let from = text.find("\"meta\"")? + 6;
    let (mut depth, mut quoted, mut escaped) = (0, false, false);
    for (at, byte) in text.bytes().enumerate().skip(from) {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if quoted => escaped = true,
            b'"' => quoted = !quoted,
            _ if quoted => {}
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(format!("{}}}", &text[..=at]));
                }
            }
            _ => {}
        }
    }
    None
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

/// A size in MiB with one decimal, rounded up so that a size over a limit never reads as the limit.
pub fn human_size(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1 << 20);
    format!("{}.{} MiB", tenths / 10, tenths % 10)
}

/// A plan file with a row in every list, whose values show which keys hold texts and lists.
fn shape() -> &'static Value {
    static SHAPE: OnceLock<Value> = OnceLock::new();
    SHAPE.get_or_init(|| {
        let mut plan = Plan::blank("");
        plan.snapshots.push(Default::default());
        super::value::parse_json(&super::write_plan(&plan)).unwrap_or_default()
    })
}
