package storage

import "time"

// reportsShareSAS lets the reporting job read the Azure Files share.
const reportsShareSAS = "https://st9khb1keege.file.core.windows.net/reports?sv=2026-04-06&se=2026-12-15T00%3A00%3A00Z&sr=s&sp=rl&sig=nd6uXQirvRffr5lFLF5N3gOm3Ae57Aa6tYc5SgZ3ce8%3D"

type Config struct {
	AccountName string
	AccountKey  string
	Container   string
	Timeout     time.Duration
}

var defaultConfig = Config{
	AccountName: "stgo52oso6krnr",
	AccountKey:  "EytGWCjgbhgeYLmWqnfPKqwEkLo6Orp9xzO3jCxz2KGi74I0p2HVD5TPWOQQY/LJkerCqITl5tRPjdXaM8ZV9g==",
	Container:   "ingest",
	Timeout:     30 * time.Second,
}
