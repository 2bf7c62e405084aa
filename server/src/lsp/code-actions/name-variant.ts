// name-variant: respell every mention of the person in one chosen spelling. One action per spelling
// ("Respell all as “Zelensky”"), the preferred one (the newsroom's house spelling when the person is on
// the known-people list, else the spelling used first) marked preferred and used by fix-all.
// The rule's data names the person and the spellings; the spans come from the person's mentions in the
// analysis: a variant mention is exactly the variant word, and the other name mentions ("Volodymyr
// Zelensky", "Mr Zelensky") hold the spelling as a whole word. Mentions by role or pronoun are not names.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Person } from '../../protocol';
import type { FixDocument, OffsetEdit } from './edits';
import type { Fix, FixKind } from './fix';

interface VariantData {
  person: string;
  preferred: string;
  spellings: string[];
  house: boolean;
}

function variantData(d: LspDiagnostic): VariantData | undefined {
  const data = d.data as Partial<VariantData> | undefined;
  if (!data || typeof data.person !== 'string' || typeof data.preferred !== 'string' || !Array.isArray(data.spellings)) return undefined;
  const spellings = data.spellings.filter((s): s is string => typeof s === 'string' && s.length > 0);
  if (spellings.length < 2) return undefined;
  return { person: data.person, preferred: data.preferred, spellings, house: data.house === true };
}

// Letters only: "Zelensky" is not a word of "Zelenskyy", but it is one of "Zelensky’s" and "Zelensky-led".
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export interface SpellingSpan {
  start: number;
  end: number;
  spelling: string;
}

/** Every place in the person's name mentions where one of the spellings is written, as a whole word. */
export function spellingSpans(doc: FixDocument, person: Person, spellings: readonly string[]): SpellingSpan[] {
  const longestFirst = [...spellings].sort((a, b) => b.length - a.length);
  const out: SpellingSpan[] = [];
  for (const m of person.mentions) {
    if (m.kind === 'role' || m.kind === 'pronoun') continue;
    const start = doc.offsetAt(m.range.start);
    const end = doc.offsetAt(m.range.end);
    // The analysis is of this very text; a mention that does not read as recorded is skipped, never edited.
    if (doc.text.slice(start, end) !== m.text) continue;
    const taken: Array<[number, number]> = [];
    for (const s of longestFirst) {
      for (let i = m.text.indexOf(s); i >= 0; i = m.text.indexOf(s, i + 1)) {
        const a = start + i;
        const b = a + s.length;
        if (WORD_CHAR.test(doc.text[a - 1] ?? '') || WORD_CHAR.test(doc.text[b] ?? '')) continue;
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        taken.push([a, b]);
        out.push({ start: a, end: b, spelling: s });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function respell(doc: FixDocument, data: VariantData, to: string): OffsetEdit[] {
  const person = doc.analysis.people.find((p) => p.id === data.person);
  if (!person) return [];
  return spellingSpans(doc, person, data.spellings)
    .filter((s) => s.spelling !== to)
    .map((s) => ({ start: s.start, end: s.end, text: to }));
}

export const nameVariantFixes: FixKind = {
  code: 'name-variant',
  fixAllTitle: 'Respell every name in its preferred spelling',
  onSave: true,
  fixes(doc, d) {
    const data = variantData(d);
    if (!data) return [];
    const ordered = [data.preferred, ...data.spellings.filter((s) => s !== data.preferred)];
    const out: Fix[] = [];
    for (const s of ordered) {
      const edits = respell(doc, data, s);
      if (!edits.length) continue;
      const note = s === data.preferred ? (data.house ? ' (house spelling)' : ' (spelling used first)') : '';
      out.push({ title: `Respell all as “${s}”${note}`, edits, preferred: s === data.preferred });
    }
    return out;
  },
  fixable(doc, d) {
    const data = variantData(d);
    return data !== undefined && doc.analysis.people.some((p) => p.id === data.person);
  },
  fixAll(doc, ds) {
    const done = new Set<string>();
    const out: OffsetEdit[] = [];
    for (const d of ds) {
      const data = variantData(d);
      if (!data || done.has(data.person)) continue;
      done.add(data.person);
      out.push(...respell(doc, data, data.preferred));
    }
    return out;
  },
};
