// A date expression as the scan finds it, before it is resolved against the publication date.
import type { Span } from '../types';
import type { Tense } from './tense';

export type RawDateKind =
  | 'full' // 15 August 2025, 2025-08-15
  | 'month-day' // 15 August, August 15
  | 'year-month' // February 2022
  | 'month' // February, in May
  | 'year' // 2022, since 2014
  | 'weekday' // Monday, last Friday
  | 'relative-day'; // today, tomorrow, yesterday, tonight

export interface RawDate extends Span {
  text: string;
  kind: RawDateKind;
  year?: number;
  month?: number;
  day?: number;
  /** For 'weekday': the weekday meant (0 = Sunday). */
  weekday?: number;
  /** "last Friday", "next Tuesday", "this Thursday". */
  modifier?: 'last' | 'next' | 'this';
  /** For 'relative-day': days from the publication day (tomorrow = 1). */
  offset?: number;
  /** A weekday written with a calendar date ("Wednesday, March 17"). */
  statedWeekday?: number;
  tense: Tense;
  sentence: Span;
}
