//! "Collect team scores": the participant link for the open plan, and the responses that come
//! back, pasted in any number at once or imported from the participants' files.

use leptos::prelude::*;

use super::clock::{local_minute, now};
use super::copy::{base_url, copy};
use super::qr::QrCode;
use super::state::{opened, PlanState};
use crate::model::{Response, MAX_RESPONSES};
use crate::share::response::{
    add_replacing, answered, display_name, is_workshop_id, new_id, participant_link, read_file,
    read_responses, unnamed, Answers, Refusal,
};

/// The largest response file read: a response link is 300 characters.
const MAX_FILE_BYTES: f64 = 1_048_576.0;

/// The panel, or (`here` false) a pointer to it from the other scorecard.
pub fn team_scores(here: bool) -> AnyView {
    if here {
        view! { <TeamScores /> }.into_any()
    } else {
        view! {
            <p class="team-pointer">
                "Team scores for this scorecard are collected with the first one: "
                <a href="#team-scores">"Collect team scores"</a>
            </p>
        }
        .into_any()
    }
}

#[component]
fn TeamScores() -> impl IntoView {
    let state = PlanState::get();
    let workshop = state.watch("team.workshop", |p| p.team.workshop.clone());
    let responses = state.watch("team.responses", |p| p.team.responses.clone());
    let plan_name = state.watch("meta.name", |p| p.meta.name.clone());
    // A plan file written elsewhere may carry an id no link can: a new one is made for it.
    let link = Memo::new(move |_| {
        let id = workshop.get();
        is_workshop_id(&id).then(|| participant_link(&base_url(), &id, &plan_name.get()))
    });
    let start = move |_| {
        if !is_workshop_id(&workshop.get_untracked()) {
            let id = new_id(8, js_sys::Math::random);
            state.edit("team.workshop", |p| p.team.workshop = id);
        }
    };
    let copied = RwSignal::new(None::<bool>);
    let show_qr = RwSignal::new(false);
    let copy_link = move |_| {
        if let Some(text) = link.get_untracked() {
            copy(text, move |ok| copied.set(Some(ok)));
        }
    };
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(Vec::<String>::new());
    let add_responses = move |_| {
        let mut read = read_responses(&pasted.get_untracked(), &workshop.get_untracked());
        // Each is named by its place; its link is kept, to stay in the box if it is not added.
        let links: Vec<String> = (read.iter_mut().enumerate())
            .map(|(i, (link, _))| std::mem::replace(link, format!("Response {}", i + 1)))
            .collect();
        if read.is_empty() {
            outcome.set(vec!["Paste one or more response links first.".into()]);
            return;
        }
        let (mut said, added) = add_read(state, read);
        let some = added.contains(&true);
        // What was added leaves the box; what was not stays in it, to be fixed or asked for again.
        let mut kept = String::new();
        for (link, added) in links.iter().zip(added) {
            if !added {
                if !kept.is_empty() {
                    kept.push('\n');
                }
                kept += link;
            }
        }
        if some && !kept.is_empty() {
            said.push("Those not added stay in the box.".into());
        }
        pasted.set(kept);
        outcome.set(said);
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import_files = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        let id = workshop.get_untracked();
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let mut unread = Vec::new();
            for file in files {
                let name = file.name();
                let text = if file.size() > MAX_FILE_BYTES {
                    None
                } else {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                    text.ok().and_then(|t| t.as_string())
                };
                let Some(text) = text else {
                    unread.push(format!(
                        "{name}: not read: a response file is text of at most 1 MiB."
                    ));
                    continue;
                };
                let found = read_file(&name, &text, &id);
                if found.is_empty() {
                    unread.push(format!("{name}: no response link found."));
                }
                read.extend(found);
            }
            let (mut said, _) = add_read(state, read);
            said.extend(unread);
            outcome.try_set(said);
        });
    };
    view! {
        <details class="team-scores" id="team-scores" on:toggle=start>
            <summary>"Collect team scores"</summary>
            <p class="hint">
                "Each participant opens the link on their phone, scores both scorecards, and sends back the response link it gives them. Nothing leaves this device: the links carry the scores."
            </p>
            <Show when=move || link.get().is_some()>
                <div class="participant-link">
                    <span id="participant-link-label">"Participant link"</span>
                    <p
                        class="link"
                        id="participant-link"
                        aria-labelledby="participant-link-label"
                        data-share="participant-link"
                        data-value=move || link.get().unwrap_or_default()
                    >
                        {move || link.get().unwrap_or_default()}
                    </p>
                    <button type="button" on:click=copy_link>"Copy participant link"</button>
                    <button type="button" on:click=move |_| show_qr.update(|s| *s = !*s) aria-expanded=move || show_qr.get().to_string()>
                        {move || if show_qr.get() { "Hide QR code" } else { "Show QR code" }}
                    </button>
                    <span class="copied" role="status">
                        {move || match copied.get() {
                            Some(true) => "Copied.",
                            Some(false) => "Could not copy: select the link and copy it.",
                            None => "",
                        }}
                    </span>
                    <Show when=move || show_qr.get()>
                        <QrCode text=Signal::derive(move || link.get().unwrap_or_default()) label="QR code of the participant link" />
                    </Show>
                </div>
            </Show>
            <label for="team-responses">"Responses"</label>
            <textarea
                id="team-responses"
                name="team.responses"
                rows="4"
                placeholder="Paste response links here, any number at once"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button type="button" on:click=add_responses>"Add responses"</button>
            // A button like the others, opening the file picker: the input itself is hidden.
            <button type="button" on:click=move |_| if let Some(input) = file_input.get() { input.click() }>
                "Import response files"
            </button>
            <input
                node_ref=file_input
                id="team-files"
                class="visually-hidden"
                tabindex="-1"
                aria-hidden="true"
                type="file"
                multiple
                accept=".txt,.json,text/plain,application/json"
                on:change=import_files
            />
            <ul class="outcome" role="status">
                {move || outcome.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <ResponseList responses=responses />
        </details>
    }
}

