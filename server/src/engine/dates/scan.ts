// Finds every date expression of an article, unresolved: what each one states (year, month, day, weekday,
// offset) and its tense. Linear: one pre-scan, then small local work per hit. Both findPublished and
// findDates need this, so it is computed once per ArticleText.
import type { ArticleText, Span } from '../types';
import { prescan, type Hit } from './prescan';
import { growRun } from './runs';
import { parseRun, type ParsedDate } from './chrono-parse';
import { isBareYear } from './bare-year';
import { sentenceAround } from './sentence';
import { tenseAt } from './tense';
import { AMBIGUOUS_MONTHS, MONTHS, RELATIVE_DAYS, STATISTIC_NOUNS, WEEKDAYS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE } from './lexicon';
import type { RawDate } from './raw-date';
import { lowerBound } from '../text/lower-bound';

/** How far around a hit a run of date words may reach. */
const RUN_REACH = 60;

const FULL_WEEKDAYS = new Set(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_ONLY_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'throughout']);
const PROGRAMME_AFTER_TODAY = new Set(['programme', 'program', 'show', 'newspaper', 'podcast', 'presenter', 'host']);
const NAMES_BEFORE_TODAY = new Set(['usa', 'russia', 'psychology', 'christianity', 'marketing', 'management']);

type Unresolved = Omit<RawDate, 'tense' | 'sentence'>;

const memo = new WeakMap<ArticleText, RawDate[]>();

export function scanDates(article: ArticleText): RawDate[] {
  let found = memo.get(article);
  if (!found) {
    found = scanText(article.text);
    memo.set(article, found);
  }
  return found;
}

/**
 * The scan of an article made another way (an incremental analyzer's kept scans, see paragraph-cache.ts),
 * so that findPublished and findDates use it. That relies on the scan of a date reading nothing beyond its
 * own line and LOCAL_CONTEXT characters either side of that line, and on all-numeric dates (read by the
 * whole article's votes) being absent.
 */
export function rememberScan(article: ArticleText, dates: RawDate[]): void {
  memo.set(article, dates);
}

/** Lets go of the article's scan once its dates are resolved (see detect() in analyze.ts). */
export function forgetScan(article: ArticleText): void {
  memo.delete(article);
}

/** How far outside a date's line the scan looks (isStatisticPeriod's 40 characters, with room to spare). */
export const LOCAL_CONTEXT = 100;

export function scanText(text: string): RawDate[] {
  const hits = prescan(text);
  const out: Unresolved[] = [];
  const numeric: Hit[] = [];
  let covered = 0;
  let dayFirstVotes = 0;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    let found: Unresolved[] = [];
    if (hit.kind === 'relative') found = relativeDay(text, hit);
    else if (hit.kind === 'year') found = isBareYear(text, hit.start, hit.end) ? [yearOnly(text, hit)] : [];
    else if (hit.kind === 'numeric') numeric.push(hit);
    else {
      const run = growRun(text, hit.start, hit.end, Math.max(0, hit.start - RUN_REACH), Math.min(text.length, hit.end + RUN_REACH));
      found = fromRun(text, hit, run);
      if (!found.length && hit.kind === 'weekday') found = weekdayAlone(text, hit);
      for (const f of found) if (f.day !== undefined && f.month !== undefined) dayFirstVotes += dayBeforeMonth(f.text) ? 1 : -1;
    }
    for (const f of found) {
      out.push(f);
      covered = Math.max(covered, f.end);
    }
  }
  // All-numeric dates ("03/04/2026") are read as the article writes its other dates: day first when
  // "15 August" outnumbers "August 15".
  // Numeric hits do not overlap one another and what each gives lies inside it, so only the dates found
  // above can overlap one: those, sorted by start, with the furthest end so far (no scan of all per hit).
  const before = out.slice().sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (let i = 0, max = -1; i < before.length; i++) reach.push((max = Math.max(max, before[i].end)));
  const overlapsFound = (hit: Hit): boolean => {
    const n = lowerBound(before.length, (i) => before[i].start >= hit.end); // the dates starting before the hit ends
    return n > 0 && reach[n - 1] > hit.start;
  };
  for (const hit of numeric) {
    if (overlapsFound(hit)) continue;
    for (const p of parseRun(hit.word, dayFirstVotes > 0)) {
      const d = toUnresolved(text, hit.start, p);
      if (d) out.push(d);
    }
  }
  out.sort((a, b) => a.start - b.start);
  let sentence: Span = { start: -1, end: -1 };
  const dated = out as RawDate[];
  for (const d of dated) {
    // Dates come in order: one sentence often holds several.
    if (!(d.start >= sentence.start && d.end <= sentence.end)) sentence = sentenceAround(text, d.start, d.end);
    d.sentence = sentence;
    // "tomorrow" needs no tense; nor does the month a statistic covers: the nearest one, whatever the verb.
    d.tense = d.kind === 'relative-day' || (d.kind === 'month' && isStatisticPeriod(text, d)) ? 'none' : tenseAt(text, sentence, d);
  }
  return dated;
}

const STAT_BEFORE = /\b([A-Za-z]+)[\s\u00a0]+for[\s\u00a0]+(?:the[\s\u00a0]+month[\s\u00a0]+of[\s\u00a0]+)?$/;
const STAT_AFTER = /^(?:['’]s)?[\s\u00a0]+(?:[A-Za-z-]+[\s\u00a0]+)?([A-Za-z]+)/;

/** "data for October", "the November jobs report", "October's inflation figures": the month is a statistic's period. */
function isStatisticPeriod(text: string, d: Span): boolean {
  const before = STAT_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start));
  if (before && STATISTIC_NOUNS.has(before[1].toLowerCase())) return true;
  const after = STAT_AFTER.exec(text.slice(d.end, d.end + 40));
  if (!after) return false;
  const words = after[0].toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  return words.some((w) => STATISTIC_NOUNS.has(w));
}

