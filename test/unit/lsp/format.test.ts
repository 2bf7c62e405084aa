import assert from 'node:assert/strict';
import { longDate, md, openingWords } from '../../../server/src/lsp/format';

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

  it('escapes markdown in article text', () => {
    assert.equal(md('a *b* [c] _d_'), 'a \\*b\\* \\[c\\] \\_d\\_');
    assert.equal(md('# not a heading'), '\\# not a heading');
  });
});
