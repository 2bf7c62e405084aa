import assert from 'node:assert/strict';
import { fullCollection, LONG_DOCUMENT, reclaimingMemory } from '../../../server/src/lsp/reclaim-memory';

describe('lsp/reclaimingMemory', () => {
  it('collects before and after the analysis of a long document, and returns its result', () => {
    const calls: string[] = [];
    const result = reclaimingMemory(LONG_DOCUMENT, () => (calls.push('analyse'), 42), () => calls.push('collect'));
    assert.equal(result, 42);
    assert.deepEqual(calls, ['collect', 'analyse', 'collect']);
  });

  it('leaves a shorter document alone', () => {
    const calls: string[] = [];
    reclaimingMemory(LONG_DOCUMENT - 1, () => calls.push('analyse'), () => calls.push('collect'));
    assert.deepEqual(calls, ['analyse']);
  });

  it('finds V8’s full collection in a Node started without --expose-gc, without exposing it globally', () => {
    const gc = fullCollection();
    assert.equal(typeof gc, 'function');
    gc!();
    assert.equal(fullCollection(), gc);
    if (!process.execArgv.includes('--expose-gc')) assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  });

  it('lets an exception from the analysis through', () => {
    assert.throws(() => reclaimingMemory(LONG_DOCUMENT, () => { throw new Error('boom'); }, () => {}), /boom/);
  });
});
