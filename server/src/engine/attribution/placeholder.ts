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

/** Where the placeholder is written, in order (found once per analysis: most articles have none). */
export function placeholderOffsets(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(SPEAKER_PLACEHOLDER); at >= 0; at = text.indexOf(SPEAKER_PLACEHOLDER, at + 1)) out.push(at);
  return out;
}

/** "[SPEAKER] said" after the quotation, before `to` (the next quotation of the paragraph, or its end). */
export function placeholderAttribution(text: string, offsets: readonly number[], quote: QuoteSpan, to: number): PlaceholderAttribution | null {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < quote.end) lo = mid + 1;
    else hi = mid;
  }
  const at = offsets[lo];
  if (at === undefined || at + SPEAKER_PLACEHOLDER.length > to) return null;
  const mention = { start: at, end: at + SPEAKER_PLACEHOLDER.length, text: SPEAKER_PLACEHOLDER };
  const verb = /^\s+(\p{L}+)/u.exec(text.slice(mention.end, Math.min(to, mention.end + 40)));
  if (!verb || !REPORTING_FORMS.has(verb[1].toLowerCase())) return { mention, cue: null };
  const start = mention.end + verb[0].length - verb[1].length;
  return { mention, cue: { start, end: start + verb[1].length, text: verb[1] } };
}
