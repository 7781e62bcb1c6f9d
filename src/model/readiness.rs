use super::Score;

scores!(ProductMaturity {
    feature_completeness,
    technical_stability,
    user_experience,
    scalability_architecture
});
scores!(MarketPosition {
    product_market_fit,
    competitive_differentiation,
    brand_recognition,
    customer_loyalty
});
scores!(OperationsMaturity {
    process_documentation,
    system_automation,
    quality_control,
    performance_monitoring
});
scores!(FinancialHealth {
    unit_economics,
    cash_flow_management,
    revenue_predictability,
    funding_adequacy
});
scores!(TeamReadiness {
    leadership_capability,
    team_productivity,
    culture_strength,
    scalability_mindset
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

pub type Scorecard = [(&'static str, [(&'static str, Score); 4])];

impl ReadinessScores {
    pub const DIMENSIONS: [&'static str; 5] =
        ["product", "market", "operations", "financial", "team"];

    /// The five dimensions in worksheet order, each with its four scores.
    pub fn dimensions(&self) -> [(&'static str, [(&'static str, Score); 4]); 5] {
        [
            ("product", self.product.items()),
            ("market", self.market.items()),
            ("operations", self.operations.items()),
            ("financial", self.financial.items()),
            ("team", self.team.items()),
        ]
    }
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
}

impl Readiness {
    /// One score by its group and item key, e.g. `("market", "brand_recognition")`.
    pub fn score_mut(&mut self, group: &str, item: &str) -> Option<&mut Score> {
        match group {
            "product" => self.product.item_mut(item),
            "market" => self.market.item_mut(item),
            "operations" => self.operations.item_mut(item),
            "financial" => self.financial.item_mut(item),
            "team" => self.team.item_mut(item),
            _ => None,
        }
    }

    pub fn score(&self, group: &str, item: &str) -> Score {
        match group {
            "product" => self.product.item(item),
            "market" => self.market.item(item),
            "operations" => self.operations.item(item),
            "financial" => self.financial.item(item),
            "team" => self.team.item(item),
            _ => Score(None),
        }
    }
}
