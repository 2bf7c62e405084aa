// Grows a pre-scan hit into the run of date words around it ("Friday, 15 August", "Aug. 3, 2025",
// "the 15th of August 2024"): that run is all chrono-node is given. The run stops at the first word that
// cannot be part of a calendar date, so times ("at 3pm"), prepositions ("on") and counts stay out.
import type { Span } from '../types';
import { MONTHS, WEEKDAYS } from './lexicon';

/** At most this many words join a run on each side of its hit. */
const MAX_WORDS = 6;
/** At most this many separator characters between two words of a run. */
const MAX_GAP = 3;

function isSeparator(c: number): boolean {
  // space, tab, no-break space, comma, full stop, hyphen, slash, en and em dash
  return c === 32 || c === 9 || c === 0xa0 || c === 44 || c === 46 || c === 45 || c === 47 || c === 0x2013 || c === 0x2014;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

export type WordClass = 'month' | 'weekday' | 'day' | 'year' | 'glue';

/** What the word text[start, end) is in a calendar date, or null ("3" in "3pm" or "10.30" is no day). */
export function classifyWord(text: string, start: number, end: number): WordClass | null {
  const word = text.slice(start, end);
  const c0 = word.charCodeAt(0);
  if (isDigit(c0)) {
    const after = text.charCodeAt(end);
    if (isLetter(after) || after === 37 /* % */) return null;
    if ((after === 58 /* : */ || after === 46 /* . */) && isDigit(text.charCodeAt(end + 1))) return null;
    const m = /^(\d{1,4})(st|nd|rd|th)?$/.exec(word);
    if (!m) return null;
    const n = Number(m[1]);
    if (m[1].length <= 2 && n >= 1 && n <= 31) return 'day';
    if (m[1].length === 4 && !m[2] && n >= 1000 && n <= 2199) return 'year';
    return null;
  }
  const lower = word.toLowerCase();
  if (lower === 'of' || lower === 'the') return c0 >= 97 ? 'glue' : null;
  if (!(c0 >= 65 && c0 <= 90)) return null;
  if (MONTHS.has(lower)) return 'month';
  if (WEEKDAYS.has(lower)) return 'weekday';
  return null;
}

interface Word extends Span {
  cls: WordClass;
}

/** May word `a` be followed by word `b` across the separators `gap` in one date? */
function canJoin(text: string, a: Word, gap: string, b: Word): boolean {
  if (gap.includes('.')) {
    // Only an abbreviation's full stop ("Aug. 3"); "in August. 15 people" is two sentences.
    const abbreviation = (a.cls === 'month' || a.cls === 'weekday') && a.end - a.start <= 5;
    if (!abbreviation) return false;
  }
  if (gap.includes(',')) {
    // "Friday, 15 August", "August 19, 2025"; not "in August, 15 people" nor "in 2022, 15 people".
    const ok = a.cls === 'weekday' || ((a.cls === 'day' || a.cls === 'month') && b.cls === 'year');
    if (!ok) return false;
  }
  if (/[-/\u2013\u2014]/.test(gap)) {
    // Ranges of one kind: "15-17 August", "2014–2016".
    if (a.cls !== b.cls || a.cls === 'glue') return false;
  }
  return true;
}

function wordBefore(text: string, pos: number, lineStart: number): { word: Span; gap: string } | null {
  let p = pos;
  while (p > lineStart && pos - p < MAX_GAP && isSeparator(text.charCodeAt(p - 1))) p--;
  const end = p;
  while (p > lineStart && isWordChar(text.charCodeAt(p - 1))) p--;
  if (p === end || end === pos) return null;
  return { word: { start: p, end }, gap: text.slice(end, pos) };
}

function wordAfter(text: string, pos: number, lineEnd: number): { word: Span; gap: string } | null {
  let p = pos;
  while (p < lineEnd && p - pos < MAX_GAP && isSeparator(text.charCodeAt(p))) p++;
  const start = p;
  while (p < lineEnd && isWordChar(text.charCodeAt(p))) p++;
  if (p === start || start === pos) return null;
  return { word: { start, end: p }, gap: text.slice(pos, start) };
}

function classify(text: string, w: Span): Word | null {
  const cls = classifyWord(text, w.start, w.end);
  return cls ? { start: w.start, end: w.end, cls } : null;
}

/** The run of date words around the hit [hitStart, hitEnd) within its line [lineStart, lineEnd). */
export function growRun(text: string, hitStart: number, hitEnd: number, lineStart: number, lineEnd: number): Span {
  const hit = classify(text, { start: hitStart, end: hitEnd }) ?? { start: hitStart, end: hitEnd, cls: 'glue' as WordClass };
  let first = hit;
  let last = hit;
  let start = hitStart;
  let end = hitEnd;
  for (let i = 0; i < MAX_WORDS; i++) {
    const found = wordBefore(text, first.start, lineStart);
    const w = found && classify(text, found.word);
    if (!found || !w || !canJoin(text, w, found.gap, first)) break;
    first = w;
    if (w.cls !== 'glue') start = w.start;
  }
  for (let i = 0; i < MAX_WORDS; i++) {
    const found = wordAfter(text, last.end, lineEnd);
    const w = found && classify(text, found.word);
    if (!found || !w || !canJoin(text, last, found.gap, w)) break;
    last = w;
    if (w.cls !== 'glue') end = w.end;
  }
  return { start, end };
}
