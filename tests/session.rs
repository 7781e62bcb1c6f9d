#![cfg(not(target_arch = "wasm32"))]
//! The session core on the host, one scenario per way work used to be lost.

use std::cell::RefCell;
use std::rc::Rc;

use scaling_planner::model::*;
use scaling_planner::session::*;
use scaling_planner::storage::*;

const NORTHWIND: &str = include_str!("fixtures/northwind.json");

type Shared = Rc<RefCell<MemoryStore>>;

fn clock(n: u64) -> Clock {
    Clock {
        iso: format!("2026-12-03T10:{:02}:{:02}.000Z", n / 60 % 60, n % 60),
        ms: 1_000 + n,
    }
}

/// One tab: the session core and the plan on its screen.
struct Tab {
    core: Core<Shared>,
    screen: Plan,
    time: u64,
}

impl Tab {
    fn open(store: &Shared) -> Tab {
        Tab::opened(store, Opened::Ready)
    }

    fn opened(store: &Shared, opened: Opened) -> Tab {
        let (core, screen) = Core::start(store.clone(), opened, &clock(0));
        Tab {
            core,
            screen,
            time: 0,
        }
    }

    fn send(&mut self, event: Event) -> Vec<Effect> {
        self.time += 1;
        self.core.handle(event, &mut self.screen, &clock(self.time))
    }

    /// Types into a text field, as the page does: change the plan, then tell the session.
    fn type_text(&mut self, path: &str, text: &str) {
        self.screen.enter_at(path, text).unwrap();
        self.send(Event::Edited);
    }

    fn id(&self) -> String {
        self.core.open.clone().expect("a stored plan is open")
    }
}

/// Two tabs on one storage, both showing the one plan it holds, and that plan's id.
fn two_tabs() -> (Shared, Tab, Tab, String) {
    let store = shared();
    let a = Tab::open(&store);
    let b = Tab::open(&store);
    let id = a.id();
    (store, a, b, id)
}

fn shared() -> Shared {
    Rc::new(RefCell::new(MemoryStore::default()))
}

fn stored(store: &Shared, id: &str) -> Option<String> {
    store
        .borrow()
        .get(&Library::<MemoryStore>::plan_key(id))
        .unwrap()
}

fn stored_plan(store: &Shared, id: &str) -> Plan {
    read_plan(stored(store, id).unwrap().as_bytes()).unwrap()
}

fn fill(store: &Shared) {
    let mut s = store.borrow_mut();
    let used: usize = s
        .entries()
        .iter()
        .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) * 2)
        .sum();
    s.quota = Some(used);
}

fn has(tab: &Tab, key: &str) -> bool {
    tab.core.notices.iter().any(|n| n.key() == key)
}

#[test]
fn loss_1_with_storage_full_the_app_stays_on_a_plan_whose_edits_are_not_saved() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    let second = tab.id();
    fill(&store);
    tab.type_text("meta.name", "Typed while full");
    tab.send(Event::Save);
    assert_eq!(tab.core.status, SaveStatus::Failed(StoreError::Full));
    assert!(has(&tab, "full"));

    let import = Event::Import {
        source: "n.json".into(),
        text: NORTHWIND.into(),
    };
    for leave in [
        Event::Open(first.clone()),
        Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))),
        Event::Duplicate,
        import,
        Event::ImportRead(Box::new(read_plan(NORTHWIND.as_bytes()).unwrap())),
    ] {
        tab.send(leave.clone());
        assert_eq!(tab.core.open.as_deref(), Some(second.as_str()), "{leave:?}");
        assert_eq!(tab.screen.meta.name, "Typed while full", "{leave:?}");
        assert!(!tab.core.status.is_saved(), "{leave:?}: never says Saved");
        assert!(has(&tab, "stayed"), "{leave:?}: says why");
    }

    let effects = tab.send(Event::Export);
    let Some(Effect::Download { text, .. }) = effects.last() else {
        panic!("Export offers the file: {effects:?}");
    };
    assert!(text.contains("Typed while full"));
    tab.send(Event::Downloaded { plan_file: true });
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open, Some(first), "once exported, the plan may go");
}

#[test]
fn loss_1_once_there_is_room_again_leaving_saves_first() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    let second = tab.id();
    fill(&store);
    tab.type_text("meta.name", "Typed while full");
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open.as_deref(), Some(second.as_str()));
    store.borrow_mut().quota = None;
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open.as_deref(), Some(first.as_str()));
    assert_eq!(stored_plan(&store, &second).meta.name, "Typed while full");
    assert!(!has(&tab, "stayed"));
}

