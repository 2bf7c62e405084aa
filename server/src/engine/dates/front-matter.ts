// The publication date in a front-matter block at the top of the text:
// ---
// title: ...
// date: 2026-03-12
// ---
import type { Span } from '../types';

export interface FrontMatterDate {
  /** The value's text and offsets. */
  value: Span & { text: string };
  /** The whole "date: ..." line, for the hover. */
  line: Span & { text: string };
}

/** Front matter longer than this is not front matter. */
const MAX_FRONT_MATTER = 8000;
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
const DATE_KEY = /^[ \t]*(?:date|published|pubDate|publishDate|publish_date|datePublished|date_published|published_at|publishedAt|created|created_at)[ \t]*:[ \t]*["']?([^"'\r\n]*?)["']?[ \t]*$/gim;

export function frontMatterDate(text: string): FrontMatterDate | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text.slice(0, MAX_FRONT_MATTER));
  if (!close) return null;
  const block = text.slice(0, close.index);
  DATE_KEY.lastIndex = 0;
  const m = DATE_KEY.exec(block);
  if (!m || !m[1]) return null;
  const lineStart = m.index + (m[0].length - m[0].trimStart().length);
  const valueStart = m.index + m[0].indexOf(m[1], m[0].indexOf(':') + 1);
  return {
    value: { start: valueStart, end: valueStart + m[1].length, text: m[1] },
    line: { start: lineStart, end: m.index + m[0].length, text: m[0].trim() },
  };
}
