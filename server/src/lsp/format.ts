// Small text helpers for what the server shows: calendar days in words, quote openings, markdown escaping.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-08-18" → "Monday 18 August 2025"; "2025-08" → "August 2025"; "2025" → "2025"; anything else unchanged. */
export function longDate(iso: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) return iso; // not a real day (e.g. 2025-02-30)
    return `${WEEKDAYS[date.getUTCDay()]} ${d} ${MONTHS[mo - 1]} ${y}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return iso;
}

/** The first words of a quotation, for outline entries: "We were able to win the following…". */
export function openingWords(text: string, maxWords = 7, maxChars = 60): string {
  // Words are read only as far as the entry goes: a long quotation is neither collapsed nor split whole
  // (the outline makes an entry for every quotation of the article).
  const words = /\S+/g;
  let out = '';
  let cut = false;
  let first: string | undefined;
  for (let i = 0, m: RegExpExecArray | null; (m = words.exec(text)) !== null; i++) {
    const w = m[0];
    first ??= w;
    if (i >= maxWords || out.length + 1 + w.length > maxChars) {
      cut = true;
      break;
    }
    out = out ? `${out} ${w}` : w;
  }
  if (!out && first) {
    out = first.slice(0, maxChars);
    cut = first.length > maxChars || words.exec(text) !== null;
  }
  if (!cut) return out;
  // An entry that stops on "the", "of", "and" reads as broken off mid-phrase: stop before it.
  const kept = out.split(' ');
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return kept.join(' ').replace(/[,;:.!?]+$/, '') + '…';
}

export const DANGLING: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'this', 'these', 'those']);

/** A quotation shortened for a hover line. */
export function shortQuote(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1).trimEnd() + '…' : one;
}

/** Escapes the characters that would turn article text into markdown formatting. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c).replace(/^#/gm, '\\#');
}
