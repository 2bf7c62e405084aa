// Properties of the quick fixes on generated articles (quotation marks of every style, commas, stops,
// attribution clauses, names spelt two ways, directives): every fix's edit fits the text it was computed
// for, every action (fix-all and source.fixAll included) applies without overlapping edits, and the
// preferred fix of a diagnostic makes it go.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeActions } from '../../../../server/src/lsp/code-actions';
import { dataEdit } from '../../../../server/src/lsp/code-actions/edits';
import { editsFor } from '../../../support/workspace-edit';
import { actionsFor, apply, prepare } from './helpers';

const pieces = [
  '“', '”', '"', '‘', '’', "'", ' ', ' ', ' ', ', ', '. ', '? ', '.', ',', ': ', '\n', '\n\n',
  'We will win', 'the money will come', 'nobody', 'he said', 'said Mr Reid', 'the minister told reporters',
  'Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Councillor Priya Raman', 'Raaman', 'the U.S.', 'on Wednesday, 17 March 2026',
  '<!-- news-lens-disable-next-line unattributed-quote -->\n', '[SPEAKER] said', '    ',
];
const article = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((p) => `Headline\nLEEDS, 12 March 2026\n\n${p.join('')}`);

describe('lsp/code-actions: properties on generated articles', function () {
  this.timeout(60_000);
  it('edits fit the text, actions apply cleanly, preferred fixes reduce their diagnostics', () => {
    fc.assert(
      fc.property(article, (text) => {
        const p = prepare(text);
        for (const d of p.current) {
          for (const key of ['placeholder', 'insert']) {
            if ((d.data as Record<string, unknown> | undefined)?.[key] !== undefined) assert.ok(dataEdit(p.doc, d, key), `${d.code} ${key} fits the text`);
          }
          for (const action of actionsFor(p, d)) {
            const fixed = apply(p, action);
            if (!action.isPreferred) continue;
            // For a missing mark, only where it is the one mark of its line: among several, the new mark may
            // pair with another one, which is fine for a text of stray marks.
            const line = p.doc.text.split('\n')[d.range.start.line];
            if (d.code === 'unbalanced-quote' && (line.match(/[“”"‘’'«»‹›„‚]/g) ?? []).length !== 1) continue;
            // The diagnostic fixed is gone: none of its code starts where it started, moved by the edits before it.
            const at = p.doc.offsetAt(d.range.start);
            const edits = editsFor(action.edit!, p.doc.uri).edits.map((e) => ({ start: p.doc.offsetAt(e.range.start), end: p.doc.offsetAt(e.range.end), text: e.newText }));
            // Edits before it, and an insertion right at it, move it; a respelling of its own word does not.
            const moved = at + edits.filter((e) => e.start < at || (e.start === at && e.end === at)).reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
            const q = prepare(fixed);
            const left = q.current.filter((x) => x.code === d.code && q.doc.offsetAt(x.range.start) === moved);
            assert.deepEqual(left.map((x) => x.message), [], `${action.title}\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
          }
        }
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        for (const action of codeActions(p.doc, p.current, { range, context: [], only: ['source.fixAll'], versioned: false })) apply(p, action);
      }),
      { numRuns: Number(process.env.NEWS_LENS_PROPERTY_RUNS ?? 300), seed: Number(process.env.NEWS_LENS_PROPERTY_SEED ?? 20261206) },
    );
  });
});
