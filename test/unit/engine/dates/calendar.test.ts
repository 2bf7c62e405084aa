import assert from 'node:assert/strict';
import { dayNumber, fromDayNumber, isValidDay, weekdayOfDay, weekdayOnOrAfter, weekdayOnOrBefore, describeDay } from '../../../../server/src/engine/dates/calendar';

describe('dates/calendar', () => {
  it('agrees with Date for every week across five centuries', () => {
    for (let n = dayNumber(1800, 1, 1); n < dayNumber(2300, 1, 1); n += 7) {
      const d = new Date(n * 86_400_000);
      assert.deepEqual(fromDayNumber(n), { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      assert.equal(weekdayOfDay(n), d.getUTCDay());
    }
  });

  it('knows leap years and real days', () => {
    assert.ok(isValidDay(2024, 2, 29));
    assert.ok(!isValidDay(2025, 2, 29));
    assert.ok(!isValidDay(2100, 2, 29));
    assert.ok(isValidDay(2000, 2, 29));
    assert.ok(!isValidDay(2026, 4, 31));
  });

  it('finds weekdays before and after a day', () => {
    const tue = dayNumber(2025, 8, 19);
    assert.equal(describeDay(tue), 'Tue 19 August 2025');
    assert.equal(weekdayOnOrBefore(tue, 2), tue);
    assert.equal(weekdayOnOrBefore(tue, 2, true), tue - 7);
    assert.equal(weekdayOnOrBefore(tue, 1), tue - 1);
    assert.equal(weekdayOnOrAfter(tue, 2, true), tue + 7);
    assert.equal(weekdayOnOrAfter(tue, 5), tue + 3);
  });
});
