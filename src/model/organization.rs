use super::walk::{values, Leaf, Reach};
use super::{Amount, Count, Month};

record!(
    /// Head count per department.
    Departments {
        engineering: Count,
        product: Count,
        marketing: Count,
        sales: Count,
        customer_success: Count,
        operations: Count,
        executive: Count,
    }
);

impl Departments {
    /// The head counts in worksheet order, with their keys.
    pub fn counts(&self) -> Vec<(&'static str, Count)> {
        values(self)
    }

    pub fn count(&self, key: &str) -> Count {
        match self.at(key) {
            Some(Leaf::Count(c)) => *c,
            _ => Count(None),
        }
    }
}

record!(LeadershipHire {
    hire_month: Month,
    requirements: String,
    compensation: Amount
});

record!(Leadership {
    cto: LeadershipHire,
    vp_marketing: LeadershipHire,
    vp_sales: LeadershipHire,
    coo: LeadershipHire,
});

impl Leadership {
    pub fn roles(&self) -> [(&'static str, &LeadershipHire); 4] {
        [
            ("cto", &self.cto),
            ("vp_marketing", &self.vp_marketing),
            ("vp_sales", &self.vp_sales),
            ("coo", &self.coo),
        ]
    }
}

record!(Management texts {
    decision_making,
    communication_style,
    performance_management,
    career_development,
    work_environment,
});
record!(Culture texts { onboarding_program, all_hands, performance_reviews, team_building, knowledge_sharing });
record!(Communication texts {
    daily_standups,
    weekly_team_meetings,
    monthly_all_hands,
    quarterly_planning,
    annual_strategy,
});

record!(
    /// 29B.1 Organizational structure and culture.
    Organization {
        current: Departments,
        plan: Departments,
        leadership: Leadership,
        core_values: Vec<String>,
        management: Management,
        culture: Culture,
        communication: Communication,
    }
);
