use leptos::prelude::*;

use crate::lens;
use crate::ui::figure::{Show, Stat};
use crate::ui::inputs::{MoneyInput, NumberInput, TextInput};
use crate::ui::warning::Warn;

#[component]
pub fn RoadmapSection() -> impl IntoView {
    view! {
        <section id="roadmap" class="section" aria-labelledby="roadmap-title">
            <h3 id="roadmap-title">"12-Month Scaling Roadmap"</h3>
            <p class="task">"The scaling execution plan, quarter by quarter."</p>
            <div class="columns">
                {text_group!("Months 1–3: Foundation", roadmap.foundation {
                    infrastructure_upgrades: "Infrastructure upgrades",
                    leadership_hires: "Key leadership hires",
                    process_documentation: "Process documentation",
                    automation_implementation: "Automation implementation",
                })}
                {text_group!("Months 4–6: Growth", roadmap.growth {
                    team_expansion: "Team expansion",
                    system_optimization: "System optimization",
                    compliance_achievement: "Compliance achievement",
                    performance_enhancement: "Performance enhancement",
                })}
                {text_group!("Months 7–9: Optimization", roadmap.optimization {
                    efficiency_improvements: "Efficiency improvements",
                    advanced_automation: "Advanced automation",
                    quality_enhancements: "Quality enhancements",
                    culture_reinforcement: "Culture reinforcement",
                })}
                {text_group!("Months 10–12: Scale", roadmap.scale {
                    advanced_capabilities: "Advanced capabilities",
                    market_expansion: "Market expansion",
                    strategic_partnerships: "Strategic partnerships",
                    exit_preparation: "Exit preparation",
                })}
            </div>
            <fieldset class="group">
                <legend>"Success Metrics"</legend>
                <div class="metric-row">
                    <NumberInput lens=lens!(roadmap.metrics.team_size_from) label="Team size: from" inputmode="numeric" />
                    <NumberInput lens=lens!(roadmap.metrics.team_size_to) label="Team size: to" inputmode="numeric" />
                    <Stat label="Growth" name="roadmap.team_growth_percent" show=Show::Percent formula="(to − from) ÷ from × 100" />
                </div>
                <Warn code="team-target-mismatch" />
                <div class="metric-row">
                    <MoneyInput lens=lens!(roadmap.metrics.revenue_from) label="Revenue: from" />
                    <MoneyInput lens=lens!(roadmap.metrics.revenue_to) label="Revenue: to" />
                    <Stat label="Growth" name="roadmap.revenue_growth_percent" show=Show::Percent formula="(to − from) ÷ from × 100" />
                </div>
                <div class="metric-row">
                    <NumberInput lens=lens!(roadmap.metrics.customers_from) label="Customers: from" inputmode="numeric" />
                    <NumberInput lens=lens!(roadmap.metrics.customers_to) label="Customers: to" inputmode="numeric" />
                    <Stat label="Growth" name="roadmap.customers_growth_percent" show=Show::Percent formula="(to − from) ÷ from × 100" />
                </div>
                <TextInput lens=lens!(roadmap.metrics.market_position) label="Market position" />
            </fieldset>
        </section>
    }
}
