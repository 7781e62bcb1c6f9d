#![cfg(not(target_arch = "wasm32"))]
//! The plan library over the in-memory store: several plans, corruption and a full quota.

use scaling_planner::model::*;
use scaling_planner::storage::*;

const NORTHWIND: &str = include_str!("fixtures/northwind.json");
/// The example as this app stores it: version 2, with an empty `team`.
const NORTHWIND_V2: &str = include_str!("fixtures/northwind.v2.json");

fn northwind() -> Plan {
    read_plan(NORTHWIND.as_bytes()).unwrap()
}

#[test]
fn plans_are_stored_as_plan_files_and_listed_newest_first() {
    let mut lib = Library::new(MemoryStore::default());
    let a = lib.create(&northwind(), 1_000).unwrap();
    let mut blank = Plan::blank("2026-11-25T08:00:00Z");
    blank.meta.name = "Side project".into();
    let b = lib.create(&blank, 2_000).unwrap();
    assert_ne!(a, b);
    assert_eq!(
        lib.store
            .get(&Library::<MemoryStore>::plan_key(&a))
            .unwrap()
            .as_deref(),
        Some(NORTHWIND_V2)
    );
    let (plans, broken) = lib.list().unwrap();
    assert!(broken.is_empty());
    assert_eq!(
        plans.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Side project", "Northwind 2027 scaling plan"]
    );
    assert_eq!(lib.load(&a).unwrap(), northwind());
}

#[test]
fn the_last_opened_plan_as_listed_is_what_opening_it_gives_unless_its_text_changed() {
    let mut lib = Library::new(MemoryStore::default());
    let a = lib.create(&northwind(), 1).unwrap();
    let b = lib.create(&Plan::blank("2026-11-25T08:00:00Z"), 2).unwrap();
    lib.set_last(&a).unwrap();
    lib.list().unwrap();
    assert_eq!(lib.load(&b).unwrap(), Plan::blank("2026-11-25T08:00:00Z"));
    assert_eq!(
        lib.load_text(&a).unwrap(),
        (northwind(), NORTHWIND_V2.to_string())
    );

    // Written after the list was made (by another tab, say): the text stored now is read.
    lib.list().unwrap();
    let mut changed = northwind();
    changed.meta.name = "Changed since the list".into();
    let text = write_plan(&changed);
    lib.store
        .set(&Library::<MemoryStore>::plan_key(&a), &text)
        .unwrap();
    assert_eq!(lib.load_text(&a).unwrap(), (changed, text));
}

#[test]
fn ids_never_collide() {
    let mut lib = Library::new(MemoryStore::default());
    let ids: Vec<String> = (0..5)
        .map(|_| lib.create(&Plan::default(), 42).unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(unique.len(), 5);
}

#[test]
fn duplicate_rename_delete_and_last_opened() {
    let mut lib = Library::new(MemoryStore::default());
    let a = lib.create(&northwind(), 1).unwrap();
    let copy = lib.duplicate(&a, "2026-11-26T10:00:00Z", 2).unwrap();
    let copied = lib.load(&copy).unwrap();
    assert_eq!(copied.meta.name, "Northwind 2027 scaling plan (copy)");
    assert_eq!(copied.readiness, northwind().readiness);

    let mut renamed = copied.clone();
    renamed.meta.name = "Plan B".into();
    lib.save(&copy, &renamed).unwrap();
    assert_eq!(lib.load(&copy).unwrap().meta.name, "Plan B");

    lib.set_last(&copy).unwrap();
    assert_eq!(lib.last().unwrap().as_deref(), Some(copy.as_str()));
    lib.set_exported_at(&copy, "2026-11-26T10:05:00Z").unwrap();
    assert_eq!(
        lib.exported_at(&copy).as_deref(),
        Some("2026-11-26T10:05:00Z")
    );
    lib.delete(&copy).unwrap();
    assert_eq!(lib.last().unwrap(), None);
    assert_eq!(lib.exported_at(&copy), None);
    assert_eq!(lib.load(&copy), Err(LoadError::Missing));
    assert_eq!(lib.list().unwrap().0.len(), 1);
}

#[test]
fn a_corrupt_plan_is_kept_under_a_recovery_key_never_dropped() {
    let mut lib = Library::new(MemoryStore::default());
    let good = lib.create(&northwind(), 1).unwrap();
    let bad_key = Library::<MemoryStore>::plan_key("p-broken");
    lib.store
        .set(
            &bad_key,
            "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": 7",
        )
        .unwrap();
    let (plans, broken) = lib.list().unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].id, good);
    assert_eq!(broken.len(), 1);
    assert_eq!(broken[0].id, "p-broken");
    assert!(
        broken[0].reason.contains("not valid JSON"),
        "{}",
        broken[0].reason
    );
    assert_eq!(
        lib.store.get(&bad_key).unwrap(),
        None,
        "moved out of the plan list"
    );
    let kept = lib.recovered().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        kept[0].raw,
        "{\"format\": \"scaling-plan\", \"version\": 1, \"readiness\": 7"
    );

    lib.store.set(&bad_key, "[1, 2").unwrap();
    let (_, broken) = lib.list().unwrap();
    assert_eq!(broken[0].raw, "[1, 2");
    assert_eq!(
        lib.recovered().unwrap().len(),
        2,
        "a second failure does not overwrite the first"
    );

    lib.discard_recovered(&kept[0].key).unwrap();
    assert_eq!(lib.recovered().unwrap().len(), 1);
}