#[test]
fn loss_1_discarding_the_unsaved_changes_lets_the_plan_go() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    fill(&store);
    tab.type_text("meta.name", "Typed while full");
    tab.send(Event::Open(first.clone()));
    tab.send(Event::DiscardChanges);
    assert_eq!(tab.screen.meta.name, "");
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open, Some(first));
}

#[test]
fn loss_2_a_write_reads_first_and_merges_what_another_tab_just_saved() {
    let store = shared();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    assert_eq!(a.id(), b.id());
    let id = a.id();
    a.type_text("meta.name", "Name from A");
    b.type_text("meta.company", "Company from B");
    a.send(Event::Save);
    // B's storage event from A has not arrived yet.
    b.send(Event::Save);
    let plan = stored_plan(&store, &id);
    assert_eq!(plan.meta.name, "Name from A", "A's save survives B's");
    assert_eq!(plan.meta.company, "Company from B");
    assert_eq!(b.screen.meta.name, "Name from A", "B shows A's edit");
    a.send(Event::OtherTab(Some(Library::<MemoryStore>::plan_key(&id))));
    assert_eq!(a.screen.meta.company, "Company from B");
    assert!(a.core.status.is_saved() && b.core.status.is_saved());
}

#[test]
fn loss_2_the_same_field_changed_in_both_tabs_keeps_both_versions() {
    let (store, mut a, mut b, id) = two_tabs();
    a.type_text("meta.name", "A's name");
    b.type_text("meta.name", "B's name");
    a.send(Event::Save);
    b.send(Event::Save);
    assert_eq!(stored_plan(&store, &id).meta.name, "B's name");
    let (plans, _) = Library::new(store.clone()).list().unwrap();
    assert!(
        plans
            .iter()
            .any(|p| p.name == "A's name (other tab's version)"),
        "{plans:?}"
    );
    assert!(has(&b, "conflict"));
    // A hears of the copy of its own version first, then of B's save: it says where A's went.
    let copy = (plans.iter())
        .find(|p| p.name == "A's name (other tab's version)")
        .map(|p| p.id.clone())
        .unwrap();
    a.send(Event::OtherTab(Some(Library::<MemoryStore>::plan_key(
        &copy,
    ))));
    a.send(Event::OtherTab(Some(Library::<MemoryStore>::plan_key(&id))));
    assert_eq!(a.screen.meta.name, "B's name");
    let told = a.core.notices.iter().any(|n| {
        *n == Notice::Conflict {
            copy_name: "A's name (other tab's version)".into(),
            ours: true,
        }
    });
    assert!(told, "{:?}", a.core.notices);
    assert!(!b
        .core
        .notices
        .iter()
        .any(|n| matches!(n, Notice::Conflict { ours: true, .. })));
}

#[test]
fn loss_2_a_write_made_before_another_tabs_write_reached_it_loses_nothing() {
    // A browser hands a localStorage write to other tabs a moment later: B saves in that moment,
    // reading storage as it was before A's write, and its write lands after A's.
    let (store, mut a, mut b, id) = two_tabs();
    let key = Library::<MemoryStore>::plan_key(&id);
    let before = stored(&store, &id).unwrap();
    a.type_text("meta.company", "Typed in A");
    a.type_text("meta.name", "Named in A");
    a.send(Event::Save);
    b.type_text("meta.company", "Typed in B");
    b.type_text("roadmap.metrics.market_position", "Only in B");
    store.borrow_mut().set(&key, &before).unwrap();
    b.send(Event::Save);
    assert_eq!(
        stored_plan(&store, &id).meta.name,
        "",
        "A's write is gone from storage"
    );

    // A hears of B's write: its edits come back, merged with B's, and B's value of the field
    // both changed is kept as a plan of its own.
    a.send(Event::OtherTab(Some(key.clone())));
    let plan = stored_plan(&store, &id);
    assert_eq!(
        (plan.meta.name.as_str(), plan.meta.company.as_str()),
        ("Named in A", "Typed in A")
    );
    assert_eq!(plan.roadmap.metrics.market_position, "Only in B");
    assert_eq!(a.screen, plan);
    let (plans, _) = Library::new(store.clone()).list().unwrap();
    let copy = plans
        .iter()
        .find(|p| p.name.ends_with("(other tab's version)"));
    let copy = copy.map(|p| p.id.clone()).unwrap();
    assert_eq!(stored_plan(&store, &copy).meta.company, "Typed in B");
    assert!(has(&a, "conflict"));

    // B hears of the copy of its version, then of A's write: it shows A's, says where its own
    // went, and nothing more is copied.
    b.send(Event::OtherTab(Some(Library::<MemoryStore>::plan_key(
        &copy,
    ))));
    b.send(Event::OtherTab(Some(key.clone())));
    assert_eq!(b.screen, plan);
    assert!(b.core.notices.contains(&Notice::Conflict {
        copy_name: "Untitled plan (other tab's version)".into(),
        ours: true
    }));
    a.send(Event::OtherTab(Some(key.clone())));
    assert_eq!(Library::new(store.clone()).list().unwrap().0.len(), 2);
    assert_eq!(stored_plan(&store, &id), plan);
}

