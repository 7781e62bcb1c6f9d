use crate::format;
use crate::model::{Leaf, Plan, Walk};
use crate::scoring::{compute, Figure, FigureName, Figures};

const SECTIONS: [(&str, &str); 10] = [
    ("readiness", "Pre-exercise: current business maturity"),
    ("technical", "29A.1 Technical architecture for scale"),
    ("data", "29A.2 Data and analytics infrastructure"),
    ("security", "29A.3 Security and compliance"),
    ("organization", "29B.1 Organizational structure and culture"),
    ("talent", "29B.2 Hiring and retention"),
    ("operations", "29C.1 Business processes"),
    ("automation", "29C.2 Automation and tool integration"),
    ("assessment", "Scaling strategy assessment"),
    ("roadmap", "12-month scaling roadmap"),
];

/// Keys whose worksheet wording is not just the key written out.
const LABELS: [(&str, &str); 34] = [
    ("users_x", "Expected users (× current)"),
    ("api_calls_x", "API call volume (× current)"),
    ("storage_x", "Data storage needs (× current)"),
    ("performance_x", "Performance requirements (× current)"),
    ("database_gb", "Database size (GB)"),
    ("storage_gb", "Storage requirements (GB)"),
    ("bandwidth_gb_month", "Bandwidth usage (GB/month)"),
    ("cost_month", "Cost per month"),
    ("timeline_weeks", "Timeline (weeks)"),
    ("phase1", "Phase 1: immediate scaling (0–3 months)"),
    ("phase2", "Phase 2: growth infrastructure (3–9 months)"),
    ("phase3", "Phase 3: enterprise scale (9–18 months)"),
    ("cdn", "CDN setup"),
    ("etl", "ETL processes"),
    ("ml_pipeline", "Machine learning pipeline"),
    ("soc2_months", "SOC 2 Type II timeline (months)"),
    ("gdpr_status", "GDPR status"),
    ("hipaa_status", "HIPAA status (if applicable)"),
    ("iso27001_months", "ISO 27001 timeline (months)"),
    ("current", "Team now"),
    ("plan", "Team in 12 months"),
    ("cto", "CTO/VP Engineering"),
    ("vp_marketing", "VP Marketing"),
    ("vp_sales", "VP Sales"),
    ("coo", "COO/VP Operations"),
    ("hire_month", "Hire timeline (month)"),
    ("start_month", "Start date (month)"),
    ("base_salary_percentile", "Base salary (market percentile)"),
    (
        "training_budget_per_person",
        "Training budget per person per year",
    ),
    ("current_hours_week", "Current effort (hours/week)"),
    ("saved_hours_week", "Time saved (hours/week)"),
    ("crm", "CRM system"),
    ("hourly_cost", "Loaded cost of one staff hour"),
    ("scale", "Months 10–12: scale"),
];

