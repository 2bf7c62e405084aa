// The publication date: from front matter, a dateline or a header line when the text states it; else the
// date the caller gives (the `published` option); else inferred from the article's own dates; else none.
import type { ArticleText, PublishedDate } from '../types';
import type { RawDate } from './raw-date';
import { scanDates, scanText } from './scan';
import { frontMatterDate } from './front-matter';
import { statedDates } from './header-date';
import { boundsFrom, inferPublished } from './infer-published';
import { earliestFitting, yearByWeekdays, type Bounds, type WeekdayClue } from './year-choice';
import { dayNumber, isValidDay, isoDay, parseIsoDay, nearestDay } from './calendar';

/**
 * `fallback`: the publication date the caller states (used when the text states none). `today`: the day
 * the analysis runs, the last resort for the year of a weekday-dated article that names no year.
 */
export function findPublished(article: ArticleText, fallback?: string, today?: string): PublishedDate {
  const text = article.text;
  const dates = scanDates(article);
  const fallbackDay = fallback ? parseIsoDay(fallback) : null;

  const fm = frontMatterDate(text);
  if (fm) {
    const day = frontMatterDay(fm.value.text);
    if (day !== null) return { value: isoDay(day), source: 'front-matter', span: fm.line };
  }

  const todayDay = today ? parseIsoDay(today) : null;
  // Worked out only when needed: a dateline with its year needs no bounds, and finding them reads the
  // whole text again (the office-holders it names).
  let bounds: Bounds | undefined;
  const boundsOnce = (): Bounds => (bounds ??= { ...boundsFrom(text, dates), ...(todayDay !== null ? { today: todayDay } : {}) });
  let inferred: ReturnType<typeof inferPublished> | undefined;
  const inferOnce = (): ReturnType<typeof inferPublished> => (inferred === undefined ? (inferred = inferPublished(text, dates, boundsOnce())) : inferred);

  for (const stated of statedDates(article, dates, fm ? fm.line.end : 0)) {
    const day = statedDay(stated.date, boundsOnce, fallbackDay, () => inferOnce()?.day ?? null, () => weekdayClues(stated.date, dates));
    if (day !== null) return { value: isoDay(day), source: stated.source, span: stated.span };
  }

  if (fallbackDay !== null) return { value: isoDay(fallbackDay), source: 'option' };
  const found = inferOnce();
  if (found) return { value: isoDay(found.day), source: 'inferred', span: found.anchor };
  return { value: null, source: 'none' };
}

/** "2026-03-12", "2026-03-12T09:30:00Z", or any date chrono-node reads with a year ("12 March 2026"). */
function frontMatterDay(value: string): number | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(value.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDay(y, m, d) ? dayNumber(y, m, d) : null;
  }
  const full = scanText(value).find((d) => d.kind === 'full');
  return full && isValidDay(full.year!, full.month!, full.day!) ? dayNumber(full.year!, full.month!, full.day!) : null;
}

/** A weekday written with a day and month counts most; a plain past weekday in the dateline's own sentence is, wire style, the dateline day. */
const STATED_WEIGHT = 2;
const LEDE_WEIGHT = 1;

/** The weekdays the text gives that can choose the year of a yearless dateline date `d`. */
function weekdayClues(d: RawDate, dates: RawDate[]): WeekdayClue[] {
  const clues: WeekdayClue[] = [];
  for (const o of dates) {
    if (o.kind === 'month-day' && o.statedWeekday !== undefined) clues.push({ month: o.month, day: o.day, weekday: o.statedWeekday, weight: STATED_WEIGHT });
    else if (o.kind === 'weekday' && o.modifier === undefined && o.tense !== 'future' && o.sentence.start === d.sentence.start && o.start > d.end) {
      clues.push({ weekday: o.weekday!, weight: LEDE_WEIGHT });
    }
  }
  return clues;
}

/** The day of a dateline or header date; a dateline without a year ("LONDON, March 3 (Reuters) -") takes the likeliest year. */
function statedDay(d: RawDate, boundsOf: () => Bounds, fallback: number | null, inferred: () => number | null, clues: () => WeekdayClue[]): number | null {
  if (d.kind === 'full') return isValidDay(d.year!, d.month!, d.day!) ? dayNumber(d.year!, d.month!, d.day!) : null;
  const bounds = boundsOf();
  if (fallback === null) {
    const byWeekdays = yearByWeekdays(d.month!, d.day!, clues(), bounds);
    if (byWeekdays !== null) return byWeekdays;
  }
  if (fallback === null && bounds.year !== null) return earliestFitting(d.month!, d.day!, d.statedWeekday, bounds);
  const near = fallback ?? inferred();
  if (near !== null) {
    const day = nearestDay(d.month!, d.day!, near);
    if (day !== null) return day;
  }
  return earliestFitting(d.month!, d.day!, d.statedWeekday, bounds);
}