/// Adds the responses that read well, each refusal named by its label; gives what to tell the
/// facilitator, and whether each of `read` was added.
fn add_read(
    state: PlanState,
    read: Vec<(String, Result<Answers, Refusal>)>,
) -> (Vec<String>, Vec<bool>) {
    let received = now();
    let mut said = Vec::new();
    let mut good = Vec::new();
    for (i, (label, result)) in read.iter().enumerate() {
        match result {
            Ok(answers) => good.push((i, answers)),
            Err(why) => said.push(format!("{label}: {}.", why.message())),
        }
    }
    let mut added = vec![false; read.len()];
    if !good.is_empty() {
        edit_team(state, &mut |team| {
            // The names each participant's responses in this paste went by, by participant id.
            let mut went_by: Vec<(&str, String)> = Vec::new();
            for (i, answers) in &good {
                let name = display_name(answers);
                // Unless someone else's response of that name has taken its place since.
                let last_of = |name: &str| went_by.iter().rfind(|(_, n)| n == name).map(|e| e.0);
                let earlier = went_by
                    .iter()
                    .rfind(|(id, _)| *id == answers.participant)
                    .filter(|(_, n)| last_of(n) == Some(answers.participant.as_str()))
                    .map_or_else(|| unnamed(answers), |(_, n)| n.clone());
                let known = team
                    .responses
                    .iter()
                    .any(|r| r.name == name || r.name == earlier);
                went_by.push((&answers.participant, name.clone()));
                if !known && team.responses.len() >= MAX_RESPONSES {
                    continue;
                }
                added[*i] = true;
                // Responses are known by name, and by the participant's id when they were sent
                // without one or under another: the facilitator sees each replacement, in case
                // two people gave one name.
                if let Some(old) = add_replacing(team, answers, &received, &earlier) {
                    said.push(if old == name {
                        format!("{name}: replaces the earlier response of that name.")
                    } else {
                        format!("{name}: replaces {old}, the same participant's earlier response.")
                    });
                }
            }
        });
    }
    let count = added.iter().filter(|a| **a).count();
    if count > 0 {
        said.insert(0, format!("Added {count} of {}.", read.len()));
    }
    let full = good.len() - count;
    if full > 0 {
        said.push(format!(
            "{full} not added: a plan keeps at most {MAX_RESPONSES} responses; remove some to add more."
        ));
    }
    (said, added)
}

