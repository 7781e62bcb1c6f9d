use super::walk::{values, Leaf, LeafMut, Walk};
use super::Score;

record!(ProductMaturity {
    feature_completeness: Score,
    technical_stability: Score,
    user_experience: Score,
    scalability_architecture: Score
});
record!(MarketPosition {
    product_market_fit: Score,
    competitive_differentiation: Score,
    brand_recognition: Score,
    customer_loyalty: Score
});
record!(OperationsMaturity {
    process_documentation: Score,
    system_automation: Score,
    quality_control: Score,
    performance_monitoring: Score
});
record!(FinancialHealth {
    unit_economics: Score,
    cash_flow_management: Score,
    revenue_predictability: Score,
    funding_adequacy: Score
});
record!(TeamReadiness {
    leadership_capability: Score,
    team_productivity: Score,
    culture_strength: Score,
    scalability_mindset: Score
});

record!(
    /// Pre-exercise: current business maturity.
    Readiness {
        product: ProductMaturity,
        market: MarketPosition,
        operations: OperationsMaturity,
        financial: FinancialHealth,
        team: TeamReadiness,
        critical_gaps: Vec<String>,
    }
);

record!(
    /// The 20 readiness scores alone, as a snapshot keeps them.
    ReadinessScores {
        product: ProductMaturity,
        market: MarketPosition,
        operations: OperationsMaturity,
        financial: FinancialHealth,
        team: TeamReadiness,
    }
);

impl ReadinessScores {
    /// The five dimensions in worksheet order, each with its four scores.
    pub fn dimensions(&self) -> Vec<(&'static str, Vec<(&'static str, Score)>)> {
        groups(self)
    }
}

/// The groups of a scorecard in worksheet order, each with its scores.
pub(super) fn groups(card: &dyn Walk) -> Vec<(&'static str, Vec<(&'static str, Score)>)> {
    let mut out = Vec::new();
    card.fields(&mut |key, group| out.push((key, values(group))));
    out
}

impl Readiness {
    pub fn scores(&self) -> ReadinessScores {
        ReadinessScores {
            product: self.product.clone(),
            market: self.market.clone(),
            operations: self.operations.clone(),
            financial: self.financial.clone(),
            team: self.team.clone(),
        }
    }

    /// Puts the 20 scores of `scores` in place of these.
    pub fn set_scores(&mut self, scores: &ReadinessScores) {
        let ReadinessScores {
            product,
            market,
            operations,
            financial,
            team,
        } = scores.clone();
        (self.product, self.market, self.operations) = (product, market, operations);
        (self.financial, self.team) = (financial, team);
    }

    /// One score by its group and item key, e.g. `("market", "brand_recognition")`.
    pub fn score_mut(&mut self, group: &str, item: &str) -> Option<&mut Score> {
        score_mut(self, group, item)
    }

    pub fn score(&self, group: &str, item: &str) -> Score {
        score(self, group, item)
    }
}

pub(super) fn score(card: &dyn Walk, group: &str, item: &str) -> Score {
    match card.part(group).and_then(|g| g.part(item)?.leaf()) {
        Some(Leaf::Score(s)) => *s,
        _ => Score(None),
    }
}

pub(super) fn score_mut<'a>(
    card: &'a mut dyn Walk,
    group: &str,
    item: &str,
) -> Option<&'a mut Score> {
    match card.part_mut(group)?.part_mut(item)?.leaf_mut()? {
        LeafMut::Score(s) => Some(s),
        _ => None,
    }
}
