use serde::de::{Deserializer, Error, IgnoredAny};
use serde::{Deserialize, Serialize, Serializer};

use super::value::{Currency, Timestamp};
use super::walk::{Fixed, Walk};
use super::{
    Assessment, AssessmentScores, Automation, Bottleneck, Data, Operations, Opportunity,
    Organization, Position, Readiness, ReadinessScores, Roadmap, Security, Talent, Team, Technical,
    FORMAT, VERSION,
};

/// How many snapshots a plan keeps.
pub const MAX_SNAPSHOTS: usize = 100;

record!(Meta {
    name: String,
    company: String,
    currency: Currency,
    created_at: Timestamp,
    updated_at: Timestamp,
});

record!(
    /// The two scorecards as they stood at one moment.
    Snapshot [MAX_SNAPSHOTS] {
        taken_at: Timestamp,
        label: String,
        readiness: ReadinessScores,
        assessment: AssessmentScores,
    }
);

record!(
    /// A whole scaling plan: the ten worksheet sections plus its snapshots.
    Plan {
        format: Format,
        version: Version,
        meta: Meta,
        readiness: Readiness,
        technical: Technical,
        data: Data,
        security: Security,
        organization: Organization,
        talent: Talent,
        operations: Operations,
        automation: Automation,
        assessment: Assessment,
        roadmap: Roadmap,
        snapshots: Vec<Snapshot>,
        team: Team,
    }
);

/// The `"format": "scaling-plan"` that opens every plan file.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Format;

/// The `"version"` of the plan file: always this app's, as older ones are upgraded on reading.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Version;

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(FORMAT)
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(VERSION)
    }
}

/// Both are checked, and the version upgraded, before the plan is read (see `read_value`).
impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(d).map(|_| Format)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match u32::deserialize(d)? {
            VERSION => Ok(Version),
            other => Err(D::Error::custom(format!(
                "version {other} must be upgraded before it is read"
            ))),
        }
    }
}

impl Walk for Format {
    fn read_json(&mut self, value: &serde_json::Value) -> Result<(), serde_json::Error> {
        Format::deserialize(value).map(|_| ())
    }

    fn fixed(&self) -> Option<Fixed> {
        Some(Fixed::Text(FORMAT))
    }
}

impl Walk for Version {
    fn read_json(&mut self, value: &serde_json::Value) -> Result<(), serde_json::Error> {
        Version::deserialize(value).map(|_| ())
    }

    fn fixed(&self) -> Option<Fixed> {
        Some(Fixed::Number(VERSION))
    }
}

impl Plan {
    /// The ten worksheet sections, in order.
    pub const SECTIONS: &'static [&'static str] = Plan::KEYS.split_at(3).1.split_at(10).0;

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

    /// The plan's name, or "Untitled plan" when it has none.
    pub fn title(&self) -> String {
        match self.meta.name.trim() {
            "" => "Untitled plan".into(),
            name => name.into(),
        }
    }

    /// `name` (or "Untitled plan") with `suffix` added, cut short where needed so that it stays
    /// within the format's limit for a text.
    pub fn renamed(name: &str, suffix: &str) -> String {
        let room = super::value::MAX_TEXT_CHARS - suffix.chars().count();
        let name = match name.trim() {
            "" => "Untitled plan",
            name => name,
        };
        let kept: String = name.chars().take(room).collect();
        format!("{}{suffix}", kept.trim_end())
    }

    /// How many fields of one section are filled in, of how many.
    pub fn section_progress(&self, section: &str) -> (usize, usize) {
        let (mut filled, mut total) = (0, 0);
        if let Some(part) = self.part(section) {
            part.walk(section, &mut |_, leaf| {
                total += 1;
                filled += usize::from(leaf.is_filled());
            });
        }
        (filled, total)
    }

    /// This plan with a snapshot's 36 scores in place of today's, every other field as it is:
    /// what "compare with a snapshot" reads.
    pub fn with_snapshot(&self, snapshot: &Snapshot) -> Plan {
        let (r, a) = (&snapshot.readiness, &snapshot.assessment);
        let mut plan = self.clone();
        plan.readiness.product = r.product.clone();
        plan.readiness.market = r.market.clone();
        plan.readiness.operations = r.operations.clone();
        plan.readiness.financial = r.financial.clone();
        plan.readiness.team = r.team.clone();
        plan.assessment.technical = a.technical.clone();
        plan.assessment.organizational = a.organizational.clone();
        plan.assessment.operational = a.operational.clone();
        plan.assessment.strategic = a.strategic.clone();
        plan
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
