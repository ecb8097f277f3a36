pub const OTA_BASE: &str = "https://stfirmwareqtgzf4.blob.core.windows.net/ota";
pub const OTA_QUERY: &str = concat!(
    "sv=2026-04-06&spr=https&se=2029-06-30T00%3A00%3A00Z&sr=c&sp=rl",
    "&sig=5DbWB4XySI7OKj58uthWurZ3slCPOsMIdiCEUgplpxQ%3D"
);
pub const SAMPLE_QUERY: &str = concat!("sv=2022-11-02&sr=c&sp=rl", "&sig=xxxx");
