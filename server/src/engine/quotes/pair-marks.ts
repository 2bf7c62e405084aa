// Pairs the quotation marks of one paragraph into quotations. Double marks pair among themselves; single
// marks pair among themselves and are kept only where they make a quotation (never an apostrophe).
// A quotation nested in another (“He said ‘no’”, or ‘He called it “madness”’) belongs to its outer one.
// What does not pair is repaired the way a reader repairs it:
//   a closing mark with no opener → the quotation began at the paragraph start (or, after an earlier
//   quotation in the paragraph, at the last sentence boundary before the mark);
//   an opening mark never closed → the quotation runs to the paragraph end (the next paragraph may continue it).
import type { Paragraph, Span } from '../types';
import { type QuoteMark, scanMarks } from './quote-marks';
import { lastSentenceStart } from '../attribution/sentences';
import { REPORTING_FORMS } from '../lexicon/reporting-verbs';

export interface RawQuote {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  opened: boolean;
  closed: boolean;
  family: 'double' | 'single';
  paragraph: number;
}

export interface ParagraphQuotes {
  quotes: RawQuote[];
  strays: Span[];
  /** The paragraph starts with an opening mark (so it may continue an open quotation above). */
  startsWithOpen: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const hasWordChar = (text: string, a: number, b: number): boolean => {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : WORD_CHAR.test(text[i])) return true;
  }
  return false;
};

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function trimEnd(text: string, a: number, b: number): number {
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return b;
}

function trimStart(text: string, a: number, b: number): number {
  while (a < b && (isSpaceCode(text.charCodeAt(a)) || ',;:'.includes(text[a]))) a++;
  return a;
}

export function pairParagraph(text: string, para: Paragraph, markOffsets?: readonly number[]): ParagraphQuotes {
  const marks = scanMarks(text, para.start, para.end, markOffsets);
  const strays: Span[] = [];
  const doubles = pairDoubles(text, para, marks.filter((m) => m.family === 'double'), strays);
  const singles = pairSingles(text, para, marks.filter((m) => m.family === 'single'));
  const quotes = dropNested([...doubles, ...singles].sort((a, b) => a.start - b.start || b.end - a.end));
  const first = marks[0];
  const startsWithOpen = first !== undefined && first.at === para.start && first.role !== 'close' && quotes.some((q) => q.start === first.at);
  return { quotes, strays, startsWithOpen };
}

type Style = 'straight' | 'curly';
/** Straight: '"', '‟' (U+201F) or '″' (U+2033); any other double mark is curly. */
const styleOf = (text: string, m: QuoteMark): Style => {
  const c = text.charCodeAt(m.at);
  return c === 34 || c === 0x201f || c === 0x2033 ? 'straight' : 'curly';
};

/**
 * Double marks pair on a stack, so that a quotation inside another in the other style pairs inside it
 * ("… “gun violence” …" inside a straight-quoted block). Two openers of one style in a row mean the
 * first lost its closing mark; a closer pairs with the nearest opener of its style, else the nearest one
 * (typists mix “…" freely).
 */
