// The DATES detector: every date expression of the article with its calendar value at the precision the
// text gives, resolved against the publication date where the text leaves something out.
import type { ArticleText, DateMention, PublishedDate } from '../types';
import { scanDates } from './scan';
import { reference, resolveDate } from './resolve';
import { parseIsoDay } from './calendar';

export function findDates(article: ArticleText, published: PublishedDate): DateMention[] {
  const ref = reference(published.value ? parseIsoDay(published.value) : null);
  return scanDates(article).map((raw) => resolveDate(raw, ref));
}
