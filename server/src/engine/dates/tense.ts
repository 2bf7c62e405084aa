// Is a date expression spoken of as past or as future? Decided by the cue word nearest to it in its sentence:
// "said on Monday" (past) vs "will meet on Friday" (future). Cheap and local; no parsing.
import type { Span } from '../types';
import { FNV_OFFSET, FNV_PRIME, hashRange } from '../text/word-table';

export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set([
  'will', 'shall', 'would', 'won’t', "won't", 'upcoming', 'next', 'scheduled', 'slated', 'expected', 'due', 'plans',
  'planned', 'planning', 'intends', 'intend', 'aims', 'ahead', 'coming', 'forthcoming', 'tomorrow', 'hopes', 'poised',
  'preparing', 'prepares', 'prepare', 'looming', 'awaits', 'await',
]);

const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'yesterday', 'previously', 'following', 'since',
  'has', 'have', 'brought', 'met', 'held', 'made', 'gave', 'took', 'came', 'went', 'saw', 'left', 'won', 'lost', 'began',
  'spoke', 'wrote', 'led', 'sent', 'struck', 'fell', 'rose', 'broke', 'chose', 'drew', 'drove', 'flew', 'fought', 'found',
  'got', 'grew', 'heard', 'kept', 'knew', 'laid', 'meant', 'paid', 'ran', 'sold', 'sat', 'shot', 'stood', 'swore',
  'taught', 'thought', 'threw', 'understood', 'woke', 'wore', 'became', 'began', 'bought', 'caught', 'felt', 'forgot',
  'hid', 'hung', 'lay', 'lit', 'overtook', 'rang', 'sang', 'sank', 'shook', 'slept', 'spent', 'split', 'spun', 'stuck',
  'swept', 'swam', 'tore', 'unveiled', 'upheld', 'withdrew', 'wound', 'dealt', 'fled', 'bid', 'beat', 'sought',
]);

/** Present tense of a scheduled event ("the vote is on Friday", "the trial opens on Monday"): future, weakly. */
const SCHEDULED_PRESENT = new Set([
  'is', 'are', 'opens', 'begins', 'starts', 'meets', 'visits', 'faces', 'hosts', 'travels', 'arrives', 'returns',
  'resumes', 'ends', 'closes', 'kicks',
]);

/** -ed words that are not past tense, or are adjectives more often than verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'bleed', 'breed', 'proceed', 'exceed', 'succeed', 'heed', 'red', 'bed', 'shed',
  'hundred', 'indeed', 'united', 'limited', 'based', 'related', 'armed', 'advanced', 'detailed', 'supposed',
  'concerned', 'interested', 'so-called', 'alleged', 'embattled', 'renewed', 'sacred', 'wicked', 'naked', 'aged',
  'talented', 'beloved', 'crowded', 'wretched', 'rugged', 'ragged', 'biased', 'skilled', 'qualified', 'proposed',
  'expected', 'scheduled', 'planned', 'anticipated', 'intended', 'reed', 'greed', 'weed', 'deed', 'embed', 'wed',
  'committed', 'dedicated', 'sophisticated', 'experienced', 'complicated', 'unprecedented', 'varied', 'learned',
]);

const PASSIVE_AUXILIARY = new Set(['is', 'are', 'be', 'being', 'been', 'am']);

/**
 * "last" dates the sentence only as part of a time phrase ("last week", "last year"); "the last four", "the
 * last time", "the last before the meeting" are not about the past.
 */
const LAST_TIME_UNIT = /^[\s\u00a0]+(?:week|weekend|month|year|night|season|summer|winter|spring|autumn|fall|quarter|term|decade|century|morning|afternoon|evening)s?\b/i;

/** "has until 5 p.m. on June 2 to …", "have until Aug. 7 to decide": a deadline still ahead. */
const DEADLINE_HOLDERS = new Set(['has', 'have', 'given', 'gives', 'give']);

/** Punctuation that ends a clause: a cue before it says nothing of a date after it in the same way. */
function isClauseBreak(c: number): boolean {
  return c === 44 /* , */ || c === 59 /* ; */ || c === 58 /* : */ || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
}

/** How much farther a cue after the date, or a weak cue, counts. */
const AFTER_PENALTY = 25;
const WEAK_PENALTY = 15;

const STRONG_FUTURE = { tense: 'future', weak: false } as const;
const STRONG_PAST = { tense: 'past', weak: false } as const;
const WEAK_FUTURE = { tense: 'future', weak: true } as const;
const WEAK_PAST = { tense: 'past', weak: true } as const;

/** Every fixed cue word, looked up once per word. */
const FIXED_CUES = new Map<string, { tense: Tense; weak: boolean }>();
for (const w of SCHEDULED_PRESENT) FIXED_CUES.set(w, WEAK_FUTURE);
for (const w of PAST) FIXED_CUES.set(w, w === 'has' || w === 'have' || w === 'since' ? WEAK_PAST : STRONG_PAST);
for (const w of FUTURE) FIXED_CUES.set(w, STRONG_FUTURE);

