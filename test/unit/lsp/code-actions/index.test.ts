// How the actions are put together: the fixes of the diagnostics asked about, "fix all of this kind"
// (combined, non-overlapping), source.fixAll.newsLens only when asked for by kind and only with
// corrections, versioned edits, and nothing offered from a stale analysis.
import assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver';
import { codeActions } from '../../../../server/src/lsp/code-actions';
import { combine } from '../../../../server/src/lsp/code-actions/edits';
import { actionsFor, apply, codesIn, ofCode, prepare, titled } from './helpers';

const ARTICLE = [
  'Letters: readers on the late-night bus trial',
  'LEEDS, 14 March 2026',
  '',
  '“I have worked nights at the infirmary for eleven years and I have never once been able to get a bus home.”',
  '',
  '“Whoever decided that the last service should leave at half past ten has never worked a late shift.”',
  '',
  'The council’s consultation closes at the end of the month. Its summary said the trial was “the cheapest option on the table.',
  '',
  'Councillor Priya Raman said the trial would run until May. Raaman said the buses were ready.',
].join('\n');

describe('lsp/code-actions: the actions of a request', () => {
  it('per diagnostic: its fix (preferred), fix all of the kind, then ignore', () => {
    const p = prepare(ARTICLE);
    const ds = ofCode(p, 'unattributed-quote');
    assert.equal(ds.length, 2);
    const actions = actionsFor(p, ds[0]);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Add an attribution placeholder (“…,” [SPEAKER] said)', CodeActionKind.QuickFix, true],
        ['Add an attribution placeholder to every unattributed quotation (2)', CodeActionKind.QuickFix, false],
        ['Ignore this unattributed-quote (comment directive on the line above)', CodeActionKind.QuickFix, false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [ds[0]]);
    assert.deepEqual(actions[1].diagnostics, ds);
    const all = apply(p, actions[1]);
    assert.equal(
      all,
      ARTICLE.replace('bus home.”', 'bus home,” [SPEAKER] said.').replace('late shift.”', 'late shift,” [SPEAKER] said.'),
    );
    assert.ok(!codesIn(all).includes('unattributed-quote'));
  });

  it('unbalanced-quote: the missing mark, named in the title with where it goes', () => {
    const p = prepare(ARTICLE);
    const [d] = ofCode(p, 'unbalanced-quote');
    const fix = titled(actionsFor(p, d), 'Insert the missing closing mark ” after “…on the table.”');
    assert.equal(fix.isPreferred, true);
    const fixed = apply(p, fix);
    assert.equal(fixed, ARTICLE.replace('on the table.', 'on the table.”'));
    assert.ok(!codesIn(fixed).includes('unbalanced-quote'));
  });

  it('source.fixAll.newsLens: every correction at once, but no placeholders; only when asked for by kind', () => {
    const p = prepare(ARTICLE);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(codeActions(p.doc, p.current, { range, context: [], versioned: false }), [], 'nothing at the headline, and no source action unasked');
    for (const only of [['source.fixAll'], ['source'], ['source.fixAll.newsLens']]) {
      const actions = codeActions(p.doc, p.current, { range, context: [], only, versioned: false });
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['News Lens: fix all auto-fixable problems', 'source.fixAll.newsLens']], only.join());
    }
    const [action] = codeActions(p.doc, p.current, { range, context: [], only: ['source.fixAll'], versioned: false });
    const fixed = apply(p, action);
    assert.equal(fixed, ARTICLE.replace('on the table.', 'on the table.”').replace('Raaman', 'Raman'));
    assert.deepEqual(action.diagnostics?.map((d) => d.code).sort(), ['name-variant', 'unbalanced-quote']);
    assert.deepEqual(codesIn(fixed).filter((c) => c !== 'unattributed-quote'), []);
    assert.deepEqual(codeActions(p.doc, p.current, { range, context: [], only: [CodeActionKind.Refactor], versioned: false }), []);
  });

  it('versioned edits name the analysed version when the client supports them', () => {
    const p = prepare(ARTICLE);
    const [d] = ofCode(p, 'unbalanced-quote');
    const [fix] = actionsFor(p, d, { versioned: true });
    assert.deepEqual(
      fix.edit?.documentChanges?.map((c) => ('textDocument' in c ? c.textDocument : null)),
      [{ uri: p.doc.uri, version: 7 }],
    );
    assert.equal(apply(p, fix), ARTICLE.replace('on the table.', 'on the table.”'));
  });

  it('diagnostics the client sent for an older version: the current ones at the range are used', () => {
    const p = prepare(ARTICLE);
    const [d] = ofCode(p, 'unbalanced-quote');
    const stale = { ...d, range: { start: { line: d.range.start.line, character: d.range.start.character + 3 }, end: { line: d.range.start.line, character: d.range.start.character + 4 } } };
    const actions = codeActions(p.doc, p.current, { range: d.range, context: [stale], versioned: false });
    assert.equal(actions[0].title, 'Insert the missing closing mark ” after “…on the table.”');
    assert.deepEqual(actions[0].diagnostics, [d]);
  });

  it('offers no fix whose text is no longer in the document', () => {
    // The analysis of one text, the document holding another where the edit would go.
    const p = prepare(ARTICLE.replace('bus home.”', 'bus home!”'), {}, ARTICLE);
    const [d] = ofCode(p, 'unattributed-quote');
    assert.deepEqual(actionsFor(p, d).map((a) => a.title), ['Ignore this unattributed-quote (comment directive on the line above)']);
  });

  it('fix all of a kind is offered only when there is more than one to fix', () => {
    const p = prepare(ARTICLE);
    const [d] = ofCode(p, 'unbalanced-quote');
    assert.ok(!actionsFor(p, d).some((a) => /every missing/.test(a.title)));
  });

  it('combine keeps edits in order and drops one overlapping an earlier one', () => {
    assert.deepEqual(
      combine([
        { start: 10, end: 12, text: 'b' },
        { start: 0, end: 5, text: 'a' },
        { start: 11, end: 11, text: 'x' },
        { start: 12, end: 12, text: 'c' },
        { start: 12, end: 12, text: 'd' },
      ]),
      [
        { start: 0, end: 5, text: 'a' },
        { start: 10, end: 12, text: 'b' },
        { start: 12, end: 12, text: 'c' },
      ],
    );
  });
});
