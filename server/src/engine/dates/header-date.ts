// The publication date stated near the top of an article: a dateline ("BRUSSELS, 9 October 2026 —",
// "LONDON (Reuters) - March 3, 2026 -") or a header line ("Published June 2, 2026", "Updated: 2026-03-12",
// "By Jane Doe | 12 March 2026").
import type { ArticleText, Span } from '../types';
import type { RawDate } from './raw-date';

export interface StatedDate {
  source: 'dateline' | 'header';
  date: RawDate;
  /** The dateline or header line, for the hover. */
  span: Span & { text: string };
  /** Lower is preferred: "Published" lines, then datelines, then plain date lines, then "Updated" lines. */
  rank: number;
}

/** Header lines are among the first paragraphs, and short. */
const HEADER_PARAGRAPHS = 8;
const HEADER_LINE_MAX = 140;
/** A dateline date starts this close to its paragraph's start. */
const DATELINE_REACH = 70;
/** Words a plain date line may have besides its date ("By Jane Doe |", "10.32 BST"); more is a sentence. */
const PLAIN_LINE_WORDS = 4;

// A city in capitals, perhaps a state or country, perhaps an agency: "BRUSSELS,", "WASHINGTON, D.C. —",
// "LONDON (Reuters) -", "SAN FRANCISCO, Calif. —".
const DATELINE_PREFIX = /^[A-Z][A-Z.'’\- ]*[A-Z.](?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?[ \t]*(?:\([^)\r\n]{1,30}\))?[ \t]*[,\-–—:]?[ \t]*$/;
const DATELINE_SUFFIX = /^[ \t]*(?:\([^)\r\n]{1,30}\))?[ \t]*[-–—:]/;
const PUBLISHED_LABEL = /\b(?:first published|published|posted|date)\b/i;
const UPDATED_LABEL = /\b(?:updated|last updated|modified|last modified|revised)\b/i;

const RANK_PUBLISHED = 0;
const RANK_DATELINE = 1;
const RANK_PLAIN = 2;
const RANK_UPDATED = 3;

function isDay(d: RawDate): boolean {
  return d.kind === 'full' || d.kind === 'month-day';
}

/** Every stated publication date in the header zone, best first. */
export function statedDates(article: ArticleText, dates: RawDate[], from = 0): StatedDate[] {
  const out: StatedDate[] = [];
  const text = article.text;
  let seen = 0;
  let di = 0;
  for (const p of article.paragraphs) {
    if (p.end <= from) continue;
    if (seen++ >= HEADER_PARAGRAPHS) break;
    while (di < dates.length && dates[di].start < p.start) di++;
    const inParagraph: RawDate[] = [];
    for (let j = di; j < dates.length && dates[j].start < p.end; j++) inParagraph.push(dates[j]);
    const first = inParagraph.find(isDay);
    if (!first) continue;
    const line = { start: p.start, end: p.end, text: text.slice(p.start, p.end) };

    // A dateline opens a paragraph of copy.
    if (first.start - p.start <= DATELINE_REACH && DATELINE_PREFIX.test(text.slice(p.start, first.start)) && /[A-Z]{2}/.test(text.slice(p.start, first.start))) {
      const after = text.slice(first.end, Math.min(p.end, first.end + 40));
      if (DATELINE_SUFFIX.test(after) || first.end === p.end) {
        const suffix = DATELINE_SUFFIX.exec(after);
        const end = suffix ? first.end + suffix[0].length : first.end;
        out.push({ source: 'dateline', date: first, span: { start: p.start, end, text: text.slice(p.start, end).trim() }, rank: RANK_DATELINE });
        continue;
      }
    }
    if (p.end - p.start > HEADER_LINE_MAX) continue;
    const label = text.slice(p.start, first.start);
    if (UPDATED_LABEL.test(label)) out.push({ source: 'header', date: first, span: line, rank: RANK_UPDATED });
    else if (PUBLISHED_LABEL.test(label)) out.push({ source: 'header', date: first, span: line, rank: RANK_PUBLISHED });
    else if (first.kind === 'full') {
      // A plain date line: little else on it ("By Jane Doe | 12 March 2026", "Tuesday 19 August 2025 10.32 BST").
      const rest = text.slice(p.start, first.start) + ' ' + text.slice(first.end, p.end);
      const words = rest.match(/[A-Za-z]+/g) ?? [];
      if (words.length <= PLAIN_LINE_WORDS && !/\.\s*$/.test(line.text)) out.push({ source: 'header', date: first, span: line, rank: RANK_PLAIN });
    }
  }
  return out.sort((a, b) => a.rank - b.rank || a.span.start - b.span.start);
}