/**
 * The words whose lower case can matter here: the fixed cues, and the words that change the cue of the word
 * after them ("is", "to", "has"). A 4,096-bit filter of their hashes (case folded), asked for every word
 * read: most words are none of these and are passed over without making their string. (A word ending in
 * "d" or "l" is always read: "-ed" and "’ll" are cues by their ending.)
 */
const MATTERS = new Int32Array(128);
for (const w of [...FIXED_CUES.keys(), ...PASSIVE_AUXILIARY, ...DEADLINE_HOLDERS, 'to', 'be', 'until', 'last']) {
  const h = hashRange(w, 0, w.length);
  MATTERS[(h >>> 5) & 127] |= 1 << (h & 31);
  MATTERS[(h >>> 17) & 127] |= 1 << ((h >>> 12) & 31);
}

function mayMatter(h: number): boolean {
  return (MATTERS[(h >>> 5) & 127] & (1 << (h & 31))) !== 0 && (MATTERS[(h >>> 17) & 127] & (1 << ((h >>> 12) & 31))) !== 0;
}

/** The cue a lower-case word gives, knowing the word before it. */
function cueOf(w: string, prev: string): { tense: Tense; weak: boolean } | null {
  const fixed = FIXED_CUES.get(w);
  const passive = PASSIVE_AUXILIARY.has(prev);
  if (fixed) {
    if (passive && fixed.tense === 'past' && !fixed.weak) return null; // "will be heard"
    return fixed;
  }
  const last = w.charCodeAt(w.length - 1);
  if (last === 108 /* l */ && (w.endsWith('’ll') || w.endsWith("'ll"))) return STRONG_FUTURE;
  if (w === 'be' && prev === 'to') return STRONG_FUTURE;
  if (w === 'until' && DEADLINE_HOLDERS.has(prev)) return STRONG_FUTURE;
  // -ed words are past, weakly; not after "is"/"are"/"be" ("is listed": a passive present).
  if (last === 100 /* d */ && w.length >= 5 && w.charCodeAt(w.length - 2) === 101 /* e */ && !passive && !NOT_PAST_ED.has(w)) return WEAK_PAST;
  return null;
}

/** Cues farther than this from the expression are not looked at (a nearer one almost always decides). */
const REACH_BEFORE = 90;
const REACH_AFTER = 60;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The tense of the expression at `at` within `sentence`, from the nearest cue word. */
export function tenseAt(text: string, sentence: Span, at: Span): Tense {
  let from = Math.max(sentence.start, at.start - REACH_BEFORE);
  while (from > sentence.start && isLetter(text.charCodeAt(from - 1))) from--; // whole words only
  const to = Math.min(sentence.end, at.end + REACH_AFTER);
  let best: Tense = 'none';
  let bestScore = Infinity;
  // The nearest strong cue before the expression in its own clause ("will face … on Saturday", "is due to
  // present … on Monday, she said") decides over any cue after it: a trailing "she said" dates the saying.
  let clauseStart = from;
  for (let i = at.start - 1; i >= from; i--) {
    if (isClauseBreak(text.charCodeAt(i))) {
      clauseStart = i + 1;
      break;
    }
  }
  let before: { tense: Tense; weak: boolean } | null = null;
  let prev = '';
  // The words ([A-Za-z]+, joined by ’ ' -), read by hand: a regular expression's match objects were
  // most of what a long document's dates allocated. A word's string is made only when it may matter (see
  // MATTERS, whose hash of the lower case is taken while scanning); any other stands as ''.
  for (let i = from; ; ) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      let c = text.charCodeAt(i);
      while (isLetter(c)) {
        h = Math.imul(h ^ (c | 32), FNV_PRIME);
        c = text.charCodeAt(++i);
      }
      if ((c === 0x2019 || c === 39 || c === 45) && isLetter(text.charCodeAt(i + 1))) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else break;
    }
    const end = i;
    const last = text.charCodeAt(end - 1) | 32;
    const lower = last === 100 /* d */ || last === 108 /* l */ || mayMatter(h) ? text.slice(start, end).toLowerCase() : '';
    if (start >= at.start && end <= at.end) {
      prev = lower;
      continue; // the expression's own words ("last Friday" is handled by the resolver)
    }
    let cue = lower ? cueOf(lower, prev) : null;
    prev = lower;
    if (cue && lower === 'last' && !LAST_TIME_UNIT.test(text.slice(end, end + 12))) cue = null;
    if (!cue) continue;
    if (end <= at.start && start >= clauseStart) before = cue;
    let score = end <= at.start ? at.start - end : start - at.end + AFTER_PENALTY;
    if (cue.weak) score += WEAK_PENALTY;
    if (score < bestScore) {
      bestScore = score;
      best = cue.tense;
    }
  }
  if (before && !before.weak) return before.tense;
  return best;
}
