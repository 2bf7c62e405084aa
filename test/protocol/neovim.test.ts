// Neovim as a second real client of `news-lens serve --stdio` (nvim --headless + vim.lsp.start_client).
// Skipped with a message when nvim is not installed here; CI installs Debian's `neovim` package.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, serverCommand } from '../support/lsp-client';
import { LETTERS, positionOf, read } from './helpers';

interface NeovimResult {
  errors: string[];
  diagnostics?: Array<{ code: string; source: string; message: string; codeDescription?: { href: string } }>;
  nvim_diagnostic_count?: number;
  hover?: { contents: { kind: string; value: string } } | null;
  symbols?: Array<{ name: string; children?: Array<{ name: string }> }> | null;
  exit_code?: number;
}

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('protocol: Neovim as the client', function () {
  this.timeout(60_000);

  it('shows the diagnostics, a hover and the symbols from the stdio server', async function () {
    if (!hasNeovim()) {
      console.warn('    (skipped: nvim not found — install Debian package `neovim` to run this test)');
      this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-nvim-'));
    try {
      const out = join(dir, 'result.json');
      const position = positionOf(read(LETTERS), 'I have worked nights', 0, 3);
      const code = await new Promise<number | null>((resolve, reject) => {
        const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', 'luafile test/protocol/neovim.lua', LETTERS], {
          cwd: projectRoot(),
          env: { ...process.env, NL_CMD: JSON.stringify(serverCommand()), NL_OUT: out, NL_LINE: String(position.line), NL_CHAR: String(position.character) },
          stdio: 'ignore',
        });
        nvim.on('error', reject);
        nvim.on('close', resolve);
      });
      assert.equal(code, 0);
      const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
      assert.deepEqual(result.errors, []);
      const unattributed = result.diagnostics!.filter((d) => d.code === 'unattributed-quote');
      assert.ok(unattributed.length >= 2, JSON.stringify(result.diagnostics));
      assert.ok(result.diagnostics!.every((d) => d.source === 'news-lens' && /docs\/rules\/.+\.md$/.test(d.codeDescription!.href)));
      assert.equal(result.nvim_diagnostic_count, result.diagnostics!.length, 'Neovim stored every diagnostic');
      assert.equal(result.hover!.contents.kind, 'markdown');
      assert.match(result.hover!.contents.value, /No speaker named/);
      assert.ok(result.symbols!.some((s) => s.name === 'Unattributed quotes' && s.children!.length >= 2), JSON.stringify(result.symbols));
      assert.equal(result.exit_code, 0, 'the server exits cleanly when Neovim stops it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
