// The unbalanced-quote rule's quick-fix data: which mark is missing, in the style of the one there, and
// where it evidently goes; the fixed article is balanced.
import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';
import { LineIndex } from '../../../../server/src/engine/text/line-index';
import type { FixEdit } from '../../../../server/src/engine/rules/fix-data';

function withMark(text: string): string | undefined {
  const d = analyze(text, { published: '2026-03-12' }).diagnostics.find((x) => x.code === 'unbalanced-quote');
  assert.ok(d, `an unbalanced quote in: ${text}`);
  const edit = d.data?.insert as FixEdit | undefined;
  if (!edit) return undefined;
  const at = new LineIndex(text).offset(d.range.start);
  assert.equal(edit.replaces, '');
  return text.slice(0, at + edit.from) + edit.text + text.slice(at + edit.to);
}

describe('engine/rules/unbalanced-quote: the missing-mark fix', () => {
  const cases: Array<[string, string, string]> = [
    ['closing, at the paragraph end', 'The judge said the evidence was “thin at best.\nThe trial resumes on Monday.', 'The judge said the evidence was “thin at best.”\nThe trial resumes on Monday.'],
    ['closing, straight for straight', 'The judge said the evidence was "thin at best.\nThe trial resumes on Monday.', 'The judge said the evidence was "thin at best."\nThe trial resumes on Monday.'],
    ['closing, single for single', '‘We will rebuild the stand by August and the fans will be back.\nThe club said nothing more.', '‘We will rebuild the stand by August and the fans will be back.’\nThe club said nothing more.'],
    [
      'closing, before an attribution that follows a comma inside the run',
      '“We will rebuild the stand by August, the club chairman said. The fans will be back.\nTickets go on sale in June.',
      '“We will rebuild the stand by August,” the club chairman said. The fans will be back.\nTickets go on sale in June.',
    ],
    ['closing, before the next opening mark', '“We will rebuild the stand. “The fans will be back,” the chairman said.', '“We will rebuild the stand.” “The fans will be back,” the chairman said.'],
    ['opening, at the paragraph start', 'We will rebuild the stand by August,” the club chairman said.', '“We will rebuild the stand by August,” the club chairman said.'],
    ['opening, after an introducing colon', 'The chairman said: We will rebuild the stand by August.”', 'The chairman said: “We will rebuild the stand by August.”'],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      const fixed = withMark(text);
      assert.equal(fixed, expected);
      assert.deepEqual(analyze(fixed!, { published: '2026-03-12' }).diagnostics.filter((d) => d.code === 'unbalanced-quote'), []);
    });
  }

  it('a comma with no attribution after it does not end the quotation', () => {
    const text = '“We will rebuild the stand by August, and the fans will be back.\nTickets go on sale in June.';
    assert.equal(withMark(text), '“We will rebuild the stand by August, and the fans will be back.”\nTickets go on sale in June.');
  });

  it('a stray mark holding no words has no mark to add', () => {
    assert.equal(withMark('The chairman said “\nTickets go on sale in June.'), undefined);
  });
});
