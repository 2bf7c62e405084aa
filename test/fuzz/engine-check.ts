// The engine's fuzz property for one input: analyze() returns, its analysis keeps every invariant,
// the same text gives the same analysis, and the analysis crosses JSON and the zod contract unchanged.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import type { AnalyzeOptions } from '../../server/src/protocol';
import { checkAnalysis, checkJsonRoundTrip } from './invariants';

/** Throws on the first violation. */
export function checkEngineCase(text: string, options?: AnalyzeOptions): void {
  const first = analyze(text, options);
  checkAnalysis(text, first);
  const second = analyze(text, options);
  assert.deepStrictEqual(second, first, 'the same text analysed twice gives different analyses');
  checkJsonRoundTrip(first);
}
