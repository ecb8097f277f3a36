-- sasguard for Neovim: starts `sasguard lsp` for buffers inside a repository,
-- so Azure SAS tokens and storage keys show up as diagnostics with quick-fixes.
--
-- One code path per generation of Neovim's LSP API:
--   0.11+     vim.lsp.config + vim.lsp.enable (users can refine the config with
--             vim.lsp.config("sasguard", {...}) and see it in :checkhealth vim.lsp)
--   0.8-0.10  vim.lsp.start from our own autocmd
--   0.7       vim.lsp.start_client + vim.lsp.buf_attach_client, one client per root
-- On every version the root is the nearest directory holding one of
-- root_markers, and a buffer outside any root gets no server.

local M = {}

local api = vim.api
local uv = vim.uv or vim.loop

local INSTALL = "go install github.com/sasguard/sasguard/cmd/sasguard@latest"

M.defaults = {
  -- Client name; also the vim.lsp.config name on 0.11+.
  name = "sasguard",
  -- The server command. Extra flags go after "lsp", e.g. { "sasguard", "lsp", "--config", "ci/sasguard.toml" }.
  cmd = { "sasguard", "lsp" },
  -- nil attaches to every file: secrets hide in any file type.
  filetypes = nil,
  -- The nearest directory holding one of these is the root; none means no server.
  root_markers = { ".sasguard.toml", ".git" },
  -- Passed through to the client as they are.
  on_attach = nil,
  capabilities = nil,
  settings = nil,
  init_options = nil,
  handlers = nil,
  flags = nil,
}

local config -- the effective options once setup() ran
local roots = {} -- root -> client id, for Neovim 0.7, which has no vim.lsp.start
local augroup

local function uses_enable()
  return type(vim.lsp.config) == "table" and type(vim.lsp.enable) == "function"
end

local function notify(msg, level)
  vim.notify("sasguard: " .. msg, level or vim.log.levels.ERROR)
end

-- is_stopped works on 0.7, where client methods are closures, and on 0.11+,
-- where vim.lsp.client_is_stopped is deprecated in favour of client:is_stopped().
local function is_stopped(id)
  local client = vim.lsp.get_client_by_id(id)
  return client == nil or client:is_stopped()
end

local function get_clients()
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local mine = {}
  for _, c in ipairs(all) do
    if config and c.name == config.name then
      table.insert(mine, c)
    end
  end
  return mine
end

-- validate checks one option's type and says which option is wrong and what
-- it should be, rather than failing later inside the LSP client.
local function validate(opts)
  local want = {
    name = "string",
    cmd = { "table", "function" },
    filetypes = "table",
    root_markers = "table",
    on_attach = "function",
    capabilities = "table",
    settings = "table",
    init_options = "table",
    handlers = "table",
    flags = "table",
  }
  for key, value in pairs(opts) do
    local types = want[key]
    if types == nil then
      local known = vim.tbl_keys(want)
      table.sort(known)
      error(("sasguard.setup: unknown option %q (known: %s)"):format(key, table.concat(known, ", ")), 3)
    end
    types = type(types) == "table" and types or { types }
    if not vim.tbl_contains(types, type(value)) then
      error(("sasguard.setup: option %q must be a %s, got %s"):format(key, table.concat(types, " or "), type(value)), 3)
    end
  end
  if type(opts.cmd) == "table" and (type(opts.cmd[1]) ~= "string" or opts.cmd[1] == "") then
    error('sasguard.setup: cmd must start with the program, e.g. { "sasguard", "lsp" }', 3)
  end
  if opts.root_markers and #opts.root_markers == 0 then
    error('sasguard.setup: root_markers must name at least one file, e.g. { ".sasguard.toml", ".git" }', 3)
  end
end

--- find_root returns the nearest directory at or above `path`'s directory
--- that holds one of `markers`, or nil. It is the same rule the server uses
--- to find .sasguard.toml.
function M.find_root(path, markers)
  if path == nil or path == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(path, ":p:h")
  while dir and dir ~= "" do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return nil
    end
    dir = parent
  end
  return nil
end

--- root_for returns the root sasguard would serve `bufnr` from, or nil and
--- the reason it would not attach.
function M.root_for(bufnr)
  if not config then
    return nil, "setup() has not run"
  end
  if not api.nvim_buf_is_valid(bufnr) then
    return nil, "invalid buffer"
  end
  if vim.bo[bufnr].buftype ~= "" then
    return nil, "not a file buffer"
  end
  local name = api.nvim_buf_get_name(bufnr)
  if name == "" then
    return nil, "buffer has no file name"
  end
  if name:match("^%a[%w+.-]*://") then
    return nil, "not a local file"
  end
  if config.filetypes and not vim.tbl_contains(config.filetypes, vim.bo[bufnr].filetype) then
    return nil, "filetype not in filetypes"
  end
  local root = M.find_root(name, config.root_markers)
  if not root then
    return nil, "no " .. table.concat(config.root_markers, " or ") .. " above the file"
  end
  return root
