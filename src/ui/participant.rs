//! The participant's page, opened from a participant link: the plan's name, an optional name
//! field and the two scorecards, and the response link to send back. It keeps the
//! participant's own answers in this browser and never touches any plan stored here.

use leptos::prelude::*;

use super::copy::{base_url, copy};
use super::inputs::ErrorRegistry;
use super::sections::{scores, Participating};
use super::session::download;
use super::state::PlanState;
use crate::model::Plan;
use crate::share::response::{
    file_name, new_id, read_invitation, read_response, response_link, Answers, Invitation,
};
use crate::worksheet::{ASSESSMENT_CARD, READINESS_CARD};

/// Where a participant's answers are kept: not under the plans' key prefix.
const KEPT: &str = "scaling-planner-participant:";

/// The invitation in the address, when the page was opened from a participant link.
pub fn invitation() -> Option<Invitation> {
    let hash = window().location().hash().ok()?;
    read_invitation(hash.strip_prefix('#')?)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[component]
pub fn ParticipantPage(invitation: Invitation) -> impl IntoView {
    ErrorRegistry::provide();
    let registry = expect_context::<ErrorRegistry>();
    provide_context(Participating);
    let Invitation {
        workshop,
        plan_name,
    } = invitation;
    let key = format!("{KEPT}{workshop}");
    let kept = storage()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .and_then(|text| read_response(&text, &workshop).ok());
    let mut plan = Plan::default();
    let answers = kept.unwrap_or_else(|| Answers {
        participant: new_id(4, js_sys::Math::random),
        ..Answers::default()
    });
    plan.readiness.set_scores(&answers.readiness);
    plan.assessment.set_scores(&answers.assessment);
    let state = PlanState::provide(plan);
    let participant = answers.participant.clone();
    let id = participant.clone();
    let name = RwSignal::new(answers.name.clone());
    let base = base_url();
    let link = Memo::new(move |_| {
        let answers = state.plan.with(|p| Answers {
            participant: participant.clone(),
            name: name.get(),
            readiness: p.readiness.scores(),
            assessment: p.assessment.scores(),
        });
        response_link(&base, &workshop, &answers)
    });
    let kept_ok = RwSignal::new(true);
    Effect::new(move |_| {
        let text = link.get();
        let ok = storage().is_some_and(|s| s.set_item(&key, &text).is_ok());
        kept_ok.set(ok);
    });
    let said = RwSignal::new(String::new());
    let copy_link = move |_| {
        copy(link.get_untracked(), move |ok| {
            said.set(
                if ok {
                    "Copied: now paste it to the facilitator."
                } else {
                    "Could not copy: select the link and copy it."
                }
                .into(),
            )
        })
    };
    let save_file = move |_| {
        let file = file_name(&name.get_untracked(), &id);
        let saved = download(&file, "text/plain", &link.get_untracked());
        said.set(
            if saved {
                "Saved to your downloads: send the file to the facilitator."
            } else {
                "Could not save a file: copy the link instead."
            }
            .into(),
        );
    };
    // The phone's share sheet, where the browser has one: the link goes to a chat in one step.
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let share = move |_| {
        let data = web_sys::ShareData::new();
        data.set_text(&link.get_untracked());
        let sent = window().navigator().share_with_data(&data);
        // Closing the share sheet rejects the promise: nothing to report.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(sent).await;
        });
    };
    let title = if plan_name.trim().is_empty() {
        "the workshop".to_string()
    } else {
        plan_name
    };
    view! {
        <main class="participant" id="worksheet">
            <header class="masthead">
                <p class="tagline">"Team scores for"</p>
                <h1>{title}</h1>
                <p class="hint">
                    "Score each item from 0 to 10 on your own, then send the response link at the bottom to the facilitator. Your answers stay on this device until you send them."
                </p>
            </header>
            <div class="participant-name">
                <label for="participant-name">"Your name (optional)"</label>
                <input
                    id="participant-name"
                    type="text"
                    name="participant.name"
                    autocomplete="name"
                    maxlength="60"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <section class="section" id="readiness" aria-labelledby="readiness-title">
                <h2 id="readiness-title">"Current business maturity"</h2>
                {scores(&READINESS_CARD)}
            </section>
            <section class="section" id="assessment" aria-labelledby="assessment-title">
                <h2 id="assessment-title">"Scaling strategy assessment"</h2>
                {scores(&ASSESSMENT_CARD)}
            </section>
            <section class="section response" aria-labelledby="response-title">
                <h2 id="response-title">"Send your scores"</h2>
                <p>"Copy this link, or save it as a file, and send it to the facilitator in any chat or mail:"</p>
                <p class="link" data-share="response" data-value=move || link.get()>
                    {move || link.get()}
                </p>
                <button type="button" hidden=!can_share on:click=share>"Send…"</button>
                <button type="button" on:click=copy_link>"Copy response link"</button>
                <button type="button" on:click=save_file>"Save response as file"</button>
                <span class="copied" role="status">{move || said.get()}</span>
                <Show when=move || !registry.current().is_empty()>
                    <p class="notice" role="alert">"A score above was not taken: fix it, or this link sends that item's last valid score."</p>
                </Show>
                <Show when=move || !kept_ok.get()>
                    <p class="notice">"This browser cannot keep your answers: send the link before you close the page."</p>
                </Show>
            </section>
        </main>
    }
}
