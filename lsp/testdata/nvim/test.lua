-- Drives `sasguard lsp` from headless Neovim (0.7+, as Debian ships it) the
-- way a user does: open a file, wait for the diagnostics, ask for code
-- actions, apply the quick-fix (a workspace edit, or a command whose
-- workspace/applyEdit Neovim's own handler applies), :write the file, and
-- compare the files on disk with what the Go test expects. Run by
-- lsp/realclient_test.go:
--   SASGUARD_BIN=… SASGUARD_MANIFEST=… SASGUARD_RESULT=… \
--     nvim --headless --clean -c 'luafile test.lua'
local bin = os.getenv('SASGUARD_BIN')
local manifest = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('SASGUARD_MANIFEST')), '\n'))
local result_path = os.getenv('SASGUARD_RESULT')
local result = { passed = 0, failures = {} }

local function read(path)
  local f = io.open(path, 'rb')
  if not f then return nil end
  local s = f:read('*a')
  f:close()
  return s
end

local function no_secret(what, text)
  for _, s in ipairs(manifest.secrets or {}) do
    assert(not string.find(text, s, 1, true), what .. ' carries a whole secret')
  end
end

local function run_case(c)
  local raw = {} -- uri -> last publishDiagnostics params, as sent
  local messages = {}
  local root_uri = vim.uri_from_fname(c.dir)
  local client_id = vim.lsp.start_client({
    name = 'sasguard',
    cmd = { bin, 'lsp' },
    cmd_cwd = c.dir,
    root_dir = c.dir,
    workspace_folders = { { uri = root_uri, name = 'ws' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        raw[res.uri] = res
        return vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      end,
      ['window/logMessage'] = function(_, res) table.insert(messages, res.message) end,
      ['window/showMessage'] = function(_, res) table.insert(messages, res.message) end,
    },
  })
  assert(client_id, 'the client did not start')
  local ok, err = pcall(function()
    local path = c.dir .. '/' .. c.file
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = c.languageId
    vim.lsp.buf_attach_client(bufnr, client_id)
    local uri = vim.uri_from_bufnr(bufnr)

    assert(vim.wait(20000, function() return raw[uri] ~= nil and #raw[uri].diagnostics > 0 end, 20),
      'no diagnostics for ' .. c.file)
    assert(vim.wait(5000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20),
      'Neovim shows no diagnostic')
    local d = raw[uri].diagnostics[1]
    assert(d.source == 'sasguard', 'source ' .. tostring(d.source))
    assert(d.code == c.code, 'code ' .. tostring(d.code) .. ', want ' .. c.code)
    assert(d.severity == 1, 'severity ' .. tostring(d.severity))
    no_secret('diagnostic', vim.fn.json_encode(d))

    local client = vim.lsp.get_client_by_id(client_id)
    local only = { 'quickfix' }
    if c.kind == 'fixall' then only = { 'source.fixAll' } end
    local resp = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = d.range,
      context = { diagnostics = { d }, only = only },
    }, 10000, bufnr)
    assert(resp and not resp.err, 'codeAction failed: ' .. vim.inspect(resp))
    local actions = resp.result or {}
    no_secret('code actions', vim.fn.json_encode(actions))
    local action
    if c.kind == 'fixall' then
      for _, a in ipairs(actions) do
        if a.kind == 'source.fixAll' then action = a end
      end
    else
      local title
      for _, f in ipairs(d.data.fixes) do
        if f.kind == c.kind then title = f.title end
      end
      assert(title, 'the diagnostic offers no ' .. c.kind .. ' fix')
      for _, a in ipairs(actions) do
        if a.title == title then action = a end
      end
    end
    assert(action, 'no ' .. c.kind .. ' action among ' .. vim.inspect(vim.tbl_map(function(a) return a.title end, actions)))

    local before = vim.lsp.util.buf_versions[bufnr]
    if action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    else
      local r = client.request_sync('workspace/executeCommand', action.command, 10000, bufnr)
      assert(r and not r.err, 'executeCommand failed: ' .. vim.inspect(r))
    end
    assert(vim.wait(10000, function() return vim.lsp.util.buf_versions[bufnr] ~= before end, 20),
      'the fix did not change the buffer')
    -- Wait for the server's diagnostics of the fixed text.
    assert(vim.wait(20000, function()
      return raw[uri].version == vim.lsp.util.buf_versions[bufnr]
    end, 20), 'no diagnostics for the fixed buffer')

    vim.cmd('write')
    for file, want in pairs(c.expect) do
      local got = read(c.dir .. '/' .. file)
      assert(got == want, file .. ' after ' .. c.kind .. ':\n--- got\n' .. tostring(got) .. '\n--- want\n' .. want)
    end
    local left = #raw[uri].diagnostics
    assert(left == c.leftAfter, ('%d diagnostics left after %s, want %d'):format(left, c.kind, c.leftAfter))
    no_secret('server messages', table.concat(messages, '\n'))
    vim.cmd('bwipeout!')
  end)
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  if ok then
    result.passed = result.passed + 1
  else
    table.insert(result.failures, c.file .. ' ' .. c.kind .. ': ' .. tostring(err))
    pcall(vim.cmd, 'bwipeout!')
  end
end

for _, c in ipairs(manifest.cases) do
  run_case(c)
end
vim.fn.writefile({ vim.fn.json_encode(result) }, result_path)
vim.cmd('qall!')
