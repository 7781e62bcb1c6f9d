use super::walk::values;
use super::{Amount, Month, Percent, Percentile, Priority};

record!(Position {
    title: String,
    priority: Option<Priority>,
    skills: String,
    experience_level: String,
    salary_min: Amount,
    salary_max: Amount,
    start_month: Month,
});

record!(Channels {
    network_referrals: Percent,
    professional_recruiters: Percent,
    job_boards: Percent,
    university_recruiting: Percent,
    social_media: Percent,
});

impl Channels {
    pub fn percents(&self) -> Vec<(&'static str, Percent)> {
        values(self)
    }
}

record!(Compensation {
    base_salary_percentile: Percentile,
    equity_percent: Percent,
    bonus_percent: Percent,
    benefits: String,
});

record!(Career {
    development_plans: String,
    training_budget_per_person: Amount,
    conferences: String,
    internal_mobility: String,
    mentorship: String,
});

record!(Experience texts { work_life_balance, remote_policy, office_environment, team_activities, recognition });
record!(Performance texts { goal_setting, regular_feedback, reviews, promotion_criteria, improvement_plans });

record!(
    /// 29B.2 Hiring and retention.
    Talent {
        positions: Vec<Position>,
        channels: Channels,
        hiring_process: Vec<String>,
        compensation: Compensation,
        career: Career,
        experience: Experience,
        performance: Performance,
    }
);
