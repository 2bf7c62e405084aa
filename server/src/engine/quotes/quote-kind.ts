// What a pair of quote marks holds besides speech: a nickname inside a name (Rebecca “Becky” Sato),
// a work's title after the noun that names the work (the film “Oppenheimer”), or a scare quote
// (a few words held at arm's length, “cast iron”, with nobody credited). Nicknames and titles are seen
// from the words around the marks; a scare quote only once attribution found nobody for it.
import type { QuoteSpan } from '../types';

/** Nouns for works whose titles go in quote marks, and verbs that introduce a title. */
const WORK_NOUNS = new Set([
  'film', 'movie', 'book', 'novel', 'memoir', 'song', 'single', 'album', 'record', 'show', 'series', 'sitcom',
  'programme', 'program', 'documentary', 'play', 'musical', 'opera', 'podcast', 'episode', 'poem', 'painting',
  'exhibition', 'exhibit', 'report', 'paper', 'study', 'essay', 'article', 'op-ed', 'column', 'editorial',
  'headline', 'hashtag', 'campaign', 'initiative', 'strategy', 'plan', 'policy', 'white paper', 'track',
  'titled', 'entitled', 'game', 'videogame', 'app', 'video', 'ad',
  'advert', 'advertisement', 'slogan', 'motto', 'sketch', 'segment', 'blog', 'newsletter', 'magazine', 'tv',
]);

/** Works whose name is a title for certain, even when a cue verb is near. */
const TITLE_VERBS = new Set(['titled', 'entitled']);

const WORD_AFTER = /^\s+([\p{L}][\p{L}\p{M}'’.-]*)/u;

/** Capitalised words that start sentences or clauses and are never part of a name. */
const NOT_NAME = new Set(['The', 'A', 'An', 'And', 'But', 'Or', 'So', 'As', 'In', 'On', 'At', 'Of', 'For', 'To', 'With', 'By', 'From', 'Its', 'It', 'This', 'That', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'My']);

function isCapitalised(w: string | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w) && !NOT_NAME.has(w);
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32 || s[i] === '\u00a0';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const WORD_PART = /[\p{L}\p{M}'’.-]/u;
function isWordPart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45;
  return WORD_PART.test(ch);
}

/** The last word before the quotation (a comma and spaces may follow it), read backwards; '' if none. */
function wordBefore(text: string, q: QuoteSpan, allowComma: boolean): string {
  let e = q.start;
  while (e > 0 && e > q.start - 4 && /\s/.test(text[e - 1])) e--;
  if (e === q.start) return '';
  if (allowComma && text[e - 1] === ',') e--;
  let s = e;
  while (s > 0 && e - s < 40 && isWordPart(text.charCodeAt(s - 1), text[s - 1])) s--;
  const w = text.slice(s, e);
  return /^\p{L}/u.test(w) ? w : '';
}

/** The quotation's words, without marks. */
function contentOf(text: string, q: QuoteSpan): string {
  return text.slice(q.contentStart, q.contentEnd);
}

/** A short window before the quotation, bounded so the check stays constant-time. */
function before(text: string, q: QuoteSpan, n = 60): string {
  return text.slice(Math.max(0, q.start - n), q.start);
}

function after(text: string, q: QuoteSpan, n = 40): string {
  return text.slice(q.end, q.end + n);
}

/** Rebecca “Becky” Sato, Dwayne "The Rock" Johnson: a short capitalised quote between two name words. */
export function isNickname(text: string, q: QuoteSpan): boolean {
  if (!q.opened || !q.closed) return false;
  // Cheap tests first: a space on both sides, a capital after.
  if (text[q.start - 1] !== ' ' || text[q.end] !== ' ' || q.contentEnd - q.contentStart > 40) return false;
  const content = contentOf(text, q).trim();
  if (!content || wordCount(content) > 3 || /[,.!?;:]/.test(content) || !/^\p{Lu}/u.test(content)) return false;
  const b = wordBefore(text, q, false) || undefined;
  const a = after(text, q).match(WORD_AFTER)?.[1];
  return isCapitalised(b) && isCapitalised(a) && !/[’']s$/.test(b ?? '') && !inTitleCase(before(text, q) + ' ' + after(text, q));
}

/** A headline in title case capitalises every word, so capitals around a quote say nothing there. */
function inTitleCase(window: string): boolean {
  const words = window.split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** The film “Oppenheimer”, the report “Fit for the Future”, a book titled "X": a title named by its work noun. */
export function isTitle(text: string, q: QuoteSpan): boolean {
  if (!q.opened || !q.closed || q.contentEnd - q.contentStart > 120) return false;
  const content = contentOf(text, q).trim().replace(/[,.]$/, '');
  if (!content || wordCount(content) > 12 || /[.!?;]/.test(content)) return false;
  const b = wordBefore(text, q, true).toLowerCase();
  if (!b || !WORK_NOUNS.has(b)) return false;
  if (TITLE_VERBS.has(b)) return true;
  // A title is capitalised (headline or sentence case).
  return /^\p{Lu}/u.test(content);
}

/**
 * A few words and no sentence: what a scare quote looks like (decided only when nobody is credited).
 * A capitalised utterance that ends like a sentence ("Bodies everywhere.", "No!") is speech however short.
 */
export function looksLikeScareQuote(text: string, q: QuoteSpan): boolean {
  const raw = contentOf(text, q).trim();
  if (/^\p{Lu}/u.test(raw) && /[.!?…]$/.test(raw)) return false;
  const content = raw.replace(/[,.;:]$/, '');
  if (!content || wordCount(content) > 4) return false;
  return !/[.!?;:]/.test(content);
}
