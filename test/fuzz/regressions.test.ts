// Inputs the fuzzers found that broke the engine once, kept as plain unit tests so they stay fixed.
// Each names what failed and where; the check is the fuzz property itself (engine-check.ts).
import { checkEngineCase } from './engine-check';

describe('fuzz regressions', function () {
  // A bound on hangs, not a speed test: the 200,000-mark documents are analysed twice each.
  this.timeout(60_000);

  it('a paragraph of 200,000 opening quote marks (findQuotes spread its stray marks into push(): call stack overflow, fixed in 01ed8a7)', () => {
    // More unpaired marks than a function call takes arguments: Array.prototype.push(...strays) threw RangeError.
    checkEngineCase('“'.repeat(200_000));
  });

  it('200,000 straight double quotes on one line', () => {
    checkEngineCase('"'.repeat(200_000));
  });

  it('a name around a comment directive: the mention text is what its range covers (people: text taken from the blanked text)', () => {
    // The detectors see comments blanked to spaces; a mention's text must still be the document's own text,
    // and a name should not be joined across a comment.
    checkEngineCase('Mr Keir <!-- x --> Starmer spoke.');
    checkEngineCase('Zelenskyy<!-- news-lens-disable -->Updated "said"');
  });
});
