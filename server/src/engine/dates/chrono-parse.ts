// chrono-node on one short run of date words. Only the components the text states (knownValues) are kept:
// the year, month and weekday that chrono would guess from its reference are resolved by this engine
// against the publication date instead (tense, rollback), so the reference given to chrono never matters.
import * as chrono from 'chrono-node';

export interface ParsedDate {
  /** Offsets within the run text. */
  index: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

// The default English parser (en.casual); en.GB only for all-numeric dates in day-first articles
// (en.GB misreads "August 19" as 2019-08-01).
const casual = chrono.en.casual;
const dayFirst = chrono.en.GB;
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** Runs repeat within and across articles ("Monday 18 August"); parsing each distinct run once keeps chrono off the hot path. */
const CACHE_LIMIT = 5000;
const cache = new Map<string, ParsedDate[]>();

function parseUncached(run: string, preferDayFirst: boolean): ParsedDate[] {
  const parser = preferDayFirst ? dayFirst : casual;
  const out: ParsedDate[] = [];
  for (const r of parser.parse(run, REFERENCE)) {
    const known = (c: 'year' | 'month' | 'day' | 'weekday'): number | undefined => (r.start.isCertain(c) ? r.start.get(c) ?? undefined : undefined);
    out.push({ index: r.index, text: r.text, year: known('year'), month: known('month'), day: known('day'), weekday: known('weekday') });
  }
  return out;
}

export function parseRun(run: string, preferDayFirst = false): ParsedDate[] {
  const key = (preferDayFirst ? 'G' : 'U') + run;
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parseUncached(run, preferDayFirst);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, parsed);
  return parsed;
}
