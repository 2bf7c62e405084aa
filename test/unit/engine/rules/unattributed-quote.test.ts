// The unattributed-quote rule's quick-fix data: where the attribution placeholder goes and how the
// punctuation around it changes, applied to the text; the fixed article has no unattributed quote left.
import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';
import { LineIndex } from '../../../../server/src/engine/text/line-index';
import type { FixEdit } from '../../../../server/src/engine/rules/fix-data';

const HEAD = 'Bus trial: what residents said\nLEEDS, 12 March 2026\n\n';

/** The article with the first unattributed quote's placeholder applied (undefined when it has none). */
function withPlaceholder(body: string): string | undefined {
  const text = HEAD + body;
  const d = analyze(text, { published: '2026-03-12' }).diagnostics.find((x) => x.code === 'unattributed-quote');
  assert.ok(d, `an unattributed quote in: ${body}`);
  const edit = d.data?.placeholder as FixEdit | undefined;
  if (!edit) return undefined;
  const at = new LineIndex(text).offset(d.range.start);
  assert.equal(text.slice(at + edit.from, at + edit.to), edit.replaces, 'replaces is the text under the edit');
  return (text.slice(0, at + edit.from) + edit.text + text.slice(at + edit.to)).slice(HEAD.length);
}

describe('engine/rules/unattributed-quote: the placeholder fix', () => {
  const cases: Array<[string, string, string]> = [
    ['a full stop inside the mark becomes a comma', '“Nobody has explained where the money will come from.”', '“Nobody has explained where the money will come from,” [SPEAKER] said.'],
    [
      'a full stop, then another sentence',
      '“Nobody has explained where the money will come from.” The trial starts in May.',
      '“Nobody has explained where the money will come from,” [SPEAKER] said. The trial starts in May.',
    ],
    ['a question keeps its mark', '“Why should shift workers wait another year for a bus home?”', '“Why should shift workers wait another year for a bus home?” [SPEAKER] said.'],
    ['British style: the stop outside the mark', '‘Nobody has explained where the money will come from’.', '‘Nobody has explained where the money will come from’, [SPEAKER] said.'],
    ['straight marks', '"Nobody has explained where the money will come from."', '"Nobody has explained where the money will come from," [SPEAKER] said.'],
    ['an abbreviation keeps its full stop', '“We brought the whole idea over from the U.S.”', '“We brought the whole idea over from the U.S.,” [SPEAKER] said.'],
    ['a paragraph of quotation with no stop', '“Nobody has explained where the money will come from”', '“Nobody has explained where the money will come from,” [SPEAKER] said.'],
    [
      'a partial quotation inside a sentence: before the sentence’s full stop',
      'The council was “deeply concerned about the cost and the lack of drivers” when the plan was drawn up. It starts in May.',
      'The council was “deeply concerned about the cost and the lack of drivers” when the plan was drawn up, [SPEAKER] said. It starts in May.',
    ],
  ];
  for (const [what, body, expected] of cases) {
    it(what, () => {
      const fixed = withPlaceholder(body);
      assert.equal(fixed, expected);
      const left = analyze(HEAD + fixed, { published: '2026-03-12' }).diagnostics.filter((d) => d.code === 'unattributed-quote');
      assert.deepEqual(left, [], 'the placeholder attributes the quotation');
    });
  }

  it('a comma inside the mark: the placeholder follows it and the sentence goes on', () => {
    const fixed = withPlaceholder('“Nobody has explained where the money will come from,” and nobody at the meeting tried.');
    assert.equal(fixed, '“Nobody has explained where the money will come from,” [SPEAKER] said and nobody at the meeting tried.');
  });

  it('a quotation missing a mark gets none (the unbalanced-quote fix adds the mark first)', () => {
    assert.equal(withPlaceholder('“Nobody has explained where the money will come from.'), undefined);
    assert.equal(withPlaceholder('The report was clear. Nobody has explained where the money will come from.”'), undefined);
  });

  it('an opening glyph used to close, or marks in a tangle: none', () => {
    assert.equal(withPlaceholder('“Nobody has explained where the money will come from.“ Then nothing.'), undefined);
  });
});
