package export

import "net/url"

var sasQuery = url.Values{"sv": {"2020-08-04"}, "spr": {"https"}, "se": {"2026-11-22T02:17:26Z"}, "sr": {"b"}, "sp": {"awdxmei"}, "sig": {"nWEZtU+0lIqeWjCkmAq38PdlnI2Rk6EQAJWkkOwJxi4="}}
