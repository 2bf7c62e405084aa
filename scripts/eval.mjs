#!/usr/bin/env node
// Scores the engine through the real CLI (`news-lens analyze --json`) on every annotated corpus under
// test/fixtures/ (a folder with a gold.json), and on a PolNeAR-format folder given with --polnear PATH.
// A gold.json whose quotes carry character spans is scored by score-spans.mjs, any other by score.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpora = [];
const fixtures = join(root, 'test/fixtures');
for (const d of readdirSync(fixtures, { withFileTypes: true })) {
  if (d.isDirectory() && existsSync(join(fixtures, d.name, 'gold.json'))) corpora.push(join(fixtures, d.name));
}
for (let i = 0; i < args.length; i++) if (args[i] === '--polnear' || args[i] === '--corpus') corpora.push(resolve(args[++i]));

// NEWS_LENS_CLI lets a developer score a bundle of their own working tree without touching dist/.
const cli = resolve(process.env.NEWS_LENS_CLI ?? join(root, 'dist/cli.js'));
const tmp = mkdtempSync(join(tmpdir(), 'news-lens-eval-'));
for (const dir of corpora) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const files = Object.keys(gold).map((f) => join(dir, f));
  const t0 = performance.now();
  const chunks = [];
  // Batches keep the command line short on big corpora.
  for (let i = 0; i < files.length; i += 200) {
    const out = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(cli)}).run(process.argv.slice(1))`, 'analyze', '--json', ...files.slice(i, i + 200)], { maxBuffer: 1 << 30, encoding: 'utf8' });
    chunks.push(...JSON.parse(out));
  }
  const ms = performance.now() - t0;
  const pred = join(tmp, `${dir.split('/').pop()}.json`);
  writeFileSync(pred, JSON.stringify(chunks));
  const spans = Object.values(gold).some((g) => g.quotes?.some((q) => Array.isArray(q.span)));
  const scorer = join(root, 'scripts/eval', spans ? 'score-spans.mjs' : 'score.mjs');
  const scored = execFileSync(process.execPath, [scorer, dir, pred, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  console.log(`\n== ${dir.replace(root + '/', '')} (${files.length} articles, ${spans ? 'score-spans' : 'score'}; analysed in ${(ms / 1000).toFixed(1)} s incl. process start)`);
  console.log(scored.trimEnd());
}
