-- End to end with the real server: the plugin, loaded as a user loads it,
-- starts `sasguard lsp` for files in a repository; a token shows up as a
-- diagnostic; its quick-fixes are requested and applied as Neovim's own
-- code-action UI would apply them; the files are written. The Go test
-- (TestNeovimEndToEnd) prepares the files and checks them on disk afterwards.
--
-- Environment: SASGUARD_BIN (the built binary), SASGUARD_REPO (a git
-- repository holding deploy.sh, settings.py and notes.md), SASGUARD_REPO2 (a
-- directory with only .sasguard.toml, holding app.yaml), SASGUARD_OUTSIDE (a
-- directory with no marker, holding loose.txt), SASGUARD_TOKEN (the token in
-- those files), SASGUARD_SECRET (its signature, which no message may carry),
-- SASGUARD_RULE (the rule id expected), SASGUARD_RESULT (where to write what
-- was applied, as JSON).

local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h") .. "/harness.lua")

local TIMEOUT = 20000

H.run(function()
  local env = {}
  for _, k in ipairs({ "BIN", "REPO", "REPO2", "OUTSIDE", "TOKEN", "SECRET", "RULE", "RESULT" }) do
    env[k] = vim.env["SASGUARD_" .. k]
    H.check(env[k] and env[k] ~= "", "SASGUARD_%s is not set", k)
  end

  -- Record what the server publishes, as sent, then let Neovim render it.
  local published = {}
  local render = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
    if result then
      published[result.uri] = result.diagnostics
    end
    return render(err, result, ctx, config)
  end

  local sasguard = require("sasguard")
  H.eq(sasguard.setup({ cmd = { env.BIN, "lsp" } }), true, "setup with the built binary")

  local function open(path)
    vim.cmd("edit " .. vim.fn.fnameescape(path))
    return vim.api.nvim_get_current_buf()
  end

  local function clients_of(buf)
    local ids = {}
    if vim.lsp.get_clients then -- 0.10+
      for _, c in ipairs(vim.lsp.get_clients({ bufnr = buf })) do
        table.insert(ids, c.id)
      end
    else
      for id in pairs(vim.lsp.buf_get_clients(buf)) do
        table.insert(ids, id)
      end
    end
    table.sort(ids)
    return ids
  end

  local function ours(diags)
    local out = {}
    for _, d in ipairs(diags or {}) do
      if d.source == "sasguard" and d.code == env.RULE then
        table.insert(out, d)
      end
    end
    return out
  end

  local function describe(diags)
    local parts = {}
    for _, d in ipairs(diags or {}) do
      table.insert(parts, ("%s %s %s"):format(tostring(d.source), tostring(d.code), tostring(d.message)))
    end
    return #parts > 0 and table.concat(parts, "; ") or "none"
  end

  -- wait_diagnostic waits for the server to report the token in buf and
  -- checks the diagnostic against the buffer text.
  local function wait_diagnostic(buf)
    local uri = vim.uri_from_bufnr(buf)
    local ok = vim.wait(TIMEOUT, function()
      return #ours(published[uri]) > 0
    end, 20)
    H.check(ok, "no %s diagnostic for %s within %d ms; published: %s", env.RULE, uri, TIMEOUT, describe(published[uri]))
    local diags = ours(published[uri])
    H.eq(#diags, 1, "sasguard diagnostics in " .. uri)
    local d = diags[1]

    -- The range covers the token, in UTF-16 units (the files are ASCII, so
    -- byte columns match).
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    local want
    for i, line in ipairs(lines) do
      local s = line:find(env.TOKEN, 1, true)
      if s then
        want = { start = { line = i - 1, character = s - 1 }, ["end"] = { line = i - 1, character = s - 1 + #env.TOKEN } }
      end
    end
    H.check(want, "the token is not in the buffer")
    H.eq(d.range, want, "diagnostic range")
    H.eq(d.severity, 1, "severity (1 = Error: a full-control account SAS blocks a commit)")
    H.check(not d.message:find(env.SECRET, 1, true), "the diagnostic message carries the whole secret")
    H.check(d.message ~= "", "empty diagnostic message")

    -- Neovim rendered it.
    local rendered = 0
    for _, vd in ipairs(vim.diagnostic.get(buf)) do
      if vd.source == "sasguard" then
        rendered = rendered + 1
      end
    end
    H.eq(rendered, 1, "diagnostics Neovim shows in the buffer")
    return d
  end

  local function code_actions(buf, d)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      range = d.range,
      context = { diagnostics = { d } },
    }
    local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, TIMEOUT)
    H.check(responses, "textDocument/codeAction timed out")
    local actions = {}
    for client_id, resp in pairs(responses) do
      H.check(not resp.error, "textDocument/codeAction failed: %s", vim.inspect(resp.error))
      for _, a in ipairs(resp.result or {}) do
        -- No part of an action (title, edit, command arguments, the
        -- diagnostics' data) may carry the secret back to the editor.
        H.check(not vim.inspect(a):find(env.SECRET, 1, true), "code action %q carries the whole secret", tostring(a.title))
        table.insert(actions, { client_id = client_id, action = a })
      end
    end
    return actions
  end

  local function titles(actions)
    local t = {}
    for _, a in ipairs(actions) do
      table.insert(t, a.action.title)
    end
    return t
  end

  local function pick(actions, prefix)
    for _, a in ipairs(actions) do
      if vim.startswith(a.action.title, prefix) then
        return a
      end
    end
    error(("no code action titled %q...; offered: %s"):format(prefix, vim.inspect(titles(actions))), 2)
  end

  -- apply does what Neovim's code-action UI does with a chosen action:
  -- resolve it if the server defers its edit, apply the edit, then run its
  -- command.
  local function apply(buf, chosen)
    local action = chosen.action
    local client = vim.lsp.get_client_by_id(chosen.client_id)
    if action.edit == nil and type(action.command) ~= "string" then
      local provider = client.server_capabilities.codeActionProvider
      if type(provider) == "table" and provider.resolveProvider then
        local r = vim.lsp.buf_request_sync(buf, "codeAction/resolve", action, TIMEOUT)
        H.check(r and r[chosen.client_id] and r[chosen.client_id].result, "codeAction/resolve failed: %s", vim.inspect(r))
        action = r[chosen.client_id].result
      end
    end
    if action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
    end
    local command = type(action.command) == "table" and action.command or (type(action.command) == "string" and action or nil)
    if command then
      local r = vim.lsp.buf_request_sync(buf, "workspace/executeCommand", { command = command.command, arguments = command.arguments }, TIMEOUT)
      H.check(r and r[chosen.client_id] and not r[chosen.client_id].error, "workspace/executeCommand %s failed: %s", command.command, vim.inspect(r))
    end
    H.check(action.edit or command, "code action %q has neither an edit nor a command", action.title)
  end

  local function wait_clean(buf)
    local uri = vim.uri_from_bufnr(buf)
    local ok = vim.wait(TIMEOUT, function()
      return published[uri] ~= nil and #ours(published[uri]) == 0
    end, 20)
    H.check(ok, "the diagnostic stayed after the fix in %s: %s", uri, describe(published[uri]))
  end

  local result = {}

  -- 1. A shell script: redact the signature.
  local sh = open(env.REPO .. "/deploy.sh")
  local d = wait_diagnostic(sh)
  local actions = code_actions(sh, d)
  result.sh_titles = titles(actions)
  local redact = pick(actions, "Redact")
  result.redact_title = redact.action.title
  apply(sh, redact)
  H.check(vim.bo[sh].modified, "the redact fix did not change the buffer")
  vim.cmd("write")
  wait_clean(sh)

  -- 2. A Python file in the same repository: same server; replace the token
  -- with an environment variable.
  local py = open(env.REPO .. "/settings.py")
  d = wait_diagnostic(py)
  H.eq(clients_of(py), clients_of(sh), "clients of settings.py and deploy.sh (one server per root)")
  actions = code_actions(py, d)
  result.py_titles = titles(actions)
  local replace = pick(actions, "Replace with ")
  result.replace_title = replace.action.title
  apply(py, replace)
  H.check(vim.bo[py].modified, "the replace fix did not change the buffer")
  vim.cmd("write")
  wait_clean(py)

  -- 3. Another root (only .sasguard.toml): its own server.
  local yaml = open(env.REPO2 .. "/app.yaml")
  wait_diagnostic(yaml)
  local ids = clients_of(yaml)
  H.eq(#ids, 1, "clients of app.yaml")
  H.check(ids[1] ~= clients_of(sh)[1], "app.yaml shares the server of another root")
  H.eq(vim.lsp.get_client_by_id(ids[1]).config.root_dir, env.REPO2, "root of app.yaml's server")

  -- 4. A file under no root marker: no server.
  local loose = open(env.OUTSIDE .. "/loose.txt")
  vim.wait(200)
  H.eq(clients_of(loose), {}, "clients of a file outside any repository")

  -- 5. :SasguardRestart brings up a fresh server that reports again.
  vim.cmd("buffer " .. yaml)
  local before = clients_of(yaml)[1]
  published = {}
  vim.cmd("SasguardRestart")
  wait_diagnostic(yaml)
  local after = clients_of(yaml)
  H.eq(#after, 1, "clients of app.yaml after :SasguardRestart")
  H.check(after[1] ~= before, "SasguardRestart kept client %d", before)

  vim.fn.writefile({ vim.fn.json_encode(result) }, env.RESULT)
end)
