#![cfg(not(target_arch = "wasm32"))]
//! Team scores: participant links, responses, and the team's figures (workshop.md).

use scaling_planner::model::*;
use scaling_planner::scoring::{
    assessment_ranges, readiness_ranges, team_scores, use_medians, GroupRange, TeamStat,
};
use scaling_planner::share::response::*;

const BASE: &str = "https://acme.github.io/scaling-planner/";
const WORKSHOP: &str = "k3x9w2qa";

/// Answers with every score set from `scores` (36 values, readiness first; `None` blank).
fn answers(participant: &str, name: &str, scores: &[Option<u8>]) -> Answers {
    let mut a = Answers {
        participant: participant.into(),
        name: name.into(),
        ..Answers::default()
    };
    let mut paths = Vec::new();
    a.readiness
        .walk("readiness", &mut |p, _| paths.push(p.to_string()));
    a.assessment
        .walk("assessment", &mut |p, _| paths.push(p.to_string()));
    for (path, value) in paths.iter().zip(scores) {
        let (card, rest) = path.split_once('.').unwrap();
        let leaf = if card == "readiness" {
            a.readiness.at_mut(rest)
        } else {
            a.assessment.at_mut(rest)
        };
        match leaf {
            Some(LeafMut::Score(s)) => s.0 = *value,
            other => panic!("{path}: {other:?}"),
        }
    }
    a
}

fn all(value: Option<u8>) -> Vec<Option<u8>> {
    vec![value; 36]
}

#[test]
fn a_response_link_reads_back_as_the_same_answers() {
    let mut scores: Vec<Option<u8>> = (0..36).map(|i| Some((i % 11) as u8)).collect();
    scores[5] = None;
    let sent = answers("ab12", "Grace Hopper", &scores);
    let link = response_link(BASE, WORKSHOP, &sent);
    assert!(
        link.starts_with(&format!("{BASE}#r=1{WORKSHOP}ab12")),
        "{link}"
    );
    assert!(link.chars().count() <= MAX_RESPONSE_CHARS);
    assert_eq!(read_response(&link, WORKSHOP), Ok(sent.clone()));
    let payload = link.split_once('#').unwrap().1;
    assert_eq!(read_response(payload, WORKSHOP), Ok(sent));
}

#[test]
fn a_long_or_unusual_name_is_cut_to_keep_the_link_within_300_characters() {
    let sent = answers("zz99", &"Zoë 🚀 ".repeat(40), &all(Some(7)));
    let link = response_link(BASE, WORKSHOP, &sent);
    assert!(link.chars().count() <= MAX_RESPONSE_CHARS, "{}", link.len());
    let back = read_response(&link, WORKSHOP).unwrap();
    assert!(back.name.starts_with("Zoë 🚀 Zoë"), "{}", back.name);
    assert!(sent.name.trim().starts_with(&back.name));
    assert_eq!(back.readiness, sent.readiness);
}

#[test]
fn damaged_cut_foreign_out_of_range_and_oversize_responses_are_refused() {
    let sent = answers("ab12", "Ada", &all(Some(4)));
    let link = response_link(BASE, WORKSHOP, &sent);

    assert_eq!(
        read_response(&link, "zzzzzzzz"),
        Err(Refusal::OtherWorkshop)
    );
    let cut = &link[..link.len() - 10];
    assert_eq!(read_response(cut, WORKSHOP), Err(Refusal::Damaged));
    let one_off = link.replacen("#r=1k3x9w2qaab124", "#r=1k3x9w2qaab125", 1);
    assert_ne!(one_off, link);
    assert_eq!(read_response(&one_off, WORKSHOP), Err(Refusal::Damaged));
    assert_eq!(read_response("hello", WORKSHOP), Err(Refusal::NotAResponse));
    assert_eq!(
        read_response(&format!("{link}{}", "x".repeat(2_000)), WORKSHOP),
        Err(Refusal::TooLong)
    );

    // A score of 11 with a check that matches: only a hand-made link can say that.
    let mut eleven = all(Some(4));
    eleven[0] = Some(10);
    let ten = response_link(BASE, WORKSHOP, &answers("ab12", "Ada", &eleven));
    let head = format!("{WORKSHOP}ab12b{}", "4".repeat(35));
    let forged = forge(&head, "Ada");
    assert!(ten.contains("#r=1"));
    assert_eq!(read_response(&forged, WORKSHOP), Err(Refusal::OutOfRange));
}

