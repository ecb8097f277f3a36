use std::time::Duration;

const ACCOUNT: &str = "hollinsetlw9";
const SAS: &str = concat!(
    "sv=2026-02-06&se=2028-03-15T12%3A00%3A00Z&sr=b&sp=r",
    "&sig=MZbdUxT6d7bBkiTEXw4N47U2ed2cm8kD4JWHyz0ZeNc%3D"
);
const SCRATCH_SAS: &str = "sv=2026-02-06&sr=b&sp=r&sig=...";

pub fn lake_url(path: &str) -> String {
    format!("https://{ACCOUNT}.dfs.core.windows.net/bronze/{path}?{SAS}")
}
