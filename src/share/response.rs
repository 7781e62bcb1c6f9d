//! The participant link and a participant's response, each a URL whose fragment carries the
//! data. A response is at most 300 characters: the workshop id, who sent it, the 36 scores as
//! one character each, a check against damage, and the name.
//!
//! `#join=1<workshop>.<plan name>` and `#r=1<workshop><participant><36 scores><check><name>`.

use percent_encoding::{
    percent_decode_str, percent_encode, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC,
};

use crate::model::{AssessmentScores, LeafMut, Reach, ReadinessScores, Response, Score, Team};

/// The longest a response link may be.
pub const MAX_RESPONSE_CHARS: usize = 300;
/// A pasted text longer than this is not read as a response.
const MAX_TOKEN_CHARS: usize = 1_000;
const FORMAT: char = '1';
const WORKSHOP_CHARS: usize = 8;
const PARTICIPANT_CHARS: usize = 4;
const SCORES: usize = 36;
const CHECK_CHARS: usize = 4;
const FIXED: usize = 1 + WORKSHOP_CHARS + PARTICIPANT_CHARS + SCORES + CHECK_CHARS;
const BLANK: char = '-';
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// A name keeps letters, digits and `-._~`; everything else is percent-encoded.
const NAME: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What the participant link tells the participant's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub workshop: String,
    pub plan_name: String,
}

/// One participant's scores, as their page keeps them and their response carries them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    /// A random id made on the participant's device, so that a second response replaces the
    /// first.
    pub participant: String,
    pub name: String,
    pub readiness: ReadinessScores,
    pub assessment: AssessmentScores,
}

/// What to tell someone who opened a participant link that cannot be read, or a response link.
pub fn opened_by_mistake(fragment: &str) -> Option<&'static str> {
    let fragment = fragment.trim_start_matches('#');
    if fragment.starts_with("join=") {
        Some("This participant link is damaged or cut off. Ask the facilitator for it again.")
    } else if fragment.starts_with("r=") {
        Some("This is a participant's response: the facilitator adds it to the plan under Team scores, with Add responses.")
    } else {
        None
    }
}

/// Why a pasted response was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    NotAResponse,
    TooLong,
    Damaged,
    OtherWorkshop,
    OutOfRange,
    /// Sent before any score was filled in: no one's view, and not a participant yet.
    Empty,
}

impl Refusal {
    pub fn message(&self) -> &'static str {
        match self {
            Refusal::NotAResponse => "is not a response link",
            Refusal::TooLong => "is too long to be a response",
            Refusal::Damaged => "is damaged or cut off: ask for it again",
            Refusal::OtherWorkshop => "is from another workshop",
            Refusal::OutOfRange => "has a score outside 0–10",
            Refusal::Empty => "has no scores yet: ask for it again once they are filled in",
        }
    }
}

/// A new random id of `len` characters from `0-9a-z`; `random` gives numbers in `0..1`.
pub fn new_id(len: usize, mut random: impl FnMut() -> f64) -> String {
    (0..len)
        .map(|_| DIGITS[((random() * 36.0) as usize).min(35)] as char)
        .collect()
}

/// Whether `id` could be a workshop id.
pub fn is_workshop_id(id: &str) -> bool {
    id.len() == WORKSHOP_CHARS && id.bytes().all(|b| DIGITS.contains(&b))
}

/// The link that opens the participant's page: `base` is the app's address without fragment.
/// With no plan name, it does not end in `.`, which a chat app would leave out of the link.
pub fn participant_link(base: &str, workshop: &str, plan_name: &str) -> String {
    let name: String = plan_name.trim().chars().take(60).collect();
    let mut link = format!("{base}#join={FORMAT}{workshop}");
    if !name.is_empty() {
        link.push('.');
        link.extend(utf8_percent_encode(&name, NAME));
        // A final "." would be taken for the end of a sentence, and left out.
        if link.ends_with('.') {
            link.pop();
            link.push_str("%2E");
        }
    }
    link
}

