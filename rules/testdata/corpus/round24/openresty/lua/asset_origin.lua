-- Rewrites /assets/* to the private origin container.
local _M = {}

local ORIGIN = "https://stnwcdnorigin.blob.core.windows.net/assets"
local SAS = table.concat({
  "sv=2026-04-06",
  "spr=https",
  "se=2029-01-01T00%3A00%3A00Z",
  "sr=c",
  "sp=rl",
  "sig=ioAyIVtALrASNjZxBm7s3AOndJjRrgbgOxmKgmj5Mp0%3D",
}, "&")

-- kept for reference: how the old CDN rule looked (signature removed)
local OLD_SAS = table.concat({ "sv=2021-08-06", "sr=c", "sp=rl", "se=2026-12-31T00:00:00Z", "sig=" }, "&")

function _M.rewrite(uri)
  return ORIGIN .. uri:gsub("^/assets", "") .. "?" .. SAS
end

return _M
