//! The four bands of a scorecard's total.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    NotReady,
    Emerging,
    Ready,
    ScaleReady,
}

impl Band {
    pub fn key(self) -> &'static str {
        match self {
            Band::NotReady => "not-ready",
            Band::Emerging => "emerging",
            Band::Ready => "ready",
            Band::ScaleReady => "scale-ready",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::NotReady => "Not ready",
            Band::Emerging => "Emerging",
            Band::Ready => "Ready",
            Band::ScaleReady => "Scale-ready",
        }
    }
}

/// The band for a percentage of a scorecard's maximum.
pub fn band(percent: f64) -> Band {
    if percent >= 85.0 {
        Band::ScaleReady
    } else if percent >= 70.0 {
        Band::Ready
    } else if percent >= 40.0 {
        Band::Emerging
    } else {
        Band::NotReady
    }
}
