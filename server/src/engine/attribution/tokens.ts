// Word and punctuation tokens of a span of text (a paragraph, a sentence, the gap between two quotations),
// with offsets into the article. A hand-written scanner over character codes: it runs over every
// paragraph that holds a quotation, so it must be fast and strictly linear.
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import type { ReportingForm } from '../lexicon/reporting-verbs';
import { FNV_OFFSET, FNV_PRIME, type WordEntry, wordAt } from '../text/word-table';
import { charString } from '../text/char-strings';
import { missingSpaceAt } from '../text/missing-space';
import { lowerBound } from '../text/lower-bound';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters/digits, with inner apostrophes, hyphens, stops: O’Brien, Secretary-General, U.S.). */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in ’s / 's: a possessive (NATO’s, Trump's). */
  possessive: boolean;
  /** Inside a quotation: words that are quoted never name the speaker of another quotation. */
  inQuote?: boolean;
  /** The token's paragraph is a title-case headline (set by ParagraphAttribution). */
  titleCase?: boolean;
  /** The reporting forms starting with this word, looked up once (see cues.ts). */
  forms?: readonly ReportingForm[] | null;
}

/** The tokens lying wholly inside [from, to), within the paragraph that holds `from`. */
export type TokenWindow = (from: number, to: number) => Token[];

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

function isWordCode(c: number): boolean {
  let v = KIND[c];
  if (v === UNKNOWN) v = kindOf(c);
  return v === WORD;
}

const OTHER = 0;
const WORD = 1;
const SPACE = 2;
const UNKNOWN = 255;

/** Each code unit's kind for the scanner (a word character, a space, other), ASCII now and the rest when first met. */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) KIND[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : c === 32 || c === 9 || c === 10 || c === 13 ? SPACE : OTHER;

function kindOf(c: number): number {
  const v =
    c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x200b
      ? SPACE
      : c >= 0xd800 && c <= 0xdfff
        ? OTHER
        : LETTER_OR_DIGIT.test(String.fromCharCode(c))
          ? WORD
          : OTHER;
  KIND[c] = v;
  return v;
}


/** Joiners inside a word: O’Brien, don't, Secretary-General, U.S, AT&T. */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38;
}

const CONTRACTION = /^(he|she|it|they|we|i|you|who|that|there|what)([’'](?:s|re|m|ll|d|ve))$/i;

/**
 * The tokens of text[from, to). Quotations given in `quoted` (sorted) are not read word by word: each
 * stands as one token marked inQuote, since quoted words never name a speaker or a cue.
 */
export function tokenize(text: string, from: number, to: number, quoted: readonly { start: number; end: number }[] = []): Token[] {
  const out: Token[] = [];
  let i = from;
  let q = firstSpanEndingAfter(quoted, from);
  while (i < to) {
    while (q < quoted.length && quoted[q].end <= i) q++;
    if (q < quoted.length && quoted[q].start <= i) {
      const end = Math.min(quoted[q].end, to);
      out.push({ start: i, end, text: '', lower: '', word: false, cap: false, possessive: false, inQuote: true, titleCase: undefined, forms: null });
      i = end;
      continue;
    }
    const c = text.charCodeAt(i);
    let kind = KIND[c];
    if (kind === UNKNOWN) kind = kindOf(c);
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind !== WORD) {
      const ch = charString(c);
      out.push({ start: i, end: i + 1, text: ch, lower: ch, word: false, cap: false, possessive: false, inQuote: false, titleCase: undefined, forms: null });
      i++;
      continue;
    }
    // The word's hash is computed as it is scanned: its text and lower case come from the word table.
    let j = i;
    let h = FNV_OFFSET;
    let apostrophe = false;
    for (;;) {
      while (j < to) {
        const d = text.charCodeAt(j);
        if (!isWordCode(d)) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        j++;
      }
      if ((j + 1 < to && isJoiner(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1)) && !missingSpaceAt(text, i, j)) || thousandsComma(text, j, to)) {
        const joiner = text.charCodeAt(j);
        if (joiner === 0x2019 || joiner === 39) apostrophe = true;
        h = Math.imul(h ^ joiner, FNV_PRIME);
        j++;
        continue;
      }
      break;
    }
    let entry = wordAt(text, i, j, h);
    // Keep the stop of an abbreviation or an initial with its word ("Mr.", "J.", "U.S.").
    if (j < to && text.charCodeAt(j) === 46 && (factsOf(entry) & ABBREVIATION) !== 0) {
      j++;
      entry = wordAt(text, i, j, Math.imul(h ^ 46, FNV_PRIME));
    }
    const w = entry.text;
    // "He’s", "they’re", "I’m": a pronoun and a verb, two tokens (a name's "’s" stays: "Trump’s").
    const contraction = apostrophe && w.length <= 8 ? CONTRACTION.exec(w) : null;
    if (contraction) {
      const cut = i + contraction[1].length;
      out.push(word(contraction[1], i, cut), word(w.slice(contraction[1].length), cut, j));
    } else {
      out.push(wordToken(entry, i, j));
    }
    i = j;
  }
  return out;
}

