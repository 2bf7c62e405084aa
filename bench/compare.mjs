#!/usr/bin/env node
// `npm run bench:compare -- OUT_A OUT_B [--size 10KB|100KB|1MB|10MB] [--processes N]`: is build B faster
// than build A (two tsc outputs, e.g. `npx tsc -p . --outDir /tmp/b`)? N processes per build (default 8),
// each measuring one build (measure-child.mjs with NEWS_LENS_OUT); the builds alternate in pairs (A B,
// B A, A B, …), and the median of each build's process medians is compared.
//
// Why not both builds in one process, alternating analyses: measured on this host, whichever module instance
// is loaded second runs 3–8% faster whatever its code, and one process's speed differs from the next by up to
// 30%, so a single process cannot tell a 3% change from noise. The spread of the pairs is printed for that
// reason: a ratio inside it is not a result.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureInChild, settleRuns } from './child.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((p) => resolve(p));
if (builds.length !== 2) fail('two builds to compare are needed: OUT_A OUT_B');
for (const b of builds) if (!existsSync(join(b, 'server/src/engine/index.js'))) fail(`${b} is not a tsc output (no server/src/engine/index.js)`);

// [bytes, timed runs, warm-up runs on 10 KB]; the untimed runs at the size are run.mjs's (settleRuns).
const SIZES = { '10KB': [10_000, 300, 300], '100KB': [100_000, 50, 50], '1MB': [1_000_000, 7, 30], '10MB': [10_000_000, 3, 30] };
const sizeName = option('--size', '1MB');
const size = SIZES[sizeName];
if (!size) fail(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
/** Processes per build (one pair of processes, A and B, at a time). */
const processes = Number(option('--processes', '8'));
if (!Number.isInteger(processes) || processes < 1) fail('--processes (per build) must be a whole number, 1 or more');

const [bytes, runs, warmup] = size;
const sizedWarmup = settleRuns(bytes);
const medians = [[], []];
for (let pair = 0; pair < processes; pair++) {
  const order = pair % 2 ? [1, 0] : [0, 1];
  for (const k of order) medians[k].push(measure(builds[k]));
  const [a, b] = [medians[0][pair], medians[1][pair]];
  process.stderr.write(`[compare] pair ${pair + 1}: A ${a.toFixed(2)} ms, B ${b.toFixed(2)} ms (B/A ${(b / a).toFixed(3)})\n`);
}
const ratios = medians[0].map((a, i) => medians[1][i] / a);
const [ma, mb] = medians.map(median);
console.log(`${sizeName}, ${medians[0].length} process(es) per build, median of ${runs} analyses each:`);
console.log(`  A ${builds[0]}: ${ma.toFixed(2)} ms (processes ${fmt(medians[0])})`);
console.log(`  B ${builds[1]}: ${mb.toFixed(2)} ms (processes ${fmt(medians[1])})`);
console.log(`  B/A ${(mb / ma).toFixed(3)}; pairs ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}; B faster in ${ratios.filter((r) => r < 1).length} of ${ratios.length} pairs`);

function measure(out) {
  return measureInChild({ impl: 'newslens', mode: 'time', bytes, runs, warmup, sizedWarmup, seed: 1 }, { out }).medianMs;
}

function fmt(xs) {
  return [...xs].sort((a, b) => a - b).map((x) => x.toFixed(2)).join(' / ');
}

function fail(message) {
  process.stderr.write(`bench:compare: ${message}\n`);
  process.exit(2);
}