/// Every figure with how it reads, in the order the document lists them.
const FIGURES: [(FigureName, &str, Unit); 52] = [
    (
        FigureName::ReadinessProduct,
        "Product maturity (/10)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessMarket,
        "Market position (/10)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessOperations,
        "Operations maturity (/10)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessFinancial,
        "Financial health (/10)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessTeam,
        "Team readiness (/10)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessOverall,
        "Overall scaling readiness (/50)",
        Unit::Score,
    ),
    (
        FigureName::ReadinessPercent,
        "Readiness (% of maximum)",
        Unit::Percent,
    ),
    (FigureName::ReadinessBand, "Readiness band", Unit::Word),
    (
        FigureName::ReadinessAnswered,
        "Scores answered (of 20)",
        Unit::Count,
    ),
    (FigureName::ReadinessWeakest, "Weakest items", Unit::Word),
    (
        FigureName::TechnicalProjectedConcurrentUsers,
        "Concurrent users in 12 months",
        Unit::Count,
    ),
    (
        FigureName::TechnicalProjectedDailyApiCalls,
        "Daily API calls in 12 months",
        Unit::Count,
    ),
    (
        FigureName::TechnicalProjectedDatabaseGb,
        "Database size in 12 months (GB)",
        Unit::Count,
    ),
    (
        FigureName::TechnicalProjectedStorageGb,
        "Storage in 12 months (GB)",
        Unit::Count,
    ),
    (
        FigureName::TechnicalProjectedBandwidthGbMonth,
        "Bandwidth in 12 months (GB/month)",
        Unit::Count,
    ),
    (
        FigureName::TechnicalBottleneckCostMonth,
        "Bottleneck fixes per month",
        Unit::Money,
    ),
    (
        FigureName::TechnicalLongestTimelineWeeks,
        "Longest bottleneck timeline (weeks)",
        Unit::Count,
    ),
    (
        FigureName::TechnicalRunRateMonth,
        "Run rate with all three phases, per month",
        Unit::Money,
    ),
    (
        FigureName::TechnicalSpend18Months,
        "Infrastructure spend over 18 months",
        Unit::Money,
    ),
    (
        FigureName::OrganizationCurrentTotal,
        "Team now",
        Unit::Count,
    ),
    (
        FigureName::OrganizationPlanTotal,
        "Team in 12 months",
        Unit::Count,
    ),
    (
        FigureName::OrganizationDeltaEngineering,
        "Engineering change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaProduct,
        "Product change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaMarketing,
        "Marketing change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaSales,
        "Sales change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaCustomerSuccess,
        "Customer success change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaOperations,
        "Operations change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaExecutive,
        "Executive change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationDeltaTotal,
        "Team change",
        Unit::Signed,
    ),
    (
        FigureName::OrganizationGrowthPercent,
        "Team growth",
        Unit::Percent,
    ),
    (
        FigureName::OrganizationLeadershipCompensation,
        "Leadership compensation",
        Unit::Money,
    ),
    (
        FigureName::TalentChannelsTotal,
        "Recruiting channels total",
        Unit::Percent,
    ),
    (
        FigureName::TalentHiringBudget,
        "Hiring budget (salary midpoints)",
        Unit::Money,
    ),
    (
        FigureName::TalentTrainingBudgetTotal,
        "Training budget for the team, per year",
        Unit::Money,
    ),
    (
        FigureName::AutomationSavedHoursWeek,
        "Total time saved (hours/week)",
        Unit::Count,
    ),
    (
        FigureName::AutomationCostMonth,
        "Cost of automation per month",
        Unit::Money,
    ),
    (
        FigureName::AutomationSetupCost,
        "One-time setup cost",
        Unit::Money,
    ),
    (
        FigureName::AutomationSavingsMonth,
        "Human cost savings per month",
        Unit::Money,
    ),
    (FigureName::AutomationRoi, "ROI", Unit::Ratio),
    (
        FigureName::AutomationNetSavingsMonth,
        "Net savings per month",
        Unit::Money,
    ),
    (
        FigureName::AutomationPaybackMonths,
        "Payback period (months)",
        Unit::Count,
    ),
    (
        FigureName::AssessmentTechnical,
        "Technical readiness (/25)",
        Unit::Score,
    ),
    (
        FigureName::AssessmentOrganizational,
        "Organizational readiness (/25)",
        Unit::Score,
    ),
    (
        FigureName::AssessmentOperational,
        "Operational readiness (/25)",
        Unit::Score,
    ),
    (
        FigureName::AssessmentStrategic,
        "Strategic readiness (/25)",
        Unit::Score,
    ),
    (
        FigureName::AssessmentOverall,
        "Overall scaling score (/100)",
        Unit::Score,
    ),
    (FigureName::AssessmentBand, "Assessment band", Unit::Word),
    (
        FigureName::AssessmentAnswered,
        "Scores answered (of 16)",
        Unit::Count,
    ),
    (FigureName::AssessmentWeakest, "Weakest items", Unit::Word),
    (
        FigureName::RoadmapTeamGrowthPercent,
        "Team growth",
        Unit::Percent,
    ),
    (
        FigureName::RoadmapRevenueGrowthPercent,
        "Revenue growth",
        Unit::Percent,
    ),
    (
        FigureName::RoadmapCustomersGrowthPercent,
        "Customer growth",
        Unit::Percent,
    ),
];

#[derive(Clone, Copy)]
enum Unit {
    Score,
    Count,
    Money,
    Percent,
    Ratio,
    Signed,
    Word,
}

fn label(key: &str) -> String {
    if let Some((_, l)) = LABELS.iter().find(|(k, _)| *k == key) {
        return l.to_string();
    }
    let mut words = key.replace('_', " ");
    if let Some(first) = words.get(0..1) {
        words.replace_range(0..1, &first.to_ascii_uppercase());
    }
    words
}

fn figure_text(figure: &Figure, unit: Unit, currency: &str) -> String {
    match (figure, unit) {
        (Figure::Blank, _) => "—".into(),
        (Figure::Band(b), _) => b.key().into(),
        (Figure::Word(w), _) if w.is_empty() => "—".into(),
        (Figure::Word(w), _) => w.replace(',', ", "),
        (Figure::Number(n), Unit::Score) => format::one_decimal(*n),
        (Figure::Number(n), Unit::Money) => format::money(*n, currency),
        (Figure::Number(n), Unit::Percent) => format!("{}%", format::two_decimals(*n)),
        (Figure::Number(n), Unit::Ratio) => format!("{}:1", format::two_decimals(*n)),
        (Figure::Number(n), Unit::Signed) if *n > 0.0 => format!("+{}", format::two_decimals(*n)),
        (Figure::Number(n), _) => format::two_decimals(*n),
    }
}

