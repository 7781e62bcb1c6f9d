#![cfg(not(target_arch = "wasm32"))]
//! The participant link's QR code: the SVG drawn by `share::qr`, rasterised and read back by a
//! QR decoder (`rqrr`), gives the link again.

use scaling_planner::share::qr::{self, Grid, QUIET_ZONE};

/// Pixels per module in the rasterised image.
const SCALE: usize = 4;

/// A link of `len` characters, shaped like a participant link: an origin, a path and a fragment
/// of base64url data.
fn link(len: usize) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut url = String::from("https://planner.example.org/scaling-planner/#join=");
    let mut seed: u32 = 0x9e37_79b9;
    while url.len() < len {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        url.push(B64[(seed % 64) as usize] as char);
    }
    url.truncate(len);
    url
}

/// The side of the SVG's `viewBox`, checking the attribute's shape on the way.
fn view_side(svg: &str) -> usize {
    let start = svg.find(r#"viewBox="0 0 "#).expect("a viewBox from 0 0") + 13;
    let rest = &svg[start..];
    let value = &rest[..rest.find('"').unwrap()];
    let (w, h) = value.split_once(' ').expect("viewBox width and height");
    assert_eq!(w, h, "a square viewBox");
    w.parse().expect("a whole number of modules")
}

/// The dark modules of the SVG's one path, in the SVG's own coordinates (quiet zone included):
/// the path is made of row runs `M{x} {y}h{n}v1h-{n}`.
fn dark_modules(svg: &str) -> Vec<(usize, usize)> {
    let start = svg.find(r#" d=""#).expect("a path") + 4;
    let d = &svg[start..start + svg[start..].find('"').unwrap()];
    let mut out = Vec::new();
    for run in d.split('M').skip(1) {
        let (head, tail) = run.split_once('h').expect("a run");
        let (x, y) = head.split_once(' ').expect("x and y");
        let (n, back) = tail.split_once("v1h-").expect("a row of height 1");
        assert_eq!(n, back, "the run closes where it started");
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        assert!(n > 0);
        out.extend((x..x + n).map(|x| (x, y)));
    }
    out
}

/// The SVG rasterised to a greyscale image (`SCALE` pixels per module), read by `rqrr`.
fn decode(svg: &str) -> String {
    let side = view_side(svg);
    let px = side * SCALE;
    let mut image = vec![255u8; px * px];
    for (x, y) in dark_modules(svg) {
        for dy in 0..SCALE {
            let row = (y * SCALE + dy) * px;
            image[row + x * SCALE..row + (x + 1) * SCALE].fill(0);
        }
    }
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| image[y * px + x]);
    // In a large code, rqrr may also take some alignment patterns for a grid of their own; those
    // do not decode.
    let texts: Vec<String> = prepared
        .detect_grids()
        .iter()
        .filter_map(|grid| grid.decode().ok())
        .map(|(_, text)| text)
        .collect();
    assert_eq!(texts.len(), 1, "one QR code read from the image");
    texts.into_iter().next().unwrap()
}

fn round_trip(text: &str) -> usize {
    let svg = qr::svg(text).expect("the text fits a QR code");
    assert_eq!(decode(&svg), text);
    Grid::encode(text).unwrap().size()
}

#[test]
fn a_short_link_reads_back() {
    round_trip("https://planner.example.org/");
    round_trip(&link(60));
}

#[test]
fn a_link_of_300_characters_reads_back_from_a_code_that_still_scans_from_a_screen() {
    let size = round_trip(&link(300));
    // Level M: version 13 (69 modules); version 15 (77 modules) would start to be hard to scan
    // from the back of a room.
    assert!(size <= 69, "{size} modules for 300 characters");
}

#[test]
fn a_link_of_2000_characters_reads_back() {
    round_trip(&link(2000));
}

#[test]
fn text_beyond_ascii_reads_back() {
    round_trip("https://planner.example.org/#team=Équipe%20Zürich&note=café ☕");
}

#[test]
fn text_too_long_for_a_qr_code_gives_none() {
    // Level M holds 2,331 bytes in byte mode (version 40).
    let most = "a".repeat(2331);
    assert!(qr::svg(&most).is_some());
    assert_eq!(Grid::encode(&most).unwrap().size(), 177);
    assert_eq!(qr::svg(&"a".repeat(2332)), None);
    assert_eq!(qr::svg(&link(5000)), None);
    assert_eq!(Grid::encode(&link(5000)), None);
}

#[test]
fn the_svg_is_standalone_compact_and_black_on_white() {
    let text = link(300);
    let svg = qr::svg(&text).unwrap();
    let grid = Grid::encode(&text).unwrap();
    assert!(
        svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" "#),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("<svg").count(), 1);
    assert_eq!(
        svg.matches("<path").count(),
        1,
        "one path for all dark modules"
    );
    assert!(svg.contains(r#"shape-rendering="crispEdges""#));
    assert!(svg.contains(r##"fill="#000""##));
    assert!(svg.contains(
        r##"<rect width="{n}" height="{n}" fill="#fff"/>"##
            .replace("{n}", &(grid.size() + 8).to_string())
            .as_str()
    ));
    // Well-formed: every element is closed, and no character needs escaping.
    assert_eq!(svg.matches('<').count(), 4);
    assert_eq!(svg.matches("/>").count() + svg.matches("</").count(), 3);
    assert!(!svg.contains('&'));
    // The viewBox counts modules: the code and a quiet zone of 4 on each side.
    assert_eq!(QUIET_ZONE, 4);
    assert_eq!(view_side(&svg), grid.size() + 2 * QUIET_ZONE);
}

#[test]
fn the_path_draws_exactly_the_dark_modules_and_leaves_the_quiet_zone_light() {
    let grid = Grid::encode(&link(300)).unwrap();
    let svg = grid.to_svg();
    let mut drawn = dark_modules(&svg);
    drawn.sort();
    let before = drawn.len();
    drawn.dedup();
    assert_eq!(drawn.len(), before, "no module drawn twice");
    let n = grid.size();
    let mut expected: Vec<(usize, usize)> = (0..n)
        .flat_map(|x| (0..n).map(move |y| (x, y)))
        .filter(|&(x, y)| grid.is_dark(x, y))
        .map(|(x, y)| (x + QUIET_ZONE, y + QUIET_ZONE))
        .collect();
    expected.sort();
    assert_eq!(drawn, expected);
    // The finder pattern's corner, top left, is dark; outside the code is light.
    assert!(grid.is_dark(0, 0));
    assert!(!grid.is_dark(n, 0) && !grid.is_dark(0, n));
}

#[test]
fn the_same_text_gives_the_same_svg() {
    let text = link(300);
    assert_eq!(qr::svg(&text), qr::svg(&text));
    assert_ne!(qr::svg(&text), qr::svg(&link(301)));
}
