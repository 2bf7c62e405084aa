// A paragraph as a list of tokens for the people detector: words (letters and digits, with inner
// apostrophes, hyphens and full stops: "O’Sullivan", "Müller-Brandt", "J.K", "Caliber.Az") and single
// punctuation marks. One pass of a sticky, non-backtracking pattern: linear in the paragraph.
import { TITLE_ABBREVIATIONS } from '../lexicon/people-honorifics';

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
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\u2010.-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const POSSESSIVE = /['’]s$/;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
/** Marks after which a capital opens a quoted sentence rather than continuing a name. */
const OPENING_QUOTES = new Set(['“', '‘', '«', '„']);

/** Tokenises text[start, end). Words that start with a lower-case letter are added to `lowerWords` when given. */
export function tokenize(text: string, start: number, end: number, lowerWords?: Set<string>): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let expectStart = true;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const raw = m[0];
    const s = start + m.index;
    if (WORD_START.test(raw)) {
      let t = raw;
      let possessive = false;
      if (t.length > 3 && POSSESSIVE.test(t)) {
        t = t.slice(0, -2);
        possessive = true;
      }
      const lower = t.toLowerCase();
      const cap = UPPER_START.test(t);
      const letters = t.match(LETTERS)?.length ?? 0;
      out.push({
        start: s,
        end: s + t.length,
        text: t,
        lower,
        isWord: true,
        cap,
        upper: letters >= 2 && !HAS_LOWER.test(t),
        possessive,
        sentenceStart: expectStart,
      });
      if (!cap && lowerWords && letters === t.length) lowerWords.add(lower);
      expectStart = false;
      continue;
    }
    out.push({ start: s, end: s + raw.length, text: raw, lower: raw, isWord: false, cap: false, upper: false, possessive: false, sentenceStart: false });
    if (raw === '!' || raw === '?' || raw === ':') expectStart = true;
    else if (raw === '.') expectStart = !abbreviationBefore(out);
    else if (OPENING_QUOTES.has(raw) || (raw === '"' && (out.length === 1 || out[out.length - 2].end < s))) expectStart = true;
  }
  return out;
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

const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
export function isInitials(text: string): boolean {
  return INITIALS.test(text);
}