/// A response with any score characters and a correct check, as only a hand-made link has.
fn forge(head: &str, name: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for b in format!("{head}{name}").bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = hash % 36u32.pow(4);
    let mut check = [b'0'; 4];
    for slot in check.iter_mut().rev() {
        *slot = digits[(n % 36) as usize];
        n /= 36;
    }
    let (ids, scores) = head.split_at(12);
    format!(
        "{BASE}#r=1{ids}{scores}{}{name}",
        String::from_utf8_lossy(&check)
    )
}

#[test]
fn pasted_text_gives_each_response_its_own_verdict() {
    let a = response_link(BASE, WORKSHOP, &answers("aaaa", "Ada", &all(Some(3))));
    let b = response_link(BASE, WORKSHOP, &answers("bbbb", "", &all(Some(9))));
    let other = response_link(BASE, "otherws1", &answers("cccc", "Eve", &all(Some(5))));
    // Sent before a score was filled in: not a participant's view yet.
    let empty = response_link(BASE, WORKSHOP, &answers("dddd", "Di", &all(None)));
    let text = format!("{a}\n\n  {b} {}\t{other} {empty}", &a[..a.len() - 3]);
    let read = read_responses(&text, WORKSHOP);
    let verdicts: Vec<Result<(), Refusal>> =
        read.iter().map(|(_, r)| r.clone().map(|_| ())).collect();
    assert_eq!(
        verdicts,
        [
            Ok(()),
            Ok(()),
            Err(Refusal::Damaged),
            Err(Refusal::OtherWorkshop),
            Err(Refusal::Empty),
        ]
    );
    assert!(
        read_response(&empty, WORKSHOP).is_ok(),
        "the participant's own page reads it back"
    );
    assert_eq!(
        display_name(read[1].1.as_ref().unwrap()),
        "Participant bbbb"
    );
}

#[test]
fn the_words_a_chat_shows_around_pasted_responses_are_passed_over() {
    let a = response_link(BASE, WORKSHOP, &answers("aaaa", "Ada", &all(Some(3))));
    let b = response_link(BASE, WORKSHOP, &answers("bbbb", "Bob", &all(Some(9))));
    let chat = format!(
        "[05/12/2026, 10:42:11] Ada Lovelace: here are mine {a} 👍\n[10:43] Bob: {b}\n(sorry, late) https://example.org/notes"
    );
    let read = read_responses(&chat, WORKSHOP);
    let names: Vec<String> = read
        .iter()
        .map(|(link, r)| format!("{}: {}", display_name(r.as_ref().unwrap()), link.len()))
        .collect();
    assert_eq!(
        names,
        [format!("Ada: {}", a.len()), format!("Bob: {}", b.len())]
    );
    // Punctuation around a link, as a sentence or a mail puts it, is left out; a name's own
    // last full stop is kept.
    let lee = response_link(BASE, WORKSHOP, &answers("cccc", "Lee J.", &all(Some(5))));
    let wrapped = format!("Mine: <{a}>. Bob's ({b}), and {lee}.");
    let names: Vec<String> = read_responses(&wrapped, WORKSHOP)
        .iter()
        .map(|(_, r)| display_name(r.as_ref().unwrap()))
        .collect();
    assert_eq!(names, ["Ada", "Bob", "Lee J."]);
    // Only the payload, as a participant may copy it, still counts.
    let payload = &a[a.find("r=").unwrap()..];
    assert_eq!(read_responses(payload, WORKSHOP).len(), 1);
}

#[test]
fn a_participants_file_gives_its_response_links_and_passes_over_other_words() {
    let ada = answers("aaaa", "Ada Lovelace", &all(Some(3)));
    let a = response_link(BASE, WORKSHOP, &ada);
    let cut = &a[..a.len() - 3];
    let text = format!("My scores, as promised:\r\n{a}\r\n\r\nand again, cut: {cut}\n-- Ada\n");
    assert_eq!(
        read_file("ada.txt", &text, WORKSHOP),
        [
            ("ada.txt, response 1".to_string(), Ok(ada.clone())),
            ("ada.txt, response 2".to_string(), Err(Refusal::Damaged))
        ]
    );
    let one = read_file("ada.txt", &format!("{a}\n"), WORKSHOP);
    assert_eq!(one, [("ada.txt".to_string(), Ok(ada))]);
    assert!(read_file("notes.txt", "Nothing here.\n", WORKSHOP).is_empty());
    assert!(read_file("empty.txt", "", WORKSHOP).is_empty());
    assert_eq!(
        file_name("Ada Lovelace", "aaaa"),
        "response-ada-lovelace.txt"
    );
    assert_eq!(file_name("  ", "b7c9"), "response-participant-b7c9.txt");
}

