// A paragraph as a list of tokens for the people detector: words (letters and digits, with inner
// apostrophes, hyphens and full stops: "O’Sullivan", "Müller-Brandt", "J.K", "Caliber.Az") and single
// punctuation marks. One pass of a sticky, non-backtracking pattern: linear in the paragraph.
import { TITLE_ABBREVIATIONS } from '../lexicon/people-honorifics';
import { FNV_OFFSET, FNV_PRIME } from './word-set';

/** Where the tokenizer puts the hashes of the lower-case words it reads (a WordSet, or a list to keep). */
export interface HashSink {
  addHash(h: number): void;
}
import { wordAt, type WordEntry } from '../text/word-table';
import { charString } from '../text/char-strings';
import { missingSpaceAt } from '../text/missing-space';

export interface Token {
  start: number;
  /** End offset; for a possessive ("Trump’s") it stops before the apostrophe. */
  end: number;
  /** The token's text, without a possessive ending. */
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters and no lower-case letter ("NATO", "JD"). */
  upper: boolean;
  /** Ended in ’s / 's, now stripped. */
  possessive: boolean;
  /** The first word of a sentence (or of a quotation, or of a paragraph). */
  sentenceStart: boolean;
  /** The word's entry in the word table (words only; dropped when the text is changed). */
  word: WordEntry | undefined;
}

/** Marks after which a capital opens a quoted sentence rather than continuing a name. */
const OPENING_QUOTES = new Set(['“', '‘', '«', '„']);

/**
 * Tokenises text[start, end): a hand-written scanner, one look at each character (a Unicode regular
 * expression doing the same costs several times more). Words that start with a lower-case letter are
 * added to `lowerWords` when given.
 */
export function tokenize(text: string, start: number, end: number, lowerWords?: HashSink): Token[] {
  const out: Token[] = [];
  let expectStart = true;
  let i = start;
  // Where the last run of blank characters began, and whether it holds more than one space: a name never
  // runs across a line break, a run of spaces or a comment (blanked to spaces), so such a gap after a word
  // is marked by a break token ("B  Shares", "J. R.  Shares", "van der Berg<!-- … -->Judge").
  let gapFrom = -1;
  let wideGap = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    let cls = CLASS[c];
    if (cls === UNKNOWN) cls = classOf(c);
    if (cls >= BLANK) {
      if (gapFrom < 0) gapFrom = i;
      else wideGap = true;
      if (cls === BREAK) wideGap = true;
      i++;
      continue;
    }
    if (wideGap && out.length > 0) {
      out.push({ start: gapFrom, end: gapFrom, text: ' ', lower: ' ', isWord: false, cap: false, upper: false, possessive: false, sentenceStart: false, word: undefined });
    }
    gapFrom = -1;
    wideGap = false;
    if (cls === OTHER) {
      // One mark; a surrogate pair (an emoji) stays whole, a lone high surrogate does not swallow the next letter.
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      const len = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      const raw = len === 1 ? charString(c) : text.slice(i, i + len);
      out.push({ start: i, end: i + len, text: raw, lower: raw, isWord: false, cap: false, upper: false, possessive: false, sentenceStart: false, word: undefined });
      i += len;
      if (raw === '!' || raw === '?' || raw === ':') expectStart = true;
      else if (raw === '.') expectStart = !abbreviationBefore(out);
      else if (OPENING_QUOTES.has(raw) || (raw === '"' && (out.length === 1 || out[out.length - 2].end < i - 1))) expectStart = true;
      continue;
    }
    // A word: word characters, joined by an apostrophe, a hyphen or a full stop followed by more of them.
    let j = i + 1;
    let letters = 0;
    let hasUpper = false;
    let hasLower = false;
    const firstUpper = cls === UPPER;
    // The hash of every code unit, joiners included (the word table's key), and its value before the last joiner.
    let full = FNV_OFFSET;
    let beforeJoiner = FNV_OFFSET;
    let d = c;
    let kind = cls;
    for (let k = i; ; ) {
      full = Math.imul(full ^ d, FNV_PRIME);
      if (kind === UPPER) {
        hasUpper = true;
        letters++;
      } else if (kind === LOWER) {
        hasLower = true;
        letters++;
      } else if (kind === LETTER) letters++;
      k++;
      if (k < end) {
        const n = text.charCodeAt(k);
        let kn = CLASS[n];
        if (kn === UNKNOWN) kn = classOf(n);
        if (kn >= UPPER && kn <= DIGIT_OR_MARK) {
          d = n;
          kind = kn;
          continue;
        }
        if (k + 1 < end && isJoiner(n)) {
          const m = text.charCodeAt(k + 1);
          let km = CLASS[m];
          if (km === UNKNOWN) km = classOf(m);
          // Not across a sentence's end typed without its space ("Trump said.Trump claimed": missingSpaceAt).
          if (km >= UPPER && km <= DIGIT_OR_MARK && !(n === 46 && km === UPPER && missingSpaceAt(text, i, k))) {
            beforeJoiner = full;
            full = Math.imul(full ^ n, FNV_PRIME);
            k++;
            d = m;
            kind = km;
            continue;
          }
        }
      }
      j = k;
      break;
    }
    let wordEnd = j;
    let possessive = false;
    if (j - i > 3 && text.charCodeAt(j - 1) === 115 && (text.charCodeAt(j - 2) === 39 || text.charCodeAt(j - 2) === 0x2019)) {
      wordEnd = j - 2;
      possessive = true;
      letters--;
    }
    // A possessive's apostrophe is the word's last joiner: the hash before it is the hash of the word without "’s".
    const w = wordAt(text, i, wordEnd, possessive ? beforeJoiner : full);
    out.push({ start: i, end: wordEnd, text: w.text, lower: w.lower, isWord: true, cap: firstUpper, upper: letters >= 2 && !hasLower, possessive, sentenceStart: expectStart, word: w });
    // Hashed as scanned; a possessive or joined word ("party’s", "co-chaired") is left out (so no joiner is in the hash).
    if (lowerWords && !hasUpper && letters === j - i) lowerWords.addHash(full);
    expectStart = false;
    i = j;
  }
  return out;
}

