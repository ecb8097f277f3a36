package lake

import "net/url"

func CuratedSalesURL() string {
	v := url.Values{
		"sv":  {"2026-02-06"},
		"spr": {"https"},
		"se":  {"2027-09-30T23:59:59Z"},
		"sr":  {"d"},
		"sp":  {"rl"},
		"sdd": {"2"},
		"sig": {"hiN5UZKZzcGA0t7o0EiRdyMsmVcdUIKrt2QVygA83bA="},
	}
	return "https://sajviihziy6kx.dfs.core.windows.net/curated/sales/2026?" + v.Encode()
}