#[test]
fn the_participant_link_carries_the_workshop_and_the_plan_name_only() {
    let link = participant_link(BASE, WORKSHOP, "Northwind 2027 / Q1 & more");
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(
        read_invitation(fragment),
        Some(Invitation {
            workshop: WORKSHOP.into(),
            plan_name: "Northwind 2027 / Q1 & more".into()
        })
    );
    assert_eq!(read_invitation("join=1short.x"), None);
    assert_eq!(read_invitation("r=1abc"), None);
}

#[test]
fn an_untitled_plans_participant_link_does_not_end_in_a_full_stop() {
    // A chat app leaves a final "." out of the link it makes of the text.
    let link = participant_link(BASE, WORKSHOP, "  ");
    assert_eq!(link, format!("{BASE}#join=1{WORKSHOP}"));
    let untitled = Some(Invitation {
        workshop: WORKSHOP.into(),
        plan_name: String::new(),
    });
    assert_eq!(read_invitation(link.split_once('#').unwrap().1), untitled);
    // As this app wrote it before.
    assert_eq!(read_invitation(&format!("join=1{WORKSHOP}.")), untitled);
}

/// A link put in brackets, or ended with a sentence's mark, in a mail or on a slide.
#[test]
fn marks_written_after_a_participant_link_are_not_read_as_part_of_it() {
    let untitled = Some(Invitation {
        workshop: WORKSHOP.into(),
        plan_name: String::new(),
    });
    for after in [")", ",", "!", ">", "\u{201d}", ")."] {
        assert_eq!(
            read_invitation(&format!("join=1{WORKSHOP}{after}")),
            untitled,
            "{after:?}"
        );
    }
    // A name's own final "." is written encoded, so that it is kept.
    let inc = participant_link(BASE, WORKSHOP, "Acme Inc.");
    assert!(inc.ends_with("Acme%20Inc%2E"), "{inc}");
    assert_eq!(
        read_invitation(&format!("{}.", inc.split_once('#').unwrap().1)).map(|i| i.plan_name),
        Some("Acme Inc.".into())
    );
    let named = participant_link(BASE, WORKSHOP, "Acme Q3 (draft)");
    assert_eq!(
        read_invitation(&format!("{})", named.split_once('#').unwrap().1)).map(|i| i.plan_name),
        Some("Acme Q3 (draft)".into())
    );
    // Pasted into the address bar, a mark the browser encodes: `<link>` in a mail, or a quote.
    for after in ["%3E", "%22", "%3e", "%E2%80%9D", "%3E."] {
        assert_eq!(
            read_invitation(&format!("join=1{WORKSHOP}{after}")),
            untitled,
            "{after:?}"
        );
        let fragment = format!("{}{after}", named.split_once('#').unwrap().1);
        assert_eq!(
            read_invitation(&fragment).map(|i| i.plan_name),
            Some("Acme Q3 (draft)".into()),
            "{after:?}"
        );
    }
}

#[test]
fn a_team_link_opened_by_mistake_is_explained() {
    let damaged = opened_by_mistake("#join=1k3x9").unwrap();
    assert!(damaged.contains("damaged or cut off"), "{damaged}");
    let response = opened_by_mistake("#r=1k3x9w2qa").unwrap();
    assert!(response.contains("Add responses"), "{response}");
    assert_eq!(opened_by_mistake("#plan=1abc"), None);
    assert_eq!(opened_by_mistake("#talent"), None);
}

#[test]
fn the_same_participant_again_replaces_their_earlier_response() {
    let mut team = Team::default();
    add(
        &mut team,
        &answers("aaaa", "Ada", &all(Some(3))),
        "2026-12-03T10:00:00Z",
    );
    add(
        &mut team,
        &answers("bbbb", "Bob", &all(Some(5))),
        "2026-12-03T10:01:00Z",
    );
    add(
        &mut team,
        &answers("aaaa", "Ada", &all(Some(8))),
        "2026-12-03T10:02:00Z",
    );
    assert_eq!(team.responses.len(), 2);
    assert_eq!(team.responses[0].name, "Ada");
    assert_eq!(
        team.responses[0].readiness.product.user_experience,
        Score(Some(8))
    );
    assert_eq!(team.responses[0].received_at.0, "2026-12-03T10:02:00Z");
    assert_eq!(
        answered(&team.responses[0].readiness, &team.responses[0].assessment),
        36
    );
}

