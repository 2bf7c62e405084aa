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
    readonly from: number,
    readonly to: number,
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

/**
 * A range's offsets in the analysed text when the engine made it, read without making its positions (each
 * position is a search of the line table); undefined for any other Range.
 */
export function engineOffsets(r: Range): { start: number; end: number } | undefined {
  return r instanceof OffsetRange ? { start: r.from, end: r.to } : undefined;
}

/**
 * Text order of two ranges of one text: by start, then by end. Two ranges the engine made are compared by
 * their offsets; sorting a long document's mentions by their positions made two positions per comparison.
 */
export function compareRanges(a: Range, b: Range): number {
  if (a instanceof OffsetRange && b instanceof OffsetRange) return a.from - b.from || a.to - b.to;
  const as = a.start;
  const bs = b.start;
  if (as.line !== bs.line) return as.line - bs.line;
  if (as.character !== bs.character) return as.character - bs.character;
  const ae = a.end;
  const be = b.end;
  return ae.line - be.line || ae.character - be.character;
}