/// Reads a participant link's fragment (without `#`).
pub fn read_invitation(fragment: &str) -> Option<Invitation> {
    let rest = fragment.strip_prefix("join=")?.strip_prefix(FORMAT)?;
    let (workshop, name) = rest.split_once('.').unwrap_or((rest, ""));
    // A mark after the link that the browser encoded (`<link>` in a mail: `%3E`) is not the
    // link's: the workshop id has no `%`, and the name, which the page only shows, loses them.
    let workshop = workshop.split('%').next().unwrap_or_default();
    let (workshop, name) = (super::link_end(workshop, b""), super::link_end(name, b"~%"));
    if !is_workshop_id(workshop) {
        return None;
    }
    let plan_name = percent_decode_str(name).decode_utf8().ok()?;
    let plan_name = plan_name
        .trim_end_matches(['>', '"', '\u{201d}'])
        .to_string();
    Some(Invitation {
        workshop: workshop.to_string(),
        plan_name,
    })
}

/// The response link for `answers`, cutting the name short where needed to stay within
/// [`MAX_RESPONSE_CHARS`].
pub fn response_link(base: &str, workshop: &str, answers: &Answers) -> String {
    let scores: String = score_slots(answers)
        .iter()
        .map(|s| s.0.map_or(BLANK, |v| DIGITS[usize::from(v)] as char))
        .collect();
    let head = format!("{workshop}{}{scores}", answers.participant);
    let mut name: Vec<char> = answers.name.trim().chars().collect();
    loop {
        let kept: String = name.iter().collect();
        let encoded = utf8_percent_encode(&kept, NAME).to_string();
        let check = check(&format!("{head}{encoded}"));
        let link = format!("{base}#r={FORMAT}{head}{check}{encoded}");
        if link.chars().count() <= MAX_RESPONSE_CHARS || name.is_empty() {
            return link;
        }
        name.pop();
    }
}

/// Reads one response: a whole link, or the part from `r=` on. What a sentence, a mail or a chat
/// put straight after the link (`.`, `)`, `>`, an emoji …) is left out, and a name a chat shows
/// decoded ("José", not "Jos%C3%A9") is read as the link has it: the check says which reading
/// is the link.
pub fn read_response(text: &str, workshop: &str) -> Result<Answers, Refusal> {
    let text = text.trim();
    if text.chars().count() > MAX_TOKEN_CHARS {
        return Err(Refusal::TooLong);
    }
    // Outlook's Safe Links wrap a mailed link: `…safelinks.protection.outlook.com/?url=` and
    // the link percent-encoded, then `&data=…`. The link inside is the response.
    if let Some((_, wrapped)) = text
        .split_once(".safelinks.protection.outlook.com/")
        .and_then(|(_, query)| query.split_once("url="))
    {
        let inner = wrapped.split('&').next().unwrap_or_default();
        let inner = percent_decode_str(inner)
            .decode_utf8()
            .map_err(|_| Refusal::Damaged)?;
        return read_response(&inner, workshop);
    }
    let payload = match text.split_once("#r=") {
        Some((_, payload)) => payload,
        None => text.strip_prefix("r=").ok_or(Refusal::NotAResponse)?,
    };
    let payload = payload.strip_prefix(FORMAT).ok_or(Refusal::Damaged)?;
    if payload.len() < FIXED - 1 || !payload.is_char_boundary(FIXED - 1) {
        return Err(Refusal::Damaged);
    }
    let (fixed, after) = payload.split_at(FIXED - 1);
    let (head, checked) = fixed.split_at(fixed.len() - CHECK_CHARS);
    let name = checked_name(head, checked, after).ok_or(Refusal::Damaged)?;
    let (ids, scores) = head.split_at(WORKSHOP_CHARS + PARTICIPANT_CHARS);
    let (their_workshop, participant) = ids.split_at(WORKSHOP_CHARS);
    if their_workshop != workshop {
        return Err(Refusal::OtherWorkshop);
    }
    let mut answers = Answers {
        participant: participant.to_string(),
        name,
        ..Answers::default()
    };
    let values: Vec<Option<u8>> = scores
        .bytes()
        .map(|b| match b {
            b'-' => Ok(None),
            _ => DIGITS
                .iter()
                .position(|&d| d == b)
                .map(|v| Some(v as u8))
                .ok_or(Refusal::Damaged),
        })
        .collect::<Result<_, _>>()?;
    if values.iter().flatten().any(|&v| v > 10) {
        return Err(Refusal::OutOfRange);
    }
    set_scores(&mut answers, values);
    Ok(answers)
}

