//! A whole plan in a link: `#plan=1` and then, in URL-safe base64, a 4-byte check of the plan's
//! JSON followed by that JSON compressed with raw deflate (the browser's
//! `CompressionStream("deflate-raw")` does the compressing; this file only frames it).
//!
//! The leading `1` is the link format, so that a later app can still read these links and
//! this one can tell a newer link from a damaged one.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

const KEY: &str = "plan=";
const FORMAT: char = '1';
/// Above this, some chat and mail apps cut a link.
pub const LONG_LINK_CHARS: usize = 2_000;
/// The most a link's plan may inflate to, as for a plan file.
pub const MAX_PLAN_BYTES: usize = crate::model::MAX_FILE_BYTES;

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkRefusal {
    /// Made by a newer version of the app (the link format it names).
    Newer(char),
    Damaged,
    TooLarge,
}

impl LinkRefusal {
    pub fn message(&self) -> String {
        match self {
            LinkRefusal::Newer(f) => format!(
                "This link was made by a newer version of Scaling Planner (link format {f}; this version reads format {FORMAT}). Reload the page to update, then open the link again."
            ),
            LinkRefusal::Damaged => "This share link is damaged or cut off, so the plan in it cannot be read. Ask for the link again, or for the plan's JSON file.".into(),
            LinkRefusal::TooLarge => "The plan in this link is larger than the 2 MiB a plan may be.".into(),
        }
    }
}

/// A share link's compressed plan, and the check its JSON must pass once inflated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    pub deflated: Vec<u8>,
    check: [u8; 4],
}

/// Whether a URL fragment (with or without `#`) holds a share link.
pub fn is_plan_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(KEY)
}

/// The link for a plan's JSON and that JSON deflated.
pub fn plan_link(base: &str, json: &str, deflated: &[u8]) -> String {
    let mut bytes = check(json.as_bytes()).to_vec();
    bytes.extend_from_slice(deflated);
    format!("{base}#{KEY}{FORMAT}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a share link or its fragment, up to the compressed plan.
pub fn read_plan_link(link: &str) -> Result<Packed, LinkRefusal> {
    let fragment = link.split_once('#').map_or(link, |(_, f)| f).trim();
    let payload = fragment.strip_prefix(KEY).ok_or(LinkRefusal::Damaged)?;
    let mut chars = payload.chars();
    match chars.next() {
        Some(FORMAT) => {}
        Some(f) if f.is_ascii_digit() && f > FORMAT => return Err(LinkRefusal::Newer(f)),
        _ => return Err(LinkRefusal::Damaged),
    }
    // A mark a mail, chat or slide put after the link (`…)`, `….`) is not the link's, nor one the
    // browser then encoded (`>` as `%3E`): the link itself has no `%`.
    let bytes = URL_SAFE_NO_PAD
        .decode(super::link_end(
            chars.as_str().split('%').next().unwrap_or_default(),
            b"",
        ))
        .map_err(|_| LinkRefusal::Damaged)?;
    if bytes.len() <= 4 {
        return Err(LinkRefusal::Damaged);
    }
    let (head, deflated) = bytes.split_at(4);
    Ok(Packed {
        deflated: deflated.to_vec(),
        check: [head[0], head[1], head[2], head[3]],
    })
}

impl Packed {
    /// The plan's JSON from the inflated bytes, if they are what the link was made from.
    pub fn open(&self, inflated: &[u8]) -> Result<String, LinkRefusal> {
        if inflated.len() > MAX_PLAN_BYTES {
            return Err(LinkRefusal::TooLarge);
        }
        if check(inflated) != self.check {
            return Err(LinkRefusal::Damaged);
        }
        String::from_utf8(inflated.to_vec()).map_err(|_| LinkRefusal::Damaged)
    }
}

/// FNV-1a of the bytes.
fn check(bytes: &[u8]) -> [u8; 4] {
    let mut hash: u32 = 0x811c_9dc5;
    for b in bytes {
        hash = (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193);
    }
    hash.to_be_bytes()
}
