// Turns a scanned date expression into a calendar value, using the publication date for what the text
// leaves out: the year of "15 August", the week of "on Monday", the day of "tomorrow".
import type { DateMention } from '../types';
import type { RawDate } from './raw-date';
import type { Tense } from './tense';
import {
  MONTH_NAMES, WEEKDAY_NAMES, dayNumber, describeDay, fromDayNumber, isValidDay, isoDay, isoMonth,
  weekdayOnOrAfter, weekdayOnOrBefore,
} from './calendar';
import { interned } from '../text/interned';

const NAMED = 'named in the text';

/** The publication day as a number and as words ("Tue 19 August 2025"), computed once per article. */
export interface Reference {
  day: number;
  words: string;
}

export function reference(day: number | null): Reference | null {
  return day === null ? null : { day, words: describeDay(day) };
}

export function resolveDate(raw: RawDate, published: Reference | null): DateMention {
  const mention = resolved(raw, published);
  // Made per date, kept by the analysis: one copy of each value and explanation (text/interned.ts).
  if (mention.value !== null) mention.value = interned(mention.value);
  if (mention.explanation !== undefined) mention.explanation = interned(mention.explanation);
  return mention;
}

// Object.assign, not { ...base, ...more }: V8 gives every object spread-then-extended a hidden class of its own
// (tens of thousands of them on a long document, each slow to make and to read).
function resolved(raw: RawDate, published: Reference | null): DateMention {
  const base: Pick<DateMention, 'start' | 'end' | 'text' | 'statedWeekday'> = { start: raw.start, end: raw.end, text: raw.text };
  if (raw.statedWeekday !== undefined) base.statedWeekday = raw.statedWeekday;
  switch (raw.kind) {
    case 'full': {
      const ok = isValidDay(raw.year!, raw.month!, raw.day!);
      return Object.assign({}, base, { value: ok ? isoDay(dayNumber(raw.year!, raw.month!, raw.day!)) : null, precision: 'day', basis: 'absolute', explanation: ok ? NAMED : 'not a calendar day' } as const);
    }
    case 'year-month':
      return Object.assign({}, base, { value: isoMonth(raw.year!, raw.month!), precision: 'month', basis: 'absolute', explanation: NAMED } as const);
    case 'year':
      return Object.assign({}, base, { value: String(raw.year), precision: 'year', basis: 'absolute', explanation: NAMED } as const);
    case 'month-day':
      return Object.assign({}, base, monthDay(raw.month!, raw.day!, raw.tense, published));
    case 'month':
      return Object.assign({}, base, monthOnly(raw.month!, raw.tense, published));
    case 'weekday':
      return Object.assign({}, base, weekday(raw, published));
    case 'relative-day':
      return Object.assign({}, base, relativeDay(raw, published));
  }
}

type Resolution = Pick<DateMention, 'value' | 'precision' | 'basis' | 'explanation'>;

function unresolved(precision: DateMention['precision']): Resolution {
  return { value: null, precision, basis: 'relative', explanation: 'needs the publication date, which was not found' };
}

const tenseWhy: Record<Tense, string> = {
  past: 'the sentence speaks of the past',
  future: 'the sentence speaks of the future',
  none: 'the nearest one',
};

function monthDay(month: number, day: number, tense: Tense, ref: Reference | null): Resolution {
  if (ref === null) return unresolved('day');
  const published = ref.day;
  const year = fromDayNumber(published).year;
  const options = [year - 1, year, year + 1].filter((y) => isValidDay(y, month, day)).map((y) => dayNumber(y, month, day));
  if (!options.length) return { value: null, precision: 'day', basis: 'relative', explanation: 'not a calendar day' };
  const past = options.filter((d) => d <= published).pop();
  const future = options.find((d) => d >= published);
  let chosen: number;
  if (tense === 'past' && past !== undefined) chosen = past;
  else if (tense === 'future' && future !== undefined) chosen = future;
  else chosen = options.reduce((a, b) => (Math.abs(b - published) < Math.abs(a - published) ? b : a));
  const named = `${day} ${MONTH_NAMES[month - 1]}`;
  const where = chosen === published ? 'is the publication date' : chosen < published ? 'before the publication date' : 'after the publication date';
  return { value: isoDay(chosen), precision: 'day', basis: 'relative', explanation: `${named} ${where} (${ref.words}): ${tenseWhy[tense]}` };
}

function monthOnly(month: number, tense: Tense, ref: Reference | null): Resolution {
  if (ref === null) return unresolved('month');
  const published = ref.day;
  const { year, month: pubMonth } = fromDayNumber(published);
  const past = month <= pubMonth ? year : year - 1;
  const future = month >= pubMonth ? year : year + 1;
  let chosen: number;
  if (tense === 'past') chosen = past;
  else if (tense === 'future') chosen = future;
  else chosen = (pubMonth - month + 12) % 12 <= (month - pubMonth + 12) % 12 ? past : future;
  const rel = chosen === year && month === pubMonth ? 'the month of publication' : chosen * 12 + month < year * 12 + pubMonth ? 'before publication' : 'after publication';
  return { value: isoMonth(chosen, month), precision: 'month', basis: 'relative', explanation: `${MONTH_NAMES[month - 1]} ${chosen}, ${rel} (${ref.words}): ${tenseWhy[tense]}` };
}

function weekday(raw: RawDate, ref: Reference | null): Resolution {
  if (ref === null) return unresolved('day');
  const published = ref.day;
  const w = raw.weekday!;
  let chosen: number;
  switch (raw.modifier) {
    case 'last':
      chosen = weekdayOnOrBefore(published, w, true);
      break;
    case 'next':
      chosen = weekdayOnOrAfter(published, w, true);
      break;
    case 'this':
      chosen = raw.tense === 'past' ? weekdayOnOrBefore(published, w) : weekdayOnOrAfter(published, w);
      break;
    default:
      // Past or unmarked: the latest such day up to the publication day itself ("on Tuesday" in Tuesday's paper);
      // future: the next one, a week on when it is the publication weekday.
      chosen = raw.tense === 'future' ? weekdayOnOrAfter(published, w, true) : weekdayOnOrBefore(published, w);
  }
  const name = WEEKDAY_NAMES[w];
  const where = chosen === published ? `the publication day itself (${ref.words})` : `${name} ${chosen < published ? 'before' : 'after'} the publication date (${ref.words})`;
  const why = raw.modifier ? `“${raw.text}”` : raw.tense === 'none' ? 'no sign of the future in the sentence, so the latest one' : tenseWhy[raw.tense];
  return { value: isoDay(chosen), precision: 'day', basis: 'relative', explanation: `${where}: ${why}` };
}

function relativeDay(raw: RawDate, ref: Reference | null): Resolution {
  if (ref === null) return unresolved('day');
  const published = ref.day;
  const offset = raw.offset ?? 0;
  const where = offset === 0 ? 'the publication date' : offset === 1 ? 'the day after the publication date' : offset === -1 ? 'the day before the publication date' : `${offset} days from the publication date`;
  return { value: isoDay(published + offset), precision: 'day', basis: 'relative', explanation: `${where} (${ref.words})` };
}
