// How names are compared: each name word is cut into parts at hyphens ("Müller-Brandt" → müller, brandt)
// and each part folded to a key without case or diacritics, so that "Müller-Brandt", "Müller Brandt" and
// "Muller-Brandt" share one key and differ only in spelling. Variant tests are on those keys.
import { remembered } from '../remembered';
import type { WordEntry } from '../text/word-table';

export interface NamePart {
  /** Folded key: lower case, no diacritics, straight apostrophes. */
  key: string;
  start: number;
  end: number;
}

const MARKS = /\p{M}+/gu;
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', '’': "'", '‘': "'", '`': "'" };
const SPECIAL_CHARS = /[łøæœßđðþı’‘`]/g;

export function foldName(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c);
}

/** A word token, with its word-table entry when it has one. */
interface WordToken {
  text: string;
  start: number;
  end: number;
  word?: WordEntry;
}

/** foldName of a token's text, kept on its word-table entry: the same names recur through an article. */
export function foldedWord(t: WordToken): string {
  const e = t.word;
  if (!e || e.text !== t.text) return foldName(t.text);
  return (e.folded ??= foldName(t.text));
}

/** partsOf a token's word: a word without a hyphen or stop is one part, its folded form kept (foldedWord). */
export function partsOfToken(t: WordToken): NamePart[] {
  const w = t.text;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 46) return partsOf(w, t.start);
  }
  return w.length ? [{ key: foldedWord(t), start: t.start, end: t.start + w.length }] : [];
}

/** Splits a word at hyphens into parts with offsets (the word starts at `start`). Full stops are dropped ("J.K" → j, k). */
export function partsOf(word: string, start: number): NamePart[] {
  const out: NamePart[] = [];
  let from = 0;
  for (let i = 0; i <= word.length; i++) {
    const c = word[i];
    if (i === word.length || c === '-' || c === '\u2010' || c === '.') {
      if (i > from) out.push({ key: foldName(word.slice(from, i)), start: start + from, end: start + i });
      from = i + 1;
    }
  }
  return out;
}

/** The parts of the words of text[start, end) ("von der Leyen" → von, der, leyen). */
export function partsOfText(text: string, start: number, end: number): NamePart[] {
  const out: NamePart[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 0xa0) {
      if (i > from) for (const p of partsOf(text.slice(from, i), from)) out.push(p);
      from = i + 1;
    }
  }
  return out;
}

export function keyOf(parts: readonly NamePart[] | readonly string[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const k = typeof p === 'string' ? p : p.key;
    out = i === 0 ? k : out + ' ' + k;
  }
  return out;
}

/**
 * The shape of a surname under the usual transliteration wobbles: y and i interchange, doubled letters
 * collapse ("Zelenskyy" / "Zelenskiy" / "Zelensky", "Ghanni" / "Ghani").
 */
export function transliterationKey(key: string): string {
  return remembered(TRANSLITERATIONS, key, makeTransliterationKey);
}
function makeTransliterationKey(key: string): string {
  let out = '';
  for (const ch of key.replace(/y/g, 'i')) if (ch !== out[out.length - 1]) out += ch;
  return out;
}
/** Remembered, as consonantKey: a name is compared with every person of the same given name. */
const TRANSLITERATIONS = new Map<string, string>();

/** The consonants of a name in order, doubles collapsed: "rashid" and "rashed" → "rshd". Remembered: names repeat. */
export function consonantKey(key: string): string {
  return remembered(CONSONANTS, key, makeConsonantKey);
}
function makeConsonantKey(key: string): string {
  let out = '';
  for (const ch of transliterationKey(key)) if (!'aeiou'.includes(ch) && ch !== out[out.length - 1]) out += ch;
  return out;
}
const CONSONANTS = new Map<string, string>();

/**
 * Two folded surnames that are the same name spelt differently, not two people with similar names: the
 * transliteration wobbles above, or, in a name of six letters or more, other vowels between the same
 * consonants ("Rashid" / "Rashed"; "Biden" / "Baden" are too short to say).
 */
export function isSpellingVariant(a: string, b: string, bTransliteration?: string): boolean {
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  if (transliterationKey(a) === (bTransliteration ?? transliterationKey(b))) return true;
  if (shorter < 6 || a[0] !== b[0]) return false;
  const k = consonantKey(a);
  return k.length >= 4 && k === consonantKey(b);
}

/**
 * Damerau-Levenshtein distance, stopping early above `max` (the strings here are single name parts). Its
 * three rows are reused from call to call: a name is compared with every person of the same given name, a
 * few hundred thousand times in a wire dump, and three arrays per row were garbage each time.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length < n + 1) rows = [new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1)), new Int32Array(2 * (n + 1))];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    // The row two back is not read again: it becomes the next row.
    const free = prev2;
    prev2 = prev;
    prev = cur;
    cur = free;
  }
  return prev[n];
}
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The spelling of a stretch of text as name-variant compares it: apostrophe style and the case of a word's
 * first letter ("Von der Leyen" opening a sentence) do not count; capitals inside a word do ("DeSantis" /
 * "Desantis").
 */
export function spellingKey(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const wordStart = i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '-';
    out += ch === '’' || ch === '‘' || ch === '`' ? "'" : wordStart ? ch.toLowerCase() : ch;
  }
  return out;
}
