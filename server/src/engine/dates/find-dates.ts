import type { ArticleText, DateMention, PublishedDate } from '../types';
// PLACEHOLDER: replaced by the dates work.
export function findDates(_article: ArticleText, _published: PublishedDate): DateMention[] {
  return [];
}