/// The name that `after` (what follows the check) begins with, decoded: the longest start of it
/// whose check is `checked`, as the link has it or percent-encoded again. One pass, with the
/// check's hash carried on, both ways, a character or an escape (`%C3`) at a time.
fn checked_name(head: &str, checked: &str, after: &str) -> Option<String> {
    let checked: [u8; CHECK_CHARS] = checked.as_bytes().try_into().ok()?;
    let bytes = after.as_bytes();
    let start = fnv(FNV_START, head.as_bytes());
    let (mut raw, mut again) = (start, start);
    let mut ends = Vec::new();
    if digits(start) == checked {
        ends.push(0);
    }
    let mut at = 0;
    while at < bytes.len() {
        let hex = |i: usize| bytes.get(at + i).and_then(|&b| char::from(b).to_digit(16));
        let (byte, len) = match (bytes[at], hex(1), hex(2)) {
            (b'%', Some(high), Some(low)) => ((high * 16 + low) as u8, 3),
            (byte, ..) => (byte, 1),
        };
        raw = fnv(raw, &bytes[at..at + len]);
        again = percent_encode(&[byte], NAME).fold(again, |h, piece| fnv(h, piece.as_bytes()));
        at += len;
        if after.is_char_boundary(at) && [raw, again].map(digits).contains(&checked) {
            ends.push(at);
        }
    }
    let decoded = |end: usize| percent_decode_str(&after[..end]).decode_utf8().ok();
    ends.into_iter()
        .rev()
        .find_map(|end| decoded(end).map(|name| name.into_owned()))
}

/// How many of the words after a damaged link may be the rest of it.
const MAX_PIECES: usize = 6;

/// Every response in a pasted text (separated by whitespace), each read on its own. Words that
/// are not links at all, such as the names and times a chat shows around them, are passed over.
/// Links written together ("…,https://…") are read apart, and a link a mail broke over lines, or
/// whose name a chat shows decoded with a space in it, is read whole again.
pub fn read_responses(text: &str, workshop: &str) -> Vec<(String, Result<Answers, Refusal>)> {
    let words: Vec<&str> = text.split_whitespace().flat_map(split_links).collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let mut word = words[at].to_string();
        let mut read = read_response(&word, workshop);
        at += 1;
        if read == Err(Refusal::Damaged) {
            'gaps: for gap in ["", " "] {
                let mut joined = word.clone();
                let rest = words[at..].iter().take(MAX_PIECES);
                for (n, next) in rest.take_while(|w| !starts_link(w)).enumerate() {
                    joined.push_str(gap);
                    joined.push_str(next);
                    if let Ok(answers) = read_response(&joined, workshop) {
                        (word, read) = (joined, Ok(answers));
                        at += n + 1;
                        break 'gaps;
                    }
                }
            }
        }
        if read
            .as_ref()
            .is_ok_and(|a| answered(&a.readiness, &a.assessment) == 0)
        {
            read = Err(Refusal::Empty);
        }
        if read != Err(Refusal::NotAResponse) {
            found.push((word, read));
        }
    }
    found
}

fn starts_link(word: &str) -> bool {
    word.starts_with("http://") || word.starts_with("https://") || word.starts_with("r=")
}

/// `word` cut before each `http://` or `https://` after its start.
fn split_links(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut from = 0;
    for (at, _) in word.char_indices().skip(1) {
        if starts_link(&word[at..]) && !word[at..].starts_with("r=") {
            pieces.push(&word[from..at]);
            from = at;
        }
    }
    pieces.push(&word[from..]);
    pieces
}

/// The responses in a participant's file, read as pasted ones are and each labelled with the
/// file's name (and its place, when the file holds several); its other words (not response
/// links at all) are passed over. Empty when it holds none.
pub fn read_file(
    file: &str,
    text: &str,
    workshop: &str,
) -> Vec<(String, Result<Answers, Refusal>)> {
    let found = read_responses(text, workshop);
    let one = found.len() == 1;
    found
        .into_iter()
        .enumerate()
        .map(|(i, (_, read))| match one {
            true => (file.to_string(), read),
            false => (format!("{file}, response {}", i + 1), read),
        })
        .collect()
}

