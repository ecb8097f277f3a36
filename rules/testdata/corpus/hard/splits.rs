pub const SAS: &str = concat!(
    "https://mediajsw0o9k1udf3.blob.core.windows.net/backups/reports/annual%20report.pdf?sv=2023-08-03&spr=https&st=2026-11-08T21%3A00%3A00Z&",
    "se=2026-11-25T17%3A16%3A46Z&sr=b&sp=rwdxtm&sig=F7LPvV55keAZ%2BLBCiAwZNXZ4nRxqF9nhIaO5Sx8qT%2F0%3D"
);
