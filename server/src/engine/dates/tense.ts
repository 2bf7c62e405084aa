// Is a date expression spoken of as past or as future? Decided by the cue word nearest to it in its sentence:
// "said on Monday" (past) vs "will meet on Friday" (future). Cheap and local; no parsing.
import type { Span } from '../types';

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

/** How much farther a cue after the date, or a weak cue, counts. */
const AFTER_PENALTY = 25;
const WEAK_PENALTY = 15;

function cueOf(word: string, prev: string): { tense: Tense; weak: boolean } | null {
  const w = word.toLowerCase();
  if (w.endsWith('’ll') || w.endsWith("'ll")) return { tense: 'future', weak: false };
  if (w === 'be' && prev === 'to') return { tense: 'future', weak: false };
  if (FUTURE.has(w)) return { tense: 'future', weak: false };
  if (PASSIVE_AUXILIARY.has(prev) && (PAST.has(w) || w.endsWith('ed'))) return null; // "will be heard", "is listed"
  if (PAST.has(w)) return { tense: 'past', weak: w === 'has' || w === 'have' || w === 'since' };
  if (SCHEDULED_PRESENT.has(w)) return { tense: 'future', weak: true };
  // "is listed", "are scheduled": a passive present, not a past.
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !PASSIVE_AUXILIARY.has(prev)) return { tense: 'past', weak: true };
  return null;
}

const WORD = /[A-Za-z]+(?:[’'-][A-Za-z]+)*/g;

/** The tense of the expression at `at` within `sentence`, from the nearest cue word. */
export function tenseAt(text: string, sentence: Span, at: Span): Tense {
  const slice = text.slice(sentence.start, sentence.end);
  WORD.lastIndex = 0;
  let best: Tense = 'none';
  let bestScore = Infinity;
  let prev = '';
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const word = m[0];
    const lower = word.toLowerCase();
    if (start >= at.start && end <= at.end) {
      prev = lower;
      continue; // the expression's own words ("last Friday" is handled by the resolver)
    }
    const cue = cueOf(word, prev);
    prev = lower;
    if (!cue) continue;
    let score = end <= at.start ? at.start - end : start - at.end + AFTER_PENALTY;
    if (cue.weak) score += WEAK_PENALTY;
    if (score < bestScore) {
      bestScore = score;
      best = cue.tense;
    }
  }
  return best;
}
