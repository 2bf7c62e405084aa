// Infers the publication date of an article with no dateline, from its own dates:
//  1. the year: the latest past year or date it names, the office-holders it names ("Chancellor Merz"),
//     and a weekday written with a day and month ("Friday, 15 August" pins the year; where the years named
//     only bound it, the fitting year nearest the day of the analysis, when the caller gives that day);
//  2. the day: "today"/"tomorrow"/"yesterday" in a sentence with one calendar date ("talks on August 19 …
//     starting today") pin it; otherwise the latest past calendar date, moved on by the past weekdays the
//     text reports after it ("on Monday", "on Tuesday" after "Friday, 15 August" → that Tuesday).
import type { Span } from '../types';
import type { RawDate } from './raw-date';
import { dayNumber, isValidDay, weekdayOnOrAfter, nearestDay } from './calendar';
import { daysInOffice } from './office-terms';
import { earliestFitting, nearestFittingToday, type Bounds } from './year-choice';

export interface Inferred {
  day: number;
  /** The expression the day rests on most. */
  anchor: Span & { text: string };
}

/** Words before a date that relate it to "today" rather than make it today: "following August 18 talks". */
const RELATION_BEFORE = /\b(?:after|following|since|before|until|till|ahead of|by|from|prior to|eve of|than|between|and|or|to)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

/**
 * A date that ends a span ("delayed until 2028", "by 2030", "through 2027") is a target or a limit, which may
 * lie ahead even in a past-tense sentence: it says nothing of how late the article is.
 */
const END_POINT_BEFORE = /\b(?:until|till|through|by|before)[\s\u00a0]+(?:at[\s\u00a0]+least[\s\u00a0]+|the[\s\u00a0]+end[\s\u00a0]+of[\s\u00a0]+|early[\s\u00a0]+|late[\s\u00a0]+|mid-?)?$/i;

/** Years named this far beyond the latest past one are targets ("by 2030"), not clues to the present. */
const TARGET_GAP = 2;

