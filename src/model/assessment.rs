use super::readiness::{groups, score, score_mut};
use super::Score;

record!(TechnicalReadiness {
    infrastructure_scalability: Score,
    data_architecture: Score,
    security_compliance: Score,
    performance_monitoring: Score
});
record!(OrganizationalReadiness {
    team_structure_design: Score,
    leadership_capability: Score,
    hiring_strategy: Score,
    culture_preservation: Score
});
record!(OperationalReadiness {
    process_documentation: Score,
    automation_implementation: Score,
    quality_systems: Score,
    efficiency_optimization: Score
});
record!(StrategicReadiness {
    growth_planning: Score,
    resource_allocation: Score,
    risk_management: Score,
    execution_capability: Score
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
    /// The four areas in worksheet order, each with its four scores.
    pub fn areas(&self) -> Vec<(&'static str, Vec<(&'static str, Score)>)> {
        groups(self)
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

    /// Puts the 16 scores of `scores` in place of these.
    pub fn set_scores(&mut self, scores: &AssessmentScores) {
        let AssessmentScores {
            technical,
            organizational,
            operational,
            strategic,
        } = scores.clone();
        (self.technical, self.organizational) = (technical, organizational);
        (self.operational, self.strategic) = (operational, strategic);
    }

    /// One score by its area and item key, e.g. `("technical", "data_architecture")`.
    pub fn score_mut(&mut self, area: &str, item: &str) -> Option<&mut Score> {
        score_mut(self, area, item)
    }

    pub fn score(&self, area: &str, item: &str) -> Score {
        score(self, area, item)
    }
}
