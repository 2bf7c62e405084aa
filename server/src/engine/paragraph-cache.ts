// What an incremental analyzer keeps between the versions of one document: the work each paragraph needs
// from its own text only (the people detector's tokens, name occurrences, role references, bare names and
// lower-case words; the quotation marks paired; attribution's tokens and each quotation's own attribution;
// its dates, which read the paragraph's line and a little around it). An edit changes one paragraph or a
// few: the paragraphs before it are the same, at the same offsets, and their placed scans are used again
// as they are; those after it are the same, shifted, and their kept scans are placed at the new offsets;
// the others are looked up by their text (a paragraph moved, pasted twice, an edit undone) or scanned.
// The passes that look across paragraphs (merging people, continuing quotations, attribution, rules) then
// run as in a fresh analysis, on the same inputs, so the result is the same.
import type { ArticleText, Paragraph } from './types';
import { placePeopleParagraph, scanPeopleParagraph, type PeopleParagraph } from './people/find-people';
import { placeQuotesParagraph, scanQuotesParagraph } from './quotes/find-quotes';
import type { ParagraphQuotes } from './quotes/pair-marks';
import { ParagraphAttribution } from './attribution/paragraph-attribution';
import { LOCAL_CONTEXT, rememberScan, scanText } from './dates/scan';
import { prescan } from './dates/prescan';
import type { RawDate } from './dates/raw-date';

/** Above this many characters a document is analysed afresh each time: its scans would take more memory than the time they save. */
export const DEFAULT_MAX_CACHED_LENGTH = 2_000_000;

/** What a paragraph's text gives, with offsets from the paragraph start. */
interface Entry {
  people: PeopleParagraph;
  quotes: ParagraphQuotes;
  /** Attribution's tokens and each quotation's own attribution, found when first asked for. */
  attribution: ParagraphAttribution;
  /** The analysis that last used it (entries no analysis uses any more are dropped). */
  used: number;
}

/** A paragraph's dates, found in its line and LOCAL_CONTEXT characters around it, with offsets from the paragraph start. */
interface DatesEntry {
  dates: RawDate[];
  /** An all-numeric date ("03/04/2026") is read by the whole article's votes: such an article is scanned afresh. */
  numeric: boolean;
  used: number;
}

export interface ScannedParagraphs {
  /** Per paragraph of the article, placed at its offset. */
  people: PeopleParagraph[];
  quotes: ParagraphQuotes[];
  /** Per paragraph, with offsets from the paragraph start (attributeQuotes adds it). */
  attribution: ParagraphAttribution[];
}

/** The last version analysed, per paragraph: its entries and its scans as placed then. */
interface Version {
  text: string;
  paragraphs: Paragraph[];
  entries: Entry[];
  people: PeopleParagraph[];
  quotes: ParagraphQuotes[];
  dateEntries: DatesEntry[];
  dates: RawDate[][];
}

export class ParagraphCache {
  private byText = new Map<string, Entry>();
  private datesByWindow = new Map<string, DatesEntry>();
  private last: Version | undefined;
  private analysis = 0;

  constructor(private readonly maxLength = DEFAULT_MAX_CACHED_LENGTH) {}

  /**
   * Each paragraph's scans, and (through rememberScan) the article's date scan when no paragraph has an
   * all-numeric date; undefined past the size limit.
   */
  scan(article: ArticleText): ScannedParagraphs | undefined {
    const { text, paragraphs } = article;
    if (text.length > this.maxLength) {
      this.byText = new Map();
      this.datesByWindow = new Map();
      this.last = undefined;
      return undefined;
    }
    const now = ++this.analysis;
    const same = unchanged(this.last, text, paragraphs);
    const last = this.last;
    const version: Version = { text, paragraphs, entries: [], people: [], quotes: [], dateEntries: [], dates: [] };
    const dates: RawDate[] = [];
    let numeric = false;
    for (const p of paragraphs) {
      const k = p.index;
      const old = same.paragraph(p);
      let entry: Entry;
      if (old >= 0) {
        entry = last!.entries[old];
      } else {
        const key = text.slice(p.start, p.end);
        const found = this.byText.get(key);
        if (found) entry = found;
        else {
          // Scanned on a copy of its own, so that what is kept (names, roles, the key) never holds a whole document alive.
          const own = ownCopy(key);
          const quotes = scanQuotesParagraph(own);
          entry = { people: scanPeopleParagraph(own), quotes, attribution: new ParagraphAttribution(own, 0, own.length, quotes.quotes), used: now };
          this.byText.set(own, entry);
        }
      }
      entry.used = now;
      version.entries.push(entry);
      // Before the edit, with the same index: placed as before.
      const asBefore = old >= 0 && old === k && last!.paragraphs[old].start === p.start;
      version.people.push(asBefore ? last!.people[old] : placePeopleParagraph(entry.people, p.start));
      version.quotes.push(asBefore ? last!.quotes[old] : placeQuotesParagraph(entry.quotes, p.start, k));

      const window = same.window(text, p);
      let dated: DatesEntry;
      if (window.old >= 0) dated = last!.dateEntries[window.old];
      else {
        const key = `${p.start - window.from},${p.end - window.from}:${text.slice(window.from, window.to)}`;
        const found = this.datesByWindow.get(key);
        if (found) dated = found;
        else {
          dated = scanWindow(ownCopy(text.slice(window.from, window.to)), p.start - window.from, p.end - window.from);
          this.datesByWindow.set(key, dated);
        }
      }
      dated.used = now;
      version.dateEntries.push(dated);
      const placed = window.old >= 0 && window.old === k && last!.paragraphs[k].start === p.start ? last!.dates[k] : dated.dates.map((d) => placeDate(d, p.start));
      version.dates.push(placed);
      if (dated.numeric) numeric = true;
      for (const d of placed) dates.push(d);
    }
    this.last = version;
    this.byText = prune(this.byText, now, paragraphs.length);
    this.datesByWindow = prune(this.datesByWindow, now, paragraphs.length);
    if (!numeric) rememberScan(article, dates);
    return { people: version.people, quotes: version.quotes, attribution: version.entries.map((e) => e.attribution) };
  }
}

