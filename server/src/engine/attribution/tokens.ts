// Word and punctuation tokens of a short span of text (a sentence or the gap between two quotations),
// with offsets into the article. The attribution rules read tokens, never the whole document.
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';

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
}

// A word: letters or digits, then more, with single inner joiners. Each repetition must consume a joiner,
// so the pattern cannot backtrack catastrophically.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const SPACE = /\s+/uy;
const CONTRACTION = /^(he|she|it|they|we|i|you|who|that|there|what)([’'](?:s|re|m|ll|d|ve))$/i;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let end = Math.min(i + m[0].length, to);
      let w = text.slice(i, end);
      // Keep the stop of an abbreviation or an initial with its word ("Mr.", "J.", "U.S.").
      if (text[end] === '.' && end < to && isAbbreviation(w)) {
        end++;
        w += '.';
      }
      // "He’s", "they’re", "I’m": a pronoun and a verb, two tokens (a name's "’s" stays: "Trump’s").
      const contraction = CONTRACTION.exec(w);
      if (contraction) {
        const cut = i + contraction[1].length;
        out.push(word(contraction[1], i, cut), word(w.slice(contraction[1].length), cut, end));
      } else {
        out.push(word(w, i, end));
      }
      i = end;
      continue;
    }
    const ch = text[i];
    out.push({ start: i, end: i + 1, text: ch, lower: ch, word: false, cap: false, possessive: false });
    i++;
  }
  return out;
}

function isAbbreviation(w: string): boolean {
  const lower = w.toLowerCase();
  // "Mr.", "J.", "U.S.", and a word with stops inside ("D-N.Y.", "Ph.D."): the last stop is the word's.
  return NON_FINAL_ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w) || /\.\p{L}{1,3}$/u.test(w);
}

function word(text: string, start: number, end: number): Token {
  return {
    start,
    end,
    text,
    lower: text.toLowerCase(),
    word: true,
    cap: /^\p{Lu}/u.test(text),
    possessive: /[’']s$/i.test(text) && text.length > 2,
  };
}

/** The word without a possessive ending ("Trump’s" → "trump’s" → "trump"). */
export function bare(t: Token): string {
  return t.possessive ? t.lower.slice(0, -2) : t.lower;
}

/** Marks the tokens that lie inside any of the spans (sorted by start), in one pass. */
export function markQuoted(tokens: Token[], spans: readonly { start: number; end: number }[]): Token[] {
  if (tokens.length === 0 || spans.length === 0) return tokens;
  // Binary search for the first span that can hold a token, so the cost is per token, not per span.
  let lo = 0;
  let hi = spans.length;
  const first = tokens[0].start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= first) lo = mid + 1;
    else hi = mid;
  }
  let s = lo;
  for (const t of tokens) {
    while (s < spans.length && spans[s].end <= t.start) s++;
    if (s < spans.length && spans[s].start <= t.start && t.end <= spans[s].end) t.inQuote = true;
  }
  return tokens;
}
