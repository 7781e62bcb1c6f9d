use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::PaybackData;
use crate::ui::figure::{Show, Stat};
use crate::ui::inputs::{MoneyInput, NumberInput, Rows, TextInput};
use crate::ui::state::PlanState;
use crate::ui::warning::Warn;
use crate::{lens, list};

#[component]
pub fn AutomationSection() -> impl IntoView {
    let state = PlanState::get();
    let currency = state.currency;
    let payback = Memo::new(move |_| {
        state
            .figures
            .with(|f| currency.with(|c| PaybackData::new(f, c)))
    });
    view! {
        <section id="automation" class="section" aria-labelledby="automation-title">
            <h3 id="automation-title">"Challenge 2: Automation & Tool Integration" <span class="time">"5 minutes"</span></h3>
            <p class="task">"Automate repetitive operations: systems that scale operations without proportional headcount."</p>
            <h4>"Automation Opportunities"</h4>
            <Rows
                list=list!(automation.opportunities)
                item="Automation"
                row=|i| {
                    view! {
                        <TextInput lens=lens!(automation.opportunities[i].process) label="Process" />
                        <TextInput lens=lens!(automation.opportunities[i].solution) label="Automation solution" />
                        <div class="columns">
                            <NumberInput lens=lens!(automation.opportunities[i].current_hours_week) label="Current effort" unit="hours/week" />
                            <NumberInput lens=lens!(automation.opportunities[i].saved_hours_week) label="Time saved" unit="hours/week" />
                        </div>
                        <Warn code=format!("saved-exceeds-current:{i}") />
                        <div class="columns">
                            <MoneyInput lens=lens!(automation.opportunities[i].cost_month) label="Cost" per="/month" />
                            <MoneyInput lens=lens!(automation.opportunities[i].setup_cost) label="One-time setup cost" />
                        </div>
                    }
                }
            />
            {text_group!("Tool Integration", automation.tools {
                crm: "CRM system",
                marketing_automation: "Marketing automation",
                customer_support: "Customer support",
                financial_management: "Financial management",
                analytics_platform: "Analytics platform",
            })}
            <fieldset class="group roi">
                <legend>"ROI Calculation"</legend>
                <MoneyInput lens=lens!(automation.hourly_cost) label="Loaded cost of one staff hour" per="/hour" />
                <div class="figures">
                    <Stat label="Total time saved" name="automation.saved_hours_week" show=Show::Unit("hours/week") formula="sum of the hours saved per week" />
                    <Stat label="Cost of automation" name="automation.cost_month" show=Show::Money formula="sum of the monthly costs" />
                    <Stat label="One-time setup" name="automation.setup_cost" show=Show::Money formula="sum of the setup costs" />
                    <Stat label="Human cost savings, per month" name="automation.savings_month" show=Show::Money formula="hours saved per week × hourly cost × 52 ÷ 12" />
                    <Stat label="Net savings, per month" name="automation.net_savings_month" show=Show::Money formula="savings − cost of automation" />
                    <Stat label="ROI" name="automation.roi" show=Show::Ratio formula="monthly savings ÷ monthly cost" />
                    <Stat label="Payback period" name="automation.payback_months" show=Show::Months formula="setup cost ÷ net monthly savings; never if savings do not exceed cost" />
                </div>
            </fieldset>
            <ChartCanvas data=payback />
        </section>
    }
}
