package lake

import (
	"net/url"
)

// Account SAS for stlsflake02, split into fields so the query can be
// rebuilt with a different resource path per request.
const (
	sasVersion       = "2026-04-06"
	sasServices      = "bq"
	sasResourceTypes = "sco"
	sasPermissions   = "rl"
	sasExpiry        = "2027-12-31T23:00:00Z"
	sasProtocol      = "https"
	sasSignature     = "+BAM5dHKgAqLETjqS5s3bIzSQ8uL+v0oSJdIjnKc3JA="
)

func sasQuery() string {
	v := url.Values{}
	v.Set("sv", sasVersion)
	v.Set("ss", sasServices)
	v.Set("srt", sasResourceTypes)
	v.Set("sp", sasPermissions)
	v.Set("se", sasExpiry)
	v.Set("spr", sasProtocol)
	v.Set("sig", sasSignature)
	return v.Encode()
}

func BlobURL(container, name string) string {
	return "https://stlsflake02.blob.core.windows.net/" + container + "/" + name + "?" + sasQuery()
}
