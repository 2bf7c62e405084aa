// unbalanced-quote: a quote mark that pairs with nothing — an opening mark whose quotation is never
// closed, or a closing mark with no opening one. Reported at the mark that is there; `data` says
// which mark is missing and where the quotation evidently begins or ends, for the quick fix.
import type { Rule } from '../types';
import { preview } from './unattributed-quote';

export const unbalancedQuote: Rule = {
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  description: 'A quotation mark with no partner: an opening mark never closed, or a closing mark never opened.',
  check(ctx) {
    const out: ReturnType<Rule['check']> = [];
    // News convention: a paragraph left open that the next paragraph continues (same group) is not unbalanced.
    const continued = new Set(ctx.quotes.filter((q, i) => q.group !== undefined && ctx.quotes.slice(i + 1, i + 3).some((n) => n.group === q.group)));
    for (const q of ctx.quotes) {
      const words = preview(ctx.article.raw.slice(q.contentStart, q.contentEnd));
      if (q.opened && !q.closed && !continued.has(q)) {
        out.push({
          code: 'unbalanced-quote',
          start: q.start,
          end: q.start + 1,
          message: `Opening quotation mark is never closed (quotation “${words}”).`,
          data: { missing: 'closing', insertOffset: q.contentEnd, mark: closingFor(ctx.article.raw[q.start]) },
        });
      } else if (!q.opened && q.closed) {
        out.push({
          code: 'unbalanced-quote',
          start: q.end - 1,
          end: q.end,
          message: `Closing quotation mark has no opening mark (quotation “${words}”).`,
          data: { missing: 'opening', insertOffset: q.contentStart, mark: openingFor(ctx.article.raw[q.end - 1]) },
        });
      }
    }
    for (const s of ctx.strayMarks) {
      out.push({ code: 'unbalanced-quote', start: s.start, end: s.end, message: 'Quotation mark with no partner.', data: { missing: 'unknown' } });
    }
    return out;
  },
};

function closingFor(open: string | undefined): string {
  return open === '“' ? '”' : open === '‘' ? '’' : open === '«' ? '»' : open ?? '"';
}
function openingFor(close: string | undefined): string {
  return close === '”' ? '“' : close === '’' ? '‘' : close === '»' ? '«' : close ?? '"';
}