function pairDoubles(text: string, para: Paragraph, marks: QuoteMark[], strays: Span[]): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: QuoteMark[] = [];
  const emit = (q: Omit<RawQuote, 'family' | 'paragraph'>, marksAt: number[]): void => {
    if (!hasWordChar(text, q.contentStart, q.contentEnd)) {
      for (const at of marksAt) strays.push({ start: at, end: at + 1 });
      return;
    }
    const raw = q as RawQuote;
    raw.family = 'double';
    raw.paragraph = para.index;
    out.push(raw);
  };
  const unclosed = (open: QuoteMark, until: number): void => {
    const end = trimEnd(text, open.at + 1, until);
    emit({ start: open.at, end, contentStart: open.at + 1, contentEnd: end, opened: true, closed: false }, [open.at]);
  };
  for (const m of marks) {
    // An inch mark (6" wide) closes a quotation only when one is open ("We won 3-1" he said); so does
    // an opening mark left alone at the end of a paragraph ("He said “").
    if (m.inch && stack.length === 0) continue;
    if (m.lone && stack.length === 0) {
      strays.push({ start: m.at, end: m.at + 1 });
      continue;
    }
    const style = styleOf(text, m);
    const role = m.role === 'either' ? (stack.length ? 'close' : 'open') : m.role;
    if (role === 'open') {
      const top = stack[stack.length - 1];
      if (top && styleOf(text, top) === style) {
        // Two openers of one style in a row: the first quotation lost its closing mark just before the second.
        stack.pop();
        if (stack.length === 0) unclosed(top, m.at);
      }
      stack.push(m);
      continue;
    }
    if (stack.length) {
      let k = stack.length - 1;
      while (k >= 0 && styleOf(text, stack[k]) !== style) k--;
      if (k < 0) k = stack.length - 1;
      const open = stack[k];
      stack.length = k;
      emit({ start: open.at, end: m.at + 1, contentStart: open.at + 1, contentEnd: m.at, opened: true, closed: true }, [open.at, m.at]);
      continue;
    }
    const from = out.length ? out[out.length - 1].end : para.start;
    const contentStart = missingOpenerStart(text, from, m.at, out.length > 0);
    emit({ start: contentStart, end: m.at + 1, contentStart, contentEnd: m.at, opened: false, closed: true }, [m.at]);
  }
  // Openers never closed: the outermost quotation runs to the paragraph end (inner ones are part of it).
  if (stack.length) unclosed(stack[0], para.end);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Where a quotation with no opening mark evidently begins: after an earlier quotation in the paragraph,
 * at the last sentence boundary (the words between are the attribution: “…,” she said. Then …”);
 * otherwise after an introducing colon ("He said: We will win.”") or at the paragraph start.
 */
function missingOpenerStart(text: string, from: number, closeAt: number, afterQuote: boolean): number {
  if (afterQuote) return trimStart(text, lastSentenceStart(text, from, closeAt), closeAt);
  let colon = closeAt - 1;
  while (colon >= from && text[colon] !== ':') colon--;
  if (colon >= from && hasReportingVerb(text, from, colon)) return trimStart(text, colon + 1, closeAt);
  return trimStart(text, from, closeAt);
}

function hasReportingVerb(text: string, from: number, to: number): boolean {
  const re = /\p{L}+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (REPORTING_FORMS.has(m[0].toLowerCase())) return true;
  }
  return false;
}

function pairSingles(text: string, para: Paragraph, marks: QuoteMark[]): RawQuote[] {
  const out: RawQuote[] = [];
  let pending: QuoteMark | null = null;
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    const role = m.role === 'either' ? (pending ? 'close' : 'open') : m.role;
    if (role === 'open') {
      // A second opener before any closer: the first was an apostrophe after all.
      pending = m;
      continue;
    }
    if (!pending) continue; // an apostrophe ("the players’ union", "’90s")
    if (m.weak && strongerCloserFollows(marks, i)) continue;
    if (hasWordChar(text, pending.at + 1, m.at)) {
      out.push({ start: pending.at, end: m.at + 1, contentStart: pending.at + 1, contentEnd: m.at, opened: true, closed: true, family: 'single', paragraph: para.index });
    }
    pending = null;
  }
  // A single opener never closed is a quotation only when it opens the paragraph (British style: ‘We …).
  if (pending && pending.at === para.start) {
    const end = trimEnd(text, pending.at + 1, para.end);
    if (hasWordChar(text, pending.at + 1, end)) {
      out.push({ start: pending.at, end, contentStart: pending.at + 1, contentEnd: end, opened: true, closed: false, family: 'single', paragraph: para.index });
    }
  }
  return out;
}

/** Is there a non-possessive closing mark before the next opener? Then the weak one was a possessive. */
function strongerCloserFollows(marks: QuoteMark[], i: number): boolean {
  for (let j = i + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.role === 'open') return false;
    if (!m.weak) return true;
  }
  return false;
}

/** Keeps outermost quotations: one inside another is part of it; partial overlaps keep the double-marked one. */
function dropNested(sorted: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (!last || q.start >= last.end) {
      out.push(q);
      continue;
    }
    if (q.end <= last.end) continue; // nested: part of the outer quotation
    // Partial overlap: a single-marked pairing that crosses a double one is an apostrophe misread.
    if (last.family === 'single' && q.family === 'double') out[out.length - 1] = q;
  }
  return out;
}
