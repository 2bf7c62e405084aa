// Inputs the fuzzers found that broke the engine once, kept as plain unit tests so they stay fixed.
// Each names what failed and where; the check is the fuzz property itself (engine-check.ts).
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
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

  it('a name around a comment directive: its text is what its range covers (fixed in analyze.ts, 9e20251)', () => {
    // Detectors read the text with comments blanked to spaces; the mention text carried those spaces.
    const text = 'Mr Keir <!-- x --> Starmer spoke.';
    for (const m of analyze(text).people.flatMap((p) => p.mentions)) {
      assert.equal(m.text, text.slice(m.range.start.character, m.range.end.character));
    }
  });

  it('no name is joined across a comment or keeps a run of spaces (people: names built from the blanked text)', () => {
    // "van der Berg<!-- news-lens-enable -->Judge" became a person "der Berg                         Judge".
    checkEngineCase('van der Berg<!-- news-lens-enable -->Judge');
    checkEngineCase('Zelenskyy<!-- news-lens-disable -->Updated "said"');
    checkEngineCase('Mr Keir  Starmer said it.');
  });

  it('a 1 MB single line of short straight quotations (attribution counted each quotation\'s place in its paragraph by walking back: minutes)', () => {
    checkEngineCase(('"a" b ' + '""a" b '.repeat(150_000)).slice(0, 1_000_000));
  });

  it('a known person whose name has no letters (the name index keyed a name with no parts: TypeError)', () => {
    checkEngineCase('Starmer', { knownPeople: [{ name: '...', roles: [], spellings: ['Starmer'] }] });
  });

  it('a lone high surrogate before a name (the people tokenizer took it and the next letter for one emoji: a mention ending before it started)', () => {
    checkEngineCase('By Vafa Guliyeva and Raj Patel\n\ud800By Vafa Guliyeva and Raj Patel');
  });
});
