//! A text (the participant link) as a QR code, drawn as a standalone SVG for the room's screen.
//!
//! Error correction is medium (level M, about 15 % of the code may be lost): a link of ~300
//! characters is a version 13 code (69 × 69 modules), which still scans from a projected screen,
//! and a smudge, a glare or a low-contrast projector is forgiven (level L would save only two
//! versions there: 61 × 61). When the text leaves room in the same version, the encoder raises the
//! level for free. Level M holds up to 2,331 bytes, so a link of 2,000 characters fits (version
//! 38, 169 × 169); a longer text gives `None`.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// Light modules around the code, as the QR specification asks, so a phone finds its edges.
pub const QUIET_ZONE: usize = 4;

/// The modules of a QR code: `size` × `size`, dark or light, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    size: usize,
    dark: Vec<bool>,
}

impl Grid {
    /// The QR code of `text`, or `None` when the text is too long for one.
    ///
    /// The text is one segment in byte mode (UTF-8), which is what a link needs; leaving out the
    /// encoder's choice of numeric or alphanumeric mode (for texts of digits or capitals only)
    /// keeps ~0.8 KB gzip out of the wasm.
    pub fn encode(text: &str) -> Option<Grid> {
        let segment = QrSegment::make_bytes(text.as_bytes());
        let code = QrCode::encode_segments_advanced(
            &[segment],
            QrCodeEcc::Medium,
            Version::MIN,
            Version::MAX,
            None,
            true,
        )
        .ok()?;
        let n = code.size();
        let dark = (0..n)
            .flat_map(|y| (0..n).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(Grid {
            size: n as usize,
            dark,
        })
    }

    /// Modules per side, without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` (from the top left, without the quiet zone) is
    /// dark; `false` outside the code.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The code as a standalone SVG: black on white, one unit per module, the quiet zone
    /// included, every dark module in one path of row runs.
    pub fn to_svg(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        let mut path = String::with_capacity(self.size * self.size);
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                // One row of `run` modules; the fill closes each subpath.
                let _ = write!(
                    path,
                    "M{} {}h{run}v1h-{run}",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                );
            }
        }
        format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" "#,
                r#"shape-rendering="crispEdges">"#,
                r##"<rect width="{side}" height="{side}" fill="#fff"/>"##,
                r##"<path fill="#000" d="{path}"/></svg>"##
            ),
            side = side,
            path = path
        )
    }
}

/// `text` as a QR code in a standalone SVG (see [`Grid::to_svg`]), or `None` when the text is
/// too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    Grid::encode(text).map(|grid| grid.to_svg())
}
