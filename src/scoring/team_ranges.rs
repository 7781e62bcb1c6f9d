//! The team's range and median of each readiness dimension and assessment area, on the
//! plan's own scale, for the charts to draw over the plan's scores.

use super::scorecards::{AREA_SCALE, DIMENSION_SCALE};
use super::team_scores::median;
use crate::model::{Leaf, Response, Team, Walk};

/// The team's figures for one dimension or area, over the participants who answered all its
/// items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupRange {
    /// How many participants answered all its items.
    pub n: usize,
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

/// One scorecard's groups, in worksheet order: `None` where no participant answered all the
/// group's items.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardRanges {
    /// How many responses are in.
    pub participants: usize,
    pub groups: Vec<Option<GroupRange>>,
}

impl CardRanges {
    /// Whether any group has a range to show.
    pub fn any(&self) -> bool {
        self.groups.iter().any(Option::is_some)
    }
}

/// Every dimension and area has four items.
const ITEMS: usize = 4;

/// The five readiness dimensions on 0–10.
pub fn readiness_ranges(team: &Team) -> CardRanges {
    ranges(team, &|r| &r.readiness, DIMENSION_SCALE)
}

/// The four assessment areas on 0–25.
pub fn assessment_ranges(team: &Team) -> CardRanges {
    ranges(team, &|r| &r.assessment, AREA_SCALE)
}

fn ranges(team: &Team, card: &dyn Fn(&Response) -> &dyn Walk, scale: f64) -> CardRanges {
    // Each group's totals, from those who answered all its items. The blank response first
    // gives every group its place.
    let mut sums: Vec<Vec<u8>> = Vec::new();
    let blank = Response::default();
    for response in std::iter::once(&blank).chain(&team.responses) {
        let (mut i, mut sum) = (0, Some(0u8));
        card(response).walk("", &mut |_, leaf| {
            if let Leaf::Score(s) = leaf {
                sum = sum.zip(s.0).map(|(a, b)| a.saturating_add(b));
                i += 1;
                if i % ITEMS == 0 {
                    if sums.len() < i / ITEMS {
                        sums.push(Vec::new());
                    }
                    if let Some(sum) = sum {
                        sums[i / ITEMS - 1].push(sum);
                    }
                    sum = Some(0);
                }
            }
        });
    }
    let groups = sums
        .iter_mut()
        .map(|sums| {
            crate::order::sort_by(sums, |a, b| a < b);
            let scaled = |v: Option<&u8>| Some(f64::from(*v?) * scale);
            Some(GroupRange {
                n: sums.len(),
                min: scaled(sums.first())?,
                median: median(sums)? * scale,
                max: scaled(sums.last())?,
            })
        })
        .collect();
    CardRanges {
        participants: team.responses.len(),
        groups,
    }
}
