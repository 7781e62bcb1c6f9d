use super::value::Timestamp;
use super::{AssessmentScores, ReadinessScores};

/// How many participants' responses a plan keeps.
pub const MAX_RESPONSES: usize = 50;

record!(
    /// One participant's scores, as they sent them.
    Response [MAX_RESPONSES] {
        name: String,
        received_at: Timestamp,
        readiness: ReadinessScores,
        assessment: AssessmentScores,
    }
);

record!(
    /// The workshop's participant scores: the id its participant link carries, and what came
    /// back.
    Team {
        workshop: String,
        responses: Vec<Response>,
    }
);
