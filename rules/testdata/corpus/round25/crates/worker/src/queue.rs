use std::time::Duration;

const ACCOUNT: &str = "rsqueuetkwx";

pub fn queue_url() -> String {
    format!(
        "https://{0}.queue.core.windows.net/{1}/messages?sv={2}&spr={3}&se={4}&sp={5}&sig={6}",
        ACCOUNT,
        "thumbnails",
        "2026-04-06",
        "https",
        "2028-01-31T00%3A00%3A00Z",
        "raup",
        "7uqXO1RCNEpWBRelhoKHTPO4%2BThjuAyp3a3uxYsb7Ik%3D",
    )
}

pub const POLL: Duration = Duration::from_secs(5);
