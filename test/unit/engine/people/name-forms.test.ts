import assert from 'node:assert/strict';
import { editDistance, foldName, foldedWord, isSpellingVariant, partsOf, partsOfToken, spellingKey } from '../../../../server/src/engine/people/name-forms';
import { tokenize } from '../../../../server/src/engine/people/tokens';

describe('name forms', () => {
  it('folds case, diacritics and apostrophes', () => {
    assert.equal(foldName('Müller'), 'muller');
    assert.equal(foldName('Łukasz'), 'lukasz');
    assert.equal(foldName('D’Angelo'), "d'angelo");
    assert.equal(foldName('ZELENSKY'), 'zelensky');
  });

  it('cuts a name word into parts at hyphens and full stops, with offsets', () => {
    assert.deepEqual(partsOf('Müller-Brandt', 10), [
      { key: 'muller', start: 10, end: 16 },
      { key: 'brandt', start: 17, end: 23 },
    ]);
    assert.deepEqual(partsOf('J.K', 0).map((p) => p.key), ['j', 'k']);
  });

  it('gives a token the parts and fold of its text, kept on its word entry', () => {
    const text = 'Lena Müller-Brandt met J.K. Rowling, Łukasz Nowak’s aide and ZELENSKY.';
    for (const t of tokenize(text, 0, text.length).filter((t) => t.isWord)) {
      assert.deepEqual(partsOfToken(t), partsOf(t.text, t.start), t.text);
      assert.equal(foldedWord(t), foldName(t.text), t.text);
      assert.equal(foldedWord(t), foldName(t.text), `${t.text} (kept)`);
    }
    // A token whose text no longer matches its entry is folded from its text.
    const [lena] = tokenize('Lena', 0, 4);
    assert.equal(foldedWord({ ...lena, text: 'LENA’S' }), "lena's");
  });

  it('tells spelling variants from different names', () => {
    assert.ok(isSpellingVariant('zelensky', 'zelenskyy'));
    assert.ok(isSpellingVariant('zelenskiy', 'zelenskyy'));
    assert.ok(isSpellingVariant('ghani', 'ghanni'));
    assert.ok(!isSpellingVariant('rutte', 'rutten'));
    assert.ok(!isSpellingVariant('zelensky', 'zelensky'));
    assert.ok(!isSpellingVariant('lee', 'li'), 'too short to judge');
  });

  it('measures edit distance with transpositions, stopping early', () => {
    assert.equal(editDistance('miliband', 'milliband'), 1);
    assert.equal(editDistance('smtih', 'smith'), 1);
    assert.equal(editDistance('johnson', 'johnston'), 1);
    assert.equal(editDistance('starmer', 'trump', 2), 3);
  });

  it('compares spellings without case or apostrophe style', () => {
    assert.equal(spellingKey('Von der Leyen'), spellingKey('von der Leyen'));
    assert.equal(spellingKey('O’Neill'), spellingKey("O'Neill"));
    assert.notEqual(spellingKey('Müller-Brandt'), spellingKey('Müller Brandt'));
  });
});
