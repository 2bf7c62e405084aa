import assert from 'node:assert/strict';
import fc from 'fast-check';
import { people } from './helpers';

// Any text: no exception, mentions inside the text and spelling what they cover, ids in order, the same answer twice.
describe('findPeople on any text', () => {
  const pieces = ['Mr', 'Mr.', 'Sir', 'Keir', 'Starmer', 'President', 'the', 'Prime', 'Minister', 'von', 'der', 'Leyen', 'O’Neill', 'Müller-Brandt',
    'Zelensky', 'Zelenskyy', 'Trump’s', 'By', 'J.', 'K.', 'Jr.', 'said', ',', '.', '“', '”', '"', '\n', ' ', '(', ')', 'NATO', 'May', 'Monday', '\u0000', '\ud800', '😀', '\r\n'];
  const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(' '));
  const text = fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

  it('never throws and gives mentions that match the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const idx = people(t);
        idx.people.forEach((p, i) => {
          assert.equal(p.id, `p${i + 1}`);
          assert.ok(p.mentions.length > 0);
          for (const m of p.mentions) {
            assert.ok(m.start >= 0 && m.start < m.end && m.end <= t.length, `${m.start}-${m.end} in ${t.length}`);
            assert.equal(t.slice(m.start, m.end), m.text);
          }
          for (let k = 1; k < p.mentions.length; k++) assert.ok(p.mentions[k - 1].start < p.mentions[k].start);
        });
        assert.deepEqual(JSON.stringify(people(t).people), JSON.stringify(idx.people));
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on a page of capitals and on one long line', () => {
    // Not a timing assertion: these would take minutes if any step were quadratic in a run's length.
    const capitals = 'Secretary of ' + Array.from({ length: 20000 }, (_, i) => `Name${i % 7 ? '' : 'x'}`.replace(/\d/g, '') + 'Q').join(' ');
    assert.doesNotThrow(() => people(capitals));
    const line = Array.from({ length: 5000 }, (_, i) => `Jane Doe${'abcdefghij'[i % 10]} said, “yes.”`).join(' ');
    assert.ok(people(line).people.length > 0);
  });
});