const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const LETTER = 3; // a letter without case (Arabic, CJK)
const DIGIT_OR_MARK = 4;
const BLANK = 5; // a space, a tab, a no-break or zero-width space
const BREAK = 6; // a line break
const UNKNOWN = 255;

/** The tokenizer's class of every code unit: ASCII now, the rest when first met. */
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT_OR_MARK : c === 32 || c === 9 ? BLANK : c === 10 || c === 13 ? BREAK : OTHER;
}

function classOf(c: number): number {
  const v = c === 0xa0 || (c > 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff ? BLANK : caseOf(c);
  CLASS[c] = v;
  return v;
}


/** Cached per code unit: 0 not a word character, 1 upper, 2 lower, 3 caseless letter, 4 digit or mark. */
const TABLE = new Uint8Array(0x10000).fill(255);
const IS_LETTER = /\p{L}/u;
const IS_WORD = /[\p{M}\p{N}]/u;

function caseOf(c: number): number {
  let v = TABLE[c];
  if (v !== 255) return v;
  if (c >= 0xd800 && c <= 0xdfff) v = OTHER;
  else {
    const ch = String.fromCharCode(c);
    if (IS_LETTER.test(ch)) v = ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : LETTER;
    else v = IS_WORD.test(ch) ? DIGIT_OR_MARK : OTHER;
  }
  TABLE[c] = v;
  return v;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return caseOf(c) !== OTHER;
}

/** Apostrophes, hyphens and the full stop join word characters into one word ("O’Neill", "Müller-Brandt", "J.K"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 46;
}

/** True when the full stop just pushed ends an abbreviation ("Mr.", "J.", "U.S.") rather than a sentence. */
function abbreviationBefore(out: Token[]): boolean {
  const prev = out.length >= 2 ? out[out.length - 2] : undefined;
  if (!prev || !prev.isWord || prev.end !== out[out.length - 1].start) return false;
  return isAbbreviation(prev);
}

/** A title abbreviation, a single initial ("W"), or dotted initials ("J.K", "U.S"). */
export function isAbbreviation(t: Token): boolean {
  if (TITLE_ABBREVIATIONS.has(t.lower)) return true;
  return isInitials(t.text);
}

/** "W", "J.K", "U.S": capitals alone or joined by full stops. */
export function isInitials(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (i % 2 === 1) {
      if (text.charCodeAt(i) !== 46) return false;
    } else if (caseOf(text.charCodeAt(i)) !== UPPER) return false;
  }
  return text.length % 2 === 1;
}

/** True when the text has a digit. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 128 && caseOf(c) === DIGIT_OR_MARK && /\p{N}/u.test(text[i]))) return true;
  }
  return false;
}

/** A hyphen followed by a lower-case letter ("Five-like", "anti-war"), not "Müller-Brandt". */
export function hasLowerSegment(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2010) && caseOf(text.charCodeAt(i + 1)) === LOWER) return true;
  }
  return false;
}
