import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DANGLING, longDate, md, openingWords } from '../../../server/src/lsp/format';

describe('lsp/format', () => {
  it('writes days with their weekday, and months and years as given', () => {
    assert.equal(longDate('2025-08-18'), 'Monday 18 August 2025');
    assert.equal(longDate('2024-02-29'), 'Thursday 29 February 2024');
    assert.equal(longDate('2026-03'), 'March 2026');
    assert.equal(longDate('2026'), '2026');
    assert.equal(longDate('2025-02-30'), '2025-02-30');
  });

  it('names a quote by its first words', () => {
    assert.equal(openingWords('real progress'), 'real progress');
    assert.equal(openingWords('We were able to win the following concession, that the United States'), 'We were able to win the following…');
    assert.equal(openingWords('If it works, we will make the case for a permanent service'), 'If it works, we will make…');
    assert.equal(openingWords('  spaced\n out  '), 'spaced out');
    assert.equal(openingWords('x'.repeat(100)).length, 61);
  });

  it('names a quote by its first words as collapsing and splitting the whole quote would (reading only its start)', () => {
    // The plain model: collapse every run of blanks, split on the spaces, keep words while they fit.
    const model = (text: string, maxWords: number, maxChars: number): string => {
      const words = text.replace(/\s+/g, ' ').trim().split(' ');
      let out = '';
      let cut = false;
      for (const [i, w] of words.entries()) {
        if (i >= maxWords || (out + ' ' + w).length > maxChars) {
          cut = true;
          break;
        }
        out = out ? `${out} ${w}` : w;
      }
      if (!out && words[0]) {
        out = words[0].slice(0, maxChars);
        cut = words[0].length > maxChars || words.length > 1;
      }
      if (!cut) return out;
      const kept = out.split(' ');
      while (kept.length > 1 && DANGLING.has(kept[kept.length - 1].toLowerCase())) kept.pop();
      return kept.join(' ').replace(/[,;:.!?]+$/, '') + '…';
    };
    // Found by this property in CI: the entry stops before a dangling article ("x A" → "x…").
    assert.equal(openingWords('x A !', 2, 3), model('x A !', 2, 3));
    const piece = fc.oneof(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', 'the', 'of', 'A', 'x', ',', 'word.', 'Ça', '😀'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 70 }), (pieces, maxWords, maxChars) => {
        const text = pieces.join('');
        assert.equal(openingWords(text, maxWords, maxChars), model(text, maxWords, maxChars));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes markdown in article text', () => {
    assert.equal(md('a *b* [c] _d_'), 'a \\*b\\* \\[c\\] \\_d\\_');
    assert.equal(md('# not a heading'), '\\# not a heading');
  });
});
