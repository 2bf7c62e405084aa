// The fast linear pre-scan: one regular expression finds every word that can start a date expression
// (month and weekday names, relative day words, four-digit numbers, numeric dates). Everything slower
// (chrono-node, tense) then runs only on small spans around these hits.
import type { Span } from '../types';

export type HitKind = 'month' | 'weekday' | 'relative' | 'numeric' | 'year';

export interface Hit extends Span {
  kind: HitKind;
  /** Lower-cased word, or the digits. */
  word: string;
}

// Alternatives are literal words, so the expression cannot backtrack beyond one word.
const TRIGGER =
  /\b(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)|(today|tonight|tomorrow|yesterday)|(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))|(\d{4}))\b/gi;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function prescan(text: string): Hit[] {
  const hits: Hit[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) {
      // Month and weekday names are dates only when capitalised ("may", "march", "sat" are words).
      if (!isUpper(text.charCodeAt(start))) continue;
      hits.push({ start, end, kind: m[1] !== undefined ? 'month' : 'weekday', word: m[0].toLowerCase() });
    } else if (m[3] !== undefined) {
      hits.push({ start, end, kind: 'relative', word: m[0].toLowerCase() });
    } else if (m[4] !== undefined) {
      hits.push({ start, end, kind: 'numeric', word: m[0] });
    } else {
      hits.push({ start, end, kind: 'year', word: m[0] });
    }
  }
  return hits;
}
