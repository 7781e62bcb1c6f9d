//! Links that carry data in their fragment (participant invitations and responses, and a
//! whole plan), and the QR code that shows a link on the room's screen.

pub mod plan_link;
pub mod qr;
pub mod response;

/// `text` without the marks a mail, chat or slide put after a link (`…)`, `….`, `…>`): its end
/// is the last letter, digit, `-`, `_` or one of `also`, which the link writes unencoded.
pub fn link_end<'a>(text: &'a str, also: &[u8]) -> &'a str {
    let mut end = text.len();
    while end > 0 {
        let b = text.as_bytes()[end - 1];
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || also.contains(&b) {
            break;
        }
        end -= 1;
    }
    &text[..end]
}
