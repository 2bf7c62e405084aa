import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../../server/src/engine/text/line-index';
import { compareRanges, engineOffsets, plainRange } from '../../../../server/src/engine/text/offset-range';

describe('engine/text/offset-range', () => {
  const text = 'one\r\ntwo\nthree\rfour\n\nsix';
  const lines = new LineIndex(text);

  it('reads as the LSP range of its offsets, and serialises as one', () => {
    const r = lines.offsetRange(5, 12);
    assert.deepEqual(plainRange(r), { start: { line: 1, character: 0 }, end: { line: 2, character: 3 } });
    assert.equal(JSON.stringify(r), JSON.stringify(plainRange(r)));
    assert.deepEqual(engineOffsets(r), { start: 5, end: 12 });
    assert.equal(engineOffsets(plainRange(r)), undefined);
  });

  it('orders ranges by their offsets as by their positions, the engine’s, plain ones and mixed', () => {
    const sign = (n: number) => Math.sign(n);
    const span = fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(span, span, ([a0, a1], [b0, b1]) => {
        const a = lines.offsetRange(a0, a1);
        const b = lines.offsetRange(b0, b1);
        const expected = sign(a0 - b0 || a1 - b1);
        assert.equal(sign(compareRanges(a, b)), expected);
        assert.equal(sign(compareRanges(plainRange(a), plainRange(b))), expected);
        assert.equal(sign(compareRanges(a, plainRange(b))), expected);
      }),
      { numRuns: 500 },
    );
  });
});
