import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../../server/src/engine';
import { realArticles } from '../../fuzz/arbitraries';

describe('engine/analyze: the host’s call between stages', () => {
  const article = realArticles()[0];

  it('is called twice (after the people, after attribution), and the analysis is the one made without it', () => {
    let calls = 0;
    const got = analyze(article, { today: '2026-01-01', betweenStages: () => calls++ });
    assert.equal(calls, 2);
    assert.deepEqual(got, analyze(article, { today: '2026-01-01' }));
  });

  it('is called by the incremental analyzer too', () => {
    let calls = 0;
    createAnalyzer().analyze(article, { betweenStages: () => calls++ });
    assert.equal(calls, 2);
  });

  it('is not called for a document over the size limit (it is not analysed)', () => {
    let calls = 0;
    analyze(article, { maxLength: 10, betweenStages: () => calls++ });
    assert.equal(calls, 0);
  });
});
