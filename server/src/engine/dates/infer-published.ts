// Infers the publication date of an article with no dateline, from its own dates:
//  1. the year: the latest past year or date it names, the office-holders it names ("Chancellor Merz"),
//     and a weekday written with a day and month ("Friday, 15 August" pins the year);
//  2. the day: "today"/"tomorrow"/"yesterday" in a sentence with one calendar date ("talks on August 19 …
//     starting today") pin it; otherwise the latest past calendar date, moved on by the past weekdays the
//     text reports after it ("on Monday", "on Tuesday" after "Friday, 15 August" → that Tuesday).
import type { Span } from '../types';
import type { RawDate } from './raw-date';
import { dayNumber, fromDayNumber, isValidDay, weekdayOnOrAfter } from './calendar';
import { daysInOffice } from './office-terms';
import { earliestFitting, type Bounds } from './year-choice';

export interface Inferred {
  day: number;
  /** The expression the day rests on most. */
  anchor: Span & { text: string };
}

/** Words before a date that relate it to "today" rather than make it today: "following August 18 talks". */
const RELATION_BEFORE = /\b(?:after|following|since|before|until|till|ahead of|by|from|prior to|eve of|than|between|and|or|to)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

export function boundsFrom(text: string, dates: RawDate[]): Bounds {
  let lower: number | null = null;
  const raise = (d: number): void => {
    if (lower === null || d > lower) lower = d;
  };
  for (const d of dates) {
    if (d.tense === 'future') continue;
    if (d.kind === 'full' && isValidDay(d.year!, d.month!, d.day!)) raise(dayNumber(d.year!, d.month!, d.day!));
    // A year or month alone bounds the date only when spoken of as past ("the 2030 target" does not).
    else if (d.kind === 'year-month' && d.tense === 'past') raise(dayNumber(d.year!, d.month!, 1));
    else if (d.kind === 'year' && d.tense === 'past') raise(dayNumber(d.year!, 1, 1));
  }
  return { lower, office: daysInOffice(text) };
}

/** The day nearest `near` with this month and day (the year before, of, or after). */
function nearest(month: number, day: number, near: number): number | null {
  const year = fromDayNumber(near).year;
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValidDay(y, month, day)) continue;
    const d = dayNumber(y, month, day);
    if (best === null || Math.abs(d - near) < Math.abs(best - near)) best = d;
  }
  return best;
}

/**
 * Gives each absolute date expression its calendar day. Dates with a year are as written. A weekday written
 * with a day and month pins the year only when the text has no other year to go by (otherwise a wrong weekday
 * is a copy error for weekday-mismatch to flag, not a clue). The other day-and-month dates take the year that
 * puts them nearest the dates with a year, or else the earliest the bounds allow.
 */
function calendarDays(dates: RawDate[], bounds: Bounds): Map<RawDate, number> {
  const days = new Map<RawDate, number>();
  let reference: number | null = null;
  for (const d of dates) {
    if (d.kind === 'full' && isValidDay(d.year!, d.month!, d.day!)) {
      const day = dayNumber(d.year!, d.month!, d.day!);
      days.set(d, day);
      if (d.tense !== 'future' && (reference === null || day > reference)) reference = day;
    } else if (d.kind === 'month-day' && d.statedWeekday !== undefined && bounds.lower === null) {
      const day = earliestFitting(d.month!, d.day!, d.statedWeekday, bounds);
      if (day !== null) {
        days.set(d, day);
        if (d.tense !== 'future' && (reference === null || day > reference)) reference = day;
      }
    }
  }
  for (const d of dates) {
    if (d.kind !== 'month-day' || days.has(d)) continue;
    const day = reference !== null ? nearest(d.month!, d.day!, reference) : earliestFitting(d.month!, d.day!, undefined, bounds);
    if (day !== null) days.set(d, day);
  }
  return days;
}

export function inferPublished(text: string, dates: RawDate[], bounds: Bounds = boundsFrom(text, dates)): Inferred | null {
  const days = calendarDays(dates, bounds);
  const pin = todayPin(text, dates, days);
  if (pin) return pin;

  let anchor: RawDate | null = null;
  let latest = -Infinity;
  for (const [d, day] of days) {
    if (d.tense === 'future') continue;
    if (day > latest || (day === latest && anchor && d.start < anchor.start)) {
      latest = day;
      anchor = d;
    }
  }
  if (!anchor) return null;

  // Past weekdays reported after the latest date move the day on: "on Friday, 15 August … on Tuesday".
  let day = latest;
  for (const d of dates) {
    if (d.kind !== 'weekday' || d.tense !== 'past' || d.modifier === 'next') continue;
    const after = weekdayOnOrAfter(latest, d.weekday!, d.modifier === 'last');
    const earliestPublication = d.modifier === 'last' ? after + 1 : after;
    if (earliestPublication > day) {
      day = earliestPublication;
      anchor = d;
    }
  }
  return { day, anchor: { start: anchor.start, end: anchor.end, text: anchor.text } };
}

/** "today", "tomorrow" or "yesterday" in a sentence that names exactly one calendar date. */
function todayPin(text: string, dates: RawDate[], days: Map<RawDate, number>): Inferred | null {
  for (const rel of dates) {
    if (rel.kind !== 'relative-day') continue;
    const inSentence = dates.filter(
      (d) => (d.kind === 'full' || d.kind === 'month-day') && d.sentence.start === rel.sentence.start && d.sentence.end === rel.sentence.end,
    );
    if (inSentence.length !== 1) continue;
    const date = inSentence[0];
    if (RELATION_BEFORE.test(text.slice(Math.max(0, date.start - 20), date.start))) continue;
    const day = days.get(date);
    if (day === undefined) continue;
    return { day: day - (rel.offset ?? 0), anchor: { start: date.start, end: date.end, text: date.text } };
  }
  return null;
}
