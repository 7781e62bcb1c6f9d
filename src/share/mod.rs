//! Links that carry workshop data in their fragment (participant invitations and responses),
//! and the QR code that shows a link on the room's screen.

pub mod qr;
pub mod response;
