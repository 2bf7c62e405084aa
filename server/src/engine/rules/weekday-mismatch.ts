// weekday-mismatch: a weekday that contradicts the date it is given with ("Wednesday, March 17" in 2026,
// when 17 March 2026 is a Tuesday). A classic copy error when a story is updated or re-used.
import type { Rule } from '../types';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayOf(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const weekdayMismatch: Rule = {
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  description: 'A weekday named with a date falls on another day of the week.',
  check(ctx) {
    const out: ReturnType<Rule['check']> = [];
    for (const d of ctx.dates) {
      if (d.statedWeekday === undefined || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      const actual = weekdayOf(d.value);
      if (actual === d.statedWeekday) continue;
      out.push({
        code: 'weekday-mismatch',
        start: d.start,
        end: d.end,
        message: `“${d.text}”: ${d.value} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.statedWeekday]}.`,
        data: { stated: WEEKDAYS[d.statedWeekday], actual: WEEKDAYS[actual], value: d.value },
      });
    }
    return out;
  },
};
