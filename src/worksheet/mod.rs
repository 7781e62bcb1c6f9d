//! The worksheet as data: its exercises and their sections in order, each section with its
//! time box, task, groups, fields (labels and units), figures and warnings. The page renders
//! it and the Markdown export writes it, so both read the same words.

mod agenda;
mod groups;
mod labels;
mod lists;
mod scorecards;
mod sections;
mod show;

pub use agenda::{minutes_of, Step, AGENDA};
pub use groups::{item_label, ScoreGroup};
pub use labels::{field_label, figure_label};
pub use lists::{RowList, TextRows};
pub use scorecards::{Scorecard, Shown, ASSESSMENT_CARD, READINESS_CARD};
pub use sections::{
    Department, Leader, Team, ASSESSMENT, AUTOMATION, DATA, LEADERS, OPERATIONS, ORGANIZATION,
    READINESS, ROADMAP, SECURITY, TALENT, TEAM, TECHNICAL,
};
pub use show::{display, Show};

use crate::scoring::{FigureName, WarningKind};

/// The ten sections, in the seed's order.
pub static SECTIONS: [&Section; 10] = [
    &READINESS,
    &TECHNICAL,
    &DATA,
    &SECURITY,
    &ORGANIZATION,
    &TALENT,
    &OPERATIONS,
    &AUTOMATION,
    &ASSESSMENT,
    &ROADMAP,
];

/// The worksheet's exercises, in the seed's order: each a heading over its sections.
pub static EXERCISES: [Exercise; 5] = [
    Exercise {
        id: "pre-exercise",
        title: "Pre-Exercise Setup",
        time: "5 minutes",
        sections: &[&READINESS],
    },
    Exercise {
        id: "exercise-29a",
        title: "Exercise 29A: Infrastructure & Technology Scaling",
        time: "25 minutes",
        sections: &[&TECHNICAL, &DATA, &SECURITY],
    },
    Exercise {
        id: "exercise-29b",
        title: "Exercise 29B: Team & Organizational Scaling",
        time: "20 minutes",
        sections: &[&ORGANIZATION, &TALENT],
    },
    Exercise {
        id: "exercise-29c",
        title: "Exercise 29C: Operational Systems & Processes",
        time: "10 minutes",
        sections: &[&OPERATIONS, &AUTOMATION],
    },
    Exercise {
        id: "assessment-planning",
        title: "Assessment & Scaling Planning",
        time: "",
        sections: &[&ASSESSMENT, &ROADMAP],
    },
];

pub struct Exercise {
    /// The element id.
    pub id: &'static str,
    pub title: &'static str,
    /// The time box, such as "25 minutes"; empty for none.
    pub time: &'static str,
    pub sections: &'static [&'static Section],
}

/// One section: `<section>` with its heading, time box and task.
pub struct Section {
    /// The plan key, also the element id.
    pub id: &'static str,
    /// Its name in the section menu.
    pub menu: &'static str,
    pub title: &'static str,
    /// The time box, such as "10 minutes"; empty for none.
    pub time: &'static str,
    pub task: &'static str,
    pub body: &'static [Node],
}

/// A piece of a section. Field paths are JSON paths of the plan; inside [`Node::Rows`] they
/// are relative to the row (`title` for `talent.positions.2.title`).
pub enum Node {
    Heading(&'static str),
    /// A `<div>` with a class around more nodes: `columns`, `columns three`, `figures`, …
    Div {
        class: &'static str,
        body: &'static [Node],
    },
    /// Figures under a heading that also names them.
    Figures {
        heading: &'static str,
        body: &'static [Node],
    },
    /// `<fieldset class="group …">`.
    Group {
        class: &'static str,
        legend: &'static str,
        body: &'static [Node],
    },
    /// A group of text fields under one path: `(key, label)` of each field.
    Texts {
        legend: &'static str,
        path: &'static str,
        fields: &'static [(&'static str, &'static str)],
    },
    Text {
        path: &'static str,
        label: &'static str,
    },
    /// A decimal number.
    Number {
        path: &'static str,
        label: &'static str,
        unit: &'static str,
    },
    /// A whole number, with the numeric keyboard.
    Whole {
        path: &'static str,
        label: &'static str,
        unit: &'static str,
    },
    /// An amount of money; `per` is a period (`/month`) or empty.
    Money {
        path: &'static str,
        label: &'static str,
        per: &'static str,
    },
    /// Critical / High / Medium.
    Priority {
        path: &'static str,
        label: &'static str,
    },
    /// A target from one value to another and its growth: `{label}: from`, `{label}: to`.
    Metric {
        label: &'static str,
        from: &'static str,
        to: &'static str,
        money: bool,
        growth: FigureName,
        formula: &'static str,
    },
    /// A labelled figure.
    Stat {
        label: &'static str,
        figure: FigureName,
        show: Show,
        formula: &'static str,
    },
    /// A warning while it holds; inside rows, for that row (`salary-range-inverted:2`).
    Warn(WarningKind),
    /// Rows to add and remove: the word for one row, each row's nodes.
    Rows {
        list: RowList,
        item: &'static str,
        body: &'static [Node],
    },
    /// A list of text rows and the word for one row.
    List {
        list: TextRows,
        item: &'static str,
    },
    /// A scorecard's groups of scores and its totals.
    Scores(&'static Scorecard),
    /// A scorecard's critical gaps, with its weakest items offered as suggestions.
    Gaps(&'static Scorecard),
    /// Collecting the team's scores for both scorecards: the participant link and the
    /// responses; `true` where the panel itself is, `false` for a pointer to it.
    TeamScores(bool),
    /// Each department's team today and in 12 months, and the totals.
    Team(&'static Team),
    /// The department leaders to hire.
    Leaders(&'static [Leader]),
    Chart(Chart),
}

/// The charts of the worksheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    Radar,
    Spend,
    Team,
    Payback,
    Assessment,
}