#[test]
fn loss_2_an_edit_made_over_the_other_tabs_latest_write_is_no_clash() {
    // A changes a field; B, having brought that in, changes the same field again three seconds
    // later: B's edit is an edit, not a clash that takes it out of the plan into a copy.
    let (store, mut a, mut b, id) = two_tabs();
    let key = Library::<MemoryStore>::plan_key(&id);
    a.type_text("meta.name", "Acme by A");
    a.send(Event::Save);
    b.send(Event::OtherTab(Some(key.clone())));
    assert_eq!(b.screen.meta.name, "Acme by A");
    // A clock's `ms` carries a random low part below its milliseconds.
    let three_seconds = 3_000 << 16;
    for typed in ["B1", "B2"] {
        a.time += three_seconds;
        b.time += three_seconds;
        b.type_text("meta.name", typed);
        b.send(Event::Save);
        a.send(Event::OtherTab(Some(key.clone())));
        b.send(Event::OtherTab(Some(key.clone())));
        assert_eq!(stored_plan(&store, &id).meta.name, typed);
        assert_eq!(a.screen.meta.name, typed);
        assert_eq!(b.screen.meta.name, typed);
    }
    // And back the other way.
    a.time += three_seconds;
    b.time += three_seconds;
    a.type_text("meta.name", "A again");
    a.send(Event::Save);
    b.send(Event::OtherTab(Some(key.clone())));
    assert_eq!(b.screen.meta.name, "A again");
    assert_eq!(
        Library::new(store.clone()).list().unwrap().0.len(),
        1,
        "no copy"
    );
    assert!(!has(&a, "conflict") && !has(&b, "conflict"));
}

#[test]
fn loss_2_a_row_added_or_removed_in_one_tab_then_typed_into_in_the_other_is_no_clash() {
    type Change = fn(&mut Plan);
    let changes: [(&str, Change); 3] = [
        ("a row added", |p| {
            p.technical.bottlenecks.push(Default::default())
        }),
        ("the last row removed", |p| {
            p.technical.bottlenecks.pop();
        }),
        ("a value added", |p| {
            p.organization.core_values.push(String::new())
        }),
    ];
    for (change, edit) in changes {
        let (store, mut a, mut b, id) = two_tabs();
        let key = Library::<MemoryStore>::plan_key(&id);
        edit(&mut a.screen);
        a.send(Event::Edited);
        a.send(Event::Save);
        b.send(Event::OtherTab(Some(key.clone())));
        assert_eq!(b.screen, a.screen, "{change}: B shows A's change");
        b.type_text("technical.bottlenecks.0.name", "Typed in B");
        b.type_text("organization.core_values.0", "Typed in B too");
        b.send(Event::Save);
        a.send(Event::OtherTab(Some(key.clone())));
        let plan = stored_plan(&store, &id);
        assert_eq!(plan.technical.bottlenecks[0].name, "Typed in B", "{change}");
        assert_eq!(
            plan.organization.core_values[0], "Typed in B too",
            "{change}"
        );
        let mut expected = b.screen.clone();
        expected.meta.updated_at = plan.meta.updated_at.clone();
        assert_eq!(plan, expected, "{change}: stored as B has it");
        assert_eq!(a.screen, plan, "{change}: A shows B's typing");
        let (plans, _) = Library::new(store.clone()).list().unwrap();
        assert_eq!(plans.len(), 1, "{change}: no copy of either version");
        assert!(!has(&a, "conflict") && !has(&b, "conflict"), "{change}");
    }
}

