// Offset <-> LSP position conversion. LSP counts lines split by \n, \r\n or \r and characters in UTF-16
// code units, which is exactly how JS strings index, so a binary search over line starts is all it takes.
import type { Position, Range } from '../../protocol';
import { LineStarts, OffsetRange } from './offset-range';

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Only \n line ends (the usual case): found by the native search rather than a look at every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
    this.lineStarts = new LineStarts(starts, text.length);
  }

  /** Offset → position, shared with the analysis's offset ranges. */
  private readonly lineStarts: LineStarts;

  /** A range that keeps its offsets and makes its positions when read (see offset-range.ts). */
  offsetRange(start: number, end: number): Range {
    return new OffsetRange(this.lineStarts, start, end);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    return this.lineStarts.position(offset);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of an LSP position, clamped into the document (positions past a line's end stop at it). */
  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const nextStart = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    let lineEnd = nextStart;
    if (pos.line + 1 < this.starts.length) {
      lineEnd--; // the \n or \r
      if (this.text.charCodeAt(lineEnd) === 10 && this.text.charCodeAt(lineEnd - 1) === 13 && lineEnd > lineStart) lineEnd--;
    }
    return Math.min(lineStart + Math.max(0, pos.character), lineEnd);
  }
}
