use std::fmt::Write;

const SAS_VERSION: &str = "2022-11-02";
const SAS_EXPIRY: &str = "2027-09-30T00%3A00%3A00Z";
const SAS_PERMS: &str = "rcw";
const SAS_SIG: &str = "25qNhyJUu18fJ94%2FpNIJi81%2BDCDz72fF0fHg%2BKdBEzE%3D";

pub fn upload_url(account: &str, path: &str) -> String {
    format!(
        "https://{0}.blob.core.windows.net/sync/{1}?sv={2}&se={3}&sr=c&sp={4}&sig={5}",
        account, path, SAS_VERSION, SAS_EXPIRY, SAS_PERMS, SAS_SIG
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn builds() {
        let u = super::upload_url("rustsync78716c", "a.bin");
        assert!(u.contains("sig="));
        // fixture signature, not a real one
        let _fixture = "sv=2022-11-02&sr=c&sp=r&se=2027-01-01&sig=FIXTURE_SIGNATURE";
    }
}