export function boundsFrom(text: string, dates: RawDate[]): Bounds {
  let lower: number | null = null;
  let latestPastYear: number | null = null;
  let latestYear: number | null = null;
  const raise = (d: number): void => {
    if (lower === null || d > lower) lower = d;
  };
  for (const d of dates) {
    if (d.year !== undefined && (latestYear === null || d.year > latestYear)) latestYear = d.year;
    if (d.tense === 'future' || END_POINT_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    const past = d.tense === 'past' || d.kind === 'full';
    if (past && d.year !== undefined && (latestPastYear === null || d.year > latestPastYear)) latestPastYear = d.year;
    if (d.kind === 'full' && isValidDay(d.year!, d.month!, d.day!)) raise(dayNumber(d.year!, d.month!, d.day!));
    // A year or month alone bounds the date only when spoken of as past ("the 2030 target" does not).
    else if (d.kind === 'year-month' && d.tense === 'past') raise(dayNumber(d.year!, d.month!, 1));
    else if (d.kind === 'year' && d.tense === 'past') raise(dayNumber(d.year!, 1, 1));
  }
  const office = daysInOffice(text);
  const year = likeliestYear(latestPastYear, latestYear);
  // A year is likely when a later year is named as not yet past ("the 2016 election" → 2015), or when the
  // office-holders named are in office now (the table's open terms) or for less than two years together.
  const yearIsLikely =
    (year !== null && latestYear !== null && latestYear === year + 1) ||
    (office !== null && office.length > 0 && office.every(([s, e]) => e === Infinity || e - s < OFFICE_SPAN_DAYS));
  return { lower, office, year, yearIsLikely };
}

const OFFICE_SPAN_DAYS = 2 * 365;

/**
 * The year of publication the named years point to: at least the latest year spoken of as past; and when a
 * later year is named without being past ("the 2016 election"), the year before it, as news looks ahead to
 * the coming year more often than it names its own.
 */
function likeliestYear(latestPast: number | null, latest: number | null): number | null {
  if (latest === null) return latestPast;
  if (latestPast === null) return latest - 1;
  if (latest - latestPast > TARGET_GAP) return latestPast;
  return Math.max(latestPast, latest - 1);
}


/**
 * Gives each absolute date expression its calendar day, and says which can show when the article was written.
 * A date with a year is as written, but shows the time of writing only when no later year is named (news
 * recalls "Sept. 11, 2001"). A day and month without a year is news of the current months: the writer left
 * the year out because it is the present one. A weekday written with one ("Friday, 15 August") pins the year
 * only when the text has no year to go by; otherwise a wrong weekday is a copy error for weekday-mismatch,
 * not a clue. Other days and months take the year nearest the datable dates, or else the likeliest year.
 */
function calendarDays(dates: RawDate[], bounds: Bounds): { days: Map<RawDate, number>; recent: Set<RawDate> } {
  const days = new Map<RawDate, number>();
  const recent = new Set<RawDate>();
  let reference: number | null = null;
  const noYearInfo = bounds.lower === null && bounds.year === null;
  for (const d of dates) {
    let day: number | null = null;
    if (d.kind === 'full' && isValidDay(d.year!, d.month!, d.day!)) {
      day = dayNumber(d.year!, d.month!, d.day!);
      if (bounds.year === null || d.year! >= bounds.year) recent.add(d);
    } else if (d.kind === 'month-day' && d.statedWeekday !== undefined && noYearInfo) {
      day = earliestFitting(d.month!, d.day!, d.statedWeekday, bounds);
      if (day !== null) recent.add(d);
    } else if (d.kind === 'month-day' && d.statedWeekday !== undefined && !bounds.yearIsLikely && bounds.today !== undefined) {
      // The years named only bound the date ("founded in 2017"): the weekday picks the year nearest today.
      day = nearestFittingToday(d.month!, d.day!, d.statedWeekday, bounds.today, bounds.lower);
      if (day !== null) recent.add(d);
    }
    if (day === null) continue;
    days.set(d, day);
    if (recent.has(d) && d.tense !== 'future' && (reference === null || day > reference)) reference = day;
  }
  for (const d of dates) {
    if (d.kind !== 'month-day' || days.has(d)) continue;
    const day = reference !== null ? nearestDay(d.month!, d.day!, reference) : earliestFitting(d.month!, d.day!, undefined, bounds);
    if (day === null) continue;
    days.set(d, day);
    // Without a datable date beside it, the year is a guess from the bounds: only good when they point at a year.
    if (reference !== null || bounds.yearIsLikely) recent.add(d);
  }
  return { days, recent };
}

export function inferPublished(text: string, dates: RawDate[], bounds: Bounds = boundsFrom(text, dates)): Inferred | null {
  const { days, recent } = calendarDays(dates, bounds);
  const pin = todayPin(text, dates, days);
  if (pin) return pin;

  let anchor: RawDate | null = null;
  let latest = -Infinity;
  for (const [d, day] of days) {
    if (d.tense === 'future' || !recent.has(d)) continue;
    if (day > latest || (day === latest && anchor && d.start < anchor.start)) {
      latest = day;
      anchor = d;
    }
  }
  if (!anchor) return null;

  // Past weekdays reported after the latest date move the day on: "on Friday, 15 August … on Tuesday".
  // Not after a date in the lede, but in its own sentence: the opening sentence reports the news of the day
  // ("defended the company on Tuesday, March 10"), and the weekdays further down are the background before it.
  let day = latest;
  const lede = inLede(text, anchor) ? anchor.sentence : null;
  for (const d of dates) {
    if (d.kind !== 'weekday' || d.tense !== 'past' || d.modifier === 'next') continue;
    if (lede && d.start >= lede.end) break;
    const after = weekdayOnOrAfter(latest, d.weekday!, d.modifier === 'last');
    const earliestPublication = d.modifier === 'last' ? after + 1 : after;
    if (earliestPublication > day) {
      day = earliestPublication;
      anchor = d;
    }
  }
  return { day, anchor: { start: anchor.start, end: anchor.end, text: anchor.text } };
}

/** Copy ends its paragraphs with a stop (or a closing quote); a headline, byline or header line does not. */
const COPY_END = /[.!?]["'”’]?[ \t]*$/;

/** Is the date in the first sentence of the first paragraph of copy (after any headline, byline and header lines)? */
function inLede(text: string, d: RawDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  if (d.sentence.start > lineStart && /[.!?]/.test(text.slice(lineStart, d.sentence.start))) return false;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (COPY_END.test(text.slice(start, end).replace(/\r$/, ''))) return false;
    end = start - 1;
  }
  return true;
}

/** "today", "tomorrow" or "yesterday" in a sentence that names exactly one calendar date. */
function todayPin(text: string, dates: RawDate[], days: Map<RawDate, number>): Inferred | null {
  // Calendar dates by sentence, built once: the check stays linear however many relative days there are.
  const bySentence = new Map<number, RawDate[]>();
  for (const d of dates) {
    if (d.kind !== 'full' && d.kind !== 'month-day') continue;
    const list = bySentence.get(d.sentence.start);
    if (list) list.push(d);
    else bySentence.set(d.sentence.start, [d]);
  }
  for (const rel of dates) {
    if (rel.kind !== 'relative-day') continue;
    const inSentence = bySentence.get(rel.sentence.start);
    if (!inSentence || inSentence.length !== 1) continue;
    const date = inSentence[0];
    if (RELATION_BEFORE.test(text.slice(Math.max(0, date.start - 20), date.start))) continue;
    const day = days.get(date);
    if (day === undefined) continue;
    return { day: day - (rel.offset ?? 0), anchor: { start: date.start, end: date.end, text: date.text } };
  }
  return null;
}