end

local function client_config(root)
  local base
  if uses_enable() then
    -- Honour what the user refined with vim.lsp.config("sasguard", {...}).
    base = vim.deepcopy(vim.lsp.config[config.name] or {})
  else
    base = {
      cmd = config.cmd,
      on_attach = config.on_attach,
      capabilities = config.capabilities,
      settings = config.settings,
      init_options = config.init_options,
      handlers = config.handlers,
      flags = config.flags,
    }
  end
  base.name = config.name
  base.root_dir = root
  base.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  return base
end

--- attach starts (or reuses) the server for `bufnr`'s root and attaches the
--- buffer. It returns the client id, or nil when the buffer is not served.
function M.attach(bufnr)
  if bufnr == nil or bufnr == 0 then
    bufnr = api.nvim_get_current_buf()
  end
  local root = M.root_for(bufnr)
  if not root then
    return nil
  end
  if vim.lsp.start then
    local id
    -- 0.8.0's vim.lsp.start attaches the current buffer whatever opts say.
    api.nvim_buf_call(bufnr, function()
      id = vim.lsp.start(client_config(root), { bufnr = bufnr })
    end)
    return id
  end
  local id = roots[root]
  if id == nil or is_stopped(id) then
    id = vim.lsp.start_client(client_config(root))
    if id == nil then
      return nil -- start_client has reported why
    end
    roots[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function attach_loaded_buffers()
  for _, buf in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(buf) then
      M.attach(buf)
    end
  end
end

--- restart stops every sasguard client and attaches the loaded buffers to
--- fresh ones: after installing a new binary, for instance.
function M.restart()
  if not config then
    notify("call require('sasguard').setup() first")
    return
  end
  local ids = {}
  for _, c in ipairs(get_clients()) do
    table.insert(ids, c.id)
  end
  if #ids > 0 then
    vim.lsp.stop_client(ids)
    vim.wait(3000, function()
      for _, id in ipairs(ids) do
        if not is_stopped(id) then
          return false
        end
      end
      return true
    end, 20)
  end
  roots = {}
  attach_loaded_buffers()
end

--- setup starts sasguard for buffers in a repository. Options (all optional)
--- are listed in M.defaults. It returns false, after saying why, when the
--- server cannot run.
function M.setup(opts)
  opts = opts or {}
  if type(opts) ~= "table" then
    error("sasguard.setup: expected a table of options, got " .. type(opts), 2)
  end
  validate(opts)
  config = vim.tbl_extend("force", vim.deepcopy(M.defaults), opts)

  augroup = api.nvim_create_augroup("sasguard", { clear = true })
  api.nvim_create_user_command("SasguardRestart", M.restart, { desc = "Restart the sasguard language server" })

  if type(config.cmd) == "table" and vim.fn.executable(config.cmd[1]) == 0 then
    notify(
      ("cannot run %q: install it with `%s` (and put $(go env GOPATH)/bin on PATH), or pass cmd = { \"/path/to/sasguard\", \"lsp\" } to setup()"):format(
        config.cmd[1],
        INSTALL
      )
    )
    return false
  end

  if uses_enable() then
    vim.lsp.config(config.name, {
      cmd = config.cmd,
      filetypes = config.filetypes,
      root_dir = function(bufnr, on_dir)
        local root = M.root_for(bufnr)
        if root then
          on_dir(root)
        end
      end,
      on_attach = config.on_attach,
      capabilities = config.capabilities,
      settings = config.settings,
      init_options = config.init_options,
      handlers = config.handlers,
      flags = config.flags,
    })
    vim.lsp.enable(config.name)
    -- vim.lsp.enable starts servers on FileType, which never fires for a file
    -- Neovim has no type for (say, deploy.conf.example): cover those here.
    api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
      group = augroup,
      callback = function(args)
        vim.schedule(function()
          if api.nvim_buf_is_valid(args.buf) and vim.bo[args.buf].filetype == "" then
            M.attach(args.buf)
          end
        end)
      end,
    })
    for _, buf in ipairs(api.nvim_list_bufs()) do
      if api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == "" then
        M.attach(buf)
      end
    end
    return true
  end

  api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
    group = augroup,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- setup() may run after files were opened (lazy loading, `nvim file`).
  attach_loaded_buffers()
  return true
end

--- config returns the effective options, for :checkhealth and tests.
function M.config()
  return config
end

return M
