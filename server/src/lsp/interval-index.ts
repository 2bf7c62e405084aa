// A sorted interval index: the item whose span covers an offset, in O(log n) for the usual case of
// non-nested spans (mentions, dates, quotes). Built once per analysis, then shared by every request.
import { lowerBound } from '../engine/text/lower-bound';

export interface Located<T> {
  start: number;
  end: number;
  item: T;
}

export class IntervalIndex<T> {
  private readonly spans: Located<T>[];
  /** maxEnd[i] = the largest end among spans[0..i]: lets a lookup stop walking back as soon as nothing earlier can reach. */
  private readonly maxEnd: number[];

  constructor(spans: Iterable<Located<T>>) {
    this.spans = [...spans].filter((s) => s.end >= s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let max = -1;
    for (const s of this.spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  get size(): number {
    return this.spans.length;
  }

  /**
   * The innermost span covering `offset`. Spans are half-open [start, end) for hovers (the character under
   * the mouse); with `touchingEnd` a cursor just after a span's last character also counts (go to definition
   * with the cursor at the end of a word), though a span that really contains the offset is preferred.
   */
  find(offset: number, touchingEnd = false): Located<T> | undefined {
    const spans = this.spans;
    // The last span starting at or before the offset.
    const last = lowerBound(spans.length, (i) => spans[i].start > offset) - 1;
    let best: Located<T> | undefined;
    let bestTouching: Located<T> | undefined;
    for (let i = last; i >= 0 && this.maxEnd[i] >= offset; i--) {
      const s = this.spans[i];
      if (offset < s.end) {
        if (!best || s.end - s.start < best.end - best.start) best = s;
      } else if (touchingEnd && offset === s.end && s.end > s.start) {
        if (!bestTouching || s.end - s.start < bestTouching.end - bestTouching.start) bestTouching = s;
      }
    }
    return best ?? bestTouching;
  }
}