#[test]
fn loss_2_a_tab_back_from_the_cache_catches_up_when_shown() {
    let store = shared();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    a.type_text("meta.name", "While B slept");
    a.send(Event::Save);
    // B never got the event (back/forward cache); it is shown again.
    let effects = b.send(Event::Shown);
    assert!(effects.contains(&Effect::Show));
    assert_eq!(b.screen.meta.name, "While B slept");
}

fn newer_text() -> String {
    let mut text = NORTHWIND.replace("\"version\": 1", "\"version\": 7");
    text = text.replace("Northwind 2027 scaling plan", "From the future");
    text
}

#[test]
fn loss_3_a_plan_written_by_a_newer_version_is_never_written_over() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let id = tab.id();
    let key = Library::<MemoryStore>::plan_key(&id);
    store.borrow_mut().set(&key, &newer_text()).unwrap();
    tab.send(Event::OtherTab(Some(key.clone())));
    tab.type_text("meta.name", "Old tab typing");
    tab.send(Event::Save);
    assert_eq!(
        stored(&store, &id),
        Some(newer_text()),
        "left exactly as it is"
    );
    assert_eq!(tab.core.status, SaveStatus::Held(Hold::Newer(7)));
    assert_eq!(
        tab.screen.meta.name, "Old tab typing",
        "the typing stays on screen"
    );
    assert!(has(&tab, "newer"));
    tab.send(Event::Delete);
    assert_eq!(
        stored(&store, &id),
        Some(newer_text()),
        "delete targets only what it opened"
    );
}

#[test]
fn loss_3_at_start_a_newer_plan_is_listed_not_opened_and_not_moved() {
    let store = shared();
    let key = Library::<MemoryStore>::plan_key("pnew");
    store.borrow_mut().set(&key, &newer_text()).unwrap();
    store
        .borrow_mut()
        .set("scaling-planner:last", "pnew")
        .unwrap();
    let mut tab = Tab::open(&store);
    assert_ne!(tab.core.open.as_deref(), Some("pnew"));
    let entry = tab.core.plans.iter().find(|p| p.id == "pnew").unwrap();
    assert_eq!(
        (entry.name.as_str(), entry.newer),
        ("From the future", Some(7))
    );
    assert!(has(&tab, "newer"));
    tab.send(Event::Open("pnew".into()));
    assert_ne!(tab.core.open.as_deref(), Some("pnew"));
    assert_eq!(stored(&store, "pnew"), Some(newer_text()));
    assert!(store
        .borrow()
        .keys()
        .unwrap()
        .iter()
        .all(|k| !k.contains("recovery")));
}

#[test]
fn loss_4_a_plan_deleted_while_saves_fail_stays_deleted() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    let doomed = tab.id();
    fill(&store);
    tab.type_text("meta.name", "Edited, then deleted");
    tab.send(Event::Save);
    tab.send(Event::Delete);
    assert_eq!(stored(&store, &doomed), None);
    assert_eq!(tab.core.open.as_deref(), Some(first.as_str()));
    tab.send(Event::Save);
    tab.type_text("meta.company", "Next plan");
    tab.send(Event::Save);
    assert_eq!(stored(&store, &doomed), None, "it never comes back");
}

#[test]
fn loss_4_after_deleted_in_another_tab_typing_does_not_bring_it_back() {
    let store = shared();
    let mut a = Tab::open(&store);
    a.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    let id = a.id();
    let mut b = Tab::open(&store);
    assert_eq!(b.id(), id);
    a.send(Event::Delete);
    b.send(Event::OtherTab(Some(Library::<MemoryStore>::plan_key(&id))));
    assert!(has(&b, "deleted-elsewhere"));
    b.type_text("meta.name", "Typed after the delete");
    b.send(Event::Save);
    assert_eq!(stored(&store, &id), None);
    assert_eq!(b.core.status, SaveStatus::Held(Hold::DeletedElsewhere));
    // The event may never come: the write itself finds the plan gone.
    let mut c = Tab::open(&store);
    let other = c.id();
    a.send(Event::Open(other.clone()));
    a.send(Event::Delete);
    c.type_text("meta.name", "Missed the event");
    c.send(Event::Save);
    assert_eq!(stored(&store, &other), None);
    // Keep it: stored again, on purpose.
    b.send(Event::KeepDeleted);
    assert_eq!(stored_plan(&store, &id).meta.name, "Typed after the delete");
}

