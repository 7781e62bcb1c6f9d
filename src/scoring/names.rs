//! The names of scoring.md's figures and warnings, as types: a misspelt name does not compile.

use std::fmt;

macro_rules! figure_names {
    ($($variant:ident = $name:literal,)*) => {
        /// A figure of scoring.md; [`FigureName::name`] is its `data-figure` name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FigureName {
            $($variant,)*
        }

        impl FigureName {
            /// Every figure, in scoring.md's order.
            pub const ALL: &'static [FigureName] = &[$(FigureName::$variant,)*];

            /// `readiness.overall`
            pub fn name(self) -> &'static str {
                match self {
                    $(FigureName::$variant => $name,)*
                }
            }
        }
    };
}

figure_names! {
    ReadinessProduct = "readiness.product",
    ReadinessMarket = "readiness.market",
    ReadinessOperations = "readiness.operations",
    ReadinessFinancial = "readiness.financial",
    ReadinessTeam = "readiness.team",
    ReadinessOverall = "readiness.overall",
    ReadinessPercent = "readiness.percent",
    ReadinessBand = "readiness.band",
    ReadinessAnswered = "readiness.answered",
    ReadinessWeakest = "readiness.weakest",
    AssessmentTechnical = "assessment.technical",
    AssessmentOrganizational = "assessment.organizational",
    AssessmentOperational = "assessment.operational",
    AssessmentStrategic = "assessment.strategic",
    AssessmentOverall = "assessment.overall",
    AssessmentBand = "assessment.band",
    AssessmentAnswered = "assessment.answered",
    AssessmentWeakest = "assessment.weakest",
    TechnicalProjectedConcurrentUsers = "technical.projected_concurrent_users",
    TechnicalProjectedDailyApiCalls = "technical.projected_daily_api_calls",
    TechnicalProjectedDatabaseGb = "technical.projected_database_gb",
    TechnicalProjectedStorageGb = "technical.projected_storage_gb",
    TechnicalProjectedBandwidthGbMonth = "technical.projected_bandwidth_gb_month",
    TechnicalBottleneckCostMonth = "technical.bottleneck_cost_month",
    TechnicalLongestTimelineWeeks = "technical.longest_timeline_weeks",
    TechnicalRunRateMonth = "technical.run_rate_month",
    TechnicalSpend18Months = "technical.spend_18_months",
    OrganizationCurrentTotal = "organization.current_total",
    OrganizationPlanTotal = "organization.plan_total",
    OrganizationDeltaEngineering = "organization.delta.engineering",
    OrganizationDeltaProduct = "organization.delta.product",
    OrganizationDeltaMarketing = "organization.delta.marketing",
    OrganizationDeltaSales = "organization.delta.sales",
    OrganizationDeltaCustomerSuccess = "organization.delta.customer_success",
    OrganizationDeltaOperations = "organization.delta.operations",
    OrganizationDeltaExecutive = "organization.delta.executive",
    OrganizationDeltaTotal = "organization.delta_total",
    OrganizationGrowthPercent = "organization.growth_percent",
    OrganizationLeadershipCompensation = "organization.leadership_compensation",
    TalentChannelsTotal = "talent.channels_total",
    TalentHiringBudget = "talent.hiring_budget",
    TalentTrainingBudgetTotal = "talent.training_budget_total",
    AutomationSavedHoursWeek = "automation.saved_hours_week",
    AutomationCostMonth = "automation.cost_month",
    AutomationSetupCost = "automation.setup_cost",
    AutomationSavingsMonth = "automation.savings_month",
    AutomationRoi = "automation.roi",
    AutomationNetSavingsMonth = "automation.net_savings_month",
    AutomationPaybackMonths = "automation.payback_months",
    RoadmapTeamGrowthPercent = "roadmap.team_growth_percent",
    RoadmapRevenueGrowthPercent = "roadmap.revenue_growth_percent",
    RoadmapCustomersGrowthPercent = "roadmap.customers_growth_percent",
}

impl FigureName {
    /// The figure of a `data-figure` name.
    pub fn parse(name: &str) -> Option<FigureName> {
        FigureName::ALL.iter().copied().find(|f| f.name() == name)
    }
}

impl fmt::Display for FigureName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a warning of scoring.md is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    ChannelsNot100,
    SalaryRangeInverted,
    SavedExceedsCurrent,
    TeamTargetMismatch,
}

impl WarningKind {
    pub const ALL: [WarningKind; 4] = [
        WarningKind::ChannelsNot100,
        WarningKind::SalaryRangeInverted,
        WarningKind::SavedExceedsCurrent,
        WarningKind::TeamTargetMismatch,
    ];

    pub fn name(self) -> &'static str {
        match self {
            WarningKind::ChannelsNot100 => "channels-not-100",
            WarningKind::SalaryRangeInverted => "salary-range-inverted",
            WarningKind::SavedExceedsCurrent => "saved-exceeds-current",
            WarningKind::TeamTargetMismatch => "team-target-mismatch",
        }
    }

    /// The code of this warning for the whole plan.
    pub fn code(self) -> WarningCode {
        WarningCode {
            kind: self,
            row: None,
        }
    }

    /// The code of this warning for list row `row`.
    pub fn at(self, row: usize) -> WarningCode {
        WarningCode {
            kind: self,
            row: Some(row),
        }
    }
}

/// A warning's `data-warning` code: `channels-not-100`, or `salary-range-inverted:2` for a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WarningCode {
    pub kind: WarningKind,
    pub row: Option<usize>,
}

impl fmt::Display for WarningCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.row {
            Some(row) => write!(f, "{}:{row}", self.kind.name()),
            None => f.write_str(self.kind.name()),
        }
    }
}
