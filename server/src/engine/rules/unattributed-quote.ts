// unattributed-quote: a quotation of speech that nobody in the text is credited with.
// Copy desks treat an unsourced quote as a defect: the reader cannot tell who said it.
// `data.placeholder` is the quick fix: an attribution placeholder ("[SPEAKER] said") where the desk would
// write the attribution, with the punctuation made to fit (see placeholderEdit).
import type { AttributedQuote, Paragraph, Rule } from '../types';
import { sentenceBreakAt } from '../attribution/sentences';
import { fixEdit, type FixEdit } from './fix-data';
import { lowerBound } from '../text/lower-bound';

export const PLACEHOLDER = '[SPEAKER] said';

export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation of speech with no speaker named for it.',
  check(ctx) {
    const { raw, text, paragraphs } = ctx.article;
    return ctx.quotes
      .filter((q) => q.kind === 'speech' && q.speaker === null && q.contentEnd > q.contentStart)
      .map((q) => {
        const para = paragraphAt(paragraphs, q.start);
        const placeholder = para ? placeholderEdit(raw, text, para, q) : undefined;
        return {
          code: 'unattributed-quote' as const,
          start: q.contentStart,
          end: q.contentEnd,
          message: `Quotation with no speaker: “${preview(raw.slice(q.contentStart, q.contentEnd))}”. Say who said it.`,
          data: { closed: q.closed, ...(placeholder ? { placeholder } : {}) },
        };
      });
  },
};

export function preview(s: string, max = 40): string {
  // s.replace(/\s+/g, ' ').trim(), cut at `max`, built only as far as needed: quotations can be long.
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (WHITE_SPACE.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
    if (out.length > max) return out.slice(0, max - 1) + '…';
  }
  return out;
}
const WHITE_SPACE = /\s/;

/** The paragraph holding `offset`. Paragraphs do not overlap: only the first ending after the offset can. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  const i = lowerBound(paragraphs.length, (k) => paragraphs[k].end > offset);
  return i < paragraphs.length && paragraphs[i].start <= offset ? paragraphs[i] : undefined;
}

const STOPS = '.?!…';
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';
/** Quote marks: a sentence-end search gives up at one (the stop may belong to another quotation). */
const MARKS = new Set(['“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', '"', "'"]);
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where the attribution goes, as one contiguous edit (relative to the diagnostic, which starts at the
 * quote's first word). `text` is the document with comments blanked, `raw` the document itself.
 *   “X.”        → “X,” [SPEAKER] said.      the full stop becomes a comma inside the closing mark
 *   “X,” …      → “X,” [SPEAKER] said …     the comma is already there
 *   “X?” / “X!” → “X?” [SPEAKER] said.
 *   “X”. (British, stop outside) → “X”, [SPEAKER] said.
 *   “X” at a paragraph end, no stop → “X,” [SPEAKER] said.
 *   a partial quote inside a sentence (… was “deeply concerned” when …) → before the sentence's full
 *   stop: … when the plan was drawn up, [SPEAKER] said.
 * A quotation missing a mark gets no placeholder: the unbalanced-quote fix adds the mark first (where a
 * quotation begins and ends is what tells where its attribution goes).
 */
export function placeholderEdit(raw: string, text: string, para: Paragraph, q: AttributedQuote): FixEdit | undefined {
  if (!q.closed || !q.opened || q.end <= q.contentEnd) return undefined;
  const anchor = q.contentStart;
  const edit = (start: number, end: number, newText: string) => fixEdit(raw, anchor, start, end, newText);
  const closer = text[q.end - 1];
  const inner = text[q.contentEnd - 1];
  const after = text[q.end];
  let paraEnd = para.end;
  while (paraEnd > q.end && isSpace(text[paraEnd - 1])) paraEnd--;
  const endsParagraph = q.end >= paraEnd;
  const opensSentence = opensItsSentence(text, para, q.start);
  // A mark right against the closing one ("…,””"), or an opening glyph used to close ("…,“"): marks in a
  // tangle, where a placeholder could be read as another quotation's; the writer sorts the marks first.
  if (MARKS.has(after) || '“‘«‹„‚'.includes(closer)) return undefined;

  // British style, the stop outside the mark: “X”.
  if (after === '.' && sentenceBreakAt(text, q.end, para.start, para.end) >= 0) return edit(q.end, q.end, `, ${PLACEHOLDER}`);
  // “X”, … : the comma outside the mark is already there.
  if (after === ',' && opensSentence) return edit(q.end + 1, q.end + 1, ` ${PLACEHOLDER}`);
  // The quotation ends its sentence with a stop of its own.
  if (STOPS.includes(inner) && (endsParagraph || sentenceBreakAt(text, q.contentEnd - 1, para.start, para.end) >= 0)) {
    if (inner !== '.') return edit(q.end, q.end, ` ${PLACEHOLDER}.`);
    // "the U.S." keeps its full stop; the comma follows it.
    if (endsInAbbreviation(text, q.contentStart, q.contentEnd - 1)) return edit(q.end - 1, q.end, `,${closer} ${PLACEHOLDER}.`);
    return edit(q.contentEnd - 1, q.end, `,${closer} ${PLACEHOLDER}.`);
  }
  if (inner === ',' && opensSentence) return edit(q.end, q.end, ` ${PLACEHOLDER}${endsParagraph ? '.' : ''}`);
  // A quotation that is a whole paragraph without a stop.
  if (endsParagraph && opensSentence && /[\p{L}\p{N})\]]/u.test(inner)) return edit(q.contentEnd, q.end, `,${closer} ${PLACEHOLDER}.`);
  return sentenceEndEdit(text, para, q, paraEnd, edit);
}

