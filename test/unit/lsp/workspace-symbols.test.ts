// workspace/symbol's index and matching: what is kept per person, how queries match (as VS Code's quick
// open does), the open documents' analyses replacing the indexed ones.
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { indexedPeople, matchScore, WorkspaceSymbolIndex } from '../../../server/src/lsp/workspace-symbols';
import type { Analysis, Mention } from '../../../server/src/protocol';

const at = (line: number, character: number, length: number) => ({ start: { line, character }, end: { line, character: character + length } });
const mention = (text: string, kind: Mention['kind'], line: number, character: number): Mention => ({ text, kind, range: at(line, character, text.length) });

function analysis(people: Array<{ name: string; mentions: Mention[] }>): Analysis {
  return {
    published: { value: null, source: 'none' },
    people: people.map((p, i) => ({ id: `p${i + 1}`, roles: [], ...p })),
    quotes: [],
    dates: [],
    diagnostics: [],
  };
}

const budget = analysis([
  { name: 'Rachel Reeves', mentions: [mention('the Chancellor', 'role', 0, 0), mention('Reeves', 'surname', 1, 4), mention('Rachel Reeves', 'full', 3, 0)] },
  { name: 'Keir Starmer', mentions: [mention('Keir Starmer', 'full', 2, 10), mention('he', 'pronoun', 2, 40)] },
]);
const court = analysis([{ name: 'Ms Ashdown', mentions: [mention('she', 'pronoun', 0, 0), mention('Ms Ashdown', 'honorific', 0, 20)] }]);

describe('lsp/workspace-symbols', () => {
  it('keeps a name and the first full mention (else the first name) per person', () => {
    assert.deepEqual(indexedPeople(budget), [
      { name: 'Rachel Reeves', range: at(3, 0, 13) },
      { name: 'Keir Starmer', range: at(2, 10, 12) },
    ]);
    assert.deepEqual(indexedPeople(court), [{ name: 'Ms Ashdown', range: at(0, 20, 10) }], 'never a pronoun');
  });

  it('matches as quick open does: a word start first, then inside, then the letters in order; case and accents aside', () => {
    assert.equal(matchScore('star', 'Keir Starmer'), 0);
    assert.equal(matchScore('armer', 'Keir Starmer'), 1);
    assert.equal(matchScore('kst', 'Keir Starmer'), 2);
    assert.equal(matchScore('keir starmer', 'Keir Starmer'), 0);
    assert.equal(matchScore('muller', 'Thomas Müller'), 0);
    assert.equal(matchScore('zz', 'Keir Starmer'), -1);
    assert.equal(matchScore('', 'Keir Starmer'), 0);
  });

  it('answers with one Object symbol per person and file, the file as container, best matches first', () => {
    const index = new WorkspaceSymbolIndex();
    index.set('file:///desk/budget.article', budget);
    index.set('file:///desk/court.news', court);
    const found = index.query('re');
    assert.deepEqual(found.map((s) => [s.name, s.containerName, s.kind]), [
      ['Rachel Reeves', 'budget.article', SymbolKind.Object], // a word starts with "re"
      ['Keir Starmer', 'budget.article', SymbolKind.Object], // only the letters r … e, in order
    ]);
    assert.deepEqual(found[0].location, { uri: 'file:///desk/budget.article', range: at(3, 0, 13) });
    assert.deepEqual(index.query('ashdown').map((s) => s.containerName), ['court.news']);
    index.delete('file:///desk/court.news');
    assert.deepEqual(index.query('ashdown'), []);
  });

  it('an open document’s analysis replaces the indexed one, under the URI the client gave', () => {
    const index = new WorkspaceSymbolIndex();
    index.set('file:///desk/court.news', court);
    const edited = indexedPeople(analysis([{ name: 'Ms Ashford', mentions: [mention('Ms Ashford', 'honorific', 0, 20)] }]));
    const found = index.query('ash', new Map([['file:///desk/court.news', { uri: 'file:///desk/court%2Enews', people: edited }]]));
    assert.deepEqual(found.map((s) => [s.name, s.location.uri]), [['Ms Ashford', 'file:///desk/court%2Enews']]);
  });
});
