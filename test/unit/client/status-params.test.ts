import assert from 'node:assert/strict';
import { STATUS_NOTIFICATION, StatusParamsSchema } from '../../../server/src/protocol';
import { isStatusParams, STATUS_METHOD } from '../../../client/src/status-params';
import { summary } from '../../../client/src/status-summary';

const valid = { uri: 'file:///a.article', version: 3, people: 4, quotes: 7, unattributed: 1, tooLarge: false };

describe('client: the newsLens/status notification', () => {
  it('listens on the method the protocol names', () => {
    assert.equal(STATUS_METHOD, STATUS_NOTIFICATION);
  });

  it('accepts exactly what StatusParamsSchema accepts', () => {
    const cases: unknown[] = [
      valid,
      { ...valid, extra: 'field' },
      { ...valid, people: -1 },
      { ...valid, quotes: 1.5 },
      { ...valid, unattributed: '1' },
      { ...valid, version: 2.5 },
      { ...valid, tooLarge: 'no' },
      { ...valid, uri: 42 },
      (({ tooLarge: _t, ...rest }) => rest)(valid),
      null,
      'newsLens/status',
      [],
    ];
    for (const value of cases) {
      assert.equal(isStatusParams(value), StatusParamsSchema.safeParse(value).success, JSON.stringify(value));
    }
  });

  it('summarises the counts as the status item shows them', () => {
    assert.equal(summary(valid), 'News Lens: 4 people · 7 quotes · 1 unattributed');
    assert.equal(summary({ people: 1, quotes: 1, unattributed: 0 }), 'News Lens: 1 person · 1 quote · 0 unattributed');
  });
});
