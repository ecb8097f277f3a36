        private static string SanitizeConnectionString(string connectionString)
        {
            connectionString = connectionString.Replace("AccountKey=Sanitized", "AccountKey=Kg==;");
            return connectionString;
        }

        /// Marked as secret to prevent token disclosure in recordings.
        public string IngestionSasToken => GetRecordedVariable("PLANETARYCOMPUTER_INGESTION_SAS_TOKEN", options => options.IsSecret("sv=2021-01-01&st=2020-01-01T00:00:00Z&se=2099-12-31T23:59:59Z&sr=c&sp=rl&sig=Sanitized"));
