// Prepares a text for the detectors: blanks comment directives and finds paragraphs, once per analysis.
import type { ArticleText, Paragraph } from '../types';

const COMMENT = /<!--[\s\S]*?-->/g;

/** Replace every HTML comment by spaces, keeping line breaks, so offsets stay those of the original text. */
export function blankComments(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(COMMENT, (m) => m.replace(/[^\r\n]/g, ' '));
}

/** A paragraph is a run of non-blank text up to a line break: news copy puts one paragraph per line. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // Each maximal run of characters other than CR and LF, read by hand: a regular expression made a string
  // of every line.
  for (let i = 0; i < text.length; ) {
    if (isLineBreak(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    let end = i;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end, index: out.length });
  }
  return out;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

export function prepareArticle(raw: string): ArticleText {
  const text = blankComments(raw);
  return { raw, text, paragraphs: findParagraphs(text) };
}
