// A quotation followed by the quick fix's placeholder is credited to "[SPEAKER]", with the cue after it.
import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/engine/analyze';

describe('engine/attribution: the [SPEAKER] placeholder', () => {
  it('credits the quotation to the placeholder, with its cue', () => {
    const q = analyze('“Nobody has explained where the money will come from,” [SPEAKER] said.').quotes[0];
    assert.equal(q.speaker, '[SPEAKER]');
    assert.equal(q.speakerMention?.text, '[SPEAKER]');
    assert.equal(q.cue, 'said');
  });

  it('only for its own quotation: the next quotation of the paragraph is not credited by it', () => {
    const a = analyze('“Nobody has explained the cost.” “Nor the timetable,” [SPEAKER] said.');
    assert.deepEqual(a.quotes.map((q) => q.speaker), [null, '[SPEAKER]']);
  });
});
