//! OTA download locations baked into the 3.2 gateway image.

pub const FW_URL: &str = concat!(
    "https://stnwotafw.blob.core.windows.net/firmware/gw4100/3.2.1/fw.bin?",
    "sv=2026-04-06",
    "&se=2029-01-01T00%3A00%3A00Z",
    "&sr=b",
    "&sp=r",
    "&sig=Mj4ld9mYbBTudyXhZ5eBifRsyqUEbWET5ysBsv7BF58%3D",
);

pub const MANIFEST_URL: &str = "https://stnwotafw.blob.core.windows.net/firmware/gw4100/manifest.json?sv=2026-04-06&se=2029-01-01T00%3A00%3A00Z&sr=b&sp=r\
    &sig=DNOEvZ1JJepiU%2FpznKqSY3v9sQiXus6%2BMpoHQiVnGUE%3D";

/// Documented shape for the field engineers' guide.
pub const EXAMPLE: &str = "https://stnwotafw.blob.core.windows.net/firmware/<model>/<ver>/fw.bin?sv=2026-04-06&sr=b&sp=r&sig=<signature>";
