import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findDates } from '../../../../server/src/engine/dates/find-dates';
import { findPublished } from '../../../../server/src/engine/dates/find-published';
import type { DateMention, PublishedDate } from '../../../../server/src/engine/types';

/** The dates of a text as [text, value] pairs, resolved against `published` (a YYYY-MM-DD) or the text's own date. */
export function datesOf(text: string, published?: string): Array<[string, string | null]> {
  return mentionsOf(text, published).map((d) => [d.text, d.value]);
}

export function mentionsOf(text: string, published?: string): DateMention[] {
  const article = prepareArticle(text);
  const pub: PublishedDate = published ? { value: published, source: 'option' } : findPublished(article);
  return findDates(article, pub);
}

export function publishedOf(text: string, fallback?: string, today?: string): PublishedDate {
  return findPublished(prepareArticle(text), fallback, today);
}