#[test]
fn loss_5_duplicating_a_name_at_the_limit_stays_within_it() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let long = "n".repeat(MAX_TEXT_CHARS);
    tab.type_text("meta.name", &long);
    tab.send(Event::Duplicate);
    let copy = tab.id();
    assert!(tab.screen.meta.name.ends_with(" (copy)"));
    assert_eq!(tab.screen.meta.name.chars().count(), MAX_TEXT_CHARS);
    let text = stored(&store, &copy).unwrap();
    assert!(
        read_plan(text.as_bytes()).is_ok(),
        "what is stored reads back"
    );
}

#[test]
fn loss_5_a_plan_past_2_mib_is_not_written_and_says_so() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let id = tab.id();
    let before = stored(&store, &id);
    let wide = "界".repeat(MAX_TEXT_CHARS);
    // 160 texts at the 5,000-character limit, 3 bytes a character: each alone is allowed.
    for list in [
        &mut tab.screen.organization.core_values,
        &mut tab.screen.assessment.strengths,
        &mut tab.screen.assessment.critical_gaps,
        &mut tab.screen.readiness.critical_gaps,
        &mut tab.screen.talent.hiring_process,
    ] {
        *list = vec![wide.clone(); 20];
    }
    tab.screen.technical.bottlenecks = vec![Default::default(); 20];
    for row in &mut tab.screen.technical.bottlenecks {
        row.name = wide.clone();
        row.solution = wide.clone();
        row.current_limit = wide.clone();
    }
    tab.send(Event::Edited);
    tab.send(Event::Save);
    assert!(matches!(
        tab.core.status,
        SaveStatus::Held(Hold::TooLarge(_))
    ));
    assert!(has(&tab, "limit"));
    assert_eq!(
        stored(&store, &id),
        before,
        "nothing the reader refuses is written"
    );
}

#[test]
fn loss_7_changes_from_another_tab_keep_one_notice() {
    let store = shared();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    let key = Library::<MemoryStore>::plan_key(&a.id());
    for i in 0..5 {
        a.type_text("meta.name", &format!("Save {i}"));
        a.send(Event::Save);
        b.send(Event::OtherTab(Some(key.clone())));
    }
    assert_eq!(b.screen.meta.name, "Save 4");
    assert_eq!(
        b.core
            .notices
            .iter()
            .filter(|n| matches!(n, Notice::FromOtherTab(_)))
            .count(),
        1
    );
}

#[test]
fn loss_8_a_store_full_at_start_still_lists_and_opens_its_plans() {
    let store = shared();
    let mut first = Tab::open(&store);
    first.type_text("meta.name", "Kept plan");
    first.send(Event::Save);
    fill(&store);
    let tab = Tab::opened(&store, Opened::Full);
    assert!(!tab.core.memory_only);
    assert_eq!(tab.screen.meta.name, "Kept plan");
    assert_eq!(tab.core.plans.len(), 1);
    assert!(has(&tab, "no-room"));
    assert!(!has(&tab, "no-storage"));
}

#[test]
fn loss_10_last_exported_is_recorded_only_when_the_download_started() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let effects = tab.send(Event::Export);
    assert!(matches!(
        effects.last(),
        Some(Effect::Download {
            plan_file: true,
            ..
        })
    ));
    assert_eq!(tab.core.exported_at, None, "no download has started yet");
    let effects = tab.send(Event::ExportMarkdown("## What changed\n".into()));
    match effects.last() {
        Some(Effect::Download { text, .. }) => {
            assert!(text.starts_with("# "), "the plan first");
            assert!(
                text.ends_with("\n\n## What changed\n"),
                "then the comparison"
            );
        }
        other => panic!("no download: {other:?}"),
    }
    tab.send(Event::Downloaded { plan_file: false });
    assert_eq!(tab.core.exported_at, None, "Markdown is not the plan file");
    tab.send(Event::Downloaded { plan_file: true });
    assert!(tab.core.exported_at.is_some());
}

#[test]
fn a_corrupt_stored_plan_is_set_aside_and_the_good_version_written_back() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let id = tab.id();
    let key = Library::<MemoryStore>::plan_key(&id);
    store
        .borrow_mut()
        .set(&key, "{\"format\": \"scaling-pl")
        .unwrap();
    tab.type_text("meta.name", "Good version");
    tab.send(Event::Save);
    assert_eq!(stored_plan(&store, &id).meta.name, "Good version");
    assert!(has(
        &tab,
        &format!("recovered:scaling-planner:recovery:{id}")
    ));
    assert_eq!(
        store
            .borrow()
            .get(&format!("scaling-planner:recovery:{id}"))
            .unwrap()
            .as_deref(),
        Some("{\"format\": \"scaling-pl")
    );
}

