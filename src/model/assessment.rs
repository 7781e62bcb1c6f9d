use super::Score;

scores!(TechnicalReadiness {
    infrastructure_scalability,
    data_architecture,
    security_compliance,
    performance_monitoring
});
scores!(OrganizationalReadiness {
    team_structure_design,
    leadership_capability,
    hiring_strategy,
    culture_preservation
});
scores!(OperationalReadiness {
    process_documentation,
    automation_implementation,
    quality_systems,
    efficiency_optimization
});
scores!(StrategicReadiness {
    growth_planning,
    resource_allocation,
    risk_management,
    execution_capability
});

record!(
    /// Scaling strategy assessment.
    Assessment {
        technical: TechnicalReadiness,
        organizational: OrganizationalReadiness,
        operational: OperationalReadiness,
        strategic: StrategicReadiness,
        strengths: Vec<String>,
        critical_gaps: Vec<String>,
    }
);

record!(
    /// The 16 assessment scores alone, as a snapshot keeps them.
    AssessmentScores {
        technical: TechnicalReadiness,
        organizational: OrganizationalReadiness,
        operational: OperationalReadiness,
        strategic: StrategicReadiness,
    }
);

impl AssessmentScores {
    pub const AREAS: [&'static str; 4] =
        ["technical", "organizational", "operational", "strategic"];

    /// The four areas in worksheet order, each with its four scores.
    pub fn areas(&self) -> [(&'static str, [(&'static str, Score); 4]); 4] {
        [
            ("technical", self.technical.items()),
            ("organizational", self.organizational.items()),
            ("operational", self.operational.items()),
            ("strategic", self.strategic.items()),
        ]
    }
}

impl Assessment {
    pub fn scores(&self) -> AssessmentScores {
        AssessmentScores {
            technical: self.technical.clone(),
            organizational: self.organizational.clone(),
            operational: self.operational.clone(),
            strategic: self.strategic.clone(),
        }
    }
}

impl Assessment {
    /// One score by its area and item key, e.g. `("technical", "data_architecture")`.
    pub fn score_mut(&mut self, area: &str, item: &str) -> Option<&mut Score> {
        match area {
            "technical" => self.technical.item_mut(item),
            "organizational" => self.organizational.item_mut(item),
            "operational" => self.operational.item_mut(item),
            "strategic" => self.strategic.item_mut(item),
            _ => None,
        }
    }

    pub fn score(&self, area: &str, item: &str) -> Score {
        match area {
            "technical" => self.technical.item(item),
            "organizational" => self.organizational.item(item),
            "operational" => self.operational.item(item),
            "strategic" => self.strategic.item(item),
            _ => Score(None),
        }
    }
}
