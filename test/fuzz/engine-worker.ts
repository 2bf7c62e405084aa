// Runs one family of engine fuzz cases in a worker thread, so that the test's thread can stop it if a case
// hangs (a synchronous infinite loop cannot be interrupted from inside). Before each case the worker posts
// the input, so the watchdog knows exactly which input hung; at the end it posts fast-check's verdict.
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import {
  analyzeOptions,
  binaryText,
  codeUnitText,
  graphemeText,
  mutatedArticle,
  newsLikeText,
  quoteStorm,
  realArticles,
  reLinedArticle,
  singleLineDocuments,
} from './arbitraries';
import { checkEngineCase } from './engine-check';
import type { WorkerMessage, WorkerSpec } from './watchdog';

const spec = workerData as WorkerSpec;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

function family(name: string): fc.Arbitrary<string> {
  const articles = realArticles();
  switch (name) {
    case 'binary-unicode':
      return binaryText;
    case 'utf16-code-units':
      return codeUnitText;
    case 'graphemes':
      return graphemeText;
    case 'news-tokens':
      return newsLikeText;
    case 'mutated-articles':
      return mutatedArticle(articles);
    case 'line-ends':
      return reLinedArticle(articles);
    case 'quote-storms':
      return quoteStorm;
    default:
      throw new Error(`unknown fuzz family ${name}`);
  }
}

function runFixed() {
  // The single-line documents are fixed inputs: each is one case, no shrinking; all run, the first failure is reported.
  const docs = singleLineDocuments(realArticles(), spec.singleLineSize ?? 1_000_000);
  const failures: Array<{ doc: (typeof docs)[number]; error: string }> = [];
  for (const doc of docs) {
    post({ type: 'case', text: doc.text, options: undefined, label: doc.name });
    try {
      checkEngineCase(doc.text, undefined);
    } catch (e) {
      failures.push({ doc, error: String((e as Error).stack ?? e) });
    }
  }
  const first = failures[0];
  post({
    type: 'done',
    failed: failures.length > 0,
    numRuns: docs.length,
    seed: spec.seed,
    ...(first
      ? {
          counterexample: { text: first.doc.text, options: undefined, label: first.doc.name },
          error: `${failures.length} of ${docs.length} documents fail: ${failures.map((f) => `[${f.doc.name}] ${f.error.split('\n')[0]}`).join('; ')}\nfirst: ${first.error}`,
        }
      : {}),
  });
}

function runFamily() {
  const property = fc.property(family(spec.family), analyzeOptions, (text, options) => {
    post({ type: 'case', text, options });
    checkEngineCase(text, options);
  });
  // Find first, without shrinking; then shrink that case for a bounded time (a long input can take minutes
  // to shrink fully), replaying it from its path.
  const found = fc.check(property, { numRuns: spec.numRuns, seed: spec.seed, endOnFailure: true, ...(spec.path ? { path: spec.path } : {}) });
  const shrunk = found.failed && found.counterexamplePath
    ? fc.check(property, { seed: found.seed, path: found.counterexamplePath, interruptAfterTimeLimit: spec.shrinkMs ?? 30_000 })
    : undefined;
  const details = shrunk?.failed ? { ...shrunk, numRuns: found.numRuns } : found;
  const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : details.errorInstance == null ? undefined : String(details.errorInstance);
  post({
    type: 'done',
    failed: details.failed,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
    counterexample: details.counterexample ? { text: details.counterexample[0], options: details.counterexample[1] } : undefined,
    error,
  });
}

/** For the harness's own test: a case that never returns, as an infinite loop in a detector would. */
function hangForTheWatchdog(): void {
  post({ type: 'case', text: 'the hanging input', options: undefined });
  for (;;);
}

if (spec.family === 'single-line') runFixed();
else if (spec.family === 'watchdog-self-test') hangForTheWatchdog();
else runFamily();
