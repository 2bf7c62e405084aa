// Picks the year of a day and month the text gives without one, from what else is known of the
// publication date: a lower bound (the latest past date the text names), the office-holders it names,
// and a weekday written with the date ("Friday, 15 August" is a Friday only in some years).
import { dayNumber, fromDayNumber, isValidDay, weekdayOfDay, nearestDay } from './calendar';
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
  /** The day the analysis runs (day number), when the caller gives it: the last resort for a weekday's year. */
  today?: number;
}

/** The earliest day with this month and day (and weekday) that the bounds allow, or null when nothing bounds it. */
export function earliestFitting(month: number, day: number, weekday: number | undefined, bounds: Bounds): number | null {
  const yearStart = bounds.year !== null ? dayNumber(bounds.year, 1, 1) : null;
  const from = yearStart !== null && (bounds.lower === null || yearStart > bounds.lower) ? yearStart : bounds.lower ?? (bounds.office ? bounds.office[0][0] : null);
  if (from === null || !Number.isFinite(from)) return weekday !== undefined && bounds.today !== undefined ? nearestFittingToday(month, day, weekday, bounds.today) : null;
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

/**
 * With nothing in the text to go by but a lower bound ("founded in 2017"), "Tuesday, March 10" is the
 * Tuesday, March 10 nearest the day of the analysis: an article is read or edited near when it was
 * written (AP style leaves the current year out).
 */
export function nearestFittingToday(month: number, day: number, weekday: number, today: number, lower: number | null = null): number | null {
  return nearestDay(month, day, today, SEARCH_YEARS, 1, (d) => weekdayOfDay(d) === weekday && (lower === null || d >= lower));
}

/** A weekday the text gives for a day: of another day and month ("Thursday, June 18"), or of the day itself. */
export interface WeekdayClue {
  month?: number;
  day?: number;
  weekday: number;
  weight: number;
}

/**
 * The year of a day and month that makes the most of the text's weekdays come true, earliest first among the
 * years the bounds allow; null when no year makes any come true. A yearless dateline ("LONDON, May 5 (Reuters)
 * -") in a story that names "Thursday, June 18" and reports "on Tuesday" in its lede is in the year where
 * June 18 is a Thursday and May 5 a Tuesday.
 */
export function yearByWeekdays(month: number, day: number, clues: WeekdayClue[], bounds: Bounds): number | null {
  if (!clues.length) return null;
  const yearStart = bounds.year !== null ? dayNumber(bounds.year, 1, 1) : null;
  const from = yearStart !== null && (bounds.lower === null || yearStart > bounds.lower) ? yearStart : bounds.lower ?? (bounds.office ? bounds.office[0][0] : null);
  if (from === null || !Number.isFinite(from)) return null;
  const firstYear = fromDayNumber(from).year;
  let best: number | null = null;
  let bestScore = 0;
  for (let y = firstYear; y <= firstYear + SEARCH_YEARS; y++) {
    if (!isValidDay(y, month, day)) continue;
    const d = dayNumber(y, month, day);
    if (d < from || !inIntervals(d, bounds.office)) continue;
    let score = 0;
    for (const c of clues) {
      const at = c.month === undefined || c.day === undefined ? d : nearestDay(c.month, c.day, d);
      if (at !== null && weekdayOfDay(at) === c.weekday) score += c.weight;
    }
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