/** A comma between a digit and a group of three ("2,000", "1,250,000"): one number, not a list or a clause break. */
function thousandsComma(text: string, at: number, to: number): boolean {
  if (at + 3 >= to || text.charCodeAt(at) !== 44 || !isDigit(text.charCodeAt(at - 1))) return false;
  for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(at + k))) return false;
  return at + 4 >= to || !isWordCode(text.charCodeAt(at + 4));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAbbreviation(w: string): boolean {
  if (w.length === 1) return UPPER.test(w);
  const dotted = w.includes('.');
  if (!dotted && w.length > 6) return false;
  const lower = w.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return true;
  // "U.S", "D.C", and a word with stops inside ("D-N.Y", "Ph.D"): the last stop is the word's.
  return dotted && (/^(\p{L}\.)+\p{L}$/u.test(w) || /\.\p{L}{1,3}$/u.test(w));
}

/** Facts of a word alone, remembered on its word-table entry: bit 1 known, 2 capitalised, 4 an abbreviation. */
const KNOWN = 1;
const CAPITALISED = 2;
const ABBREVIATION = 4;

function factsOf(entry: WordEntry): number {
  let f = entry.attribution;
  if (f < 0) {
    const text = entry.text;
    const first = text.charCodeAt(0);
    const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(text[0]);
    f = entry.attribution = KNOWN | (cap ? CAPITALISED : 0) | (isAbbreviation(text) ? ABBREVIATION : 0);
  }
  return f;
}

/** word() for a word of the table: the same token, its text and lower case shared. */
function wordToken(entry: WordEntry, start: number, end: number): Token {
  const text = entry.text;
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  const apostrophe = n > 2 ? text.charCodeAt(n - 2) : 0;
  const possessive = n > 2 && (last === 115 || last === 83) && (apostrophe === 0x2019 || apostrophe === 39);
  const cap = (factsOf(entry) & CAPITALISED) !== 0;
  return { start, end, text, lower: entry.lower, word: true, cap, possessive, inQuote: false, titleCase: undefined, forms: undefined };
}

function word(text: string, start: number, end: number): Token {
  const first = text.charCodeAt(0);
  const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(text[0]);
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  const apostrophe = n > 2 ? text.charCodeAt(n - 2) : 0;
  const possessive = n > 2 && (last === 115 || last === 83) && (apostrophe === 0x2019 || apostrophe === 39);
  // Most words are lower case already: no second string for them.
  let lower = text;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) {
      lower = text.toLowerCase();
      break;
    }
  }
  return { start, end, text, lower, word: true, cap, possessive, inQuote: false, titleCase: undefined, forms: undefined };
}

/** The index of the first span (sorted) that ends after `offset`: binary search, so a caller pays per token, not per span. */
function firstSpanEndingAfter(spans: readonly { start: number; end: number }[], offset: number): number {
  return lowerBound(spans.length, (i) => spans[i].end > offset);
}

/** Is this run of tokens a title-case headline (most longer words capitalised)? */
export function isTitleCaseRun(toks: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}
