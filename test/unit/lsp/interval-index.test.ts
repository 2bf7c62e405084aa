import assert from 'node:assert/strict';
import { IntervalIndex } from '../../../server/src/lsp/interval-index';

describe('lsp/IntervalIndex', () => {
  const index = IntervalIndex.from([
    { start: 10, end: 15, item: 'b' },
    { start: 0, end: 5, item: 'a' },
    { start: 20, end: 60, item: 'outer' },
    { start: 30, end: 35, item: 'inner' },
  ]);

  it('finds the span under an offset, half-open by default', () => {
    assert.equal(index.find(0)?.item, 'a');
    assert.equal(index.find(4)?.item, 'a');
    assert.equal(index.find(5), undefined);
    assert.equal(index.find(12)?.item, 'b');
    assert.equal(index.find(17), undefined);
  });

  it('prefers the innermost of nested spans', () => {
    assert.equal(index.find(31)?.item, 'inner');
    assert.equal(index.find(25)?.item, 'outer');
    assert.equal(index.find(40)?.item, 'outer');
  });

  it('with touchingEnd, a cursor just after a span finds it, but a containing span wins', () => {
    assert.equal(index.find(5, true)?.item, 'a');
    assert.equal(index.find(15, true)?.item, 'b');
    assert.equal(index.find(35, true)?.item, 'outer'); // inside outer beats touching inner's end
  });

  it('answers nothing outside every span, and on an empty index', () => {
    assert.equal(index.find(-3), undefined);
    assert.equal(index.find(1000), undefined);
    assert.equal(IntervalIndex.from([]).find(0), undefined);
  });

  it('leaves out a span that ends before it starts, and of two equal spans finds the one added last', () => {
    const idx = IntervalIndex.from([
      { start: 9, end: 3, item: 'backwards' },
      { start: 0, end: 4, item: 'first' },
      { start: 0, end: 4, item: 'second' },
    ]);
    assert.equal(idx.size, 2);
    assert.equal(idx.find(5), undefined);
    assert.deepEqual(idx.find(2), { start: 0, end: 4, item: 'second' });
  });

  it('agrees with a linear scan on many random spans', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = rand(2000);
      return { start, end: start + 1 + rand(i % 10 === 0 ? 200 : 12), item: i };
    });
    const idx = IntervalIndex.from(spans);
    for (let off = 0; off < 2300; off++) {
      const covering = spans.filter((s) => s.start <= off && off < s.end);
      const got = idx.find(off);
      if (!covering.length) assert.equal(got, undefined, `offset ${off}`);
      else assert.equal(got!.end - got!.start, Math.min(...covering.map((s) => s.end - s.start)), `offset ${off}`);
    }
  });
});
