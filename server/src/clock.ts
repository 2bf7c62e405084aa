// The one place the adapters read the clock: the engine is pure and takes the day as an option.

/** Today's date in the local time zone, as YYYY-MM-DD (a newsroom's "today" is local, not UTC). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
