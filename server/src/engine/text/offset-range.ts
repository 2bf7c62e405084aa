// The ranges of an Analysis, kept as offsets and turned into LSP positions when read. A long document's
// analysis has hundreds of thousands of ranges; as plain { start: { line, character }, end: … } objects
// they were three objects each (a 10 MB document: ~60 MB, and a tenth of its analysis time making and
// moving them). An OffsetRange is one small object; it reads and serialises (toJSON) as an LSP Range.
// Adapters that keep a range beyond the analysis copy it (plainRange): an OffsetRange holds its line table.
import type { Position, Range } from '../../protocol';

/** Line starts of a text and its length: all that offset → position needs (not the text itself). */
export class LineStarts {
  constructor(
    private readonly starts: readonly number[],
    private readonly length: number,
  ) {}

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.starts;
    // The last line starting at or before o, written out rather than as lowerBound(…) - 1: this runs for
    // both ends of every range a client is sent, and that form measured some 10% slower per call.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }
}

export class OffsetRange implements Range {
  constructor(
    private readonly lines: LineStarts,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): Position {
    return this.lines.position(this.from);
  }

  get end(): Position {
    return this.lines.position(this.to);
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }
}

/** A range as a plain object of its own (to keep, or to compare with deepEqual). */
export function plainRange(r: Range): Range {
  return { start: r.start, end: r.end };
}
