import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';
import { plainRange } from '../../../../server/src/engine/text/offset-range';

// The people detector feeds the name-variant rule: one diagnostic per mention spelt otherwise, naming both spellings.
describe('people → name-variant diagnostics', () => {
  it('flags the other spelling of one person, naming both', () => {
    const text = 'Anna Müller-Brandt chairs the board.\nCritics say Müller Brandt has been too cautious.';
    const diags = analyze(text).diagnostics.filter((d) => d.code === 'name-variant');
    assert.equal(diags.length, 1);
    assert.match(diags[0].message, /Müller Brandt/);
    assert.match(diags[0].message, /Müller-Brandt/);
    assert.deepEqual(plainRange(diags[0].range), { start: { line: 1, character: 12 }, end: { line: 1, character: 25 } });
  });

  it('raises nothing for two people with similar names, or one spelling used throughout', () => {
    for (const text of ['Ed Miliband and David Miliband are brothers. Miliband spoke.', 'Volodymyr Zelensky spoke. Zelensky left. Mr Zelensky returned.']) {
      assert.deepEqual(analyze(text).diagnostics.filter((d) => d.code === 'name-variant'), [], text);
    }
  });

  it('uses the newsroom’s house spelling as the preferred one', () => {
    const text = 'Volodymyr Zelenskyy spoke. Zelenskyy left.';
    const known = [{ name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] }];
    const diags = analyze(text, { knownPeople: known }).diagnostics.filter((d) => d.code === 'name-variant');
    assert.equal(diags.length, 2);
    assert.deepEqual(diags[0].data?.spellings, ['Zelensky', 'Zelenskyy']);
  });

  it('names the house spelling even where the article never uses it', () => {
    const known = [{ name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] }];
    const diags = analyze('KYIV - Zelenskyy met officials.', { knownPeople: known }).diagnostics.filter((d) => d.code === 'name-variant');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].message, '“Zelenskyy”: the house spelling is “Zelensky” (Volodymyr Zelensky, on the newsroom’s list).');
    assert.equal(diags[0].data?.preferred, 'Zelensky');
    assert.equal(diags[0].data?.house, true);
  });
});
