local _M = {}

local base = "https://gwstaticdtca.blob.core.windows.net/static"
_M.static_sas = "sv=2021-08-06&se=2027-07-15T00%3A00%3A00Z&sr=c&sp=rl" .. "&sig=" .. "4tJJyFBdCQY3BSeASAlYxj4kE97lp%2FsyHnS5cr13Jzg%3D"

function _M.cache_key(uri)
  return ngx.encode_base64(ngx.sha1_bin(uri))  -- e.g. djRimWQcg89Gtps3VR0G5/wHewE=
end

return _M
