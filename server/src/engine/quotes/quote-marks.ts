// Finds the quotation marks in one paragraph and decides, from the characters around each, whether it
// opens or closes a quotation. Straight marks (" ') look the same both ways, and typists misuse curly
// ones, so context decides first and the glyph only breaks ties:
//   a mark with a space (or a paragraph edge, a bracket, a dash) before it and a word after it opens;
//   a mark with a word or punctuation before it and a space or punctuation after it closes.
// Single marks are also apostrophes (don't, Trump’s, ’90s, rock ’n’ roll, the players’ union): only
// those that can be quotation marks are kept, as candidates that the pairing step may still drop.

export type MarkFamily = 'double' | 'single';
export type MarkRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  at: number;
  family: MarkFamily;
  role: MarkRole;
  /** For a single closing mark: it could be a plural possessive ("the players’ union"). */
  weak?: boolean;
  /** A straight mark right after a digit (6" wide): an inch mark unless it closes an open quotation. */
  inch?: boolean;
  /** An opening glyph alone at the paragraph end: it closes an open quotation, or it is a stray mark. */
  lone?: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const DOUBLE_EITHER = new Set(['"', '‟', '″']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
const SINGLE_EITHER = new Set(["'", '‛']);
const ALL_MARKS = new Set([...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...DOUBLE_EITHER, ...SINGLE_OPEN, ...SINGLE_CLOSE, ...SINGLE_EITHER]);

/** Words that begin with an elided letter, so a straight mark before them is an apostrophe ('em, 'tis). */
const ELISIONS = new Set(['em', 'tis', 'twas', 'cause', 'cos', 'til', 'till', 'bout', 'round', 'nuff', 'n', 's', 'ol', 'neath', 'fraid', 'sup']);

function everyMark(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (isMarkCode(text.charCodeAt(i))) out.push(i);
  return out;
}

/** A cheap test on the character code. */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0x2033 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}


function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\u3000' || ch === '\r' || ch === '\n';
}

/** Before an opening mark: nothing, a space, an opening bracket, a dash, a slash or another mark. */
function leftBoundary(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || '([{—–-/'.includes(ch) || ALL_MARKS.has(ch);
}

/** After a closing mark: nothing, a space, punctuation, a closing bracket, a dash or another mark. */
function rightBoundary(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || '.,;:!?)]}—–-…/*'.includes(ch) || ALL_MARKS.has(ch);
}

const isSingleGlyph = (ch: string | undefined): boolean => ch !== undefined && (SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch) || SINGLE_EITHER.has(ch));
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

const MARK_RE = /["'“”„‟″‘’‚‛‹›«»]/g;

/** Every offset of a quotation-mark character in the text, in one native regex pass. */
export function markOffsets(text: string): number[] {
  const out: number[] = [];
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) out.push(m.index);
  return out;
}

/**
 * The quotation marks in text[start, end), with the role their context gives them. `offsets` are the
 * mark characters of the span (from markOffsets); without them the span is scanned character by character.
 */
export function scanMarks(text: string, start: number, end: number, offsets?: readonly number[]): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const positions = offsets ?? everyMark(text, start, end);
  for (const i of positions) {
    const ch = text[i];
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    if (DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || DOUBLE_EITHER.has(ch)) {
      const mark = doubleMark(ch, i, before, after);
      if (mark) marks.push(mark);
    } else {
      const mark = singleMark(text, ch, i, start, end, before, after);
      if (mark) marks.push(mark);
    }
  }
  return marks;
}

function doubleMark(ch: string, at: number, before: string | undefined, after: string | undefined): QuoteMark | null {
  // Inch and ditto marks: 6" or 5'10" — a straight mark right after a digit, not closing a quotation.
  if ((ch === '"' || ch === '″') && isDigit(before) && rightBoundary(after)) return { at, family: 'double', role: 'either', inch: true };
  const lb = leftBoundary(before);
  const rb = rightBoundary(after);
  let role: MarkRole;
  if (after === undefined) return { at, family: 'double', role: 'close', lone: DOUBLE_OPEN.has(ch) && lb };
  else if (before === undefined) role = 'open';
  else if (lb && !rb) role = 'open';
  else if (!lb && rb) role = 'close';
  else role = DOUBLE_OPEN.has(ch) ? 'open' : DOUBLE_CLOSE.has(ch) ? 'close' : 'either';
  return { at, family: 'double', role };
}

function singleMark(text: string, ch: string, at: number, start: number, end: number, before: string | undefined, after: string | undefined): QuoteMark | null {
  const lb = leftBoundary(before);
  const rb = rightBoundary(after);
  // Between two letters or digits: an apostrophe (don't, O’Brien, rock’n’roll).
  if ((isLetter(before) || isDigit(before)) && (isLetter(after) || isDigit(after))) return null;
  // ’n’ as in "rock ’n’ roll": both marks are apostrophes.
  if ((after === 'n' || after === 'N') && isSingleGlyph(text[at + 2]) && lb) return null;
  if ((before === 'n' || before === 'N') && at - 2 >= start && isSingleGlyph(text[at - 2]) && leftBoundary(at - 3 >= start ? text[at - 3] : undefined)) return null;
  const opensWord = lb && !rb && after !== undefined;
  if (opensWord) {
    // ’90s, ’em: a right single mark before a word is an apostrophe, and so is any mark before an elision.
    if (SINGLE_CLOSE.has(ch)) return null;
    const word = wordAt(text, at + 1, end).toLowerCase();
    if (/^\d\d(s|\b)/.test(word) || ELISIONS.has(word)) return null;
    return { at, family: 'single', role: 'open' };
  }
  const closesWord = !lb && rb;
  if (closesWord) {
    if (SINGLE_OPEN.has(ch)) return null;
    // The players’ union: a mark after a plural "s" and before a word may be a possessive.
    const weak = (before === 's' || before === 'S') && after !== undefined && isSpace(after) && isLetter(text[at + 2]);
    return { at, family: 'single', role: 'close', weak };
  }
  return null;
}

function wordAt(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && (isLetter(text[i]) || isDigit(text[i]))) i++;
  return text.slice(from, i);
}