#[test]
fn team_figures_match_hand_computed_values() {
    let mut team = Team::default();
    // feature_completeness (first score) from five people: 3, 9, 6, 6, blank.
    // culture_preservation (assessment.organizational, the 28th score): 7, 7, 8, 6, 7.
    let firsts = [Some(3), Some(9), Some(6), Some(6), None];
    let cultures = [7, 7, 8, 6, 7];
    for (i, (first, culture)) in firsts.iter().zip(cultures).enumerate() {
        let mut scores = all(Some(5));
        scores[0] = *first;
        scores[27] = Some(culture);
        add(
            &mut team,
            &answers(&format!("p00{i}"), &format!("P{i}"), &scores),
            "2026-12-03T10:00:00Z",
        );
    }
    let figures = team_scores(&team);
    assert_eq!(figures.participants, 5);
    assert_eq!(figures.items.len(), 36);
    let first = figures
        .item("readiness.product.feature_completeness")
        .unwrap();
    let value = |stat| first.value(stat).unwrap_or_default();
    assert_eq!(value(TeamStat::N), "4");
    assert_eq!(value(TeamStat::Mean), "6");
    assert_eq!(value(TeamStat::Median), "6");
    assert_eq!(value(TeamStat::Min), "3");
    assert_eq!(value(TeamStat::Max), "9");
    assert_eq!(value(TeamStat::Spread), "6");
    assert_eq!(value(TeamStat::Disputed), "true");

    let culture = figures
        .item("assessment.organizational.culture_preservation")
        .unwrap();
    assert_eq!(culture.mean(), Some(7.0));
    assert_eq!(culture.median(), Some(7.0));
    assert_eq!(culture.spread(), Some(2.0));
    assert_eq!(culture.disputed(), Some(false));

    assert_eq!(
        figures.disputed_names(),
        "readiness.product.feature_completeness"
    );
    let untouched = figures.item("readiness.market.brand_recognition").unwrap();
    assert_eq!(untouched.disputed(), Some(false));
}

#[test]
fn figures_are_blank_with_no_answers_and_disputed_needs_two() {
    let figures = team_scores(&Team::default());
    assert_eq!(figures.participants, 0);
    let item = &figures.items[0];
    for stat in TeamStat::ALL {
        assert_eq!(item.value(stat), None, "{stat}");
    }
    let mut team = Team::default();
    add(
        &mut team,
        &answers("aaaa", "Ada", &all(Some(2))),
        "2026-12-03T10:00:00Z",
    );
    let one = team_scores(&team);
    assert_eq!(one.items[0].value(TeamStat::N).as_deref(), Some("1"));
    assert_eq!(one.items[0].value(TeamStat::Disputed), None);
    assert_eq!(one.disputed_names(), "");
}

#[test]
fn disputed_scores_come_widest_first_then_in_worksheet_order() {
    let mut team = Team::default();
    let mut low = all(Some(5));
    let mut high = all(Some(5));
    // Spread 4 on the 2nd and 10th scores, 7 on the 30th, 0 elsewhere.
    for (i, (l, h)) in [(1, (3, 7)), (9, (1, 5)), (29, (2, 9))] {
        low[i] = Some(l);
        high[i] = Some(h);
    }
    add(
        &mut team,
        &answers("aaaa", "A", &low),
        "2026-12-03T10:00:00Z",
    );
    add(
        &mut team,
        &answers("bbbb", "B", &high),
        "2026-12-03T10:00:00Z",
    );
    let figures = team_scores(&team);
    let disputed: Vec<&str> = figures.disputed().iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        disputed,
        [
            "assessment.operational.automation_implementation",
            "readiness.product.technical_stability",
            "readiness.operations.system_automation",
        ]
    );
}

