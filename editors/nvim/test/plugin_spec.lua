-- Headless tests of the plugin's own decisions: where a buffer's root is,
-- which buffers get a server, what setup() says about bad options or a
-- missing binary. They need no server: starting one is observed by
-- recording the calls to Neovim's LSP start functions.
-- Run by editors/editors_test.go (TestNeovimPlugin) with SASGUARD_TMP set.

local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h") .. "/harness.lua")

H.run(function()
  local tmp = vim.env.SASGUARD_TMP
  H.check(tmp and tmp ~= "", "SASGUARD_TMP is not set")
  tmp = vim.fn.resolve(tmp)

  local function mkfile(rel, lines)
    local p = tmp .. "/" .. rel
    vim.fn.mkdir(vim.fn.fnamemodify(p, ":h"), "p")
    vim.fn.writefile(lines or { "x" }, p)
    return p
  end
  local function mkdir(rel)
    vim.fn.mkdir(tmp .. "/" .. rel, "p")
    return tmp .. "/" .. rel
  end

  -- The layout: a git repository with a nested directory holding its own
  -- .sasguard.toml, a submodule whose .git is a file, and a directory with
  -- no marker at all.
  mkdir("repo/.git")
  mkfile("repo/src/deep/er/app.py")
  mkfile("repo/svc/.sasguard.toml", { "" })
  mkfile("repo/svc/main.go")
  mkfile("repo/vendor/sub/.git", { "gitdir: ../../.git/modules/sub" })
  mkfile("repo/vendor/sub/lib.js")
  mkfile("plain/notes.txt")

  local sasguard = require("sasguard")
  local markers = sasguard.defaults.root_markers

  -- find_root: the nearest directory holding any marker, like the server's FindRoot.
  local roots = {
    { "repo/src/deep/er/app.py", tmp .. "/repo" },
    { "repo/svc/main.go", tmp .. "/repo/svc" },
    { "repo/vendor/sub/lib.js", tmp .. "/repo/vendor/sub" },
    { "repo/new/not-yet-written.sh", tmp .. "/repo" },
  }
  for _, c in ipairs(roots) do
    H.eq(sasguard.find_root(tmp .. "/" .. c[1], markers), c[2], "find_root(" .. c[1] .. ")")
  end
  local outside = sasguard.find_root(tmp .. "/plain/notes.txt", markers)
  H.check(
    outside == nil or not vim.startswith(outside, tmp),
    "find_root(plain/notes.txt) = %s, want no root inside the temp dir",
    tostring(outside)
  )
  H.eq(sasguard.find_root(tmp .. "/repo/svc/main.go", { ".git" }), tmp .. "/repo", "find_root with only .git")
  H.eq(sasguard.find_root("", markers), nil, "find_root of an unnamed buffer")

  -- setup() rejects bad options with the option's name.
  local bad = {
    { { cmdd = { "sasguard" } }, 'unknown option "cmdd"' },
    { { cmd = "sasguard lsp" }, 'option "cmd" must be a table or function, got string' },
    { { root_markers = {} }, "root_markers must name at least one file" },
    { { cmd = {} }, "cmd must start with the program" },
    { { filetypes = "go" }, 'option "filetypes" must be a table, got string' },
  }
  for _, c in ipairs(bad) do
    local ok, err = pcall(sasguard.setup, c[1])
    H.check(not ok, "setup(%s) succeeded, want an error", vim.inspect(c[1]))
    H.check(tostring(err):find(c[2], 1, true), "setup(%s) error %q lacks %q", vim.inspect(c[1]), tostring(err), c[2])
  end

  -- A missing binary: setup() says how to install it and starts nothing.
  local notes = {}
  local real_notify = vim.notify
  vim.notify = function(msg, level)
    table.insert(notes, { msg = msg, level = level })
  end
  local started = {}
  local real_start, real_start_client = vim.lsp.start, vim.lsp.start_client
  local function record(config)
    table.insert(started, { name = config.name, root = config.root_dir, cmd = config.cmd })
    return nil
  end
  if vim.lsp.start then
    vim.lsp.start = function(config)
      return record(config)
    end
  end
  vim.lsp.start_client = record

  H.eq(sasguard.setup({ cmd = { tmp .. "/no/such/sasguard", "lsp" } }), false, "setup with a missing binary")
  H.eq(#notes, 1, "notifications for a missing binary")
  H.eq(notes[1].level, vim.log.levels.ERROR, "level of the missing-binary notification")
  for _, want in ipairs({ "cannot run", "no/such/sasguard", "go install github.com/sasguard/sasguard/cmd/sasguard@latest", "cmd =" }) do
    H.check(notes[1].msg:find(want, 1, true), "missing-binary message %q lacks %q", notes[1].msg, want)
  end
  vim.cmd("edit " .. vim.fn.fnameescape(tmp .. "/repo/svc/main.go"))
  H.eq(#started, 0, "servers started with a missing binary")
  vim.cmd("%bwipeout!")

  -- With a binary that exists (`cat` stands in: nothing is really started),
  -- buffers under a root start a server for that root and others do not.
  notes = {}
  local cat = vim.fn.exepath("cat")
  H.check(cat ~= "", "cat is not on PATH")
  H.eq(sasguard.setup({ cmd = { cat } }), true, "setup with an existing binary")
  H.eq(#notes, 0, "notifications with an existing binary")

  local function open(rel)
    vim.cmd("edit " .. vim.fn.fnameescape(tmp .. "/" .. rel))
    -- On 0.11+ starts go through vim.lsp.enable's callbacks and vim.schedule.
    vim.wait(50)
    return vim.api.nvim_get_current_buf()
  end
  local uses_enable = type(vim.lsp.config) == "table" and type(vim.lsp.enable) == "function"

  started = {}
  open("plain/notes.txt")
  H.eq(started, {}, "servers started for a file outside any repository")
  local root, why = sasguard.root_for(vim.api.nvim_get_current_buf())
  H.eq(root, nil, "root_for(plain/notes.txt)")
  H.check(why:find(".sasguard.toml or .git", 1, true), "reason %q does not name the markers", tostring(why))

  started = {}
  open("repo/src/deep/er/app.py")
  H.eq(#started, 1, "servers started for a file in a repository")
  H.eq(started[1].root, tmp .. "/repo", "root of the started server")
  H.eq(started[1].name, "sasguard", "name of the started server")
  if not uses_enable then
    H.eq(started[1].cmd, { cat }, "cmd of the started server")
  end

  -- A buffer that is not a file never gets a server.
  started = {}
  vim.cmd("enew")
  vim.bo.buftype = "nofile"
  vim.api.nvim_buf_set_name(0, tmp .. "/repo/scratch")
  H.eq(sasguard.root_for(0), nil, "root_for(a nofile buffer)")

  -- filetypes limits which buffers are served.
  started = {}
  H.eq(sasguard.setup({ cmd = { cat }, filetypes = { "go" } }), true, "setup with filetypes")
  vim.cmd("filetype on")
  open("repo/svc/main.go")
  local go_started = #started
  open("repo/vendor/sub/lib.js")
  H.eq(go_started, 1, "servers started for main.go with filetypes = { 'go' }")
  H.eq(#started, 1, "servers started for lib.js with filetypes = { 'go' }")
  local _, ft_why = sasguard.root_for(vim.api.nvim_get_current_buf())
  H.eq(ft_why, "filetype not in filetypes", "reason for lib.js")

  vim.lsp.start, vim.lsp.start_client = real_start, real_start_client
  vim.notify = real_notify

  -- :checkhealth sasguard runs and reports the binary.
  if vim.fn.exists(":checkhealth") == 2 then
    vim.cmd("checkhealth sasguard")
    local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    H.check(text:find("setup() ran", 1, true), "checkhealth output lacks the setup line:\n%s", text)
  end
end)
