//! Seeds the OTA catalogue for the bench rig.
use std::env;

const FIRMWARE_BASE: &str = "https://rsfw5grmzl.blob.core.windows.net/firmware";
const FIRMWARE_SAS: &str = concat!(
    "sv=2026-04-06&se=2028-06-30T08%3A00%3A00Z&sr=c&sp=rl",
    "&sig=CLYIR9xPSdSiKngVWZGQHnZ3chg7wkYSNVjMk1vX1Tk%3D"
);
const PLACEHOLDER: &str = "sv=2024-11-04&sr=c&sp=rl&se=2099-01-01T00:00:00Z&sig=REPLACE_ME";

fn main() {
    let url = format!("{}/{}?{}", FIRMWARE_BASE, env::args().nth(1).unwrap(), FIRMWARE_SAS);
    println!("{url}");
}
