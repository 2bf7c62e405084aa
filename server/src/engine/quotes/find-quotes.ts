import type { ArticleText, QuoteSpan, Span } from '../types';
// PLACEHOLDER: replaced by the quotes work.
export function findQuotes(_article: ArticleText): { quotes: QuoteSpan[]; strayMarks: Span[] } {
  return { quotes: [], strayMarks: [] };
}