/** Which paragraphs (and date windows) of the new text lie wholly in what the edit left unchanged, and where they were. */
function unchanged(last: Version | undefined, text: string, paragraphs: readonly Paragraph[]) {
  const none = { paragraph: () => -1, window: (t: string, p: Paragraph) => ({ old: -1, ...windowOf(t, p) }) };
  if (!last) return none;
  const old = last.text;
  // The common beginning and end of the two versions: the edit lies between.
  const n = Math.min(old.length, text.length);
  // Compared a block at a time (string equality is native), then character by character within the block that differs.
  let prefix = 0;
  while (prefix + BLOCK <= n && old.slice(prefix, prefix + BLOCK) === text.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < n && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + BLOCK <= n - prefix && old.slice(old.length - suffix - BLOCK, old.length - suffix) === text.slice(text.length - suffix - BLOCK, text.length - suffix)) suffix += BLOCK;
  while (suffix < n - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const tailStart = text.length - suffix;
  const shift = text.length - old.length;
  const fromEnd = last.paragraphs.length - paragraphs.length;
  /** The old index of a span of the new text lying wholly before the edit (same index) or after it (same index from the end); else -1. */
  const oldIndex = (p: Paragraph, from: number, to: number): number => {
    if (to < prefix) return p.index;
    if (from > tailStart) {
      const k = p.index + fromEnd;
      const o = last.paragraphs[k];
      return o && o.start === p.start - shift ? k : -1;
    }
    return -1;
  };
  return {
    /** A paragraph's line, its line break included, unchanged: the same paragraph, the same text. */
    paragraph: (p: Paragraph): number => {
      const { lineStart, lineEnd } = lineOf(text, p);
      return oldIndex(p, lineStart - 1, lineEnd + 1);
    },
    window: (t: string, p: Paragraph) => {
      const w = windowOf(t, p);
      return { old: oldIndex(p, w.from - 1, w.to), ...w };
    },
  };
}

const BLOCK = 1024;

function lineOf(text: string, p: Paragraph): { lineStart: number; lineEnd: number } {
  let lineStart = p.start;
  while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = p.end;
  while (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) lineEnd++;
  return { lineStart, lineEnd };
}

/** What the date scan of a paragraph reads: its line and LOCAL_CONTEXT characters either side. */
function windowOf(text: string, p: Paragraph): { from: number; to: number } {
  const { lineStart, lineEnd } = lineOf(text, p);
  return { from: Math.max(0, lineStart - LOCAL_CONTEXT), to: Math.min(text.length, lineEnd + LOCAL_CONTEXT) };
}

/** The dates of the paragraph at [start, end) of a window, with offsets from the paragraph start. */
function scanWindow(window: string, start: number, end: number): DatesEntry {
  const local = scanText(window).filter((d) => d.start >= start && d.start < end);
  return {
    dates: local.map((d) => placeDate(d, -start)),
    numeric: prescan(window.slice(start, end)).some((h) => h.kind === 'numeric'),
    used: 0,
  };
}

/** Entries no analysis has used lately go, once there are more of them than twice the paragraphs. */
function prune<T extends { used: number }>(map: Map<string, T>, now: number, paragraphs: number): Map<string, T> {
  if (map.size <= 2 * paragraphs + 64) return map;
  const kept = new Map<string, T>();
  for (const [k, v] of map) if (v.used === now) kept.set(k, v);
  return kept;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** A date moved by `delta`: a new object, its sentence too. */
function placeDate(d: RawDate, delta: number): RawDate {
  return Object.assign({}, d, { start: d.start + delta, end: d.end + delta, sentence: { start: d.sentence.start + delta, end: d.sentence.end + delta } });
}

/** A copy of a string that is not a view into a longer one (V8 slices long strings as views). */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
