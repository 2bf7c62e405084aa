// The days an article can have been written on, judging by the office-holders it names with their titles
// ("Chancellor Friedrich Merz": on or after 6 May 2025). A title is only taken when it stands right before
// the name and is not qualified ("former President Obama", "Deputy Prime Minister", "then-Chancellor").
import { OFFICE_HOLDERS, type OfficeHolder } from './office-holders';
import { parseIsoDay } from './calendar';

/** [first day, day after the last), as day numbers. */
export type Interval = [number, number];

interface Compiled {
  holder: OfficeHolder;
  title: RegExp;
  terms: Interval[];
}

const BY_SURNAME = new Map<string, Compiled[]>();
for (const holder of OFFICE_HOLDERS) {
  const compiled: Compiled = {
    holder,
    // The title, then at most two given names or initials, then the surname (which follows this text).
    title: new RegExp(`(?:^|[^\\p{L}])(${holder.titles})(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+$`, 'u'),
    terms: holder.terms.map(([a, b]) => [parseIsoDay(a)!, b ? parseIsoDay(b)! : Infinity]),
  };
  for (const s of holder.surname.split('|')) {
    const list = BY_SURNAME.get(s) ?? [];
    list.push(compiled);
    BY_SURNAME.set(s, list);
  }
}
// ASCII word boundaries: several times faster than Unicode look-arounds, and every surname starts and ends
// with an ASCII letter.
const SURNAMES = new RegExp(`\\b(?:${[...BY_SURNAME.keys()].join('|')})\\b`, 'g');
const QUALIFIED = /(?:former|ex|then|late|deputy|vice|shadow|assistant|junior|acting|future|would-be|next|past)[\s-]+(?:\p{Lu}[\p{L}.]*\s+)?$/iu;
const LOOK_BACK = 70;

/** The office terms of every titled office-holder named in the text (one entry per distinct holder). */
export function officeTermsIn(text: string): Interval[][] {
  const seen = new Set<Compiled>();
  SURNAMES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SURNAMES.exec(text))) {
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    for (const c of BY_SURNAME.get(m[0]) ?? []) {
      if (seen.has(c)) continue;
      const t = c.title.exec(before);
      if (!t) continue;
      const titleStart = t.index + t[0].indexOf(t[1]);
      if (QUALIFIED.test(before.slice(0, titleStart))) continue;
      seen.add(c);
    }
  }
  return [...seen].map((c) => c.terms);
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s1, e1] of a) for (const [s2, e2] of b) {
    const s = Math.max(s1, s2);
    const e = Math.min(e1, e2);
    if (s < e) out.push([s, e]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * The days consistent with the office-holders named, or null when none is named. Names that contradict
 * the others are dropped, most recent terms kept first: an article of 2025 may recall "President Obama",
 * but one of 2012 cannot name "Chancellor Merz".
 */
export function daysInOffice(text: string): Interval[] | null {
  const all = officeTermsIn(text);
  if (!all.length) return null;
  all.sort((a, b) => Math.max(...b.map((i) => i[0])) - Math.max(...a.map((i) => i[0])));
  let days: Interval[] = [[-Infinity, Infinity]];
  for (const terms of all) {
    const next = intersect(days, terms);
    if (next.length) days = next;
  }
  return days;
}

export function inIntervals(day: number, intervals: Interval[] | null): boolean {
  return !intervals || intervals.some(([s, e]) => day >= s && day < e);
}