/** "15 August", "Friday, 15 August" (day first) rather than "August 15". */
function dayBeforeMonth(s: string): boolean {
  const lead = /^([A-Za-z]+)\.?,?\s+/.exec(s);
  const rest = lead && WEEKDAYS.has(lead[1].toLowerCase()) ? s.slice(lead[0].length) : s;
  return /^\d/.test(rest);
}

function previousWord(text: string, at: number, keepCase = false): string {
  const m = /([A-Za-z]+)[-\s\u00a0]+$/.exec(text.slice(Math.max(0, at - 20), at));
  return m ? (keepCase ? m[1] : m[1].toLowerCase()) : '';
}

function nextWord(text: string, at: number): string {
  const m = /^[\s\u00a0]+([A-Za-z]+)/.exec(text.slice(at, at + 20));
  return m ? m[1] : '';
}

function relativeDay(text: string, hit: Hit): Unresolved[] {
  // "USA Today", the "Today programme": titles, not days.
  if (NAMES_BEFORE_TODAY.has(previousWord(text, hit.start)) && hit.word === 'today') return [];
  if (PROGRAMME_AFTER_TODAY.has(nextWord(text, hit.end).toLowerCase())) return [];
  return [{ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), kind: 'relative-day', offset: RELATIVE_DAYS.get(hit.word) ?? 0 }];
}

function yearOnly(text: string, hit: Hit): Unresolved {
  return { start: hit.start, end: hit.end, text: hit.word, kind: 'year', year: Number(hit.word) };
}

function weekdayAlone(text: string, hit: Hit): Unresolved[] {
  if (!FULL_WEEKDAYS.has(hit.word)) return []; // "Sat", "Wed", "Sun" alone are words
  // "Black Friday", "Bloody Sunday": named days; "Sunday Times": a title.
  const before = previousWord(text, hit.start, true);
  if (WEEKDAY_NAME_BEFORE.has(before.toLowerCase()) && /^[A-Z]/.test(before)) return [];
  const after = nextWord(text, hit.end);
  if (WEEKDAY_NAME_AFTER.has(after.toLowerCase()) && /^[A-Z]/.test(after)) return [];
  let start = hit.start;
  let modifier: Unresolved['modifier'];
  const m = /\b(last|next|this|coming|past)[\s\u00a0]+$/i.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
  if (m) {
    const w = m[1].toLowerCase();
    modifier = w === 'past' ? 'last' : w === 'coming' ? 'next' : (w as 'last' | 'next' | 'this');
    start = hit.start - m[0].length;
  }
  return [{ start, end: hit.end, text: text.slice(start, hit.end), kind: 'weekday', weekday: WEEKDAYS.get(hit.word), ...(modifier ? { modifier } : {}) }];
}

/** chrono-node's reading of the run around a month or weekday hit. */
function fromRun(text: string, hit: Hit, run: Span): Unresolved[] {
  const runText = text.slice(run.start, run.end);
  const alone = run.start === hit.start && run.end === hit.end;
  if (hit.kind !== 'month' && (alone || !hasMonthWord(runText))) return [];
  if (alone && hit.kind === 'month') {
    // A month name alone: not an abbreviation ("Jan" is a name), not "may" the verb, not a person ("April Jones").
    if (!FULL_MONTHS.has(hit.word)) return [];
    const before = previousWord(text, hit.start);
    // "May" alone is a month only after a preposition that takes nothing but times ("in May"; not "and May said").
    if (AMBIGUOUS_MONTHS.has(hit.word) && !TIME_ONLY_PREPOSITIONS.has(before)) return [];
    if (hit.word === 'march' && (before === 'the' || before === 'a')) return [];
    // Before a capitalised word it is a name ("by April Jones") unless a preposition only dates take comes first.
    if (!TIME_ONLY_PREPOSITIONS.has(before) && /^[\s\u00a0]+[A-Z][a-z]/.test(text.slice(hit.end, hit.end + 3))) {
      if (!MONTHS.has(nextWord(text, hit.end).toLowerCase())) return [];
    }
  }
  const out: Unresolved[] = [];
  for (const p of parseRun(runText)) {
    const d = toUnresolved(text, run.start, p);
    if (d) out.push(d);
  }
  return out;
}

function hasMonthWord(s: string): boolean {
  for (const w of s.split(/[^A-Za-z]+/)) if (w && MONTHS.has(w.toLowerCase()) && /^[A-Z]/.test(w)) return true;
  return false;
}

function toUnresolved(text: string, base: number, p: ParsedDate): Unresolved | null {
  if (p.month === undefined) return null;
  const start = base + p.index;
  const end = start + p.text.length;
  const common = { start, end, text: text.slice(start, end), month: p.month };
  const stated = p.weekday !== undefined && p.day !== undefined ? { statedWeekday: p.weekday } : {};
  // Object.assign, not spreads: V8 gives every object spread-then-extended a hidden class of its own.
  if (p.day !== undefined && p.year !== undefined) return Object.assign({}, common, { kind: 'full', year: p.year, day: p.day } as const, stated);
  if (p.day !== undefined) return Object.assign({}, common, { kind: 'month-day', day: p.day } as const, stated);
  if (p.year !== undefined) return Object.assign({}, common, { kind: 'year-month', year: p.year } as const);
  return Object.assign({}, common, { kind: 'month' } as const);
}
