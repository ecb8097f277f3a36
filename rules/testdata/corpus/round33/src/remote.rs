use std::time::Duration;

const ACCOUNT: &str = "arch71h23krlsg2";
const SAS_VERSION: &str = "2026-04-06";
const SAS_EXPIRY: &str = "2028-03-31T00:00:00Z";
const SAS_SIG: &str = "AeETodkXCdBVhx4YvTxbu1uUWm3BjUAnzknAbZUwjBI=";

pub fn container_url(container: &str) -> String {
    format!(
        "https://{0}.blob.core.windows.net/{1}?sv={2}&ss=b&srt=sco&sp=rwdl&se={3}&spr=https&sig={4}",
        ACCOUNT, container, SAS_VERSION, SAS_EXPIRY, urlencoding::encode(SAS_SIG)
    )
}
