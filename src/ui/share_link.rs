//! "Copy share link": the open plan, compressed into a link's fragment.

use leptos::prelude::*;

use super::copy::{base_url, copy};
use super::deflate::deflate_raw;
use super::state::PlanState;
use crate::model::write_sparse;
use crate::share::plan_link::{plan_link, LONG_LINK_CHARS};

/// Where making the link stands.
#[derive(Clone, PartialEq)]
pub enum Shared {
    None,
    Working,
    Link { link: String, copied: bool },
    Failed,
}

/// The button: makes the link and copies it.
pub fn share_button(shared: RwSignal<Shared>) -> impl IntoView {
    let state = PlanState::get();
    let make = move |_| {
        let json = state.plan.with_untracked(write_sparse);
        shared.set(Shared::Working);
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(deflated) = deflate_raw(json.as_bytes(), true, usize::MAX).await else {
                shared.try_set(Shared::Failed);
                return;
            };
            let link = plan_link(&base_url(), &json, &deflated);
            shared.try_set(Shared::Link {
                link: link.clone(),
                copied: false,
            });
            copy(link.clone(), move |copied| {
                shared.try_set(Shared::Link { link, copied });
            });
        });
    };
    view! { <button type="button" on:click=make>"Copy share link"</button> }
}

/// The link once made, with its length, and a warning when it is long.
pub fn share_box(shared: RwSignal<Shared>, on_export: Callback<()>) -> impl IntoView {
    let state = PlanState::get();
    // A link shows the plan as it was: any change makes it out of date.
    Effect::new(move |_| {
        state.plan.track();
        shared.set(Shared::None);
    });
    view! {
        {move || match shared.get() {
            Shared::None => ().into_any(),
            Shared::Working => view! { <p class="share-box" role="status">"Making the link…"</p> }.into_any(),
            Shared::Failed => view! {
                <p class="share-box notice" role="status">"This browser cannot compress the plan into a link. Use Export JSON to send the plan as a file."</p>
            }.into_any(),
            Shared::Link { link, copied } => {
                let chars = link.chars().count();
                let long = chars > LONG_LINK_CHARS;
                view! {
                    <div class="share-box" role="status">
                        <p>
                            {format!("{} characters", crate::format::group_thousands(chars as f64, 0))}
                            {if copied { " · Copied: anyone who opens it sees this plan, read-only, until they save it." } else { " · Select the link and copy it." }}
                        </p>
                        {long.then(|| view! {
                            <p class="hint">
                                "Some chat and mail apps cut links longer than about 2,000 characters. Send the plan's file as well: "
                                <button type="button" on:click=move |_| on_export.run(())>"Export JSON"</button>
                            </p>
                        })}
                        <p class="link" data-share="plan-link" data-value=link.clone()>{link.clone()}</p>
                    </div>
                }.into_any()
            }
        }}
    }
}
