import assert from 'node:assert/strict';
import { referenceFits, roleShape, roleWords } from '../../../../server/src/engine/people/role-mentions';

describe('role shapes (what a reference back like "the Prime Minister" is matched against)', () => {
  it('reads the role noun, the words up to any complement, and all the words, folded', () => {
    const shape = roleShape('UK Prime Minister');
    assert.equal(shape.head, 'minister');
    assert.deepEqual([...shape.words], ['uk', 'prime', 'minister']);
    const analyst = roleShape('analyst at Kestrel Research');
    assert.equal(analyst.head, 'analyst');
    assert.deepEqual([...analyst.words], ['analyst']);
    assert.deepEqual([...analyst.all], ['analyst', 'at', 'kestrel', 'research']);
    // A possessive qualifies the role, it is not one of its words.
    assert.deepEqual([...roleShape("Ofgem's chief executive").words], ['chief', 'executive']);
  });

  it('fits a reference whose words the role has, ending in its role noun', () => {
    assert.equal(referenceFits({ words: ['prime', 'minister'] }, roleShape('UK Prime Minister')), true);
    assert.equal(referenceFits({ words: ['broker'] }, roleShape('analyst at the broker')), false);
    assert.equal(referenceFits({ words: ['founder'], complement: ['moneysavingexpert'] }, roleShape('founder of MoneySavingExpert')), true);
    assert.equal(referenceFits({ words: ['founder'], complement: ['which'] }, roleShape('founder of MoneySavingExpert')), false);
  });

  it('reads each role once: the same role gives the same shape and words, and a different role its own', () => {
    assert.equal(roleShape('Chief of Defence Staff'), roleShape('Chief of Defence Staff'));
    assert.notEqual(roleShape('Chief of Defence Staff'), roleShape('Chief Constable'));
    assert.equal(roleWords('US President'), roleWords('US President'));
    assert.deepEqual([...roleWords('Secretary-General')], ['secretary', 'general']);
  });
});