#[test]
fn bad_imports_change_nothing_and_good_ones_never_overwrite() {
    let store = shared();
    let mut tab = Tab::open(&store);
    tab.type_text("meta.name", "Mine");
    tab.send(Event::Save);
    let before = store.borrow().entries().clone();
    tab.send(Event::Import {
        source: "bad.json".into(),
        text: "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": {\"product\": {\"feature_completeness\": 11}}}".into(),
    });
    assert_eq!(store.borrow().entries(), before);
    assert!(tab.core.notices.iter().any(|n| matches!(n, Notice::ImportFailed { reason, .. } if reason.contains("readiness.product.feature_completeness: 11 is above the maximum of 10"))));
    tab.send(Event::Import {
        source: "n.json".into(),
        text: NORTHWIND.into(),
    });
    assert_eq!(tab.core.plans.len(), 2);
    assert_eq!(tab.screen.meta.name, "Northwind 2027 scaling plan");
    assert!(has(&tab, "import"));
    // Stored now: the save state says so, not when the file was last changed.
    assert_eq!(
        tab.core.status,
        SaveStatus::Saved(clock(tab.time).iso),
        "the file's {}",
        tab.screen.meta.updated_at.0
    );

    // As the import preview hands it over, read already: a new plan again, never an overwrite.
    tab.type_text("meta.name", "Northwind, edited");
    let mut read = read_plan(NORTHWIND.as_bytes()).unwrap();
    read.meta.name = "Read by the preview".into();
    tab.send(Event::ImportRead(Box::new(read)));
    assert_eq!(tab.core.plans.len(), 3);
    assert_eq!(tab.screen.meta.name, "Read by the preview");
    let names: Vec<_> = tab.core.plans.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Northwind, edited"), "{names:?}");
    assert!(names.contains(&"Mine"), "{names:?}");
    assert!(tab
        .core
        .notices
        .iter()
        .any(|n| matches!(n, Notice::Imported(name) if name == "Read by the preview")));
}

#[test]
fn delete_and_undo_bring_the_plan_back_with_its_unsaved_edits() {
    let store = shared();
    let mut tab = Tab::open(&store);
    tab.type_text("meta.name", "Deleted with this");
    tab.send(Event::Delete);
    assert_eq!(tab.screen.meta.name, "", "a new blank plan opens");
    tab.send(Event::UndoDelete);
    assert_eq!(tab.screen.meta.name, "Deleted with this");
    assert_eq!(
        stored_plan(&store, &tab.id()).meta.name,
        "Deleted with this"
    );
    assert!(!has(&tab, "deleted"));
}

#[test]
fn plans_deleted_one_after_another_come_back_one_undo_at_a_time() {
    let store = shared();
    let mut tab = Tab::open(&store);
    tab.type_text("meta.name", "First");
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    tab.type_text("meta.name", "Second");
    tab.send(Event::Delete);
    assert_eq!(tab.screen.meta.name, "First");
    tab.type_text("meta.company", "typed before its delete");
    tab.send(Event::Delete);
    let names = |tab: &Tab| -> Vec<String> {
        let mut names: Vec<String> = tab.core.plans.iter().map(|p| p.name.clone()).collect();
        names.sort();
        names
    };
    assert_eq!(names(&tab), [""], "a new blank plan opens");
    tab.send(Event::UndoDelete);
    assert_eq!(tab.screen.meta.name, "First");
    assert_eq!(tab.screen.meta.company, "typed before its delete");
    assert!(
        has(&tab, "deleted"),
        "the plan deleted before it can come back too"
    );
    tab.send(Event::UndoDelete);
    assert_eq!(tab.screen.meta.name, "Second");
    assert!(!has(&tab, "deleted"));
    assert_eq!(names(&tab), ["", "First", "Second"]);
    tab.send(Event::UndoDelete);
    assert_eq!(names(&tab), ["", "First", "Second"], "nothing more to undo");
}

#[test]
fn undoing_a_delete_while_storage_is_full_keeps_the_plan_in_its_notice() {
    let store = shared();
    let mut tab = Tab::open(&store);
    tab.type_text("meta.name", "Only copy");
    tab.send(Event::Save);
    tab.send(Event::Delete);
    fill(&store);
    tab.send(Event::UndoDelete);
    assert!(
        has(&tab, "deleted"),
        "until it is stored again, Undo keeps it"
    );
    tab.send(Event::Open(tab.core.plans[0].id.clone()));
    store.borrow_mut().quota = None;
    tab.send(Event::UndoDelete);
    assert_eq!(stored_plan(&store, &tab.id()).meta.name, "Only copy");
    assert!(!has(&tab, "deleted"));
}

#[test]
fn delete_reads_first_and_leaves_a_plan_a_newer_version_just_wrote() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let id = tab.id();
    let key = Library::<MemoryStore>::plan_key(&id);
    // The tab has not heard of the newer version's write.
    store.borrow_mut().set(&key, &newer_text()).unwrap();
    tab.send(Event::Delete);
    assert_eq!(stored(&store, &id), Some(newer_text()));
}

