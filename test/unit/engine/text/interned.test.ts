import assert from 'node:assert/strict';
import { interned } from '../../../../server/src/engine/text/interned';

describe('engine/text/interned', () => {
  it('gives back a string equal to the one given, whatever it holds and however it was made', () => {
    const article = 'LONDON — talks resume next Wednesday, officials said.';
    const cut = article.slice(article.indexOf('next'), article.indexOf(','));
    for (const s of ['', 'named in the text', `“${cut}”`, 'lone \uD800 surrogate', 'emoji 😀', 'NUL \u0000', 'x'.repeat(10_000)]) {
      assert.equal(interned(s), s);
      assert.equal(interned(s), s, 'a second time, from the table');
    }
  });

  it('stays right past its bound (the table starts again)', () => {
    for (let i = 0; i < 120_000; i++) assert.equal(interned(`explanation ${i}`), `explanation ${i}`);
    assert.equal(interned('explanation 7'), 'explanation 7');
  });
});
