//! where the OTA agent downloads firmware from

const ACCOUNT: &str = "st9t6thoxs4im7";
const SAS_VERSION: &str = "2026-04-06";
const SAS_EXPIRY: &str = "2027-11-04T08%3A00%3A00Z";
const SAS_PERMS: &str = "r";
const SAS_SIG: &str = "KyDBb2I6et73oYHKQ9O7UGEFhoCgcWdC3xVzWgRNUS0%3D";
const IMAGE_SHA256: &str = "B/erR2vDqD+tY500oBLLSl+FlEHw0kwRYnypZpaDkBI=";

pub fn firmware_url(version: &str) -> String {
    format!(
        "https://{0}.blob.core.windows.net/firmware/ota/gw-{1}.bin?sv={2}&spr=https&se={3}&sr=b&sp={4}&sig={5}",
        ACCOUNT, version, SAS_VERSION, SAS_EXPIRY, SAS_PERMS, SAS_SIG
    )
}
