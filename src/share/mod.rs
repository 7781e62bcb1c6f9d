//! Sharing a plan with the room: what the facilitator shows on the screen.

pub mod qr;