#[test]
fn team_medians_are_written_into_the_plan_rounding_half_points_up() {
    let mut team = Team::default();
    let mut a = all(Some(6));
    let mut b = all(Some(7));
    a[1] = None;
    b[1] = None;
    add(&mut team, &answers("aaaa", "A", &a), "2026-12-03T10:00:00Z");
    add(&mut team, &answers("bbbb", "B", &b), "2026-12-03T10:00:00Z");
    let mut plan = Plan::blank("2026-12-03T10:00:00Z");
    plan.readiness.product.technical_stability = Score(Some(2));
    let set = use_medians(&mut plan, &team_scores(&team));
    assert_eq!(set, 35);
    assert_eq!(plan.readiness.product.feature_completeness, Score(Some(7)));
    assert_eq!(
        plan.readiness.product.technical_stability,
        Score(Some(2)),
        "no one answered it: the plan's own score stays"
    );
    assert_eq!(
        plan.assessment.strategic.execution_capability,
        Score(Some(7))
    );
}

/// Scores `from..from + values.len()` of a response set to `values`.
fn set(scores: &mut [Option<u8>], from: usize, values: &[Option<u8>]) {
    scores[from..from + values.len()].copy_from_slice(values);
}

#[test]
fn dimension_and_area_ranges_count_only_those_who_answered_all_four_items() {
    let s = |v: u8| Some(v);
    let mut ada = all(s(6));
    set(&mut ada, 0, &[s(9), s(7), s(4), s(8)]);
    let mut ben = all(s(5));
    ben[5] = None;
    set(&mut ben, 20, &[None; 4]);
    let mut cy = all(None);
    set(&mut cy, 0, &[s(10), s(10), s(10), s(9)]);
    let mut di = all(None);
    set(&mut di, 4, &[s(2), s(3), s(4), s(5)]);
    set(&mut di, 20, &[s(10); 4]);
    let mut team = Team::default();
    for (name, scores) in [("Ada", ada), ("Ben", ben), ("Cy", cy), ("Di", di)] {
        add(
            &mut team,
            &answers(name, name, &scores),
            "2026-12-03T10:00:00Z",
        );
    }
    let range = |n, min, median, max| {
        Some(GroupRange {
            n,
            min,
            median,
            max,
        })
    };

    let rest = range(2, 5.0, 5.5, 6.0);
    let readiness = readiness_ranges(&team);
    assert_eq!(readiness.participants, 4);
    assert_eq!(
        readiness.groups,
        [
            // Product: Ada 28/4 = 7, Ben 20/4 = 5, Cy 39/4 = 9.75; Di left it blank.
            range(3, 5.0, 7.0, 9.75),
            // Market: Ada 6, Di 14/4 = 3.5; Ben skipped one item.
            range(2, 3.5, 4.75, 6.0),
            // The other three: Ada 6, Ben 5.
            rest,
            rest,
            rest,
        ]
    );
    let rest = range(2, 12.5, 13.75, 15.0);
    let assessment = assessment_ranges(&team);
    assert_eq!(
        assessment.groups,
        [
            // Technical: Ada 24 × 25/40 = 15, Di 40 × 25/40 = 25.
            range(2, 15.0, 20.0, 25.0),
            // The other three: Ada 15, Ben 20 × 25/40 = 12.5.
            rest,
            rest,
            rest,
        ]
    );
    assert!(assessment.any());

    let only_cy = Team {
        responses: vec![team.responses[2].clone()],
        ..Team::default()
    };
    let readiness = readiness_ranges(&only_cy);
    assert_eq!(readiness.groups[0], range(1, 9.75, 9.75, 9.75));
    assert_eq!(readiness.groups[1..], [None; 4]);
    assert!(!assessment_ranges(&only_cy).any());

    let nobody = readiness_ranges(&Team::default());
    assert_eq!((nobody.participants, nobody.groups.len()), (0, 5));
    assert!(!nobody.any());
}

#[test]
fn a_response_mailed_through_outlooks_safe_links_reads_as_the_link_inside() {
    let answers = answers("p001", "Zoë & Ann", &all(Some(7)));
    let link = response_link(BASE, WORKSHOP, &answers);
    let encoded: String = link
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let wrapped = format!(
        "https://eur01.safelinks.protection.outlook.com/?url={encoded}&data=05%7C02%7C&sdata=abc%3D&reserved=0"
    );
    let read = read_responses(&format!("From Ann: {wrapped}"), WORKSHOP);
    assert_eq!(read.len(), 1, "{read:?}");
    assert_eq!(read[0].1.as_ref().map(|a| a.name.as_str()), Ok("Zoë & Ann"));
    // Cut inside the wrapper: damaged, as any cut link.
    let cut = &wrapped[..wrapped.find("&data").unwrap() - 6];
    assert_eq!(read_response(cut, WORKSHOP), Err(Refusal::Damaged));
}

