import assert from 'node:assert/strict';
import { betweenStagesFor, fullCollection, LONG_DOCUMENT } from '../../../server/src/lsp/reclaim-memory';

describe('lsp/reclaim-memory', () => {
  it('gives a long document’s analysis V8’s full collection to run between its stages', () => {
    assert.equal(betweenStagesFor(LONG_DOCUMENT), fullCollection());
    assert.equal(typeof betweenStagesFor(LONG_DOCUMENT), 'function');
  });

  it('gives a shorter document nothing', () => {
    assert.equal(betweenStagesFor(LONG_DOCUMENT - 1), undefined);
    assert.equal(betweenStagesFor(0), undefined);
  });

  it('finds the full collection in a Node started without --expose-gc, without putting it on the global', () => {
    const gc = fullCollection();
    assert.equal(typeof gc, 'function');
    gc!();
    assert.equal(fullCollection(), gc);
    if (!process.execArgv.includes('--expose-gc')) assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  });
});
