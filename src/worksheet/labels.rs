//! What the worksheet calls each figure and how it shows it, read off the sections themselves,
//! so that a comparison and the brief name figures as the page does.

use super::{Leader, Node, Scorecard, Show, SECTIONS};
use crate::scoring::FigureName;

/// The figure's label and how it reads, as the worksheet shows it.
pub fn figure_label(name: FigureName) -> (String, Show) {
    SECTIONS
        .iter()
        .find_map(|section| find(section.body, name))
        .unwrap_or_else(|| (name.name().to_string(), Show::Word))
}

fn find(nodes: &[Node], name: FigureName) -> Option<(String, Show)> {
    nodes.iter().find_map(|node| match node {
        Node::Stat {
            label,
            figure,
            show,
            ..
        } if *figure == name => Some((label.to_string(), *show)),
        Node::Metric { label, growth, .. } if *growth == name => {
            Some((format!("{label} growth"), Show::Percent))
        }
        Node::Scores(card) => in_card(card, name),
        Node::Team(team) => {
            let totals = ["Team today", "Team in 12 months", "Team change"];
            let department = team.departments.iter().find(|d| d.change == name);
            match department {
                Some(d) => Some((format!("{} change", d.title), Show::Signed)),
                None => totals
                    .iter()
                    .zip(&team.totals)
                    .find(|(_, shown)| shown.figure == name)
                    .map(|(label, shown)| (label.to_string(), shown.show)),
            }
        }
        Node::Div { body, .. }
        | Node::Figures { body, .. }
        | Node::Group { body, .. }
        | Node::Rows { body, .. } => find(body, name),
        _ => None,
    })
}

fn in_card(card: &Scorecard, name: FigureName) -> Option<(String, Show)> {
    if let Some(group) = card.groups.iter().find(|g| g.figure == name) {
        return Some((group.title.to_string(), Show::Score));
    }
    if let Some(shown) = card.totals.iter().find(|s| s.figure == name) {
        let label = match shown.show {
            Show::Percent => format!("{} (%)", card.total),
            Show::Band => format!("{} band", card.total),
            _ => card.total.to_string(),
        };
        return Some((label, shown.show));
    }
    if card.answered.figure == name {
        return Some((format!("{} scores answered", card.total), Show::Count));
    }
    (card.weakest == name).then(|| {
        let label = format!("{}: weakest items", card.total);
        (label, Show::Items(card.groups))
    })
}

/// A field's label as the page shows it: `talent.positions.1.salary_max` → `Position 2:
/// Salary range: max`. A path the worksheet does not show stays as it is.
pub fn field_label(path: &str) -> String {
    let meta = [
        ("meta.name", "Plan name"),
        ("meta.company", "Company"),
        ("meta.currency", "Currency"),
    ];
    if let Some((_, label)) = meta.iter().find(|(p, _)| *p == path) {
        return label.to_string();
    }
    SECTIONS
        .iter()
        .find_map(|section| label_in(section.body, "", path))
        .unwrap_or_else(|| path.to_string())
}

/// The row number and the rest of `path` if it lies in list `list`: `("2", "title")`.
fn in_list<'a>(list: &str, path: &'a str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(list)?.strip_prefix('.')?;
    let (row, rest) = rest.split_once('.').unwrap_or((rest, ""));
    Some((row.parse::<usize>().ok()? + 1, rest))
}

fn label_in(nodes: &[Node], prefix: &str, path: &str) -> Option<String> {
    let full = |p: &str| format!("{prefix}{p}");
    nodes.iter().find_map(|node| match node {
        Node::Text { path: p, label }
        | Node::Number { path: p, label, .. }
        | Node::Whole { path: p, label, .. }
        | Node::Money { path: p, label, .. }
        | Node::Priority { path: p, label } => (full(p) == path).then(|| label.to_string()),
        Node::Texts {
            path: p, fields, ..
        } => fields
            .iter()
            .find(|(key, _)| format!("{}.{key}", full(p)) == path)
            .map(|(_, label)| label.to_string()),
        Node::Metric {
            label, from, to, ..
        } => [(from, "from"), (to, "to")]
            .iter()
            .find(|(p, _)| full(p) == path)
            .map(|(_, end)| format!("{label}: {end}")),
        Node::Scores(card) => path
            .strip_prefix(card.key)
            .and_then(|rest| rest.strip_prefix('.'))
            // A score's path, not the card's lists (its gaps and strengths), named below.
            .filter(|rest| card.groups.iter().any(|g| rest.starts_with(g.key)))
            .map(|rest| super::item_label(card.groups, rest)),
        Node::Gaps(card) => {
            in_list(card.gaps.path(), path).map(|(n, _)| format!("{} {n}", Scorecard::GAP))
        }
        Node::List { list, item } => in_list(list.path(), path).map(|(n, _)| format!("{item} {n}")),
        Node::Rows { list, item, body } => in_list(list.path(), path).and_then(|(n, rest)| {
            let row = label_in(body, "", rest)?;
            Some(format!("{item} {n}: {row}"))
        }),
        Node::Team(team) => team.departments.iter().find_map(|d| {
            let [now, later] = d.paths();
            (now == path)
                .then(|| format!("{} today", d.title))
                .or_else(|| (later == path).then(|| format!("{} in 12 months", d.title)))
        }),
        Node::Leaders(leaders) => leaders.iter().find_map(|leader| {
            let [month, requirements, pay] = leader.paths();
            match path {
                p if p == month => Some(format!("{}: {}", leader.title, Leader::MONTH)),
                p if p == requirements => Some(leader.requirements()),
                p if p == pay => Some(leader.pay()),
                _ => None,
            }
        }),
        Node::Div { body, .. } | Node::Figures { body, .. } | Node::Group { body, .. } => {
            label_in(body, prefix, path)
        }
        _ => None,
    })
}
