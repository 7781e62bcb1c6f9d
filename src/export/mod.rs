//! Getting a plan out: file names, and the plan as a Markdown document.

mod changes;
mod markdown;

pub use changes::{change_text, changes_markdown, differs, section_title};
pub use markdown::to_markdown;

/// `Northwind 2027 scaling plan` → `northwind-2027-scaling-plan`; `plan` when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out
        .trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>();
    if out.is_empty() {
        "plan".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

pub fn json_file_name(name: &str) -> String {
    format!("{}.scaling-plan.json", slug(name))
}

pub fn markdown_file_name(name: &str) -> String {
    format!("{}.scaling-plan.md", slug(name))
}
