import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../support/lsp-client';

// The CLI as a shell pipeline meets it: a reader that stops early (`news-lens analyze … | head`).
describe('news-lens output to a pipe', () => {
  for (const args of [['analyze'], ['analyze', '--json'], ['check']]) {
    it(`${args.join(' ')}: a reader that leaves early ends it quietly, no stack trace`, async () => {
      const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'cli.js'), ...args, ...SAMPLES], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Read the first chunk, then close the pipe as `head` does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(stderr, '', 'nothing on stderr');
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
    });
  }
});

// Enough text that the output outgrows a pipe's buffer: the writer is still writing when the reader leaves.
const SAMPLES = Array.from({ length: 40 }, () => ['samples/eu-gulf-energy-pact.article', 'samples/harrogate-parking-charges.article']).flat();
