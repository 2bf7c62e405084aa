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

  it('gives the textbook distance (optimal string alignment) when it is at most max, and more than max otherwise, on many random pairs', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const word = () => Array.from({ length: rand(12) }, () => 'abcde'[rand(5)]).join('');
    // Long words too: the reused rows grow.
    const pairs: [string, string][] = [['a'.repeat(40), 'a'.repeat(39) + 'b'], ['', 'abc']];
    for (let k = 0; k < 2000; k++) pairs.push([word(), word()]);
    for (const [a, b] of pairs) {
      for (const max of [1, 2, 5]) {
        const want = osa(a, b);
        const got = editDistance(a, b, max);
        if (want <= max) assert.equal(got, want, `${a} / ${b} (max ${max})`);
        else assert.ok(got > max, `${a} / ${b} (max ${max}): ${got}`);
      }
    }
  });

  it('compares spellings without case or apostrophe style', () => {
    assert.equal(spellingKey('Von der Leyen'), spellingKey('von der Leyen'));
    assert.equal(spellingKey('O’Neill'), spellingKey("O'Neill"));
    assert.notEqual(spellingKey('Müller-Brandt'), spellingKey('Müller Brandt'));
  });
});
