// The quotation detector: every quoted span in the article, paragraph by paragraph (news copy pairs its
// marks within a paragraph), joined across paragraphs by the news convention for long quotations — a
// paragraph left open whose successor starts with an opening mark continues the same quotation.
// Kinds: nicknames and titles are recognised here from the words around the marks; whether a short
// quote is a scare quote depends on its attribution, so attributeQuotes settles that.
import type { ArticleText, QuoteSpan, Span } from '../types';
import { pairParagraph, type ParagraphQuotes, type RawQuote } from './pair-marks';
import { isNickname, isTitle } from './quote-kind';
import { markOffsets } from './quote-marks';

export interface FoundQuotes {
  quotes: QuoteSpan[];
  /** Marks that pair with nothing and hold no words (a lone “ at a line end). */
  strayMarks: Span[];
}

/**
 * `scanned`: each paragraph's pairing (scanQuotesParagraph, placed at its offset) when an incremental
 * analyzer kept them from an earlier version; the pairing reads nothing outside its paragraph.
 */
export function findQuotes(article: ArticleText, scanned?: readonly ParagraphQuotes[]): FoundQuotes {
  const { text, paragraphs } = article;
  const quotes: QuoteSpan[] = [];
  const strayMarks: Span[] = [];
  let nextGroup = 1;
  // The open quotation at the end of the previous paragraph, if it ran to the paragraph end.
  let openAtEnd: QuoteSpan | null = null;
  const offsets = scanned ? [] : markOffsets(text);
  let next = 0;
  for (const para of paragraphs) {
    let found: ParagraphQuotes;
    if (scanned) found = scanned[para.index];
    else {
      while (next < offsets.length && offsets[next] < para.start) next++;
      let stop = next;
      while (stop < offsets.length && offsets[stop] < para.end) stop++;
      found = pairParagraph(text, para, offsets.slice(next, stop));
      next = stop;
    }
    // One by one: a paragraph may hold more stray marks than a call takes arguments.
    for (const stray of found.strays) strayMarks.push(stray);
    const continued = found.startsWithOpen ? openAtEnd : null;
    openAtEnd = null;
    found.quotes.forEach((raw, i) => {
      const q = toQuoteSpan(text, raw);
      if (i === 0 && continued) {
        continued.group ??= nextGroup++;
        q.group = continued.group;
      }
      quotes.push(q);
    });
    const last = found.quotes.length ? quotes[quotes.length - 1] : null;
    if (last && last.opened && !last.closed && last.contentEnd >= trimmedEnd(text, para.start, para.end)) openAtEnd = last;
  }
  return { quotes, strayMarks };
}

/** The pairing of a paragraph given as a string of its own: offsets from the paragraph start. */
export function scanQuotesParagraph(paragraph: string): ParagraphQuotes {
  return pairParagraph(paragraph, { start: 0, end: paragraph.length, index: 0 }, markOffsets(paragraph));
}

/** A paragraph's pairing moved to start at `base`, as paragraph `index`: new objects, the kept one unchanged. */
export function placeQuotesParagraph(found: ParagraphQuotes, base: number, index: number): ParagraphQuotes {
  return {
    quotes: found.quotes.map((q) => ({ ...q, start: q.start + base, end: q.end + base, contentStart: q.contentStart + base, contentEnd: q.contentEnd + base, paragraph: index })),
    strays: found.strays.map((s) => ({ start: s.start + base, end: s.end + base })),
    startsWithOpen: found.startsWithOpen,
  };
}

function toQuoteSpan(text: string, raw: RawQuote): QuoteSpan {
  const q: QuoteSpan = {
    start: raw.start,
    end: raw.end,
    contentStart: raw.contentStart,
    contentEnd: raw.contentEnd,
    opened: raw.opened,
    closed: raw.closed,
    kind: 'speech',
  };
  if (isNickname(text, q)) q.kind = 'nickname';
  else if (isTitle(text, q)) q.kind = 'title';
  return q;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
