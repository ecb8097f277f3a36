use std::fmt::Write;
const TABLE_SIG: &str = "SbWKCXTo0D1CK0hkyBXRpdvXAmVAZBO5ErYPAsR0gsw=";
const TABLE_SE: &str = "2029-09-21T14:21:45Z";

pub fn audit_url() -> String {
    format!(
        "https://h9qqpehc.table.core.windows.net/AuditLog?sv=2019-02-02&spr=https&se={se}&sp=rau&tn=AuditLog&sig={sig}",
        se = urlencoding::encode(TABLE_SE),
        sig = urlencoding::encode(TABLE_SIG),
    )
}
