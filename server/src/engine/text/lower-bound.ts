// The one binary search of the engine (and of the server, which imports it). Sorted spans, mentions, anchors
// and tokens are searched for "the first one at or after an offset" in a dozen places; each used to write
// the lo/hi loop out by hand, and each was a chance to get an off-by-one wrong. The test is over the index,
// not an element, so that arrays, parallel arrays and typed arrays are searched alike.
// V8 inlines this, and the test with it, into a hot caller (checked with --trace-turbo-inlining). What the
// test reads matters, though: parameters cost nothing, but a const or let of the caller (or `this`) is
// read through a context, with a hole check (Draft.lastBefore ran some 50% slower that way). Hot callers
// therefore search through a one-line function whose parameters the test reads.

/**
 * The first index i in [from, length) for which isAtOrAfter(i) holds, or `length` if there is none.
 * The test must be false, then true, along the range (monotone), e.g. `(i) => spans[i].start >= offset`
 * over spans sorted by start. "The last index before" is lowerBound(…) - 1. Needs 0 <= from <= length.
 */
export function lowerBound(length: number, isAtOrAfter: (index: number) => boolean, from = 0): number {
  let lo = from;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