fn leaf_text(leaf: Leaf<'_>, currency: &str) -> String {
    let number =
        |v: Option<f64>| v.map(|n| format::group_digits(&crate::scoring::format_number(n)));
    let text = match leaf {
        Leaf::Score(v) => v.0.map(|s| format!("{s}/10")),
        Leaf::Count(v) => number(v.value()),
        Leaf::Percentile(v) => v.0.map(|p| format!("{p}th percentile")),
        Leaf::Month(v) => v.0.map(|m| format!("month {m}")),
        Leaf::Duration(v) => number(v.value()),
        Leaf::Number(v) => number(v.0),
        Leaf::Multiplier(v) => {
            v.0.map(|n| format!("{}x", crate::scoring::format_number(n)))
        }
        Leaf::Amount(v) => v.0.map(|n| format::money(n, currency)),
        Leaf::Percent(v) => {
            v.0.map(|n| format!("{}%", crate::scoring::format_number(n)))
        }
        Leaf::Hours(v) => number(v.0),
        Leaf::Text(t) => (!t.trim().is_empty()).then(|| t.trim().replace('\n', "  \n  ")),
        Leaf::Priority(p) => p.map(|p| label(p.key())),
        Leaf::Timestamp(t) => (!t.0.is_empty()).then(|| t.0.clone()),
        Leaf::Currency(c) => Some(c.0.clone()),
    };
    text.unwrap_or_else(|| "—".into())
}

fn write_figures(out: &mut String, figures: &Figures, prefixes: &[&str], currency: &str) {
    let rows: Vec<_> = FIGURES
        .iter()
        .filter(|(name, _, _)| prefixes.iter().any(|p| name.name().starts_with(p)))
        .collect();
    if rows.is_empty() {
        return;
    }
    out.push_str("\n**Figures**\n\n| Figure | Value |\n|---|---|\n");
    for (name, text, unit) in rows {
        out.push_str(&format!(
            "| {text} | {} |\n",
            figure_text(figures.get(*name), *unit, currency)
        ));
    }
}

/// The whole plan as a readable document, with its figures and warnings.
pub fn to_markdown(plan: &Plan) -> String {
    let figures = compute(plan);
    let currency = plan.meta.currency.0.as_str();
    let title = if plan.meta.name.trim().is_empty() {
        "Scaling plan"
    } else {
        plan.meta.name.trim()
    };
    let mut out = format!("# {title}\n\n");
    if !plan.meta.company.trim().is_empty() {
        out.push_str(&format!("{} · ", plan.meta.company.trim()));
    }
    out.push_str(&format!("Currency: {currency}"));
    if !plan.meta.updated_at.0.is_empty() {
        out.push_str(&format!(" · Updated {}", plan.meta.updated_at.0));
    }
    out.push_str("\n\n## Summary\n\n");
    out.push_str(&format!(
        "- Scaling readiness: {} /50 ({})\n- Strategy assessment: {} /100 ({})\n",
        figure_text(
            figures.get(FigureName::ReadinessOverall),
            Unit::Score,
            currency
        ),
        figure_text(figures.get(FigureName::ReadinessBand), Unit::Word, currency),
        figure_text(
            figures.get(FigureName::AssessmentOverall),
            Unit::Score,
            currency
        ),
        figure_text(
            figures.get(FigureName::AssessmentBand),
            Unit::Word,
            currency
        ),
    ));
    if figures.warnings.is_empty() {
        out.push_str("- Warnings: none\n");
    } else {
        for w in &figures.warnings {
            out.push_str(&format!("- Warning ({}): {}\n", w.code, w.message));
        }
    }
    for (section, heading) in SECTIONS {
        out.push_str(&format!("\n## {heading}\n"));
        let mut group = String::new();
        plan.walk("", &mut |path, leaf| {
            let Some(rest) = path.strip_prefix(section).and_then(|r| r.strip_prefix('.')) else {
                return;
            };
            let parts: Vec<&str> = rest.split('.').collect();
            let (key, parents) = parts.split_last().unwrap_or((&"", &[]));
            let heading: Vec<String> = parents
                .iter()
                .map(|p| {
                    p.parse::<usize>()
                        .map_or_else(|_| label(p), |i| format!("{}", i + 1))
                })
                .collect();
            let heading = heading.join(" · ");
            let item = match key.parse::<usize>() {
                Ok(i) => format!("{}", i + 1),
                Err(_) => label(key),
            };
            if heading != group {
                out.push_str(&format!(
                    "\n### {}\n\n",
                    if heading.is_empty() {
                        "General".into()
                    } else {
                        heading.clone()
                    }
                ));
                group = heading;
            }
            out.push_str(&format!("- {item}: {}\n", leaf_text(leaf, currency)));
        });
        let prefixes: &[&str] = match section {
            "organization" => &["organization."],
            other => &[match other {
                "readiness" => "readiness.",
                "technical" => "technical.",
                "talent" => "talent.",
                "automation" => "automation.",
                "assessment" => "assessment.",
                "roadmap" => "roadmap.",
                _ => "-",
            }],
        };
        write_figures(&mut out, &figures, prefixes, currency);
    }
    if !plan.snapshots.is_empty() {
        out.push_str("\n## Snapshots\n\n| Taken | Label | Readiness (/50) | Assessment (/100) |\n|---|---|---|---|\n");
        for s in &plan.snapshots {
            let f = crate::scoring::snapshot_figures(s);
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                s.taken_at.0,
                s.label.replace('|', "/"),
                figure_text(f.get(FigureName::ReadinessOverall), Unit::Score, currency),
                figure_text(f.get(FigureName::AssessmentOverall), Unit::Score, currency),
            ));
        }
    }
    out
}
