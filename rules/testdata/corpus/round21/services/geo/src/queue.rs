//! Geocode request queue consumer.
use std::time::Duration;

pub const QUEUE_URL: &str = "https://hlgeoqueue2.queue.core.windows.net/geocode-requests";

/// Read + process SAS for the consumer (rotated by ops quarterly).
pub const QUEUE_SAS: &str = concat!(
    "sv=2021-12-02",
    "&spr=https",
    "&se=2027-11-30T00%3A00%3A00Z",
    "&sp=rp",
    "&sig=t6jCTRvTctSTrZAXGen%2F%2BgCpW%2BrMOIdxeqKoA%2FMeY9A%3D",
);

/// sha256 of the geocoder model bundle, checked at startup.
pub const MODEL_SHA256: &str = "PA5I2O6/Zb1D6PiTVIdpAo4tdgFiqekgykpa0ZAfKjw=";

pub fn poll_interval() -> Duration {
    Duration::from_millis(750)
}
