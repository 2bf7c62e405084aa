// The sentence around an offset, found by a bounded local scan (never a pass over the whole text).
import type { Span } from '../types';

/** No sentence in news copy is longer than this; the scan stops there. */
const MAX_REACH = 400;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev', 'hon', 'jr', 'sr',
  'no', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'approx', 'est', 'fig',
]);

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Does the character at `i` ('.', '!' or '?') end a sentence? */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  const next = text.charCodeAt(i + 1);
  // The stop must be followed by a space, a closing quote or the end of the text.
  if (i + 1 < text.length && !(next === 32 || next === 9 || isBreak(next) || next === 0x201d || next === 0x2019 || next === 34 || next === 39)) return false;
  if (c !== '.') return true;
  // "U.K." and single initials ("J. Smith") do not end sentences.
  let w = i;
  while (w > 0 && /[A-Za-z]/.test(text[w - 1])) w--;
  const word = text.slice(w, i);
  if (word.length === 1) return false;
  if (w > 0 && text[w - 1] === '.') return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing [start, end): bounded by sentence stops, line breaks, or MAX_REACH characters. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  const minS = Math.max(0, start - MAX_REACH);
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    if (isBreak(c)) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, s - 1)) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + MAX_REACH);
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (isBreak(c)) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, e)) {
      e++;
      break;
    }
    e++;
  }
  return { start: s, end: e };
}
