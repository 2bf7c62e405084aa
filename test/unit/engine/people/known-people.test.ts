import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';
import { KnownPeople } from '../../../../server/src/engine/people/known-people';
import type { KnownPerson } from '../../../../server/src/protocol';

// The newsroom's list (.newslens.json "people"): people on it are always recognised, as the list spells them.
const ZELENSKY: KnownPerson = { name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] };

function peopleOf(text: string, known: KnownPerson[]) {
  return analyze(text, { knownPeople: known }).people.map((p) => ({ name: p.name, roles: p.roles, known: p.known, mentions: p.mentions.map((m) => m.text) }));
}

describe('KnownPeople.literal: the listed forms as written', () => {
  const aoc: KnownPerson = { name: 'Alexandria Ocasio-Cortez', roles: ['Representative'], spellings: ['AOC'] };

  it('finds the house name and each spelling at word boundaries, longest form first', () => {
    const known = new KnownPeople([ZELENSKY, aoc]);
    const text = 'Volodymyr Zelensky met AOC; Zelenskyy’s aides and AOC’s staff. Anti-Zelensky, Zelenskyyy, AOCs.';
    const found = known.literal(text).map((m) => [text.slice(m.start, m.end), m.entry.person.name, m.full]);
    assert.deepEqual(found, [
      ['Volodymyr Zelensky', 'Volodymyr Zelensky', true],
      ['AOC', 'Alexandria Ocasio-Cortez', false],
      ['Zelenskyy', 'Volodymyr Zelensky', false],
      ['AOC', 'Alexandria Ocasio-Cortez', false],
    ]);
  });

  it('takes the words of a full name across spaces on one line, not across a line break', () => {
    const known = new KnownPeople([ZELENSKY]);
    assert.equal(known.literal('Volodymyr  Zelensky spoke').length, 1);
    assert.deepEqual(known.literal('Volodymyr\nZelensky spoke').map((m) => m.full), []);
  });

  it('never takes a month or weekday listed as a one-word spelling as written (it would catch every date)', () => {
    const known = new KnownPeople([{ name: 'Theresa May', roles: [], spellings: ['May'] }]);
    const text = 'In May, Theresa May resigned.';
    assert.deepEqual(known.literal(text).map((m) => text.slice(m.start, m.end)), ['Theresa May']);
  });
});

describe('findPeople with the newsroom list: always recognised', () => {
  it('recognises a one-word spelling in capitals that the detector takes for an acronym', () => {
    const got = peopleOf('NEW YORK - AOC said on Tuesday the bill would pass.', [{ name: 'Alexandria Ocasio-Cortez', roles: ['Representative'], spellings: ['AOC'] }]);
    assert.deepEqual(got, [{ name: 'Alexandria Ocasio-Cortez', roles: ['Representative'], known: true, mentions: ['AOC'] }]);
  });

  it('recognises a lower-case stage name mentioned once', () => {
    const got = peopleOf('LONDON - The album was produced by will.i.am last year.', [{ name: 'will.i.am', roles: ['musician'], spellings: [] }]);
    assert.deepEqual(got, [{ name: 'will.i.am', roles: ['musician'], known: true, mentions: ['will.i.am'] }]);
  });

  it('recognises a bare surname mentioned once, with the roles the article does not give', () => {
    const got = peopleOf('KYIV - Zelensky spoke on Monday.', [ZELENSKY]);
    assert.deepEqual(got, [{ name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], known: true, mentions: ['Zelensky'] }]);
    assert.deepEqual(peopleOf('KYIV - Zelensky spoke on Monday.', []), [], 'without the list a lone bare surname is not taken');
  });

  it('does not give a listed form inside another person’s name to the listed person', () => {
    const got = peopleOf('Harry Kane scored twice.', [{ name: 'Prince Harry', roles: ['Duke of Sussex'], spellings: ['Harry'] }]);
    assert.deepEqual(got.map((p) => p.name), ['Harry Kane']);
  });
});
