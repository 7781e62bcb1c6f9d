use leptos::prelude::*;

use super::sections::SECTIONS;
use super::state::PlanState;

/// The sticky section menu, each entry with how much of it is filled in.
#[component]
pub fn SectionMenu() -> impl IntoView {
    let state = PlanState::get();
    let progress = Memo::new(move |_| state.plan.with(|p| p.progress()));
    view! {
        <nav class="toc" aria-label="Worksheet sections">
            <ol>
                {SECTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, (key, title))| {
                        let counts = move || progress.with(|p| (p[i].1, p[i].2));
                        view! {
                            <li>
                                <a href=format!("#{key}")>
                                    <span class="toc-title">{*title}</span>
                                    <progress
                                        max=move || counts().1
                                        value=move || counts().0
                                        aria-label=format!("{title} completion")
                                    ></progress>
                                    <span class="toc-count">{move || format!("{}/{}", counts().0, counts().1)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
