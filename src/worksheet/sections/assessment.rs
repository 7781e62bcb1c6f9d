use crate::worksheet::{Chart, Node::*, Section, TextRows, ASSESSMENT_CARD};

pub static ASSESSMENT: Section = Section {
    id: "assessment",
    menu: "Strategy assessment",
    title: "Scaling Strategy Evaluation",
    time: "5 minutes",
    task: "Assess your scaling preparation comprehensiveness, each item from 0 to 10.",
    body: &[
        Scores(&ASSESSMENT_CARD),
        TeamScores(false),
        Chart(Chart::Assessment),
        Group {
            class: "",
            legend: "Scaling Strengths",
            body: &[List {
                list: TextRows::Strengths,
                item: "Strength",
            }],
        },
        Group {
            class: "",
            legend: "Critical Gaps",
            body: &[Gaps(&ASSESSMENT_CARD)],
        },
    ],
};
