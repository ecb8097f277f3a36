-- DLC manifests are served straight from blob storage
local M = {}

M.base = "https://wtgameassets1.blob.core.windows.net/dlc"

local sas = table.concat({
  "sv=2022-11-02",
  "spr=https",
  "se=2028-01-31T00%3A00%3A00Z",
  "sr=c",
  "sp=rl",
  "sig=f%2FcOiOfp8M6FaqnC0YaVKlWlc6oGuFJBgdEPTz0SiC0%3D",
}, "&")

-- per-title override, signature filled in by the launcher
local sas_template = "sv=2022-11-02&spr=https&se=%s&sr=c&sp=rl&sig=%s"

function M.url(path)
  return M.base .. "/" .. path .. "?" .. sas
end

return M