#[test]
fn a_plan_of_a_newer_version_is_listed_and_left_exactly_as_it_is() {
    let mut lib = Library::new(MemoryStore::default());
    let key = Library::<MemoryStore>::plan_key("p-new");
    let text = NORTHWIND.replace("\"version\": 1", "\"version\": 9");
    lib.store.set(&key, &text).unwrap();
    let (plans, broken) = lib.list().unwrap();
    assert!(broken.is_empty());
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].newer, Some(9));
    assert_eq!(plans[0].name, "Northwind 2027 scaling plan");
    assert!(matches!(lib.load("p-new"), Err(LoadError::Newer(_))));
    assert!(matches!(
        lib.parse("p-new", &text),
        Err(LoadError::Newer(_))
    ));
    assert_eq!(lib.store.get(&key).unwrap(), Some(text), "never moved");
    assert!(lib.recovered().unwrap().is_empty());
}

#[test]
fn a_corrupt_plan_stays_put_when_its_recovery_copy_cannot_be_written() {
    let mut store = MemoryStore::default();
    let bad_key = Library::<MemoryStore>::plan_key("p1");
    store.set(&bad_key, "garbage").unwrap();
    store.quota = Some(
        store
            .entries()
            .iter()
            .map(|(k, v)| (k.len() + v.len()) * 2)
            .sum(),
    );
    let mut lib = Library::new(store);
    assert!(matches!(lib.load("p1"), Err(LoadError::Corrupt(_))));
    assert_eq!(lib.store.get(&bad_key).unwrap().as_deref(), Some("garbage"));
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_what_was_there() {
    let mut lib = Library::new(MemoryStore::with_quota(NORTHWIND.len() * 2 + 200));
    let id = lib.create(&northwind(), 1).unwrap();
    let mut bigger = northwind();
    bigger.roadmap.metrics.market_position = "x".repeat(2_000);
    assert_eq!(lib.save(&id, &bigger), Err(StoreError::Full));
    assert_eq!(
        lib.load(&id).unwrap(),
        northwind(),
        "the last good copy is intact"
    );
    assert_eq!(lib.create(&Plan::default(), 2), Err(StoreError::Full));
}

/// A stored plan whose opening reads but whose scores do not.
fn broken_after_meta() -> String {
    write_plan(&northwind()).replacen("\"readiness\": {", "\"readiness\": 7, \"x\": {", 1)
}

#[test]
fn the_list_reads_a_plan_whole_only_when_it_is_opened_last() {
    let mut lib = Library::new(MemoryStore::default());
    let mut side = Plan::blank("2026-11-25T08:00:00Z");
    side.meta.name = "Side } \"project\"".into();
    side.meta.company = "Acme {".into();
    let a = lib.create(&northwind(), 1_000).unwrap();
    let b = lib.create(&side, 2_000).unwrap();
    let bad = lib.create_text(&broken_after_meta(), 3_000).unwrap();
    lib.set_last(&a).unwrap();
    let (plans, broken) = lib.list().unwrap();
    assert!(broken.is_empty(), "only its opening was read");
    assert_eq!(
        plans,
        vec![
            PlanEntry::of(&b, &side),
            PlanEntry::of(&a, &northwind()),
            PlanEntry::of(&bad, &northwind()),
        ]
    );
    assert!(matches!(lib.load_text(&bad), Err(LoadError::Corrupt(_))));
    assert_eq!(lib.recovered().unwrap()[0].raw, broken_after_meta());
    assert_eq!(lib.list().unwrap().0.len(), 2, "set aside once opened");
}

/// Memory that gives only the opening of a value when asked for one, as localStorage does.
struct Cutting(MemoryStore);

impl Store for Cutting {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn head(&self, key: &str, chars: u32) -> Result<Option<String>, StoreError> {
        let cut = |text: String| text.chars().take(chars as usize).collect();
        Ok(self.0.get(key)?.map(cut))
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.keys()
    }
}

#[test]
fn a_plan_whose_name_runs_past_the_opening_read_is_listed_from_its_whole_text() {
    let mut lib = Library::new(Cutting(MemoryStore::default()));
    let mut long = northwind();
    long.meta.name = "Long name ".repeat(400);
    let a = lib.create(&northwind(), 1_000).unwrap();
    let b = lib.create(&long, 2_000).unwrap();
    let bad = lib.create_text(&broken_after_meta(), 3_000).unwrap();
    lib.set_last(&a).unwrap();
    let (plans, broken) = lib.list().unwrap();
    assert!(broken.is_empty());
    let listed = |id: &str| plans.iter().find(|e| e.id == id).unwrap().name.clone();
    assert_eq!(listed(&b), long.meta.name, "read whole: its opening is cut");
    assert_eq!(listed(&bad), "Northwind 2027 scaling plan");
    assert_eq!(plans.len(), 3);
}

#[test]
fn a_plan_that_cannot_be_read_is_named_as_far_as_its_text_shows() {
    let kept = |raw: &str| Recovered {
        key: "k".into(),
        id: "p1".into(),
        raw: raw.into(),
        reason: "r".into(),
    };
    let broken =
        r#"{"format": "scaling-plan", "version": 2, "meta": {"name" :  "Q3 plan", "company": "#;
    assert_eq!(kept(broken).name(), Some("Q3 plan"));
    assert_eq!(kept(r#"{"meta": {"name": "  "}}"#).name(), None);
    assert_eq!(kept(r#"{"meta": {"name": "cut off"#).name(), None);
    assert_eq!(kept("not json at all").name(), None);
}

#[test]
fn plans_of_one_name_are_told_apart_in_the_list_by_the_order_they_were_made() {
    let mut lib = Library::new(MemoryStore::default());
    // 0xfff then 0x1000: the later id is the longer one.
    let first = lib.create(&northwind(), 0xfff).unwrap();
    let second = lib.create(&northwind(), 0x1000).unwrap();
    let untitled = lib
        .create(&Plan::blank("2026-11-25T08:00:00Z"), 0x2000)
        .unwrap();
    let mut spaces = Plan::blank("2026-11-26T08:00:00Z");
    spaces.meta.name = "  ".into();
    let untitled_too = lib.create(&spaces, 0x3000).unwrap();
    let mut other = Plan::blank("2026-11-27T08:00:00Z");
    other.meta.name = "Side project".into();
    lib.create(&other, 0x4000).unwrap();
    let (plans, _) = lib.list().unwrap();
    let labels: std::collections::BTreeMap<_, _> = plans
        .iter()
        .map(|p| p.id.clone())
        .zip(PlanEntry::labels(&plans))
        .collect();
    assert_eq!(labels[&first], "Northwind 2027 scaling plan");
    assert_eq!(labels[&second], "Northwind 2027 scaling plan (2)");
    assert_eq!(labels[&untitled], "Untitled plan");
    assert_eq!(labels[&untitled_too], "Untitled plan (2)");
    assert_eq!(
        labels
            .values()
            .filter(|l| l.as_str() == "Side project")
            .count(),
        1
    );
    // Deleting the first leaves one of that name, with no number.
    lib.delete(&first).unwrap();
    let (plans, _) = lib.list().unwrap();
    let at = plans.iter().position(|p| p.id == second).unwrap();
    assert_eq!(PlanEntry::labels(&plans)[at], "Northwind 2027 scaling plan");
}

#[test]
fn a_copy_of_an_untitled_plan_is_named_untitled_plan_copy() {
    let mut lib = Library::new(MemoryStore::default());
    let blank = lib
        .create(&Plan::blank("2026-11-25T08:00:00Z"), 1_000)
        .unwrap();
    let copy = lib
        .duplicate(&blank, "2026-11-25T09:00:00Z", 2_000)
        .unwrap();
    assert_eq!(lib.load(&copy).unwrap().meta.name, "Untitled plan (copy)");
    assert_eq!(
        Plan::renamed("  ", " (other tab's version)"),
        "Untitled plan (other tab's version)"
    );
    assert_eq!(Plan::renamed(" Q3 ", " (copy)"), "Q3 (copy)");
}
