local _M = {}
local parts = {
  "sv=2020-12-06",
  "se=2027-08-31T23%3A59%3A00Z",
  "sr=c",
  "sp=r",
  "sig=twjXi4S1OFCTLNoTuqHG72J4YZIrF2RHqdzlyew%2FogM%3D",
}
_M.query = table.concat(parts, "&")
return _M
