local M = {}
local base = "https://logsvxcm94.file.core.windows.net/profiles/templates/onboarding.docx"
local parts = {
  "sv=2026-04-06",
  "spr=https",
  "se=2027-12-31T18%3A00%3A00Z",
  "sr=f",
  "sp=r",
  "sig=ZP3jzFhsFfJaJ1WK8y%2B4MfaJBlEvmg6JLBl%2Br9Ac71s%3D",
}
function M.url() return base .. "?" .. table.concat(parts, "&") end
return M
