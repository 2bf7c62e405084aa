// Calendar arithmetic on plain days (no time zones): a day is its number of days since 1970-01-01 (UTC).
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday. */
export function weekdayOfDay(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** A real calendar day (rejects 31 April, 29 February 2025). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = fromDayNumber(dayNumber(year, month, day));
  return back.month === month && back.day === day;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function parseIsoDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** "Tue 19 August 2025", the form hovers and explanations use. */
export function describeDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${WEEKDAY_NAMES[weekdayOfDay(n)].slice(0, 3)} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** The most recent day with this weekday on or before `from` (strictly before when `strict`). */
export function weekdayOnOrBefore(from: number, weekday: number, strict = false): number {
  let back = (weekdayOfDay(from) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return from - back;
}

/** The next day with this weekday on or after `from` (strictly after when `strict`). */
export function weekdayOnOrAfter(from: number, weekday: number, strict = false): number {
  let ahead = (weekday - weekdayOfDay(from) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return from + ahead;
}
