import assert from 'node:assert/strict';
import { Draft, pickNearest } from '../../../../server/src/engine/people/drafts';

/** pickNearest as its doc says, written plainly: the candidate with the latest anchor before `at`; else the first mentioned. */
function reference(cands: readonly Draft[], at: number): Draft | undefined {
  let best: Draft | undefined;
  let bestPos = -1;
  for (const c of cands) {
    const before = c.anchorStarts().flat().filter((p) => p < at);
    const last = before.length ? Math.max(...before) : -1;
    if (last > bestPos) [best, bestPos] = [c, last];
  }
  if (best) return best;
  let first = Infinity;
  for (const c of cands) {
    const all = c.anchorStarts().flat();
    const f = all.length ? Math.min(...all) : Infinity;
    if (f < first || !best) [first, best] = [f, c];
  }
  return best;
}

const mention = (start: number) => ({ start, end: start + 5, nameStart: start, nameEnd: start + 5, basis: 'surname' as const, parts: [], surnameParts: 1 });

describe('people/pickNearest', () => {
  it('on a long list (its anchors merged once nothing changes) answers as the plain search, before, between and after every anchor', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let trial = 0; trial < 20; trial++) {
      const drafts = Array.from({ length: 8 + rand(30) }, (_, k) => new Draft(k));
      const used = new Set<number>();
      // Each draft's mentions in text order, as the merge's passes add them.
      for (const d of drafts) {
        const starts: number[] = [];
        for (let m = rand(6); m > 0; m--) {
          let at = rand(5000);
          while (used.has(at)) at = rand(5000);
          used.add(at);
          starts.push(at);
        }
        for (const at of starts.sort((a, b) => a - b)) d.add(mention(at), rand(2) as 0 | 1);
      }
      for (let at = -1; at <= 5001; at += 1 + rand(40)) {
        // Twice: the first asks plainly and notes the list, the second uses the merged anchors.
        assert.equal(pickNearest(drafts, at), reference(drafts, at), `trial ${trial}, at ${at}`);
        assert.equal(pickNearest(drafts, at), reference(drafts, at), `trial ${trial}, at ${at} (merged)`);
      }
    }
  });

  it('sees an anchor added after the list was merged', () => {
    const drafts = Array.from({ length: 10 }, (_, k) => new Draft(k));
    drafts.forEach((d, k) => d.add(mention(100 * k), 0));
    pickNearest(drafts, 450);
    assert.equal(pickNearest(drafts, 450), drafts[4]);
    drafts[7].add(mention(420), 1);
    assert.equal(pickNearest(drafts, 450), drafts[7]);
    assert.equal(pickNearest(drafts, 450), drafts[7]);
  });
});