/// The name of the file a participant saves their response in: `response-ada-lovelace.txt`.
pub fn file_name(name: &str, participant: &str) -> String {
    format!(
        "response-{}.txt",
        crate::export::slug(&shown_name(name, participant))
    )
}

/// How a response is named in the plan: the name given, or the participant's id.
pub fn display_name(answers: &Answers) -> String {
    shown_name(&answers.name, &answers.participant)
}

fn shown_name(name: &str, participant: &str) -> String {
    match name.trim() {
        "" => format!("Participant {participant}"),
        name => name.to_string(),
    }
}

/// Adds a response to the team, replacing an earlier one of the same name.
pub fn add(team: &mut Team, answers: &Answers, received_at: &str) {
    add_replacing(team, answers, received_at, &unnamed(answers));
}

/// [`add`], also in place of the response named `earlier`: the name this participant's earlier
/// response went by (none given, or before they changed it). Gives the name it replaced.
pub fn add_replacing(
    team: &mut Team,
    answers: &Answers,
    received_at: &str,
    earlier: &str,
) -> Option<String> {
    let response = Response {
        name: display_name(answers),
        received_at: crate::model::Timestamp(received_at.to_string()),
        readiness: answers.readiness.clone(),
        assessment: answers.assessment.clone(),
    };
    match team
        .responses
        .iter_mut()
        .find(|r| r.name == response.name || r.name == earlier)
    {
        Some(r) => Some(std::mem::replace(r, response).name),
        None => {
            team.responses.push(response);
            None
        }
    }
}

/// How a response of this participant is named when they give no name: `Participant qze2`.
pub fn unnamed(answers: &Answers) -> String {
    shown_name("", &answers.participant)
}

/// How many of the 36 scores are answered.
pub fn answered(readiness: &ReadinessScores, assessment: &AssessmentScores) -> usize {
    let mut n = 0;
    let mut count = |_: &str, leaf: crate::model::Leaf<'_>| n += usize::from(leaf.is_filled());
    readiness.walk("", &mut count);
    assessment.walk("", &mut count);
    n
}

fn score_slots(answers: &Answers) -> Vec<Score> {
    let mut out = Vec::with_capacity(SCORES);
    let mut take = |_: &str, leaf: crate::model::Leaf<'_>| {
        if let crate::model::Leaf::Score(s) = leaf {
            out.push(*s);
        }
    };
    answers.readiness.walk("", &mut take);
    answers.assessment.walk("", &mut take);
    out
}

/// Puts the scores in worksheet order into the two scorecards.
fn set_scores(answers: &mut Answers, values: Vec<Option<u8>>) {
    let mut paths = Vec::with_capacity(SCORES);
    answers
        .readiness
        .walk("readiness", &mut |p, _| paths.push(p.to_string()));
    answers
        .assessment
        .walk("assessment", &mut |p, _| paths.push(p.to_string()));
    for (path, value) in paths.iter().zip(values) {
        let slot = match path.split_once('.') {
            Some(("readiness", rest)) => answers.readiness.at_mut(rest),
            Some((_, rest)) => answers.assessment.at_mut(rest),
            None => None,
        };
        if let Some(LeafMut::Score(s)) = slot {
            s.0 = value;
        }
    }
}

/// FNV-1a of `text`, as four characters of `0-9a-z`.
fn check(text: &str) -> String {
    digits(fnv(FNV_START, text.as_bytes()))
        .iter()
        .map(|&b| char::from(b))
        .collect()
}

const FNV_START: u32 = 0x811c_9dc5;

/// FNV-1a's hash `hash` carried on over `bytes`.
fn fnv(hash: u32, bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// A hash as four characters of `0-9a-z`.
fn digits(hash: u32) -> [u8; CHECK_CHARS] {
    let mut n = hash % 36u32.pow(CHECK_CHARS as u32);
    let mut out = [b'0'; CHECK_CHARS];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    out
}
