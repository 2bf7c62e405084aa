import assert from 'node:assert/strict';
import { tokenize } from '../../../../server/src/engine/people/tokens';
import { paragraphKind } from '../../../../server/src/engine/people/paragraph-kind';
import { WordSet } from '../../../../server/src/engine/people/word-set';

const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

describe('people tokens', () => {
  it('keeps apostrophes, hyphens and initials inside words and strips possessives', () => {
    assert.deepEqual(words('O’Sullivan, Müller-Brandt and J.K. Rowling’s book'), ['O’Sullivan', ',', 'Müller-Brandt', 'and', 'J.K', '.', 'Rowling', 'book']);
    const t = tokenize('Trump’s', 0, 7)[0];
    assert.equal(t.possessive, true);
    assert.equal(t.end, 5);
  });

  it('marks a line break, a run of spaces or a blanked comment with a break token, so no name runs across it', () => {
    assert.deepEqual(words('B  Shares fell'), ['B', ' ', 'Shares', 'fell']);
    assert.deepEqual(words('J. R.\nEwing'), ['J', '.', 'R', '.', ' ', 'Ewing']);
    assert.deepEqual(words('Keir Starmer said'), ['Keir', 'Starmer', 'said']);
  });

  it('knows where sentences start, not after an abbreviation', () => {
    const text = 'He met Mr. Smith. Then “Jones arrived”: Brown left.';
    const starts = tokenize(text, 0, text.length).filter((t) => t.sentenceStart).map((t) => t.text);
    assert.deepEqual(starts, ['He', 'Then', 'Jones', 'Brown']);
  });

  it('reads a full stop with its space left out after a lower-case word as a sentence end', () => {
    const text = 'Trump said.Trump claimed it; Caliber.Az, U.S.Senate, e.g.Smith';
    const toks = tokenize(text, 0, text.length);
    assert.deepEqual(
      toks.map((t) => t.text),
      ['Trump', 'said', '.', 'Trump', 'claimed', 'it', ';', 'Caliber.Az', ',', 'U.S.Senate', ',', 'e.g.Smith'],
    );
    assert.equal(toks[3].sentenceStart, true);
  });

  it('reads only the range asked for, and gives offsets in the whole text', () => {
    const text = 'xx Keir Starmer yy';
    const toks = tokenize(text, 3, 15);
    assert.deepEqual(toks.map((t) => [t.text, t.start, t.end]), [['Keir', 3, 7], ['Starmer', 8, 15]]);
  });

  it('records the words used in lower case, not capitalised, possessive or joined ones', () => {
    const text = 'The novelist met Novelist Jones; the party’s co-chair said yes.';
    const words = new WordSet();
    tokenize(text, 0, text.length, words);
    for (const w of ['novelist', 'met', 'said', 'yes']) assert.ok(words.has(w), w);
    for (const w of ['jones', 'party', 'co-chair', 'the?']) assert.ok(!words.has(w), w);
    const many = new WordSet();
    const long = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36).replace(/\d/g, 'x')}q`).join(' ');
    tokenize(long, 0, long.length, many);
    assert.ok(many.has('wxq') && many.has('wzzzq') === long.includes('wzzzq'));
  });

  it('survives text that is not prose', () => {
    const odd = '\u0000\ud83d\ude00 \ud800 “”‘’ ——— 123abc ABC-def \u202e';
    assert.doesNotThrow(() => tokenize(odd, 0, odd.length));
    for (const t of tokenize(odd, 0, odd.length)) assert.ok(t.start >= 0 && t.end <= odd.length && t.start < t.end);
  });
});

describe('paragraph kinds', () => {
  const kind = (line: string) => paragraphKind(tokenize(line, 0, line.length));

  it('takes a title-case line for a headline', () => {
    assert.equal(kind('Trump Announces Historic Meeting Plans'), 'headline');
    assert.equal(kind('Coalition of the Willing Takes Shape'), 'headline');
    assert.equal(kind('Sanders Told A Female Reporter Not To ‘Moan’ About Hillary Clinton.'), 'headline');
  });

  it('takes running text, a sentence-case headline and a credit line for body', () => {
    assert.equal(kind('UK prime minister hails “breakthrough” as Ukraine security talks deepen in Washington'), 'body');
    assert.equal(kind('Keir Starmer met Emmanuel Macron.'), 'body');
    assert.equal(kind('Carlos Barria / Reuters'), 'body');
    assert.equal(kind('Atul M. Karnik.'), 'body');
  });

  it('takes a line opening with "By" and a name for a byline', () => {
    assert.equal(kind('By Vafa Guliyeva'), 'byline');
    assert.equal(kind('Reporting by Jane Doe; Editing by John Roe'), 'byline');
    assert.equal(kind('By the time the vote came, the chamber was empty and the lights were off.'), 'body');
  });
});
