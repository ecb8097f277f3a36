-- A tiny harness for headless Neovim tests run by editors/editors_test.go:
-- run() executes the test body, prints the failure (with the secret under
-- test masked) and exits non-zero on error, so `go test` sees the outcome.

local H = {}

local secret = vim.env.SASGUARD_SECRET

--- scrub masks the secret under test so a failure message never prints it.
function H.scrub(s)
  s = tostring(s)
  if secret and secret ~= "" then
    local i = s:find(secret, 1, true)
    while i do
      s = s:sub(1, i - 1) .. secret:sub(1, 4) .. "****" .. s:sub(i + #secret)
      i = s:find(secret, 1, true)
    end
  end
  return s
end

function H.log(fmt, ...)
  io.stderr:write(H.scrub(string.format(fmt, ...)) .. "\n")
end

--- check raises a test failure with a formatted message when cond is false.
function H.check(cond, fmt, ...)
  if not cond then
    error(string.format(fmt, ...), 2)
  end
  return cond
end

--- eq fails unless got equals want (deeply), showing both.
function H.eq(got, want, what)
  if not vim.deep_equal(got, want) then
    error(("%s: got %s, want %s"):format(what, vim.inspect(got), vim.inspect(want)), 2)
  end
end

--- run runs body and quits Neovim: exit 0 on success, 1 with the error.
function H.run(body)
  local ok, err = xpcall(body, debug.traceback)
  if ok then
    vim.cmd("qa!")
  else
    io.stderr:write("FAIL: " .. H.scrub(err) .. "\n")
    vim.cmd("cquit 1")
  end
end

return H
