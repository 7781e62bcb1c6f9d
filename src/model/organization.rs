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
    pub const KEYS_IN_ORDER: [&'static str; 7] = [
        "engineering",
        "product",
        "marketing",
        "sales",
        "customer_success",
        "operations",
        "executive",
    ];

    pub fn count_mut(&mut self, key: &str) -> Option<&mut Count> {
        Some(match key {
            "engineering" => &mut self.engineering,
            "product" => &mut self.product,
            "marketing" => &mut self.marketing,
            "sales" => &mut self.sales,
            "customer_success" => &mut self.customer_success,
            "operations" => &mut self.operations,
            "executive" => &mut self.executive,
            _ => return None,
        })
    }

    pub fn count(&self, key: &str) -> Count {
        self.counts()
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(Count(None), |(_, c)| *c)
    }

    pub fn counts(&self) -> [(&'static str, Count); 7] {
        [
            ("engineering", self.engineering),
            ("product", self.product),
            ("marketing", self.marketing),
            ("sales", self.sales),
            ("customer_success", self.customer_success),
            ("operations", self.operations),
            ("executive", self.executive),
        ]
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
