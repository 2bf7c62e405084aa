// `npm run test:all`: every suite, one after the other, then one summary. Each suite's own report streams
// through; the counts come from mocha's "N passing" / "N failing" lines (the e2e runner prints those of
// both of its suites). A suite that fails without reporting a failing test (a build error, a crash) counts
// as one failure, so the summary never reads "0 failed" after something broke. The very last line is the
// plain summary "N passed, N failed"; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const suites = [
  // First, so that the Neovim protocol test finds nvim and the e2e finds code-server and chromium.
  { name: 'tools for the editor tests (scripts/e2e/setup.sh)', command: 'bash', args: ['scripts/e2e/setup.sh'], single: true },
  { name: 'build, unit and protocol tests (npm test)', command: 'npm', args: ['test'] },
  { name: 'settings manifest and .newslens.json schema generated from the zod schemas', command: 'npm', args: ['run', '--silent', 'check:generated'], single: true },
  // CI gates on a fixed seed, so a landing is reproducible; a developer's run and the nightly size explore new seeds.
  { name: 'fuzz (CI size)', command: process.execPath, args: ['test/fuzz/run.mjs', ...(process.env.CI ? ['--seed', '20261206'] : [])] },
  { name: 'end-to-end in a real VS Code', command: process.execPath, args: ['scripts/e2e/run.mjs'], env: { NEWS_LENS_E2E_BUILT: '1' } },
];

function runSuite(suite) {
  return new Promise((resolve) => {
    const started = Date.now();
    process.stdout.write(`\n=== ${suite.name} ===\n`);
    const child = spawn(suite.command, suite.args, { cwd: root, env: { ...process.env, ...suite.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const text = output.replace(/\x1b\[[0-9;]*m/g, '');
      const sum = (word) => [...text.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
      let passed = sum('passing');
      let failed = sum('failing');
      const pending = sum('pending');
      if (suite.single) {
        passed = code === 0 ? 1 : 0;
        failed = code === 0 ? 0 : 1;
      } else if (code !== 0 && failed === 0) failed = 1;
      resolve({ name: suite.name, code, passed, failed, pending, seconds });
    });
  });
}

const results = [];
for (const suite of suites) results.push(await runSuite(suite));

process.stdout.write('\n=== summary ===\n');
for (const r of results) {
  const pending = r.pending ? `, ${r.pending} pending` : '';
  process.stdout.write(`${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed${pending} (${r.seconds.toFixed(0)} s, exit ${r.code})\n`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
