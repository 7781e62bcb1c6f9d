//! The team's view of each score (workshop.md, "Team scores"): how many answered it, its mean,
//! median, range and spread, and whether the team disputes it.

use std::fmt;

use crate::model::{Leaf, LeafMut, Plan, Reach, Response, Score, Team};

/// Spread at or above which a score is disputed.
pub const DISPUTED_SPREAD: f64 = 4.0;

/// One of the figures kept for every score path (`team.<path>.<stat>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamStat {
    N,
    Mean,
    Median,
    Min,
    Max,
    Spread,
    Disputed,
}

impl TeamStat {
    pub const ALL: [TeamStat; 7] = [
        TeamStat::N,
        TeamStat::Mean,
        TeamStat::Median,
        TeamStat::Min,
        TeamStat::Max,
        TeamStat::Spread,
        TeamStat::Disputed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TeamStat::N => "n",
            TeamStat::Mean => "mean",
            TeamStat::Median => "median",
            TeamStat::Min => "min",
            TeamStat::Max => "max",
            TeamStat::Spread => "spread",
            TeamStat::Disputed => "disputed",
        }
    }
}

impl fmt::Display for TeamStat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The team's answers to one score.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    /// `readiness.product.feature_completeness`
    pub path: String,
    /// The scores given, lowest first.
    pub scores: Vec<u8>,
}

impl ItemStats {
    pub fn n(&self) -> usize {
        self.scores.len()
    }

    pub fn mean(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| self.scores.iter().map(|&s| f64::from(s)).sum::<f64>() / n as f64)
    }

    /// The middle score, or the mean of the middle two.
    pub fn median(&self) -> Option<f64> {
        median(&self.scores)
    }

    pub fn min(&self) -> Option<f64> {
        self.scores.first().map(|&s| f64::from(s))
    }

    pub fn max(&self) -> Option<f64> {
        self.scores.last().map(|&s| f64::from(s))
    }

    pub fn spread(&self) -> Option<f64> {
        Some(self.max()? - self.min()?)
    }

    /// Blank while fewer than two answered.
    pub fn disputed(&self) -> Option<bool> {
        (self.n() >= 2).then(|| self.spread().unwrap_or(0.0) >= DISPUTED_SPREAD)
    }

    /// The figure as `data-value` shows it: a number, `true`/`false`, or blank.
    pub fn value(&self, stat: TeamStat) -> Option<String> {
        let number = |n: Option<f64>| n.map(crate::model::format_number);
        match stat {
            TeamStat::N => (self.n() > 0).then(|| self.n().to_string()),
            TeamStat::Mean => number(self.mean()),
            TeamStat::Median => number(self.median()),
            TeamStat::Min => number(self.min()),
            TeamStat::Max => number(self.max()),
            TeamStat::Spread => number(self.spread()),
            TeamStat::Disputed => self.disputed().map(|d| d.to_string()),
        }
    }
}

/// The middle of `sorted`, or the mean of the middle two.
pub(super) fn median(sorted: &[u8]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(sorted[n / 2])),
        _ => Some((f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0),
    }
}

/// Every score's team figures, in worksheet order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TeamScores {
    pub participants: usize,
    pub items: Vec<ItemStats>,
}

impl TeamScores {
    pub fn item(&self, path: &str) -> Option<&ItemStats> {
        self.items.iter().find(|i| i.path == path)
    }

    /// The disputed scores, widest spread first, ties in worksheet order.
    pub fn disputed(&self) -> Vec<&ItemStats> {
        let mut out: Vec<&ItemStats> = self
            .items
            .iter()
            .filter(|i| i.disputed() == Some(true))
            .collect();
        crate::order::sort_by(&mut out, |a, b| a.spread() > b.spread());
        out
    }

    /// `team.disputed`: the disputed paths joined by commas.
    pub fn disputed_names(&self) -> String {
        let paths: Vec<&str> = self.disputed().iter().map(|i| i.path.as_str()).collect();
        paths.join(",")
    }
}

/// The team's figures from its responses.
pub fn team_scores(team: &Team) -> TeamScores {
    let mut items: Vec<ItemStats> = Vec::with_capacity(36);
    {
        let blank = Response::default();
        let mut add = |path: &str, _: Leaf<'_>| {
            items.push(ItemStats {
                path: path.to_string(),
                scores: Vec::new(),
            })
        };
        blank.readiness.walk("readiness", &mut add);
        blank.assessment.walk("assessment", &mut add);
    }
    for response in &team.responses {
        let mut i = 0;
        let mut take = |_: &str, leaf: Leaf<'_>| {
            if let (Leaf::Score(Score(Some(s))), Some(item)) = (leaf, items.get_mut(i)) {
                item.scores.push(*s);
            }
            i += 1;
        };
        response.readiness.walk("readiness", &mut take);
        response.assessment.walk("assessment", &mut take);
    }
    for item in &mut items {
        crate::order::sort_by(&mut item.scores, |a, b| a < b);
    }
    TeamScores {
        participants: team.responses.len(),
        items,
    }
}

/// "Use team medians": writes each answered score's median into the plan, half-points rounded
/// away from zero (6.5 → 7). Gives how many scores it set.
pub fn use_medians(plan: &mut Plan, scores: &TeamScores) -> usize {
    let mut set = 0;
    for item in &scores.items {
        if let (Some(median), Some(LeafMut::Score(s))) = (item.median(), plan.at_mut(&item.path)) {
            s.0 = Some(median.round().clamp(0.0, 10.0) as u8);
            set += 1;
        }
    }
    set
}