/// Changes the plan's responses: one compiled copy of [`PlanState::edit`] for the panel's
/// changes to them, where each call would compile its own.
fn edit_team(state: PlanState, change: &mut dyn FnMut(&mut crate::model::Team)) {
    state.edit("team.responses", |p| change(&mut p.team));
}

#[component]
fn ResponseList(responses: Memo<Vec<Response>>) -> impl IntoView {
    let state = PlanState::get();
    // The responses removed and where each was, the latest last, each with the plan it was
    // removed from ([`opened`]). Undo puts back the latest and keeps the focus: on itself while
    // more can be undone, then on the Remove of the response it put back. A second Enter
    // removes nothing.
    let removed = RwSignal::new(Vec::<(u32, usize, Response)>::new());
    let undo = move |_| {
        let Some((plan, i, response)) = removed.try_update(Vec::pop).flatten() else {
            return;
        };
        if plan != opened() {
            return;
        }
        let mut back = Some(response);
        let mut at = i;
        edit_team(state, &mut |team| {
            if let Some(response) = back.take() {
                // A response of the same name, sent again since, is the newer: it stays, alone.
                if team.responses.iter().any(|kept| kept.name == response.name) {
                    return;
                }
                at = i.min(team.responses.len());
                team.responses.insert(at, response);
            }
        });
        if removed.with_untracked(Vec::is_empty) {
            super::focus_later(format!(".responses tbody tr:nth-child({}) .remove", at + 1));
        }
    };
    view! {
        <p class="hint removed" role="status" hidden=move || removed.with(|r| r.last().is_none_or(|(plan, ..)| *plan != opened()))>
            {move || removed.with(|r| r.last().map(|(_, _, r)| format!("Removed {}. ", r.name)))}
            <button type="button" class="link" id="undo-remove" on:click=undo>"Undo"</button>
        </p>
        <Show when=move || responses.with(|r| !r.is_empty())>
            <table class="responses">
                <caption>{move || match responses.with(Vec::len) {
                    1 => "1 response".to_string(),
                    n => format!("{n} responses"),
                }}</caption>
                <thead>
                    <tr><th scope="col">"Name"</th><th scope="col">"Answered"</th><th scope="col">"Received"</th><th scope="col"></th></tr>
                </thead>
                <tbody>
                    {move || {
                        responses
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, r)| {
                                let name = r.name.clone();
                                let remove = move |_| {
                                    let mut gone = None;
                                    edit_team(state, &mut |team| {
                                        if team.responses.get(i).is_some_and(|r| r.name == name) {
                                            gone = Some((opened(), i, team.responses.remove(i)));
                                        }
                                    });
                                    removed.update(|all| {
                                        all.retain(|(plan, ..)| *plan == opened());
                                        all.extend(gone);
                                    });
                                    request_animation_frame(|| super::nav::focus("undo-remove"));
                                };
                                view! {
                                    <tr>
                                        <td>{r.name.clone()}</td>
                                        <td>{format!("{} of 36", answered(&r.readiness, &r.assessment))}</td>
                                        <td><time datetime=r.received_at.0.clone()>{local_minute(&r.received_at.0)}</time></td>
                                        <td><button type="button" class="remove" on:click=remove aria-label=format!("Remove {}", r.name)>"Remove"</button></td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </Show>
    }
}