#[test]
fn a_listed_plan_that_does_not_read_when_opened_is_set_aside_and_the_open_one_stays() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let mine = tab.id();
    tab.type_text("meta.name", "Mine");
    tab.send(Event::Save);
    let text = write_plan(&read_plan(NORTHWIND.as_bytes()).unwrap()).replacen(
        "\"readiness\": {",
        "\"readiness\": 7, \"x\": {",
        1,
    );
    store
        .borrow_mut()
        .set(&Library::<MemoryStore>::plan_key("p-bad"), &text)
        .unwrap();
    let mut other = Tab::open(&store);
    assert!(other.core.plans.iter().any(|e| e.id == "p-bad"));
    other.send(Event::Open("p-bad".into()));
    assert_eq!(other.id(), mine);
    assert_eq!(other.screen.meta.name, "Mine");
    assert!(has(&other, "recovered:scaling-planner:recovery:p-bad"));
    assert!(other.core.plans.iter().all(|e| e.id != "p-bad"));
    assert_eq!(
        store
            .borrow()
            .get("scaling-planner:recovery:p-bad")
            .unwrap(),
        Some(text)
    );
}

#[test]
fn a_listed_plan_that_does_not_read_at_start_is_set_aside_and_leaves_the_list() {
    let store = shared();
    let text = write_plan(&read_plan(NORTHWIND.as_bytes()).unwrap()).replacen(
        "\"readiness\": {",
        "\"readiness\": 7, \"x\": {",
        1,
    );
    let key = Library::<MemoryStore>::plan_key("p-bad");
    store.borrow_mut().set(&key, &text).unwrap();
    let tab = Tab::open(&store);
    assert!(has(&tab, "recovered:scaling-planner:recovery:p-bad"));
    assert_ne!(tab.id(), "p-bad");
    let listed: Vec<_> = tab.core.plans.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(listed, [tab.id().as_str()], "only the new plan is listed");

    // The same when the open plan is deleted and the next one in the list does not read.
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    let second = tab.id();
    store.borrow_mut().set(&key, &text).unwrap();
    tab.send(Event::OtherTab(Some(key.clone())));
    assert!(tab.core.plans.iter().any(|e| e.id == "p-bad"));
    store
        .borrow_mut()
        .set(&Library::<MemoryStore>::plan_key(&first), &text)
        .unwrap();
    assert_eq!(tab.id(), second);
    tab.send(Event::Delete);
    assert!(tab
        .core
        .plans
        .iter()
        .all(|e| e.id != "p-bad" && e.id != first));
    assert!(has(&tab, "recovered:scaling-planner:recovery:p-bad"));
}

#[test]
fn a_plan_another_tab_writes_is_listed_by_its_name_and_a_plan_it_removes_leaves_the_list() {
    let store = shared();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    b.send(Event::New(Box::new(
        read_plan(NORTHWIND.as_bytes()).unwrap(),
    )));
    let id = b.id();
    let key = Library::<MemoryStore>::plan_key(&id);
    a.send(Event::OtherTab(Some(key.clone())));
    let listed = |tab: &Tab| {
        tab.core
            .plans
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
    };
    assert_eq!(listed(&a).as_deref(), Some("Northwind 2027 scaling plan"));
    b.type_text("meta.name", "Renamed in B");
    b.send(Event::Save);
    a.send(Event::OtherTab(Some(key.clone())));
    assert_eq!(listed(&a).as_deref(), Some("Renamed in B"));
    b.send(Event::Delete);
    b.send(Event::KeepDeleted);
    a.send(Event::OtherTab(Some(key)));
    assert_eq!(listed(&a), None);
}

