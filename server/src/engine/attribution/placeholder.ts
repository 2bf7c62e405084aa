// The attribution placeholder the unattributed-quote quick fix writes ("“…,” [SPEAKER] said."): the writer
// has marked where the speaker goes, so the quotation is no longer unattributed — it is credited to the
// placeholder itself, which hovers and the outline show as "[SPEAKER]" until the writer fills it in.
import type { QuoteSpan, Span } from '../types';
import { REPORTING_FORMS } from '../lexicon/reporting-verbs';

export const SPEAKER_PLACEHOLDER = '[SPEAKER]';

export interface PlaceholderAttribution {
  mention: Span & { text: string };
  cue: (Span & { text: string }) | null;
}

/** "[SPEAKER] said" after the quotation, before `to` (the next quotation of the paragraph, or its end). */
export function placeholderAttribution(text: string, quote: QuoteSpan, to: number): PlaceholderAttribution | null {
  // Searched between the quotation and `to` only: indexOf over the rest of the document, once per
  // unattributed quotation, made a long document quadratic (41% of the time on 3 MB).
  if (to - quote.end < SPEAKER_PLACEHOLDER.length) return null;
  const found = text.slice(quote.end, to).indexOf(SPEAKER_PLACEHOLDER);
  if (found < 0) return null;
  const at = quote.end + found;
  const mention = { start: at, end: at + SPEAKER_PLACEHOLDER.length, text: SPEAKER_PLACEHOLDER };
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(mention.end, Math.min(to, mention.end + 40)));
  if (!verb || !REPORTING_FORMS.has(verb[1].toLowerCase())) return { mention, cue: null };
  const start = mention.end + verb[0].length - verb[1].length;
  return { mention, cue: { start, end: start + verb[1].length, text: verb[1] } };
}
