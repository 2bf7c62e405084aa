#!/usr/bin/env node
// `npm run bench`: how fast News Lens analyses news text, how its time grows with the document, how much
// memory it takes, how fast typing edits are re-analysed (the incremental analyzer, in-process), how fast the
// real language server answers over stdio, and how it compares with the library alternative (compromise +
// chrono-node + a quote regex), all in one run.
// Prints a table and writes bench/results/latest.json. Run after the build (out/ and dist/cli.js).
//   --quick          a short smoke run (smaller sizes, fewer repetitions)
//   --polnear PATH   build the documents from a PolNeAR-format folder instead of the project's articles
//   --skip-server, --skip-alternative   leave a part out
// NEWS_LENS_OUT (tsc output, default out/) and NEWS_LENS_CLI (bundle, default dist/cli.js) select the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { measureInChild, settleRuns } from './child.mjs';
import { loadSourceArticles } from './corpus.mjs';
import { formatTable } from './table.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const polnearAt = args.indexOf('--polnear');
const polnear = polnearAt >= 0 ? resolve(args[polnearAt + 1]) : undefined;
const KB = 1000;
const MB = 1000 * KB;

// [document size, timed runs, warm-up runs on ≤ 10 KB documents, untimed runs at the size after the first (timed apart as "first")]
// The untimed runs at the size are as many as V8 needs to settle there (settleRuns; fewer in a quick run).
// Their median is shown as "warming ms".
const plan = quick
  ? { engine: [[10 * KB, 50, 100, 2], [100 * KB, 10, 20, 10], [MB, 2, 20, 2]], alternative: [[10 * KB, 2, 2, 1], [100 * KB, 1, 2, 1]] }
  : {
      engine: [[10 * KB, 300, 300, settleRuns(10 * KB)], [100 * KB, 50, 50, settleRuns(100 * KB)], [MB, 11, 50, settleRuns(MB)], [10 * MB, 5, 50, settleRuns(10 * MB)]],
      alternative: [[10 * KB, 5, 2, 1], [MB, 1, 2, 1]],
    };

const started = performance.now();
const sources = loadSourceArticles({ polnear });
const results = {
  date: new Date().toISOString(),
  quick,
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: process.platform },
  sources: { count: sources.length, bytes: sources.reduce((n, a) => n + Buffer.byteLength(a.text), 0), from: polnear ? `PolNeAR folder ${polnear}` : 'samples + test/fixtures' },
  engine: [],
  incremental: null,
  alternative: [],
  server: null,
};

log(`engine: ${plan.engine.map(([b]) => size(b)).join(', ')} ...`);
// Runs adapt to the engine's speed: a size gets fewer runs (at least one) when the time per MB measured so far
// says its planned runs would take more than the budget; a healthy engine keeps every planned run.
const budgetMs = (quick ? 15 : 60) * 1000;
const ENGINE_PROCESSES = 3;
// Each size is timed in ENGINE_PROCESSES processes, in rounds over all the sizes (10 KB, 100 KB, 1 MB, 10 MB,
// then again): this host's speed drifts over minutes, and rounds spread every size over the run instead of
// letting one slow stretch decide a whole row.
const engineSpecs = [];
const engineTimes = [];
for (const [bytes, planned, warmup, sizedWarmup] of plan.engine) {
  const last = engineTimes[engineTimes.length - 1]?.[0];
  const predictedMs = last ? (last.medianMs / last.bytes) * bytes : 0;
  const runs = predictedMs ? Math.max(1, Math.min(planned, Math.floor(budgetMs / predictedMs))) : planned;
  if (runs < planned) log(`engine: ${size(bytes)} would take ~${(predictedMs / 1000).toFixed(0)} s per run: ${runs} run(s) instead of ${planned}`);
  const spec = { impl: 'newslens', bytes, runs, warmup, sizedWarmup, seed: 1, polnear };
  engineSpecs.push(spec);
  engineTimes.push([measureInChild({ ...spec, mode: 'time' })]);
}
for (let round = 1; round < ENGINE_PROCESSES; round++) engineSpecs.forEach((spec, i) => engineTimes[i].push(measureInChild({ ...spec, mode: 'time' })));
results.engine = engineSpecs.map((spec, i) => withMemory(spec, engineTimes[i]));

log('engine: typing edits on 100 KB, incremental analyzer and fresh analyze() ...');
results.incremental = measureInChild({ impl: 'newslens', mode: 'incremental', bytes: 100 * KB, runs: quick ? 20 : 60, warmup: quick ? 20 : 50, seed: 104, polnear });

if (!args.includes('--skip-alternative')) {
  log(`alternative: ${plan.alternative.map(([b]) => size(b)).join(', ')} (compromise is slow${quick ? '' : ': about a minute'}) ...`);
  for (const [bytes, runs, warmup, sizedWarmup] of plan.alternative) results.alternative.push(measureBoth({ impl: 'alternative', bytes, runs, warmup, sizedWarmup, seed: 1, polnear }));
}

if (!args.includes('--skip-server')) {
  log('server over stdio ...');
  const { benchServer } = await import('./server-bench.mjs');
  results.server = await benchServer({ sources, quick, log });
}

results.totalSeconds = (performance.now() - started) / 1000;
process.stdout.write(formatTable(results) + '\n');
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote bench/results/latest.json');

/** The alternative's time (one process: compromise takes minutes) and peak memory at one size. */
function measureBoth(spec) {
  return withMemory(spec, [measureInChild({ ...spec, mode: 'time' })]);
}

/**
 * The middle of a size's timed processes, and its peak memory measured in a process of its own. On this
 * shared host a whole process runs up to 30% slower than the next (memory-heavy work; a pure CPU loop does
 * not show it), so one process's median is not the engine's.
 */
function withMemory(spec, times) {
  times.sort((a, b) => a.medianMs - b.medianMs);
  const time = times[times.length >> 1];
  const memory = measureInChild({ ...spec, mode: 'memory', warmup: Math.min(spec.warmup, 5) });
  return { ...time, processMedians: times.map((t) => t.medianMs), baselineRssMB: memory.baselineRssMB, peakRssMB: memory.peakRssMB };
}

function size(bytes) {
  return bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`;
}

function log(message) {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
}
