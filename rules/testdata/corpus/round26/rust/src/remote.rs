//! Firmware image source for the handheld scanners.

/// Azure Files SAS URL of the current image. Split with `concat!` to keep rustfmt happy.
pub const FIRMWARE_URL: &str = concat!(
    "https://stlsffw.file.core.windows.net/firmware/scanner/v4.2.1.bin",
    "?sv=2026-04-06",
    "&se=2029-01-01T00%3A00%3A00Z",
    "&sr=f&sp=r",
    "&sig=2yubjLL0u3BMm1IiNr%2Bc",
    "GzZc6USkq9BS83YAJ1aD3e8%3D",
);

/// SHA-256 of v4.2.1.bin, checked after download (base64).
pub const FIRMWARE_SHA256: &str = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";

pub fn firmware_url() -> &'static str {
    FIRMWARE_URL
}
