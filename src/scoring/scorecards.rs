use super::band::band;
use super::figures::{Figure, Figures};
use super::names::FigureName as F;
use crate::model::{AssessmentScores, ReadinessScores, Score};

/// A dimension's score from the sum of its four items (0–40): out of 10.
pub(super) const DIMENSION_SCALE: f64 = 1.0 / 4.0;
/// An area's score from the sum of its four items (0–40): out of 25.
pub(super) const AREA_SCALE: f64 = 25.0 / 40.0;

type Groups = [(&'static str, Vec<(&'static str, Score)>)];

fn group_sum(items: &[(&'static str, Score)]) -> f64 {
    super::figures::sum(items.iter().map(|(_, s)| s.value()))
}

fn answered(groups: &Groups) -> usize {
    groups
        .iter()
        .flat_map(|(_, items)| items)
        .filter(|(_, s)| s.0.is_some())
        .count()
}

/// Up to three answered items below 7, lowest first, ties in worksheet order.
fn weakest(groups: &Groups) -> String {
    let mut low: Vec<(u8, String)> = groups
        .iter()
        .flat_map(|(group, items)| {
            items
                .iter()
                .map(move |(item, s)| (s.0, format!("{group}.{item}")))
        })
        .filter_map(|(s, name)| s.filter(|&v| v < 7).map(|v| (v, name)))
        .collect();
    crate::order::sort_by(&mut low, |a, b| a.0 < b.0);
    low.into_iter()
        .take(3)
        .map(|(_, name)| name)
        .collect::<Vec<_>>()
        .join(",")
}

/// The readiness dimensions' figures, in the model's order of dimensions.
const DIMENSIONS: [F; 5] = [
    F::ReadinessProduct,
    F::ReadinessMarket,
    F::ReadinessOperations,
    F::ReadinessFinancial,
    F::ReadinessTeam,
];

/// The assessment areas' figures, in the model's order of areas.
const AREAS: [F; 4] = [
    F::AssessmentTechnical,
    F::AssessmentOrganizational,
    F::AssessmentOperational,
    F::AssessmentStrategic,
];

pub(super) fn readiness(scores: &ReadinessScores, figures: &mut Figures) {
    let groups = scores.dimensions();
    let mut overall = 0.0;
    for ((name, items), figure) in groups.iter().zip(DIMENSIONS) {
        debug_assert!(figure.name().ends_with(name));
        let dimension = group_sum(items) * DIMENSION_SCALE;
        overall += dimension;
        figures.set(figure, Figure::Number(dimension));
    }
    let percent = overall / 50.0 * 100.0;
    figures.set(F::ReadinessOverall, Figure::Number(overall));
    figures.set(F::ReadinessPercent, Figure::Number(percent));
    figures.set(F::ReadinessBand, Figure::Band(band(percent)));
    let answered = Figure::Number(answered(&groups) as f64);
    figures.set(F::ReadinessAnswered, answered);
    figures.set(F::ReadinessWeakest, Figure::Word(weakest(&groups)));
}

pub(super) fn assessment(scores: &AssessmentScores, figures: &mut Figures) {
    let groups = scores.areas();
    let mut overall = 0.0;
    for ((name, items), figure) in groups.iter().zip(AREAS) {
        debug_assert!(figure.name().ends_with(name));
        let area = group_sum(items) * AREA_SCALE;
        overall += area;
        figures.set(figure, Figure::Number(area));
    }
    figures.set(F::AssessmentOverall, Figure::Number(overall));
    figures.set(F::AssessmentBand, Figure::Band(band(overall)));
    let answered = Figure::Number(answered(&groups) as f64);
    figures.set(F::AssessmentAnswered, answered);
    figures.set(F::AssessmentWeakest, Figure::Word(weakest(&groups)));
}
