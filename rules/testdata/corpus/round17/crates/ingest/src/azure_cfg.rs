//! Compile-time defaults for the ingest worker.

/// Read-only SAS for the replay container.
pub const CONTAINER_SAS: &str = "sv=2022-11-02&spr=https&se=2027-12-01T00%3A00%3A00Z&sr=c&sp=rl\
                                     &sig=510j2xC%2FpPQ4h9dnsP3OgY1T17bsMDJwmyiIKvyZMsU%3D";

/// Lake account, kept as JSON so the ops tool can paste it straight in (key comes from LAKE_KEY).
pub const LAKE_JSON: &str = r#"{"account":"fablakeingst3","key_env":"LAKE_KEY","endpoint":"https://fablakeingst3.dfs.core.windows.net"}"#;

#[cfg(test)]
mod tests {
    /// Azurite, see https://learn.microsoft.com/azure/storage/common/storage-use-azurite
    const AZURITE_KEY: &str = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    #[test]
    fn sas_has_sig() {
        assert!(super::CONTAINER_SAS.contains("&sig="));
        assert!(!AZURITE_KEY.is_empty());
    }
}
