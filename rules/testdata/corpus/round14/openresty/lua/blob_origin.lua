-- openresty: rewrite /assets/* to blob origin with a read SAS
local SAS = [[sv=2026-04-06&se=2031-01-01T08%3A00%3A00Z&sip=10.20.0.0-10.20.255.255&sr=c&sp=r&sig=s1Uqhn%2FKbGVLagaf13lc4dssFh84u8cigjpaFfSgn%2F8%3D]]
local NONCE_SEED = "TzxhgnIUvwrUVYWmzi/dMIyFdbhXzGwQiqqQ1DqwxLM="

local function rewrite()
  ngx.var.upstream_uri = ngx.var.uri .. "?" .. SAS
end

return { rewrite = rewrite }
