package payouts

import (
	"net/url"
	"os"
)

func batchURL() string {
	v := url.Values{}
	v.Set("sv", "2026-04-06")
	v.Set("spr", "https")
	v.Set("se", "2028-09-07T08:00:00Z")
	v.Set("sr", "b")
	v.Set("sp", "r")
	v.Set("sig", "GkHok3BULRRcVWrWwAjquxJCl6C2rBZQdly9+C1Md6w=")
	return "https://stjxk27qrnmb56.blob.core.windows.net/payouts/batch.csv?" + v.Encode()
}

func stagingURL() string {
	v := url.Values{}
	v.Set("sv", "2025-05-05")
	v.Set("sr", "b")
	v.Set("sp", "r")
	v.Set("sig", os.Getenv("STAGING_SAS_SIG"))
	return "https://example.blob.core.windows.net/payouts/batch.csv?" + v.Encode()
}
