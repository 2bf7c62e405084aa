// Inputs the fuzzers found that broke the engine once, kept as plain unit tests so they stay fixed.
// Each names what failed and where; the check is the fuzz property itself (engine-check.ts).
import { checkEngineCase } from './engine-check';

describe('fuzz regressions', () => {
  it('a paragraph of 200,000 opening quote marks (findQuotes spread its stray marks into push(): call stack overflow)', () => {
    // More unpaired marks than a function call takes arguments: Array.prototype.push(...strays) threw RangeError.
    checkEngineCase('“'.repeat(200_000));
  });

  it('200,000 straight double quotes on one line', () => {
    checkEngineCase('"'.repeat(200_000));
  });
});
