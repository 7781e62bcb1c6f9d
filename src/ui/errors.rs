use leptos::prelude::*;

use super::inputs::ErrorRegistry;

/// "There is a problem": every field that shows an error, each a link to the field,
/// as the GOV.UK Design System's error summary does.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let registry = expect_context::<ErrorRegistry>();
    let errors = Memo::new(move |_| registry.current());
    // An entry that was not taken is in no storage: closing the tab asks first, until it is
    // fixed or emptied.
    Effect::new(move |asking: Option<Option<WindowListenerHandle>>| {
        if let Some(Some(listener)) = asking {
            listener.remove();
        }
        (!errors.with(Vec::is_empty))
            .then(|| window_event_listener(leptos::ev::beforeunload, |ev| ev.prevent_default()))
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">"There is a problem"</h2>
                <p>"These entries were not taken; each field keeps its last valid value until it is fixed."</p>
                <ul>
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|e| view! {
                                <li>
                                    <a href=format!("#{}", e.0)>{format!("{}: {}", e.1, e.2)}</a>
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
