use serde_json::{Map, Value};

use super::value::{
    check_keys, expect_object, put, read_field, Currency, FromJson, Timestamp, ToJson,
};
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

    const KEYS: [&'static str; 14] = [
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

    /// For each of the ten sections: how many of its fields are filled in, of how many.
    pub fn progress(&self) -> [(&'static str, usize, usize); 10] {
        let mut out = Self::SECTIONS.map(|s| (s, 0, 0));
        self.walk("", &mut |path, leaf| {
            let section = path.split('.').next().unwrap_or_default();
            if let Some(entry) = out.iter_mut().find(|(s, _, _)| *s == section) {
                entry.2 += 1;
                entry.1 += usize::from(leaf.is_filled());
            }
        });
        out
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

impl ToJson for Plan {
    fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("format".into(), FORMAT.into());
        map.insert("version".into(), VERSION.into());
        put(&mut map, "meta", &self.meta);
        put(&mut map, "readiness", &self.readiness);
        put(&mut map, "technical", &self.technical);
        put(&mut map, "data", &self.data);
        put(&mut map, "security", &self.security);
        put(&mut map, "organization", &self.organization);
        put(&mut map, "talent", &self.talent);
        put(&mut map, "operations", &self.operations);
        put(&mut map, "automation", &self.automation);
        put(&mut map, "assessment", &self.assessment);
        put(&mut map, "roadmap", &self.roadmap);
        put(&mut map, "snapshots", &self.snapshots);
        Value::Object(map)
    }
}

impl FromJson for Plan {
    /// Reads the body of a plan whose `format` and `version` were already checked.
    fn from_json(value: &Value, path: &str) -> Result<Self, ImportError> {
        let obj = expect_object(value, path)?;
        check_keys(obj, path, &Self::KEYS)?;
        let mut plan = Plan::default();
        read_field(&mut plan.meta, obj, path, "meta")?;
        read_field(&mut plan.readiness, obj, path, "readiness")?;
        read_field(&mut plan.technical, obj, path, "technical")?;
        read_field(&mut plan.data, obj, path, "data")?;
        read_field(&mut plan.security, obj, path, "security")?;
        read_field(&mut plan.organization, obj, path, "organization")?;
        read_field(&mut plan.talent, obj, path, "talent")?;
        read_field(&mut plan.operations, obj, path, "operations")?;
        read_field(&mut plan.automation, obj, path, "automation")?;
        read_field(&mut plan.assessment, obj, path, "assessment")?;
        read_field(&mut plan.roadmap, obj, path, "roadmap")?;
        read_field(&mut plan.snapshots, obj, path, "snapshots")?;
        Ok(plan)
    }
}

impl Walk for Plan {
    fn walk(&self, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        let j = |key| super::value::join(path, key);
        self.meta.walk(&j("meta"), f);
        self.readiness.walk(&j("readiness"), f);
        self.technical.walk(&j("technical"), f);
        self.data.walk(&j("data"), f);
        self.security.walk(&j("security"), f);
        self.organization.walk(&j("organization"), f);
        self.talent.walk(&j("talent"), f);
        self.operations.walk(&j("operations"), f);
        self.automation.walk(&j("automation"), f);
        self.assessment.walk(&j("assessment"), f);
        self.roadmap.walk(&j("roadmap"), f);
        self.snapshots.walk(&j("snapshots"), f);
    }

    fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, LeafMut<'_>)) {
        let j = |key| super::value::join(path, key);
        self.meta.walk_mut(&j("meta"), f);
        self.readiness.walk_mut(&j("readiness"), f);
        self.technical.walk_mut(&j("technical"), f);
        self.data.walk_mut(&j("data"), f);
        self.security.walk_mut(&j("security"), f);
        self.organization.walk_mut(&j("organization"), f);
        self.talent.walk_mut(&j("talent"), f);
        self.operations.walk_mut(&j("operations"), f);
        self.automation.walk_mut(&j("automation"), f);
        self.assessment.walk_mut(&j("assessment"), f);
        self.roadmap.walk_mut(&j("roadmap"), f);
        self.snapshots.walk_mut(&j("snapshots"), f);
    }
}
