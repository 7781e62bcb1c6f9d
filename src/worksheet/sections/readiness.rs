use crate::worksheet::{Chart, Node::*, Section, READINESS_CARD};

pub static READINESS: Section = Section {
    id: "readiness",
    menu: "Business maturity",
    title: "Current Business Maturity Assessment",
    time: "",
    task: "Evaluate your readiness for scaling across key dimensions, each from 0 to 10.",
    body: &[
        Scores(&READINESS_CARD),
        TeamScores(true),
        Chart(Chart::Radar),
        Group {
            class: "",
            legend: "Critical Gaps to Address",
            body: &[Gaps(&READINESS_CARD)],
        },
    ],
};
