// Property-based tests of the engine: analyze() on any text — any Unicode, lone surrogates, RTL, emoji,
// NUL and control characters, every line end, thousands of quote marks, real articles with noise, a 1 MB
// single line — returns, keeps its invariants (test/fuzz/invariants.ts), gives the same analysis for the
// same text and crosses the JSON contract. Each family runs in a worker watched for hangs (watchdog.ts).
// Sizes come from the environment: `npm run fuzz -- --runs N` (see run.mjs); CI runs the defaults.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fuzzConfig } from './config';
import { describeFailure, runWorker, saveCounterexample } from './watchdog';

const config = fuzzConfig();
const WORKER = join(__dirname, 'engine-worker.js');

/** The generator families and their share of the cases. */
const FAMILIES: Array<[name: string, share: number, what: string]> = [
  ['news-tokens', 0.3, 'news words, names, dates, cues, quote marks, directives, line ends and noise in any order'],
  ['mutated-articles', 0.2, 'real articles with marks, words and control characters inserted and removed'],
  ['binary-unicode', 0.12, 'any code points, astral planes included'],
  ['utf16-code-units', 0.12, 'any UTF-16 code units: lone surrogates, NUL, C0 and C1 controls'],
  ['graphemes', 0.1, 'printable graphemes of every script: emoji sequences, RTL, combining marks'],
  ['line-ends', 0.08, 'real articles with CR, CRLF, LS, PS, NEL, VT and FF line ends, all or mixed'],
  ['quote-storms', 0.08, 'thousands of quote marks of every kind with a few words between'],
];

function expectPass(family: string, outcome: Awaited<ReturnType<typeof runWorker>>) {
  if (outcome.ok) return;
  outcome.savedTo = saveCounterexample(family, outcome);
  assert.fail(describeFailure(family, outcome));
}

describe(`engine fuzz: ${config.engineRuns} cases, seed ${config.seed}`, function () {
  // The 1 MB documents are the slowest cases: their worker starts first and runs beside the families
  // (CI has two cores), and its verdict is read by the last test.
  let singleLine: ReturnType<typeof runWorker> | undefined;
  before(() => {
    singleLine = runWorker(WORKER, { family: 'single-line', numRuns: 1, seed: config.seed }, Math.max(config.deadlineMs, 120_000));
  });

  FAMILIES.forEach(([family, share, what], i) => {
    const numRuns = Math.max(1, Math.round(config.engineRuns * share));
    it(`${family} (${numRuns} cases): ${what}`, async function () {
      // Generous: a hang is caught by the watchdog's per-case deadline, this only bounds a whole family.
      this.timeout(120_000 + numRuns * 200);
      expectPass(family, await runWorker(WORKER, { family, numRuns, seed: config.seed + i }, config.deadlineMs));
    });
  });

  it('1 MB documents on a single line: news text, quote marks, name-like words, date words, surrogates', async function () {
    this.timeout(30 * 60_000);
    expectPass('single-line', await singleLine!);
  });
});
