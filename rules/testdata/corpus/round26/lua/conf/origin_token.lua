-- OpenResty: append the origin SAS when proxying /static/* to blob storage
local _M = {}

local origin = "https://stlsfcdnorigin.blob.core.windows.net/static"

local parts = {
  "sv=2026-04-06",
  "se=2029-01-01T00%3A00%3A00Z",
  "sr=c",
  "sp=r",
  "sig=zbI3G4XXIz6IDH2ZoMxErSk2tD7Xt9DsFUwS2HFXl%2BA%3D",
}
local query = table.concat(parts, "&")

function _M.rewrite()
  ngx.var.upstream_url = origin .. ngx.var.uri:sub(#"/static" + 1) .. "?" .. query
end

return _M
