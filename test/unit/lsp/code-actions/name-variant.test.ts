// name-variant quick fixes: one "respell all" per spelling, every name mention of the person respelt
// (possessives and full names included, roles and pronouns untouched), the house spelling preferred.
import assert from 'node:assert/strict';
import { actionsFor, apply, codesIn, ofCode, prepare, titled } from './helpers';

const TEXT = [
  'Zelensky meets European leaders',
  'KYIV, 12 March 2026',
  '',
  'Ukrainian President Volodymyr Zelensky met European leaders on Monday.',
  'Zelenskyy later thanked them, and the president said he was grateful.',
  'Zelensky’s office said the talks would continue.',
].join('\n');

describe('lsp/code-actions: name-variant', () => {
  it('offers one respelling per spelling, the spelling used first preferred', () => {
    const p = prepare(TEXT);
    const [d] = ofCode(p, 'name-variant');
    assert.ok(d, 'Zelenskyy is a variant');
    const titles = actionsFor(p, d).map((a) => a.title);
    assert.deepEqual(titles.slice(0, 2), ['Respell all as “Zelensky” (spelling used first)', 'Respell all as “Zelenskyy”']);
    assert.equal(titled(actionsFor(p, d), /“Zelensky”/).isPreferred, true);
    assert.equal(titled(actionsFor(p, d), /“Zelenskyy”/).isPreferred, undefined);
  });

  it('respells every mention in the chosen spelling', () => {
    const p = prepare(TEXT);
    const [d] = ofCode(p, 'name-variant');
    const one = apply(p, titled(actionsFor(p, d), /“Zelensky”/));
    assert.equal(one, TEXT.replace('Zelenskyy later', 'Zelensky later'));
    assert.ok(!codesIn(one).includes('name-variant'));
    const other = apply(p, titled(actionsFor(p, d), /“Zelenskyy”/));
    // The headline and the full name, the bare surname and the possessive; "the president" and "he" stay.
    assert.equal(other, TEXT.replace(/Zelensky(?!y)/g, 'Zelenskyy'));
    assert.ok(!codesIn(other).includes('name-variant'));
  });

  it('prefers the newsroom’s house spelling of a known person', () => {
    const text = 'Volodymyr Zelenskyy spoke in Brussels. Zelenskyy left for Paris.';
    const known = [{ name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] }];
    const p = prepare(text, { knownPeople: known });
    const ds = ofCode(p, 'name-variant');
    assert.equal(ds.length, 2);
    const actions = actionsFor(p, ds[0]);
    const house = titled(actions, 'Respell all as “Zelensky” (house spelling)');
    assert.equal(house.isPreferred, true);
    // Nothing is spelt otherwise than "Zelenskyy", so respelling all as it would change nothing: not offered.
    assert.ok(!actions.some((a) => a.title.startsWith('Respell all as “Zelenskyy”')));
    const fixed = apply(p, house);
    assert.equal(fixed, 'Volodymyr Zelensky spoke in Brussels. Zelensky left for Paris.');
    assert.ok(!codesIn(fixed, { knownPeople: known }).includes('name-variant'));
    // The action resolves both diagnostics of the person.
    assert.deepEqual(actionsFor(p, ds[0], { context: ds }).find((a) => a.title === house.title)?.diagnostics?.length, 2);
  });

  it('a given name spelt two ways', () => {
    const text = 'Mohammed Salah scored twice.\nMohammad Salah later said the team deserved it.';
    const p = prepare(text);
    const [d] = ofCode(p, 'name-variant');
    assert.ok(d, JSON.stringify(p.current.map((x) => x.message)));
    assert.equal(apply(p, titled(actionsFor(p, d), /“Mohammed”/)), text.replace('Mohammad', 'Mohammed'));
  });
});
