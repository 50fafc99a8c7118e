-- Headless Neovim 0.7 as an independent LSP client of dist/server.js (no pull diagnostics, no snippets).
-- Run: nvim --headless -u NONE -n -i NONE -c "luafile lsp_check.lua" with AH_SERVER and AH_FILE set.
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end
local server = os.getenv('AH_SERVER')
local file = os.getenv('AH_FILE')
vim.cmd('edit ' .. file)
vim.bo.filetype = 'asterisk-conf'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'asterisk-harden',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { rules = { AST103 = 'off' } },
})
if not client_id then fail('server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
  return nil
end
if not vim.wait(15000, function() return has('AST101') ~= nil end, 50) then fail('no AST101 diagnostic') end
local d = has('AST101')
out(string.format('diagnostic %d:%d %s [%s]', d.lnum, d.col, d.code, d.source))
if d.source ~= 'asterisk-harden' then fail('wrong source ' .. tostring(d.source)) end
if has('AST103') then fail('AST103 should be off through init_options') end
local d102 = has('AST102')
if not d102 then fail('no AST102 diagnostic') end
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = d102.lnum, character = d102.col }, ['end'] = { line = d102.end_lnum, character = d102.end_col } },
  context = { diagnostics = { { range = { start = { line = d102.lnum, character = d102.col }, ['end'] = { line = d102.end_lnum, character = d102.end_col } }, code = d102.code, source = d102.source, message = d102.message, severity = d102.severity } } },
}
local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
local actions = res and res[client_id] and res[client_id].result or {}
local preferred = nil
for _, a in ipairs(actions) do
  out('code action: ' .. a.title)
  if a.isPreferred then preferred = a end
end
if not preferred then fail('no preferred quick fix for AST102') end
vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
local line = vim.api.nvim_buf_get_lines(bufnr, d102.lnum, d102.lnum + 1, false)[1]
out('fixed line: ' .. line)
if line ~= 'alwaysauthreject=yes' then fail('fix produced ' .. line) end
vim.lsp.stop_client(client_id)
out('PASS')
vim.cmd('qall!')
