-- :checkhealth sasguard: is setup() called, can the server run, is it running.

local M = {}

-- Neovim 0.10 has vim.health.{start,ok,warn,error}; 0.7-0.9 have
-- require("health").report_*.
local function reporter()
  local h = vim.health
  if h and h.start then
    return h
  end
  local legacy = require("health")
  return {
    start = legacy.report_start,
    ok = legacy.report_ok,
    warn = legacy.report_warn,
    error = legacy.report_error,
    info = legacy.report_info,
  }
end

function M.check()
  local health = reporter()
  local sasguard = require("sasguard")
  health.start("sasguard")

  local cfg = sasguard.config()
  if not cfg then
    health.error('setup() has not run: add require("sasguard").setup() to your config')
    return
  end
  health.ok("setup() ran; root markers: " .. table.concat(cfg.root_markers, ", "))

  if type(cfg.cmd) == "table" then
    local exe = vim.fn.exepath(cfg.cmd[1])
    if exe == "" then
      health.error(
        ("cannot run %q"):format(cfg.cmd[1]),
        { "go install github.com/sasguard/sasguard/cmd/sasguard@latest", "or pass cmd = { \"/path/to/sasguard\", \"lsp\" } to setup()" }
      )
      return
    end
    local out = vim.fn.system({ exe, "version" })
    if vim.v.shell_error ~= 0 then
      health.error(("%s version failed: %s"):format(exe, vim.trim(out)))
      return
    end
    health.ok(("%s: %s"):format(exe, vim.trim(out)))
  end

  local running = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, c in ipairs(all) do
    if c.name == cfg.name then
      table.insert(running, ("%s (client %d)"):format(c.config.root_dir or "?", c.id))
    end
  end
  if #running > 0 then
    health.info("running for: " .. table.concat(running, ", "))
  else
    health.info("no server running yet: it starts when you open a file under a root marker")
  end
end

return M