/** A partial quotation inside a sentence: the placeholder goes before the sentence's full stop. */
function sentenceEndEdit(
  text: string,
  para: Paragraph,
  q: AttributedQuote,
  paraEnd: number,
  edit: (start: number, end: number, newText: string) => FixEdit,
): FixEdit | undefined {
  for (let i = q.end; i < paraEnd; i++) {
    const ch = text[i];
    // Another quote mark before the stop (an apostrophe inside a word, "council’s", is not one): the stop
    // may be inside another quotation, and a placeholder after that one would be read as its attribution.
    if (MARKS.has(ch) && !((ch === '’' || ch === "'") && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''))) return undefined;
    if (!STOPS.includes(ch) || sentenceBreakAt(text, i, para.start, para.end) < 0) continue;
    // "Why was it “a disaster”?" cannot take "…, [SPEAKER] said?".
    return ch === '.' || ch === '…' ? edit(i, i, `, ${PLACEHOLDER}`) : undefined;
  }
  // The paragraph ends without a stop.
  return paraEnd > q.end ? edit(paraEnd, paraEnd, `, ${PLACEHOLDER}`) : undefined;
}

/** Nothing but spaces and opening brackets between the start of the quote's sentence and its opening mark. */
function opensItsSentence(text: string, para: Paragraph, start: number): boolean {
  let i = start - 1;
  while (i >= para.start && (isSpace(text[i]) || text[i] === '(' || text[i] === '[')) i--;
  if (i < para.start) return true;
  // What precedes must end a sentence: a stop (perhaps with closing marks) right before the spaces.
  let j = i;
  while (j >= para.start && '”’"\')]»'.includes(text[j])) j--;
  return j >= para.start && STOPS.includes(text[j]) && sentenceBreakAt(text, j, para.start, para.end) >= 0;
}

/** The content ends in an abbreviation's full stop ("the U.S.", "Washington D.C."), which stays. */
function endsInAbbreviation(text: string, from: number, stop: number): boolean {
  return /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u.test(text.slice(Math.max(from, stop - 12), stop));
}
