package main

import (
	"fmt"
	"os"
	"strings"
)

const account = "gouploadsdr43"

var sasParts = []string{
	"sv=2021-08-06",
	"ss=b",
	"srt=co",
	"sp=rwac",
	"se=2027-12-31T00%3A00%3A00Z",
	"sig=" + "DNYy5MJK9hrWwtzMHNrfmBLBgKUcA3bPRv9MO5frBqc%3D",
}

func containerURL(container string) string {
	return fmt.Sprintf("https://%s.blob.core.windows.net/%s?%s", account, container, strings.Join(sasParts, "&"))
}

func stagingURL(container string) string {
	parts := []string{"sv=2021-08-06", "ss=b", "srt=co", "sp=rl", "sig=" + os.Getenv("STAGING_SIG")}
	return fmt.Sprintf("https://%s.blob.core.windows.net/%s?%s", os.Getenv("STAGING_ACCOUNT"), container, strings.Join(parts, "&"))
}
