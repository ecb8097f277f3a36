//! Compile-time defaults for the metrics agent.

pub const METRICS_HUB_TOKEN: &str = "SharedAccessSignature sr=https%3A%2F%2Fsb-tb42ikd.servicebus.windows.net%2Fmetrics&sig=daD%2FthJW0q0o1SCF5QXwGkXF33GMo7ORB6IU70NsdeA%3D&se=1826841600&skn=publisher";

pub const COSMOS_ENDPOINT: &str = "https://cosmos-3z94bet2.documents.azure.com:443/";
pub const COSMOS_KEY: &str = concat!(
    "zQep3F3kHa4mMP8dbsbdK1S1wQp3qS",
    "suWdQiswASKdeUFHnWWF68HDmWd0NA",
    "MBVxzmoPdvSvLeWHo22RqIQ5SA=="
);

/// Example only; never signed.
pub const EXAMPLE_TOKEN: &str = "SharedAccessSignature sr=<uri>&sig=<signature>&se=<expiry>&skn=<keyname>";
pub const BUILD_SHA512: &str = "sha512-krgeGiDv6upt9IwpliPDl0USLTyTg4eASjUavV6k8hFH2fVawvKxOInOY1hxkAAGRtGUW+c/oBJ7IeC9d7Muig==";
