-- Drives `news-lens serve --stdio` from Neovim (0.7+) as a second real LSP client: opens an article, waits
-- for the diagnostics, asks for a hover and the document symbols, and writes what it received as JSON.
-- Run by neovim.test.ts: nvim --headless -u NONE -i NONE -n -c 'luafile test/protocol/neovim.lua' FILE
-- Environment: NL_CMD (the server command line, JSON array), NL_OUT (result file), NL_LINE, NL_CHAR (hover position).
local out_path = os.getenv('NL_OUT')
local result = { errors = {} }

local function finish()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'article' -- the languageId the server analyses
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'news-lens',
    cmd = vim.fn.json_decode(os.getenv('NL_CMD')),
    root_dir = vim.fn.getcwd(),
    init_options = { newsLens = { debounceMs = 0 } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, res, ctx, config)
        if res.uri == uri and result.diagnostics == nil then result.diagnostics = res.diagnostics end
        vim.lsp.diagnostic.on_publish_diagnostics(e, res, ctx, config)
      end,
    },
    on_exit = function(code) result.exit_code = code end,
  })
  result.server_name = 'news-lens'
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(20000, function() return result.diagnostics ~= nil end, 20) then
    table.insert(result.errors, 'no diagnostics within 20 s')
    return
  end
  -- Neovim's own diagnostic store got them too.
  vim.wait(2000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  result.nvim_diagnostic_count = #vim.diagnostic.get(bufnr)

  local position = { line = tonumber(os.getenv('NL_LINE')), character = tonumber(os.getenv('NL_CHAR')) }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position }, 10000)
  result.hover = hover and hover[client_id] and hover[client_id].result or vim.NIL
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 10000)
  result.symbols = symbols and symbols[client_id] and symbols[client_id].result or vim.NIL

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return result.exit_code ~= nil end, 20)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
