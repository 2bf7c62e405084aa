#!/usr/bin/env node
// `npm run fuzz [-- --runs N] [--server-runs M] [--seed S] [--only engine|server|regressions]`:
// the fuzz suites (engine, server, regressions) with N engine cases and, unless given, N/100 server sessions.
// Without --runs: the CI size (3,000 engine cases, 100 server sessions). The nightly size is --runs 100000.
// Runs the compiled tests in out/ (NEWS_LENS_OUT selects another tsc output) against dist/cli.js (NEWS_LENS_CLI).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const value = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${flag} needs a value`);
  return v;
};
const count = (flag) => {
  const v = value(flag);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) fail(`${flag} must be a whole number, not ${v}`);
  return Number(v);
};

const known = new Set(['--runs', '--server-runs', '--seed', '--only']);
for (let i = 0; i < args.length; i += 2) if (!known.has(args[i])) fail(`unknown option ${args[i]}`);

const runs = count('--runs');
const serverRuns = count('--server-runs') ?? (runs === undefined ? undefined : Math.max(1, Math.round(runs / 100)));
const seed = count('--seed');
const only = value('--only');
if (only && !['engine', 'server', 'regressions'].includes(only)) fail(`--only takes engine, server or regressions, not ${only}`);

const env = { ...process.env };
if (runs !== undefined) env.NEWS_LENS_FUZZ_RUNS = String(runs);
if (serverRuns !== undefined) env.NEWS_LENS_FUZZ_SERVER_RUNS = String(serverRuns);
if (seed !== undefined) env.NEWS_LENS_FUZZ_SEED = String(seed);

const out = resolve(process.env.NEWS_LENS_OUT ?? join(root, 'out'));
const files = only ? [join(out, `test/fuzz/${only === 'regressions' ? 'regressions' : `${only}.fuzz`}.test.js`)] : [join(out, 'test/fuzz/*.test.js')];
const mocha = join(root, 'node_modules/mocha/bin/mocha.js');
const started = Date.now();
const result = spawnSync(process.execPath, [mocha, ...files], { stdio: 'inherit', env, cwd: root });
process.stderr.write(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(result.status ?? 1);

function fail(message) {
  process.stderr.write(`npm run fuzz: ${message}\nusage: npm run fuzz -- [--runs N] [--server-runs M] [--seed S] [--only engine|server|regressions]\n`);
  process.exit(2);
}