#[test]
fn the_blank_plan_stored_on_a_first_visit_and_after_deleting_the_last_plan_reads_back_as_shown() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    assert_eq!(tab.screen, Plan::blank(&clock(0).iso));
    assert_eq!(stored_plan(&store, &first), tab.screen);
    tab.send(Event::Delete);
    let second = tab.id();
    assert_ne!(second, first);
    assert_eq!(tab.screen, Plan::blank(&clock(1).iso));
    assert_eq!(stored_plan(&store, &second), tab.screen);
    assert_eq!(tab.core.status, SaveStatus::Saved(clock(1).iso));
}

#[test]
fn a_file_without_times_is_imported_as_made_now_and_one_with_times_keeps_them() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let mut plan: serde_json::Value = serde_json::from_str(NORTHWIND).unwrap();
    let meta = plan["meta"].as_object_mut().unwrap();
    meta.remove("created_at");
    meta.remove("updated_at");
    tab.send(Event::Import {
        source: "by-hand.json".into(),
        text: plan.to_string(),
    });
    assert_eq!(tab.screen.meta.name, "Northwind 2027 scaling plan");
    let made = tab.screen.meta.created_at.0.clone();
    assert!(made.starts_with("2026-12-03T10:"), "{made:?}");
    assert_eq!(stored_plan(&store, &tab.id()).meta.created_at.0, made);
    assert!(!tab.screen.meta.updated_at.0.is_empty());
    tab.send(Event::Import {
        source: "northwind.json".into(),
        text: NORTHWIND.into(),
    });
    assert_eq!(tab.screen.meta.created_at.0, "2026-11-02T09:00:00Z");
}

#[test]
fn an_imported_plan_whose_file_would_pass_2_mib_opens_unstored_and_says_so() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let before = store.borrow().entries().clone();
    let wide = "界".repeat(MAX_TEXT_CHARS);
    let mut plan = Plan::blank(&clock(0).iso);
    for list in [
        &mut plan.organization.core_values,
        &mut plan.assessment.strengths,
        &mut plan.assessment.critical_gaps,
        &mut plan.readiness.critical_gaps,
        &mut plan.talent.hiring_process,
    ] {
        *list = vec![wide.clone(); 20];
    }
    plan.technical.bottlenecks = vec![Default::default(); 20];
    for row in &mut plan.technical.bottlenecks {
        row.name = wide.clone();
        row.solution = wide.clone();
        row.current_limit = wide.clone();
    }
    assert!(write_plan(&plan).len() > MAX_FILE_BYTES);
    tab.send(Event::ImportRead(Box::new(plan.clone())));
    assert_eq!(tab.screen, plan);
    assert_eq!(tab.core.open, None);
    assert!(has(&tab, "limit"));
    assert_eq!(store.borrow().entries(), before, "nothing is written");
}

#[test]
fn a_plan_that_storage_refused_when_it_was_made_is_not_dropped_by_leaving_it() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    tab.type_text("meta.name", "Only in the copy");
    tab.send(Event::Save);
    fill(&store);
    // The copy cannot be stored; then the original loses the value (another tab types over it).
    tab.send(Event::Duplicate);
    assert_eq!(tab.core.open, None);
    assert_eq!(tab.screen.meta.name, "Only in the copy (copy)");
    assert!(!tab.core.status.is_saved(), "never says Saved");
    assert!(has(&tab, "full"));
    let mut other = Tab::open(&store);
    store.borrow_mut().quota = None;
    other.type_text("meta.name", "Typed over elsewhere");
    other.send(Event::Save);
    fill(&store);

    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open, None, "stays on the copy");
    assert_eq!(tab.screen.meta.name, "Only in the copy (copy)");
    assert!(has(&tab, "stayed"), "says why");

    // Once there is room, leaving stores the copy first.
    store.borrow_mut().quota = None;
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open.as_deref(), Some(first.as_str()));
    let copies: Vec<String> = tab.core.plans.iter().map(|e| e.name.clone()).collect();
    assert!(
        copies.iter().any(|n| n == "Only in the copy (copy)"),
        "the copy was stored on the way out: {copies:?}"
    );
}

#[test]
fn a_new_plan_that_storage_refused_can_be_discarded_and_left() {
    let store = shared();
    let mut tab = Tab::open(&store);
    let first = tab.id();
    fill(&store);
    tab.send(Event::New(Box::new(Plan::blank("2026-12-03T09:00:00Z"))));
    assert_eq!(tab.core.open, None);
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open, None, "not left without a word");
    assert!(has(&tab, "stayed"));
    tab.send(Event::DiscardChanges);
    tab.send(Event::Open(first.clone()));
    assert_eq!(tab.core.open.as_deref(), Some(first.as_str()));
}
