//! A plan's figures and warnings, as computed.

use super::band::Band;
use super::names::{FigureName, WarningCode};
use crate::model::format_number;

/// One computed figure: a number, a band, a word (`never`, a list of items), or blank.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Blank,
    Number(f64),
    Band(Band),
    Word(String),
}

impl Figure {
    /// Blank unless the number is finite.
    pub fn number(n: f64) -> Figure {
        if n.is_finite() {
            Figure::Number(n)
        } else {
            Figure::Blank
        }
    }

    pub fn maybe(n: Option<f64>) -> Figure {
        n.map_or(Figure::Blank, Figure::number)
    }

    pub fn as_number(&self) -> Option<f64> {
        match self {
            Figure::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The exact value for `data-value`: a plain JSON-style number, a word, or empty.
    pub fn data_value(&self) -> String {
        match self {
            Figure::Blank => String::new(),
            Figure::Number(n) => format_number(*n),
            Figure::Band(b) => b.key().to_string(),
            Figure::Word(w) => w.clone(),
        }
    }
}

/// Every figure of a plan, by its name in scoring.md.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// By `FigureName as usize`; a name past the end is blank.
    values: Vec<Figure>,
    pub warnings: Vec<Warning>,
}

impl Figures {
    /// Only the figures that a snapshot's 36 scores give (scoring.md lists them first), the
    /// others blank: a snapshot keeps no other field.
    pub fn scores_only(mut self) -> Figures {
        let scored = FigureName::AssessmentWeakest as usize + 1;
        for value in self.values.iter_mut().skip(scored) {
            *value = Figure::Blank;
        }
        self
    }

    pub fn get(&self, name: FigureName) -> &Figure {
        self.values.get(name as usize).unwrap_or(&Figure::Blank)
    }

    /// Every figure with its name, in scoring.md's order.
    pub fn iter(&self) -> impl Iterator<Item = (FigureName, &Figure)> {
        FigureName::ALL.iter().map(|&name| (name, self.get(name)))
    }

    pub fn number(&self, name: FigureName) -> Option<f64> {
        self.get(name).as_number()
    }

    pub fn warning(&self, code: WarningCode) -> Option<&Warning> {
        self.warnings.iter().find(|w| w.code == code)
    }

    pub fn has_warning(&self, code: WarningCode) -> bool {
        self.warning(code).is_some()
    }

    pub(super) fn set(&mut self, name: FigureName, figure: Figure) {
        let i = name as usize;
        if self.values.len() <= i {
            self.values
                .resize(FigureName::ALL.len().max(i + 1), Figure::Blank);
        }
        self.values[i] = figure;
    }
}

/// A warning shown beside its fields and listed in the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// `channels-not-100`, `salary-range-inverted:<row>`, …
    pub code: WarningCode,
    /// The JSON path of the field it sits beside.
    pub field: String,
    pub message: String,
}

/// Sum of the filled values; blanks count as 0.
pub(super) fn sum(values: impl IntoIterator<Item = Option<f64>>) -> f64 {
    values.into_iter().flatten().sum()
}

/// Rounds half away from zero to `places` decimals, as the expected figures are written.
pub fn round_to(n: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (n * scale).round() / scale
}
