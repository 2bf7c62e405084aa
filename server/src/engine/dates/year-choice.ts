// Picks the year of a day and month the text gives without one, from what else is known of the
// publication date: a lower bound (the latest past date the text names), the office-holders it names,
// and a weekday written with the date ("Friday, 15 August" is a Friday only in some years).
import { dayNumber, fromDayNumber, isValidDay, weekdayOfDay } from './calendar';
import { inIntervals, type Interval } from './office-terms';

/** How many years past the lower bound to look for a weekday that fits. */
const SEARCH_YEARS = 40;

export interface Bounds {
  /** No publication day before this (day number), or null. */
  lower: number | null;
  /** The days allowed by the office-holders named, or null. */
  office: Interval[] | null;
  /** The likeliest year of publication from the years the text names, or null. */
  year: number | null;
  /** Whether the bounds point at one year rather than only bound it. */
  yearIsLikely?: boolean;
}

/** The earliest day with this month and day (and weekday) that the bounds allow, or null when nothing bounds it. */
export function earliestFitting(month: number, day: number, weekday: number | undefined, bounds: Bounds): number | null {
  const yearStart = bounds.year !== null ? dayNumber(bounds.year, 1, 1) : null;
  const from = yearStart !== null && (bounds.lower === null || yearStart > bounds.lower) ? yearStart : bounds.lower ?? (bounds.office ? bounds.office[0][0] : null);
  if (from === null || !Number.isFinite(from)) return null;
  const firstYear = fromDayNumber(from).year;
  for (let y = firstYear; y <= firstYear + SEARCH_YEARS; y++) {
    if (!isValidDay(y, month, day)) continue;
    const d = dayNumber(y, month, day);
    if (d < from || !inIntervals(d, bounds.office)) continue;
    if (weekday !== undefined && weekdayOfDay(d) !== weekday) continue;
    return d;
  }
  return null;
}
