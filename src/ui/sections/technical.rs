use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::SpendData;
use crate::ui::figure::{Show, Stat};
use crate::ui::inputs::{MoneyInput, NumberInput, Rows, TextInput};
use crate::ui::state::PlanState;
use crate::{lens, list};

#[component]
pub fn TechnicalSection() -> impl IntoView {
    let state = PlanState::get();
    let spend = Memo::new(move |_| state.plan.with(SpendData::new));
    view! {
        <section id="technical" class="section" aria-labelledby="technical-title">
            <h3 id="technical-title">"Challenge 1: Technical Architecture for Scale" <span class="time">"10 minutes"</span></h3>
            <p class="task">"Design systems that handle 10x growth."</p>
            <div class="columns">
                <fieldset class="group">
                    <legend>"Current System Capacity"</legend>
                    <NumberInput lens=lens!(technical.capacity.concurrent_users) label="Concurrent users supported" unit="users" inputmode="numeric" />
                    <NumberInput lens=lens!(technical.capacity.daily_api_calls) label="Daily API calls" unit="calls/day" inputmode="numeric" />
                    <NumberInput lens=lens!(technical.capacity.database_gb) label="Database size" unit="GB" />
                    <NumberInput lens=lens!(technical.capacity.storage_gb) label="Storage requirements" unit="GB" />
                    <NumberInput lens=lens!(technical.capacity.bandwidth_gb_month) label="Bandwidth usage" unit="GB/month" />
                </fieldset>
                <fieldset class="group">
                    <legend>"Growth Projections (12 months)"</legend>
                    <NumberInput lens=lens!(technical.growth.users_x) label="Expected users" unit="× current" />
                    <NumberInput lens=lens!(technical.growth.api_calls_x) label="API call volume" unit="× current" />
                    <NumberInput lens=lens!(technical.growth.storage_x) label="Data storage needs" unit="× current" />
                    <NumberInput lens=lens!(technical.growth.performance_x) label="Performance requirements" unit="× current" />
                </fieldset>
            </div>
            <div class="figures" aria-label="Projected capacity in 12 months">
                <h4>"Projected capacity in 12 months"</h4>
                <Stat label="Concurrent users" name="technical.projected_concurrent_users" show=Show::Count formula="concurrent users × expected users growth" />
                <Stat label="Daily API calls" name="technical.projected_daily_api_calls" show=Show::Count formula="daily API calls × API call volume growth" />
                <Stat label="Database size" name="technical.projected_database_gb" show=Show::Unit("GB") formula="database size × data storage growth" />
                <Stat label="Storage" name="technical.projected_storage_gb" show=Show::Unit("GB") formula="storage × data storage growth" />
                <Stat label="Bandwidth" name="technical.projected_bandwidth_gb_month" show=Show::Unit("GB/month") formula="bandwidth × expected users growth" />
            </div>

            <h4>"Scaling Bottlenecks"</h4>
            <Rows
                list=list!(technical.bottlenecks)
                item="Bottleneck"
                row=|i| {
                    view! {
                        <TextInput lens=lens!(technical.bottlenecks[i].name) label="Bottleneck" />
                        <div class="columns">
                            <TextInput lens=lens!(technical.bottlenecks[i].current_limit) label="Current limit" />
                            <TextInput lens=lens!(technical.bottlenecks[i].breaking_point) label="Breaking point" />
                        </div>
                        <TextInput lens=lens!(technical.bottlenecks[i].solution) label="Solution" />
                        <div class="columns">
                            <MoneyInput lens=lens!(technical.bottlenecks[i].cost_month) label="Cost" per="/month" />
                            <NumberInput lens=lens!(technical.bottlenecks[i].timeline_weeks) label="Timeline" unit="weeks" inputmode="numeric" />
                        </div>
                    }
                }
            />
            <div class="figures">
                <Stat label="Bottleneck fixes, per month" name="technical.bottleneck_cost_month" show=Show::Money formula="sum of the bottlenecks' monthly costs" />
                <Stat label="Longest timeline" name="technical.longest_timeline_weeks" show=Show::Unit("weeks") formula="the largest bottleneck timeline" />
            </div>

            <h4>"Infrastructure Roadmap"</h4>
            <div class="columns three">
                <fieldset class="group">
                    <legend>"Phase 1: Immediate Scaling (0–3 months)"</legend>
                    <TextInput lens=lens!(technical.roadmap.phase1.database_optimization) label="Database optimization" />
                    <TextInput lens=lens!(technical.roadmap.phase1.caching) label="Caching implementation" />
                    <TextInput lens=lens!(technical.roadmap.phase1.cdn) label="CDN setup" />
                    <TextInput lens=lens!(technical.roadmap.phase1.monitoring) label="Monitoring enhancement" />
                    <MoneyInput lens=lens!(technical.roadmap.phase1.cost_month) label="Cost impact" per="/month" />
                </fieldset>
                <fieldset class="group">
                    <legend>"Phase 2: Growth Infrastructure (3–9 months)"</legend>
                    <TextInput lens=lens!(technical.roadmap.phase2.microservices) label="Microservices architecture" />
                    <TextInput lens=lens!(technical.roadmap.phase2.load_balancing) label="Load balancing" />
                    <TextInput lens=lens!(technical.roadmap.phase2.auto_scaling) label="Auto-scaling" />
                    <TextInput lens=lens!(technical.roadmap.phase2.data_pipeline) label="Data pipeline" />
                    <MoneyInput lens=lens!(technical.roadmap.phase2.cost_month) label="Cost impact" per="/month" />
                </fieldset>
                <fieldset class="group">
                    <legend>"Phase 3: Enterprise Scale (9–18 months)"</legend>
                    <TextInput lens=lens!(technical.roadmap.phase3.multi_region) label="Multi-region deployment" />
                    <TextInput lens=lens!(technical.roadmap.phase3.advanced_security) label="Advanced security" />
                    <TextInput lens=lens!(technical.roadmap.phase3.compliance_systems) label="Compliance systems" />
                    <TextInput lens=lens!(technical.roadmap.phase3.enterprise_integrations) label="Enterprise integrations" />
                    <MoneyInput lens=lens!(technical.roadmap.phase3.cost_month) label="Cost impact" per="/month" />
                </fieldset>
            </div>
            <div class="figures">
                <Stat label="Run rate with all three phases" name="technical.run_rate_month" show=Show::Money formula="phase 1 + phase 2 + phase 3 monthly cost" />
                <Stat label="Spend over 18 months" name="technical.spend_18_months" show=Show::Money formula="phase 1 × 18 + phase 2 × 15 + phase 3 × 9 months" />
            </div>
            <ChartCanvas data=spend />
            {text_group!("Technology Decisions", technical.decisions {
                cloud_provider: "Cloud provider",
                database_strategy: "Database strategy",
                security_framework: "Security framework",
                monitoring_stack: "Monitoring stack",
                development_tools: "Development tools",
            })}
        </section>
    }
}