#[test]
fn responses_a_chat_or_a_mail_has_changed_are_read_as_sent() {
    let jose = answers("aaaa", "José Núñez", &all(Some(3)));
    let ada = answers("bbbb", "Ada", &all(Some(9)));
    let (j, a) = (
        response_link(BASE, WORKSHOP, &jose),
        response_link(BASE, WORKSHOP, &ada),
    );
    assert!(j.ends_with("Jos%C3%A9%20N%C3%BA%C3%B1ez"), "{j}");
    let shown = j.replace("Jos%C3%A9%20N%C3%BA%C3%B1ez", "José Núñez");
    let names = |text: &str| -> Vec<Result<String, Refusal>> {
        read_responses(text, WORKSHOP)
            .into_iter()
            .map(|(_, r)| r.map(|a| display_name(&a)))
            .collect()
    };
    let both = || vec![Ok("José Núñez".to_string()), Ok("Ada".to_string())];
    // The name shown decoded, as chats show it, space and all.
    assert_eq!(names(&format!("{shown}\n{a}")), both());
    assert_eq!(
        read_response(&shown.replace(' ', "%20"), WORKSHOP),
        Ok(jose.clone())
    );
    // Written together, with a comma or nothing between.
    assert_eq!(names(&format!("{j},{a}")), both());
    assert_eq!(names(&format!("{j}{a}")), both());
    // An emoji straight after.
    assert_eq!(names(&format!("{j}👍🏽 {a}🙂")), both());
    // Broken over lines by a mail, in the fixed part and in the name.
    let (first, rest) = j.split_at(BASE.len() + 30);
    assert_eq!(names(&format!("{first}\n{rest}\n{a}")), both());
    let (first, rest) = j.split_at(j.len() - 8);
    assert_eq!(names(&format!("{first}\r\n{rest} {a}")), both());
    // What a repair cannot make whole is still refused, and the next link still read.
    let cut = &j[..j.len() - 5];
    assert_eq!(
        names(&format!("{cut} thanks! {a}")),
        vec![Err(Refusal::Damaged), Ok("Ada".to_string())]
    );
    let one_off = j.replacen("#r=1k3x9w2qaaaaa3", "#r=1k3x9w2qaaaaa4", 1);
    assert_eq!(read_response(&one_off, WORKSHOP), Err(Refusal::Damaged));
}

#[test]
fn each_of_many_damaged_links_is_refused_and_the_words_after_them_passed_over() {
    let a = response_link(
        BASE,
        WORKSHOP,
        &answers("aaaa", &"Zoë ".repeat(60), &all(Some(3))),
    );
    let cut = &a[..a.len() - 4];
    let text = format!("{cut} and some words after it\n").repeat(200);
    let read = read_responses(&text, WORKSHOP);
    assert_eq!(read.len(), 200);
    assert!(read.iter().all(|(_, r)| *r == Err(Refusal::Damaged)));
}

/// A participant who sent a response without a name, or under another name, and then sends one
/// again is counted once: the new response takes the earlier one's place.
#[test]
fn a_participants_later_response_replaces_the_one_sent_unnamed_or_under_another_name() {
    let at = "2026-12-03T10:00:00Z";
    let mut team = Team::default();
    add(&mut team, &answers("qze2", "", &all(Some(2))), at);
    add(&mut team, &answers("bbbb", "Bob", &all(Some(8))), at);
    assert_eq!(team.responses[0].name, "Participant qze2");
    // Named now: in place of the unnamed one (add looks for it by the participant's id).
    add(&mut team, &answers("qze2", "Ada", &all(Some(3))), at);
    let names: Vec<&str> = team.responses.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Bob"]);
    // Renamed within one paste: the page passes the name the earlier one went by.
    let renamed = answers("qze2", "Ada Lovelace", &all(Some(9)));
    assert_eq!(
        add_replacing(&mut team, &renamed, at, "Ada"),
        Some("Ada".to_string())
    );
    let names: Vec<&str> = team.responses.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Bob"]);
    assert_eq!(
        team.responses[0].readiness.product.feature_completeness,
        Score(Some(9))
    );
    // Someone new replaces nothing.
    let cy = answers("cccc", "Cy", &all(Some(5)));
    assert_eq!(add_replacing(&mut team, &cy, at, &unnamed(&cy)), None);
    assert_eq!(team.responses.len(), 3);
}
