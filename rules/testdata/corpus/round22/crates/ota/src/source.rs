//! Where the OTA agent downloads firmware images from.

/// Base URL of the firmware container.
pub const FIRMWARE_BASE: &str = "https://wtfirmware8.blob.core.windows.net/images";

/// Read-only account SAS baked into the agent (rotated with each major release).
pub const FIRMWARE_SAS: &str = concat!(
    "sv=2022-11-02",
    "&ss=b",
    "&srt=o",
    "&spr=https",
    "&st=2026-11-01T00%3A00%3A00Z",
    "&se=2029-01-01T00%3A00%3A00Z",
    "&sp=r",
    "&sig=R2%2F1XQaAiy%2B5oxEVVzi5wstbLc0PElQ1vGUj4N%2FugeE%3D",
);

/// Integrity of the bootstrap image, checked before flashing.
pub const BOOTSTRAP_INTEGRITY: &str = "sha512-FLLC3eODsoWLMrjlBFtxG6G8yIBuS4uVuHxo4jIwnNQZVWMKXq/ea9jwqbAXmKLQvEriDerazPlJRVj0RY6jiA==";

pub fn image_url(name: &str) -> String {
    format!("{}/{}?{}", FIRMWARE_BASE, name, FIRMWARE_SAS)
}
