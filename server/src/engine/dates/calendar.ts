// Calendar arithmetic on plain days (no time zones): a day is its number of days since 1970-01-01 (UTC).
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Days from and to civil dates by integer arithmetic (H. Hinnant's algorithms): no Date objects on the hot path.
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

/**
 * The day with this month and day nearest `near`, looking `back` years before its year and `ahead` after,
 * among those `fits` accepts (a weekday, a bound); null when none does.
 */
export function nearestDay(month: number, day: number, near: number, back = 1, ahead = 1, fits: (d: number) => boolean = () => true): number | null {
  const year = fromDayNumber(near).year;
  let best: number | null = null;
  for (let y = year - back; y <= year + ahead; y++) {
    if (!isValidDay(y, month, day)) continue;
    const d = dayNumber(y, month, day);
    if (fits(d) && (best === null || Math.abs(d - near) < Math.abs(best - near))) best = d;
  }
  return best;
}
