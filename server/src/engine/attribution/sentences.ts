// Sentence boundaries in narrative text, found locally (a scan over the span asked about, never the document).
// A boundary is ". ! ? …", perhaps followed by closing marks or brackets, then a space and a capital,
// a digit or an opening mark — unless the stop ends an abbreviation ("Mr.", "Sen.", "U.S.", "J.").
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = new Set(['“', '‘', '"', "'", '(', '[', '«', '—']);

/** Words that open a sentence and cannot follow an abbreviation inside one. */
const SENTENCE_OPENERS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'The', 'But', 'And', 'In', 'This', 'That', 'There', 'His', 'Her', 'Their', 'Its']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r';
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the stop at `i` ends an abbreviation rather than a sentence. */
function endsAbbreviation(text: string, i: number, from: number): boolean {
  let j = i;
  // Abbreviations are short: look back a dozen characters at most.
  while (j > from && i - j < 12 && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, i).toLowerCase();
  if (word.length === 0) return false;
  if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or dotted letters ("U.S", "D.C").
  if (/^\p{L}$/u.test(word) && isUpper(text[j])) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * If a sentence ends at `i` (text[i] is its final punctuation), the offset where the next one starts;
 * otherwise -1. `from`/`to` bound the scan (a paragraph).
 */
export function sentenceBreakAt(text: string, i: number, from: number, to: number): number {
  // Called for every character of a backward scan: a code, not a one-character string (which, past
  // Latin-1, is a new string each time).
  const c = text.charCodeAt(i);
  if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */ && c !== 0x2026 /* … */) return -1;
  const abbreviation = c === 46 && endsAbbreviation(text, i, from);
  let j = i + 1;
  while (j < to && CLOSERS.has(text[j])) j++;
  if (j >= to) return to;
  if (!isSpace(text[j])) return -1;
  while (j < to && isSpace(text[j])) j++;
  if (j >= to) return to;
  const next = text[j];
  if (abbreviation) {
    // "at 7 p.m. He said", "in the U.S. They …": a stop after an abbreviation ends a sentence when a
    // pronoun or an article opens the next one, or after a time of day.
    const word = /^\p{L}+/u.exec(text.slice(j, j + 8))?.[0] ?? '';
    const time = /[ap]\.m$/i.test(text.slice(Math.max(from, i - 3), i));
    return (time && isUpper(next)) || SENTENCE_OPENERS.has(word) ? j : -1;
  }
  if (isUpper(next) || (next >= '0' && next <= '9') || OPENERS.has(next)) return j;
  return -1;
}

/** The start of the last sentence that begins in [from, to): `from` when no boundary lies between. */
export function lastSentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const next = sentenceBreakAt(text, i, from, to);
    if (next >= 0 && next <= to) return next;
  }
  return from;
}
