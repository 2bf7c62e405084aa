// The article's tokens, read paragraph by paragraph and handed out as windows: every attribution rule
// looks at a few windows around a quotation, so each paragraph is tokenized once (and only the last
// few are kept, so memory stays small on long documents).
import type { Span } from '../types';
import { type Token, isTitleCaseRun, tokenize } from './tokens';

/** The tokens lying wholly inside [from, to), within the paragraph that holds `from`. */
export type TokenWindow = (from: number, to: number) => Token[];

const KEPT_PARAGRAPHS = 6;

export function tokenWindows(text: string, paragraphs: readonly Span[], quoted: readonly Span[]): TokenWindow {
  const cache = new Map<number, Token[]>();
  const paragraphTokens = (p: number): Token[] => {
    let toks = cache.get(p);
    if (!toks) {
      toks = tokenize(text, paragraphs[p].start, paragraphs[p].end, quoted);
      const titleCase = isTitleCaseRun(toks);
      for (const t of toks) t.titleCase = titleCase;
      cache.set(p, toks);
      if (cache.size > KEPT_PARAGRAPHS) cache.delete(cache.keys().next().value as number);
    }
    return toks;
  };
  return (from, to) => {
    if (to <= from || paragraphs.length === 0) return [];
    const p = lastStartingAtOrBefore(paragraphs, from);
    if (p < 0 || from >= paragraphs[p].end) return [];
    const toks = paragraphTokens(p);
    const end = Math.min(to, paragraphs[p].end);
    const lo = firstIndex(toks, (t) => t.start >= from);
    const hi = firstIndex(toks, (t) => t.end > end);
    return toks.slice(lo, Math.max(lo, hi));
  };
}

function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first index whose token satisfies a test that is false, then true, along the array. */
function firstIndex(toks: Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(toks[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
