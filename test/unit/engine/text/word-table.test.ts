import assert from 'node:assert/strict';
import { hashRange, wordAt } from '../../../../server/src/engine/text/word-table';

/** wordAt for text[start, end) with the hash the tokenizers compute. */
function entry(text: string, start = 0, end = text.length) {
  return wordAt(text, start, end, hashRange(text, start, end));
}

describe('word table (shared text and lower case of every word the tokenizers read)', () => {
  it('gives one entry per word, wherever the word lies', () => {
    const a = entry('The Minister said', 4, 12);
    const b = entry('Minister');
    assert.equal(a, b);
    assert.equal(a.text, 'Minister');
    assert.equal(a.lower, 'minister');
    // A word already in lower case shares its one string.
    assert.equal(entry('minister').lower, 'minister');
  });

  it('is exact when two words share a hash: the characters decide', () => {
    // The same (deliberately wrong) hash for two words of the same length and for one of another length.
    const forced = 12345;
    const cat = wordAt('cat', 0, 3, forced);
    const dog = wordAt('dog', 0, 3, forced);
    const goat = wordAt('goat', 0, 4, forced);
    assert.notEqual(cat, dog);
    assert.equal(dog.text, 'dog');
    assert.equal(goat.text, 'goat');
    assert.equal(wordAt('xcat', 1, 4, forced), cat);
    assert.equal(wordAt('dog', 0, 3, forced), dog);
  });

  it('answers an empty range without taking a slot', () => {
    assert.equal(entry('abc', 1, 1).text, '');
    assert.equal(entry('', 0, 0).lower, '');
    assert.equal(entry('abc').text, 'abc');
  });

  it('finds every word again, its own, after the table has grown', () => {
    // (By text, not identity: the table starts again past its size limit, which other tests may bring near.)
    const words = Array.from({ length: 20_000 }, (_, i) => `Word${i.toString(36)}`);
    for (const w of words) entry(w);
    for (const w of words) {
      const again = entry(`(${w})`, 1, w.length + 1);
      assert.equal(again.text, w);
      assert.equal(again.lower, w.toLowerCase());
    }
  });
});
