// Runs a fuzz worker (engine-worker.ts) and watches it: a case that runs past the deadline is a hang, and
// the input the worker posted last is the one that hung. A crash of the worker (an exception outside
// fast-check, running out of memory) is reported with that input too. Failing inputs are saved as JSON
// (lone surrogates survive JSON escapes) under test-results/fuzz/, for a regression test.
import { Worker } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../../server/src/protocol';

export interface WorkerSpec {
  family: string;
  numRuns: number;
  seed: number;
  /** fast-check's replay path of a counterexample, to re-run one case. */
  path?: string;
  singleLineSize?: number;
  /** How long to shrink a failing case (the result so far is reported when time is up). */
  shrinkMs?: number;
}

export interface FuzzCase {
  text: string;
  options: AnalyzeOptions | undefined;
  label?: string;
}

export type WorkerMessage =
  | ({ type: 'case' } & FuzzCase)
  | { type: 'done'; failed: boolean; numRuns: number; numShrinks?: number; seed: number; path?: string; counterexample?: FuzzCase; error?: string };

export interface FuzzOutcome {
  ok: boolean;
  numRuns: number;
  ms: number;
  /** Why it failed: the assertion or exception, a hang or a crash of the worker. */
  problem?: string;
  counterexample?: FuzzCase;
  seed: number;
  path?: string;
  savedTo?: string;
}

export function runWorker(file: string, spec: WorkerSpec, deadlineMs: number): Promise<FuzzOutcome> {
  const started = Date.now();
  const worker = new Worker(file, { workerData: spec, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  let current: FuzzCase | undefined;
  let caseStarted = Date.now();
  let cases = 0;
  return new Promise<FuzzOutcome>((resolve) => {
    let settled = false;
    const finish = (o: Omit<FuzzOutcome, 'ms' | 'seed'> & { seed?: number }) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      void worker.terminate();
      resolve({ seed: spec.seed, ...o, ms: Date.now() - started });
    };
    // Loading the engine comes before the first case: it gets its own, longer allowance.
    const startupMs = Math.max(deadlineMs, 60_000);
    const timer = setInterval(() => {
      if (!current && Date.now() - caseStarted > startupMs) {
        finish({ ok: false, numRuns: 0, problem: `the worker did not start its first case within ${startupMs} ms (loading the engine hung?)` });
      } else if (current && Date.now() - caseStarted > deadlineMs) {
        finish({ ok: false, numRuns: cases, problem: `hang: a case ran for more than ${deadlineMs} ms (still running when stopped)`, counterexample: current });
      }
    }, Math.min(250, deadlineMs / 2));
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'case') {
        current = { text: m.text, options: m.options, ...(m.label ? { label: m.label } : {}) };
        caseStarted = Date.now();
        cases++;
      } else {
        finish({
          ok: !m.failed,
          numRuns: m.numRuns,
          seed: m.seed,
          path: m.path,
          counterexample: m.counterexample,
          problem: m.failed ? `${m.error ?? 'the property failed'}\n(after ${m.numShrinks ?? 0} shrinks)` : undefined,
        });
      }
    });
    worker.on('error', (e) => finish({ ok: false, numRuns: cases, problem: `the worker crashed: ${e.stack ?? e}`, counterexample: current }));
    // Deferred, so that a verdict posted just before a normal exit is read first.
    worker.on('exit', (code) =>
      setImmediate(() => finish({ ok: false, numRuns: cases, problem: `the worker exited (code ${code}) before finishing`, counterexample: current })),
    );
  });
}

/** Saves a failing case where a developer can load it into a regression test; returns the path. */
export function saveCounterexample(name: string, outcome: FuzzOutcome): string | undefined {
  if (!outcome.counterexample) return undefined;
  const dir = join(process.cwd(), 'test-results', 'fuzz');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-seed${outcome.seed}.json`);
  writeFileSync(file, JSON.stringify({ ...outcome, counterexample: outcome.counterexample }, null, 1) + '\n');
  return file;
}

/** A failure message a developer can act on: the problem, the (shortened) input, how to replay it. */
export function describeFailure(family: string, outcome: FuzzOutcome): string {
  const input = outcome.counterexample ? JSON.stringify(outcome.counterexample.text) : '(unknown)';
  const shown = input.length > 600 ? `${input.slice(0, 300)} ... ${input.slice(-200)} (${outcome.counterexample?.text.length} chars)` : input;
  return [
    `fuzz family "${family}" failed after ${outcome.numRuns} cases: ${outcome.problem}`,
    `input: ${outcome.counterexample?.label ? `[${outcome.counterexample.label}] ` : ''}${shown}`,
    outcome.counterexample?.options ? `options: ${JSON.stringify(outcome.counterexample.options)}` : '',
    `replay: NEWS_LENS_FUZZ_SEED=${outcome.seed}${outcome.path ? ` (fast-check path ${outcome.path.length > 120 ? outcome.path.slice(0, 120) + '…' : outcome.path})` : ''}`,
    outcome.savedTo ? `saved to ${outcome.savedTo}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
