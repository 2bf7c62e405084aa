import assert from 'node:assert/strict';
import { genderOfGivenName } from '../../../../server/src/engine/lexicon/given-names';

describe('engine/lexicon/given-names', () => {
  it('tells the gender of names borne by one gender, in any case', () => {
    assert.equal(genderOfGivenName('Hillary'), 'female');
    assert.equal(genderOfGivenName('NANCY'), 'female');
    assert.equal(genderOfGivenName('Bernie'), 'male');
    assert.equal(genderOfGivenName('donald'), 'male');
  });

  it('says nothing of names common to both genders, of names that are often surnames, or of unknown names', () => {
    for (const name of ['Kelly', 'Jordan', 'Chris', 'Leslie', 'Robin', 'Andrea', 'Jean', 'Clinton', 'Lee', 'Kim', 'Xochitl', '']) {
      assert.equal(genderOfGivenName(name), 'unknown', name);
    }
  });
});
