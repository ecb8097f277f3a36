package export

import "net/url"

func exportQuery() string {
	v := url.Values{}
	v.Set("sv", "2026-04-06")
	v.Set("spr", "https,http")
	v.Set("se", "2028-03-01T12:00:00Z")
	v.Set("sr", "c")
	v.Set("sp", "rl")
	v.Set("sig", "INQ4LyZemT8X5oda3dHTER8s/9CftFCKU2tfE1AQQCA=")
	return v.Encode()
}

func exampleQuery() string {
	v := url.Values{}
	v.Set("sv", "2022-11-02")
	v.Set("sig", "<signature>")
	return v.Encode()
}
