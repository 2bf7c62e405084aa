// A sorted interval index: the item whose span covers an offset, in O(log n) for the usual case of
// non-nested spans (mentions, dates, quotes). Built once per analysis, then shared by every request.
// The spans are kept as offset arrays beside the items, not as an object each: a 10 MB document has
// ~100,000 mentions, and an object per mention (plus the one each was made from) was ~8 MB of the
// server's memory for the life of the analysis.
import { lowerBound } from '../engine/text/lower-bound';

export interface Located<T> {
  start: number;
  end: number;
  item: T;
}

/** Collects spans in any order; build() sorts them into an index. */
export class IntervalIndexBuilder<T> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly items: T[] = [];

  /** A span with its end before its start covers nothing, and is left out. */
  add(start: number, end: number, item: T): void {
    if (end < start) return;
    this.starts.push(start);
    this.ends.push(end);
    this.items.push(item);
  }

  build(): IntervalIndex<T> {
    const { starts, ends, items } = this;
    const n = starts.length;
    // By start, the longer first on a tie; then in the order added.
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => starts[a] - starts[b] || ends[b] - ends[a] || a - b);
    const sortedStarts = new Int32Array(n);
    const sortedEnds = new Int32Array(n);
    const sortedItems = new Array<T>(n);
    for (let k = 0; k < n; k++) {
      const i = order[k];
      sortedStarts[k] = starts[i];
      sortedEnds[k] = ends[i];
      sortedItems[k] = items[i];
    }
    return new IntervalIndex(sortedStarts, sortedEnds, sortedItems);
  }
}

export class IntervalIndex<T> {
  /** maxEnd[i] = the largest end among spans 0..i: lets a lookup stop walking back as soon as nothing earlier can reach. */
  private readonly maxEnd: Int32Array;

  /** Spans sorted by start (see IntervalIndexBuilder); IntervalIndex.from for spans in any order. */
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly items: T[],
  ) {
    this.maxEnd = new Int32Array(starts.length);
    let max = -1;
    for (let i = 0; i < ends.length; i++) this.maxEnd[i] = max = Math.max(max, ends[i]);
  }

  static from<T>(spans: Iterable<Located<T>>): IntervalIndex<T> {
    const b = new IntervalIndexBuilder<T>();
    for (const s of spans) b.add(s.start, s.end, s.item);
    return b.build();
  }

  /** The items, each at the span `spanOf` gives it. */
  static of<T>(items: readonly T[], spanOf: (item: T) => { start: number; end: number }): IntervalIndex<T> {
    const b = new IntervalIndexBuilder<T>();
    for (const item of items) {
      const { start, end } = spanOf(item);
      b.add(start, end, item);
    }
    return b.build();
  }

  get size(): number {
    return this.starts.length;
  }

  /**
   * The innermost span covering `offset`. Spans are half-open [start, end) for hovers (the character under
   * the mouse); with `touchingEnd` a cursor just after a span's last character also counts (go to definition
   * with the cursor at the end of a word), though a span that really contains the offset is preferred.
   */
  find(offset: number, touchingEnd = false): Located<T> | undefined {
    const { starts, ends } = this;
    // The last span starting at or before the offset.
    const last = lowerBound(starts.length, (i) => starts[i] > offset) - 1;
    let best = -1;
    let bestTouching = -1;
    for (let i = last; i >= 0 && this.maxEnd[i] >= offset; i--) {
      const length = ends[i] - starts[i];
      if (offset < ends[i]) {
        if (best < 0 || length < ends[best] - starts[best]) best = i;
      } else if (touchingEnd && offset === ends[i] && length > 0) {
        if (bestTouching < 0 || length < ends[bestTouching] - starts[bestTouching]) bestTouching = i;
      }
    }
    const hit = best >= 0 ? best : bestTouching;
    return hit >= 0 ? { start: starts[hit], end: ends[hit], item: this.items[hit] } : undefined;
  }
}
