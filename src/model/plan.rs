use serde_json::{Map, Value};

use super::fields::{read_record, walk_fields, walk_fields_mut, write_fields, Field, Fields};
use super::value::{Currency, FromJson, Timestamp, ToJson};
use super::walk::{Leaf, LeafMut, Walk};
use super::{
    Assessment, AssessmentScores, Automation, Bottleneck, Data, ImportError, Operations,
    Opportunity, Organization, Position, Readiness, ReadinessScores, Roadmap, Security, Talent,
    Technical, FORMAT, VERSION,
};

record!(Meta {
    name: String,
    company: String,
    currency: Currency,
    created_at: Timestamp,
    updated_at: Timestamp,
});

record!(
    /// The two scorecards as they stood at one moment.
    Snapshot [100] {
        taken_at: Timestamp,
        label: String,
        readiness: ReadinessScores,
        assessment: AssessmentScores,
    }
);

/// A whole scaling plan: the ten worksheet sections plus its snapshots.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub meta: Meta,
    pub readiness: Readiness,
    pub technical: Technical,
    pub data: Data,
    pub security: Security,
    pub organization: Organization,
    pub talent: Talent,
    pub operations: Operations,
    pub automation: Automation,
    pub assessment: Assessment,
    pub roadmap: Roadmap,
    pub snapshots: Vec<Snapshot>,
}

impl Plan {
    pub const SECTIONS: [&'static str; 10] = [
        "readiness",
        "technical",
        "data",
        "security",
        "organization",
        "talent",
        "operations",
        "automation",
        "assessment",
        "roadmap",
    ];

    /// The plan file's keys, in order.
    pub const KEYS: [&'static str; 14] = [
        "format",
        "version",
        "meta",
        "readiness",
        "technical",
        "data",
        "security",
        "organization",
        "talent",
        "operations",
        "automation",
        "assessment",
        "roadmap",
        "snapshots",
    ];

    /// The keys of the plan's parts: every key but `format` and `version`.
    pub const PARTS: &'static [&'static str] = Plan::KEYS.split_at(2).1;

    /// A new plan as the worksheet starts it: blank, with the seed's number of rows.
    pub fn blank(now: &str) -> Plan {
        let mut plan = Plan::default();
        plan.meta.created_at = Timestamp(now.to_string());
        plan.meta.updated_at = Timestamp(now.to_string());
        plan.readiness.critical_gaps = vec![String::new(); 3];
        plan.technical.bottlenecks = vec![Bottleneck::default(); 3];
        plan.organization.core_values = vec![String::new(); 5];
        plan.talent.positions = vec![Position::default(); 3];
        plan.talent.hiring_process = vec![String::new(); 5];
        plan.automation.opportunities = vec![Opportunity::default(); 3];
        plan.assessment.strengths = vec![String::new(); 3];
        plan.assessment.critical_gaps = vec![String::new(); 3];
        plan
    }

    /// `name` with `suffix` added, cut short where needed so that it stays within the format's
    /// limit for a text.
    pub fn renamed(name: &str, suffix: &str) -> String {
        let room = super::value::MAX_TEXT_CHARS - suffix.chars().count();
        let kept: String = name.trim().chars().take(room).collect();
        format!("{}{suffix}", kept.trim_end())
    }

    /// How many fields of one section are filled in, of how many.
    pub fn section_progress(&self, section: &str) -> (usize, usize) {
        let (mut filled, mut total) = (0, 0);
        self.fields(&mut |key, field| {
            if key == section {
                field.walk_field(key, &mut |_, leaf| {
                    total += 1;
                    filled += usize::from(leaf.is_filled());
                });
            }
        });
        (filled, total)
    }

    /// Copies today's 36 scores into a new snapshot.
    pub fn snapshot(&self, taken_at: &str, label: &str) -> Snapshot {
        Snapshot {
            taken_at: Timestamp(taken_at.to_string()),
            label: label.to_string(),
            readiness: self.readiness.scores(),
            assessment: self.assessment.scores(),
        }
    }
}

impl Fields for Plan {
    fn fields(&self, f: &mut dyn FnMut(&'static str, &dyn Field)) {
        f("meta", &self.meta);
        f("readiness", &self.readiness);
        f("technical", &self.technical);
        f("data", &self.data);
        f("security", &self.security);
        f("organization", &self.organization);
        f("talent", &self.talent);
        f("operations", &self.operations);
        f("automation", &self.automation);
        f("assessment", &self.assessment);
        f("roadmap", &self.roadmap);
        f("snapshots", &self.snapshots);
    }

    fn fields_mut(&mut self, f: &mut dyn FnMut(&'static str, &mut dyn Field)) {
        f("meta", &mut self.meta);
        f("readiness", &mut self.readiness);
        f("technical", &mut self.technical);
        f("data", &mut self.data);
        f("security", &mut self.security);
        f("organization", &mut self.organization);
        f("talent", &mut self.talent);
        f("operations", &mut self.operations);
        f("automation", &mut self.automation);
        f("assessment", &mut self.assessment);
        f("roadmap", &mut self.roadmap);
        f("snapshots", &mut self.snapshots);
    }
}

impl ToJson for Plan {
    fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("format".into(), FORMAT.into());
        map.insert("version".into(), VERSION.into());
        write_fields(self, &mut map);
        Value::Object(map)
    }
}

impl FromJson for Plan {
    /// Reads the body of a plan whose `format` and `version` were already checked.
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        read_record(value, path, &Self::KEYS)
    }
}

impl Walk for Plan {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        walk_fields(self, path, f)
    }

    fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
        walk_fields_mut(self, path, f)
    }
}
