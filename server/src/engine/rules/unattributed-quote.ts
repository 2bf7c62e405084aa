// unattributed-quote: a quotation of speech that nobody in the text is credited with.
// Copy desks treat an unsourced quote as a defect: the reader cannot tell who said it.
import type { Rule } from '../types';

export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation of speech with no speaker named for it.',
  check(ctx) {
    return ctx.quotes
      .filter((q) => q.kind === 'speech' && q.speaker === null && q.contentEnd > q.contentStart)
      .map((q) => ({
        code: 'unattributed-quote' as const,
        start: q.contentStart,
        end: q.contentEnd,
        message: `Quotation with no speaker: “${preview(ctx.article.raw.slice(q.contentStart, q.contentEnd))}”. Say who said it.`,
        data: { insertOffset: q.closed ? q.end : q.contentEnd, closed: q.closed },
      }));
  },
};

export function preview(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
