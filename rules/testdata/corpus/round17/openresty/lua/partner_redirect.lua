local M = {}

-- legacy mirror, expired in the spring but still referenced by v1 clients
local LEGACY = [[https://fabmirrorold1.blob.core.windows.net/dl?sv=2020-08-04&spr=https&se=2025-05-01T00%3A00%3A00Z&sr=c&sp=r&sig=JXPaHewyhpa9dAmnxoniwkvyc%2BjiR1KHKfA7y6daqJg%3D]]

local BASE = "https://fabmirrornew4.blob.core.windows.net/dl/"
local SAS = "sv=2022-11-02&spr=https&se=2028-07-01T00%3A00%3A00Z&sr=c&sp=r&si" ..
            "g=3NPbPmD4i%2BqBhZB5%2BytlHb%2FNbpECcJqZY%2BF9ePITTjI%3D"

-- HMAC-SHA256 of the request path (our own edge auth), NOT an Azure signature
local PATH_SIG = "05b9a57f214811e31838989e169e0bb912700d801500a3f747534288bf8338a9"

function M.redirect(path, legacy)
  if legacy then
    return ngx.redirect(LEGACY, 302)
  end
  return ngx.redirect(BASE .. ngx.escape_uri(path) .. "?" .. SAS, 302)
end

return M
