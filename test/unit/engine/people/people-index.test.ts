import assert from 'node:assert/strict';
import { people, person } from './helpers';

const TEXT =
  'UK Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelensky and US President Donald Trump.\n' +
  'Sir Keir said the talks were useful. Mr. Zelensky thanked him. Ms Ashdown, a spokeswoman, declined to comment.\n' +
  'Bill Clinton spoke first. Hillary Clinton followed.';

describe('PeopleIndex.resolve', () => {
  const idx = people(TEXT);
  const at = (s: string) => TEXT.indexOf(s);

  it('maps names with or without honorifics and titles to the person', () => {
    for (const [words, name] of [
      ['Keir Starmer', 'Keir Starmer'],
      ['Sir Keir', 'Keir Starmer'],
      ['Starmer', 'Keir Starmer'],
      ['Keir', 'Keir Starmer'],
      ['Mr. Zelensky', 'Volodymyr Zelensky'],
      ['Mr Zelensky', 'Volodymyr Zelensky'],
      ['Zelenskyy', 'Volodymyr Zelensky'],
      ['President Trump', 'Donald Trump'],
      ['Trump’s', 'Donald Trump'],
      ['Ms Ashdown', 'Ms Ashdown'],
    ]) {
      assert.equal(idx.resolve(words, TEXT.length)?.name, name, words);
    }
  });

  it('maps a role to the person who holds it', () => {
    assert.equal(idx.resolve('the Prime Minister', at('Sir Keir said'))?.name, 'Keir Starmer');
    assert.equal(idx.resolve('the prime minister')?.name, 'Keir Starmer');
    assert.equal(idx.resolve('the Ukrainian President', at('Sir Keir said'))?.name, 'Volodymyr Zelensky');
    assert.equal(idx.resolve('the US president', at('Sir Keir said'))?.name, 'Donald Trump');
    assert.equal(idx.resolve('the spokeswoman', TEXT.length)?.name, 'Ms Ashdown');
  });

  it('picks the person named most recently before `at` when a name or role is ambiguous', () => {
    assert.equal(idx.resolve('Clinton', at('Hillary Clinton') - 1)?.name, 'Bill Clinton');
    assert.equal(idx.resolve('Clinton', TEXT.length)?.name, 'Hillary Clinton');
    assert.equal(idx.resolve('the President', at('Sir Keir said'))?.name, 'Donald Trump');
    assert.equal(idx.resolve('the President', at('Mr. Zelensky thanked') + 15)?.name, 'Volodymyr Zelensky');
  });

  it('resolves nothing for words that name nobody in the article', () => {
    for (const words of ['a spokesperson', 'the statement', 'he', 'Macron', 'the judge', '']) assert.equal(idx.resolve(words, TEXT.length), undefined, words);
  });
});

describe('PeopleIndex.personAt and addMention', () => {
  it('finds the person whose mention covers an offset, the whole name of a variant included', () => {
    const text = 'Volodymyr Zelenskyy met reporters. Later, Volodymyr Zelensky left.';
    const idx = people(text);
    const p = idx.people[0];
    assert.equal(idx.personAt(text.indexOf('Zelenskyy') + 3), p);
    assert.equal(idx.personAt(text.lastIndexOf('Volodymyr')), p, 'the given name of the variant mention');
    assert.equal(idx.personAt(text.indexOf('reporters')), undefined);
    assert.equal(idx.personAt(text.indexOf('met') - 1), undefined, 'the space after the name');
  });

  it('adds a mention in text order, once, and finds it afterwards', () => {
    const text = 'Mark Rutte arrived. He said NATO was ready. Rutte left. He flew home.';
    const idx = people(text);
    const rutte = person(idx, 'Mark Rutte');
    const he1 = text.indexOf('He said');
    const he2 = text.indexOf('He flew');
    idx.addMention(rutte, { start: he2, end: he2 + 2, text: 'He', kind: 'pronoun' });
    idx.addMention(rutte, { start: he1, end: he1 + 2, text: 'He', kind: 'pronoun' });
    idx.addMention(rutte, { start: he1, end: he1 + 2, text: 'He', kind: 'pronoun' });
    assert.deepEqual(rutte.mentions.map((m) => m.text), ['Mark Rutte', 'He', 'Rutte', 'He']);
    assert.equal(idx.personAt(he1 + 1), rutte);
    assert.equal(idx.personAt(he2), rutte);
  });

  it('keeps answering after many added mentions', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Jane Doe spoke ${i}. She left.`).join('\n');
    const idx = people(text);
    const jane = idx.people[0];
    const starts: number[] = [];
    for (let at = text.lastIndexOf('She'); at >= 0; at = text.lastIndexOf('She', at - 1)) starts.push(at);
    for (const s of starts) idx.addMention(jane, { start: s, end: s + 3, text: 'She', kind: 'pronoun' });
    assert.equal(jane.mentions.length, 600);
    assert.ok(jane.mentions.every((m, i) => i === 0 || jane.mentions[i - 1].start < m.start));
    for (const s of starts) assert.equal(idx.personAt(s + 1), jane);
  });
});
