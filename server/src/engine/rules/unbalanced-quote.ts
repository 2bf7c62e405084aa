// unbalanced-quote: a quote mark that pairs with nothing — an opening mark whose quotation is never
// closed, or a closing mark with no opening one. Reported at the mark that is there; `data` says which
// mark is missing (in the style of the one that is there: curly for curly, straight for straight) and,
// as `data.insert`, where the quotation evidently ends or begins, for the quick fix that adds the mark.
import type { Rule } from '../types';
import { REPORTING_FORMS, NOUN_LIKE_FORMS } from '../lexicon/reporting-verbs';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { fixEdit } from './fix-data';
import { preview } from './unattributed-quote';

export const unbalancedQuote: Rule = {
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  description: 'A quotation mark with no partner: an opening mark never closed, or a closing mark never opened.',
  check(ctx) {
    const out: ReturnType<Rule['check']> = [];
    const { raw, text } = ctx.article;
    // News convention: a paragraph left open that the next paragraph continues (same group) is not unbalanced.
    const quotes = ctx.quotes;
    const continued = (i: number): boolean => {
      const g = quotes[i].group;
      return g !== undefined && (quotes[i + 1]?.group === g || quotes[i + 2]?.group === g);
    };
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      if (q.opened === q.closed) continue;
      // Only a flagged quotation's words are shown.
      const words = preview(raw.slice(q.contentStart, q.contentEnd));
      if (q.opened && !continued(i)) {
        const mark = closingFor(raw[q.start]);
        const at = evidentEnd(text, q.contentStart, q.contentEnd);
        out.push({
          code: 'unbalanced-quote',
          start: q.start,
          end: q.start + 1,
          message: `Opening quotation mark is never closed (quotation “${words}”).`,
          data: { missing: 'closing', ...(mark ? { mark, insert: fixEdit(raw, q.start, at, at, mark) } : {}) },
        });
      } else if (!q.opened) {
        const mark = openingFor(raw[q.end - 1]);
        out.push({
          code: 'unbalanced-quote',
          start: q.end - 1,
          end: q.end,
          message: `Closing quotation mark has no opening mark (quotation “${words}”).`,
          // The opening mark goes before a word: before punctuation it would not read as opening.
          data: { missing: 'opening', ...(mark && WORD.test(text[q.contentStart] ?? '') ? { mark, insert: fixEdit(raw, q.end - 1, q.contentStart, q.contentStart, mark) } : {}) },
        });
      }
    }
    for (const s of ctx.strayMarks) {
      out.push({ code: 'unbalanced-quote', start: s.start, end: s.end, message: 'Quotation mark with no partner.', data: { missing: 'unknown' } });
    }
    return out;
  },
};

// The partner of the mark that is there, in its style; none for a wrong-way glyph (“ used to close, ” to
// open): a mark inserted beside it would not pair with it — that mark itself wants changing.
function closingFor(open: string | undefined): string | undefined {
  return open === '“' || open === '„' ? '”' : open === '‘' || open === '‚' ? '’' : open === '«' ? '»' : open === '‹' ? '›' : open === '"' || open === "'" ? open : undefined;
}
function openingFor(close: string | undefined): string | undefined {
  return close === '”' ? '“' : close === '’' ? '‘' : close === '»' ? '«' : close === '›' ? '‹' : close === '"' || close === "'" ? close : undefined;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';
const WORD = /[\p{L}\p{N}]/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one']);

/**
 * Where an unclosed quotation evidently ends. The pairing runs it to the paragraph end (or to the next
 * opening mark); but when an attribution clause follows a comma inside it — “We will win, he said. … —
 * the reader sees that the quotation ended at that comma, so the mark goes there (“We will win,” he said).
 */
export function evidentEnd(text: string, contentStart: number, contentEnd: number): number {
  for (let i = contentStart + 1; i < contentEnd - 1; i++) {
    const ch = text[i];
    if ((ch === ',' || ch === '?' || ch === '!') && isSpace(text[i + 1]) && hasWord(text, contentStart, i) && isAttributionClause(text, i + 1, contentEnd)) return i + 1;
  }
  return contentEnd;
}

/** The quotation would hold a word (a quotation of punctuation is no quotation). */
function hasWord(text: string, from: number, to: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/** " he said.", " said Mr Reid,", " the minister told reporters." — a short clause with a reporting verb near its start. */
function isAttributionClause(text: string, from: number, to: number): boolean {
  let end = from;
  while (end < to && !',;:!?'.includes(text[end]) && !(text[end] === '.' && (end + 1 >= to || isSpace(text[end + 1])) && !/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)$/.test(text.slice(Math.max(from, end - 4), end)))) end++;
  const words = text.slice(from, end).trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  const first = words[0];
  const lower = first.toLowerCase();
  const subjectLike = SUBJECT_PRONOUNS.has(lower) || DETERMINERS.has(lower) || /^\p{Lu}/u.test(first);
  for (let k = 0; k < Math.min(words.length, 4); k++) {
    const w = words[k].toLowerCase();
    const forms = REPORTING_FORMS.get(w);
    if (!forms || NOUN_LIKE_FORMS.has(w) || !forms.some((f) => f.cls === 'framing' && f.words.length === 1 && !f.participle)) continue;
    // "said Mr Reid" (the verb first) or "he said", "Ms Lee added" (a subject first).
    if (k === 0 || subjectLike) return true;
  }
  return false;
}
