local _M = {}

local ORIGIN = "https://stk060uauqr2hy.blob.core.windows.net/assets"
-- stored access policy "cdn-read" on the container
local SAS = "sv=2026-04-06&spr=https&si=cdn-read&sr=c" ..
            "&sig=rGmrCAcPsaGid28EX7HD1ZnQD%2BxoI0D4woMS1bU53Lg%3D"

function _M.rewrite(uri)
  return ORIGIN .. uri .. "?" .. SAS
end

return _M
