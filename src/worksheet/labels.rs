//! What the worksheet calls each figure and how it shows it, read off the sections themselves,
//! so that a comparison and the brief name figures as the page does.

use super::{Node, Scorecard, Show, SECTIONS};
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
