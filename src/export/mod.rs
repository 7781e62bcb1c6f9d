//! Getting a plan out: file names, and the plan as a Markdown document.

mod changes;
mod markdown;

pub use changes::{change_text, changes_markdown, compare_cells, section_title};
pub use markdown::{leaf_text, team_row, to_markdown};

/// `Northwind 2027 scaling plan` → `northwind-2027-scaling-plan`, `Plan für Köln` →
/// `plan-für-köln`; `plan` when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        // Letters of any script are kept as they are; punctuation, symbols and emoji are not.
        let letter = c.is_ascii_alphanumeric()
            || (c > '\u{bf}'
                && !matches!(c, '×' | '÷')
                && !c.is_whitespace()
                && !('\u{2000}'..='\u{2bff}').contains(&c)
                && !('\u{fe00}'..='\u{fe0f}').contains(&c)
                && c < '\u{1f000}');
        if letter {
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

/// The user's text as Markdown shows it: as typed, not read as emphasis, a tag, a link, a
/// table cell's edge, or a heading, list or rule at a line's start. A carriage return alone
/// breaks a line too, as it does for Markdown. A line's indent, which Markdown does not show,
/// is left out: after a blank line, four spaces would start a code block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.replace('\r', "\n").split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        let marker = block_marker(body);
        for (at, c) in body.char_indices() {
            if Some(at) == marker
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
                )
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// [`escape`] for a title or a table's cell: the text on one line, trimmed.
// One replace over `['\n', '\r']` brings its own searcher into the download: 150 B gzip more.
#[allow(clippy::collapsible_str_replace)]
pub fn one_line(text: &str) -> String {
    escape(&text.trim().replace('\n', " ").replace('\r', " "))
}

/// Where a line would start a heading, list item or rule: `# `, `- `, `+ `, `3. `, `===`.
fn block_marker(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    let then_space = |at: usize| line[at..].chars().nth(1).is_none_or(char::is_whitespace);
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match first {
        '#' => Some(0),
        '-' | '+' | '=' if then_space(0) || line.chars().all(|c| c == first || c == ' ') => Some(0),
        '0'..='9' if line[digits..].starts_with(['.', ')']) && then_space(digits) => Some(digits),
        _ => None,
    }
}

pub fn json_file_name(name: &str) -> String {
    format!("{}.scaling-plan.json", slug(name))
}

pub fn markdown_file_name(name: &str) -> String {
    format!("{}.scaling-plan.md", slug(name))
}
