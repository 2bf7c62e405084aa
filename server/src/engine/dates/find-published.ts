import type { ArticleText, PublishedDate } from '../types';
// PLACEHOLDER: replaced by the dates work.
export function findPublished(_article: ArticleText, fallback?: string): PublishedDate {
  return fallback ? { value: fallback, source: 'option' } : { value: null, source: 'none' };
}
