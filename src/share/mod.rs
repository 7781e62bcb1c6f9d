//! Links that carry workshop data in their fragment: participant invitations and responses.

pub mod response;
