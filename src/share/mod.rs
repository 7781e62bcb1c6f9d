//! Links that carry data in their fragment (participant invitations and responses, and a
//! whole plan), and the QR code that shows a link on the room's screen.

pub mod plan_link;
pub mod qr;
pub mod response;
