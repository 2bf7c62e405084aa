import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerBound } from '../../../../server/src/engine/text/lower-bound';

/** The answer by looking at every index: the first in [from, length) where the test holds, else length. */
function linear(length: number, isAtOrAfter: (index: number) => boolean, from = 0): number {
  for (let i = from; i < length; i++) if (isAtOrAfter(i)) return i;
  return length;
}

describe('lowerBound (first index at or after, by binary search)', () => {
  it('answers an empty range without asking the test', () => {
    const never = () => assert.fail('the test was called');
    assert.equal(lowerBound(0, never), 0);
    assert.equal(lowerBound(5, never, 5), 5);
  });

  it('gives the length when the test holds nowhere, and the start when it holds everywhere', () => {
    assert.equal(lowerBound(1, () => false), 1);
    assert.equal(lowerBound(7, () => false), 7);
    assert.equal(lowerBound(1, () => true), 0);
    assert.equal(lowerBound(7, () => true), 0);
    assert.equal(lowerBound(7, () => true, 3), 3);
    assert.equal(lowerBound(7, () => false, 3), 7);
  });

  it('finds the first index at or after an offset in sorted starts, at every boundary', () => {
    const starts = [2, 4, 4, 4, 9, 15];
    const at = (offset: number) => lowerBound(starts.length, (i) => starts[i] >= offset);
    assert.equal(at(0), 0);
    assert.equal(at(2), 0);
    assert.equal(at(3), 1);
    assert.equal(at(4), 1); // the first of equal values
    assert.equal(at(5), 4);
    assert.equal(at(15), 5);
    assert.equal(at(16), 6);
    // "After" (a strict test) lands past the equal values; one less is the last index at or before.
    assert.equal(lowerBound(starts.length, (i) => starts[i] > 4), 4);
    assert.equal(lowerBound(starts.length, (i) => starts[i] > 1) - 1, -1);
  });

  it('searches only from `from` on, and never asks about an index outside [from, length)', () => {
    const values = [1, 5, 5, 8, 8, 8, 12];
    const asked: number[] = [];
    const test = (i: number) => {
      asked.push(i);
      return values[i] >= 5;
    };
    assert.equal(lowerBound(values.length, test, 3), 3);
    assert.ok(asked.every((i) => i >= 3 && i < values.length));
    assert.equal(lowerBound(values.length, (i) => values[i] >= 9, 2), 6);
    assert.equal(lowerBound(values.length, (i) => values[i] >= 13, 4), 7);
    // A sub-range: the length bounds the search as well.
    assert.equal(lowerBound(5, (i) => values[i] >= 9, 1), 5);
  });

  it('searches typed arrays and parallel arrays through the index', () => {
    const ends = Int32Array.from([3, 6, 10, 14]);
    assert.equal(lowerBound(ends.length, (i) => ends[i] > 6), 2);
    const starts = [0, 4, 8];
    const lengths = [3, 2, 9];
    assert.equal(lowerBound(starts.length, (i) => starts[i] + lengths[i] > 7), 2);
  });

  it('agrees with a linear scan on random sorted arrays, offsets and starting points', () => {
    // Sorted values made from random steps (0 gives equal neighbours); any offset and start in range.
    const cases = fc
      .array(fc.integer({ min: 0, max: 2 }), { maxLength: 40 })
      .chain((steps) => {
        let v = 0;
        const values = steps.map((d) => (v += d));
        return fc.tuple(fc.constant(values), fc.integer({ min: -2, max: v + 2 }), fc.integer({ min: 0, max: values.length }));
      });
    fc.assert(
      fc.property(cases, ([values, offset, from]) => {
        const atOrAfter = (i: number) => values[i] >= offset;
        const after = (i: number) => values[i] > offset;
        assert.equal(lowerBound(values.length, atOrAfter, from), linear(values.length, atOrAfter, from));
        assert.equal(lowerBound(values.length, after, from), linear(values.length, after, from));
        assert.equal(lowerBound(values.length, atOrAfter), linear(values.length, atOrAfter));
      }),
      { numRuns: 2000, seed: 20260101 },
    );
  });
});
