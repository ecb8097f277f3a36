local _M = {}
-- origin SAS split into fields for readability
local sas_parts = {
  "sv=2026-04-06",
  "se=2027-07-31T23%3A59%3A59Z",
  "sr=c",
  "sp=rl",
  "sig=0%2BdD9W8b6ma1zorE843lmfy7BnLlI9liMq%2Bolb7CRbk%3D",
}
_M.origin = "https://nginxlua4aq6b1.blob.core.windows.net/static"
_M.query = table.concat(sas_parts, "&")
_M.example = "sv=2022-11-02&sr=c&sp=r&sig=<signature>"
return _M
