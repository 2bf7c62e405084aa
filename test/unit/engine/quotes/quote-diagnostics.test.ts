import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';

/** The diagnostics of one code, as the line each starts on. */
function lines(text: string, code: string): number[] {
  return analyze(text, { published: '2026-03-12' })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => d.range.start.line);
}

describe('engine/quotes diagnostics (unbalanced-quote, unattributed-quote)', () => {
  const multi = [
    '“We had no warning at all,” said Ana Ruiz, who runs the bakery on Mill Street. “The water came in through the floor.',
    '“By the morning it was up to the counters.”',
  ].join('\n');

  it('does not call a paragraph that the next one continues unbalanced, and credits the continuation', () => {
    assert.deepEqual(lines(multi, 'unbalanced-quote'), []);
    assert.deepEqual(lines(multi, 'unattributed-quote'), []);
  });

  it('reports a quotation left open with no continuation, at its opening mark', () => {
    const text = ['The judge said the evidence was “thin at best.', 'The trial resumes on Monday.'].join('\n');
    assert.deepEqual(lines(text, 'unbalanced-quote'), [0]);
  });

  it('reports a closing mark with no opening one', () => {
    assert.deepEqual(lines('We will rebuild the stand by August,” the club chairman said.', 'unbalanced-quote'), [0]);
  });

  it('flags a quotation paragraph that follows a closed quotation with no new attribution', () => {
    const text = ['“We had no warning at all,” said Ana Ruiz, who runs the bakery on Mill Street.', '“By the morning it was up to the counters.”'].join('\n');
    assert.deepEqual(lines(text, 'unattributed-quote'), [1]);
  });

  it('does not flag scare quotes, nicknames or titles', () => {
    const text = 'Council leader Rebecca “Becky” Sato said the “cast iron” pledge in the report “Fit for the Future” still stood.';
    assert.deepEqual(lines(text, 'unattributed-quote'), []);
  });
});
