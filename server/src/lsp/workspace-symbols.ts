// workspace/symbol: the people of every analysed article. The index keeps per file only what the answer
// needs — each person's name and where they are first named in full — never the analyses themselves, so
// thousands of articles cost a few hundred bytes each. Open documents are asked for their current analysis
// at query time instead (their unsaved text is what the user sees).
//
// Matching follows VS Code's quick open: the query's characters in order, case-blind ("kst" finds
// "Keir Starmer"); a name containing the query as a whole comes first, then one whose word starts with it.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Analysis, Range } from '../protocol';
import { plainRange } from '../engine';

export interface IndexedPerson {
  name: string;
  /** The first full-name mention (the first mention when the name is never given in full). */
  range: Range;
}

/** At most this many symbols in one answer: the editor lists them, it does not page. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/** The people of an analysis as the index keeps them. */
export function indexedPeople(analysis: Analysis): IndexedPerson[] {
  const out: IndexedPerson[] = [];
  for (const person of analysis.people) {
    const named = person.mentions.filter((m) => m.kind !== 'role' && m.kind !== 'pronoun');
    const first = earliest(named.filter((m) => m.kind === 'full')) ?? earliest(named) ?? earliest(person.mentions);
    // A copy of its own: the analysis's range would keep the article's line table alive in the index.
    if (first) out.push({ name: person.name, range: plainRange(first.range) });
  }
  return out;
}

export class WorkspaceSymbolIndex {
  private readonly files = new Map<string, IndexedPerson[]>();

  get size(): number {
    return this.files.size;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  set(uri: string, analysis: Analysis): void {
    this.files.set(uri, indexedPeople(analysis));
  }

  delete(uri: string): boolean {
    return this.files.delete(uri);
  }

  /**
   * The people whose names match `query`, one symbol per person and file. `overrides`, by indexed key,
   * replaces the entries of some files (the open documents' current analyses, under the URI the client
   * gave) and adds files the index lacks.
   */
  query(query: string, overrides: ReadonlyMap<string, { uri: string; people: IndexedPerson[] }> = new Map()): SymbolInformation[] {
    const scored: { score: number; symbol: SymbolInformation }[] = [];
    const visit = (uri: string, people: IndexedPerson[]) => {
      for (const p of people) {
        const score = matchScore(query, p.name);
        if (score < 0) continue;
        scored.push({ score, symbol: { name: p.name, kind: SymbolKind.Object, location: { uri, range: p.range }, containerName: fileName(uri) } });
      }
    };
    for (const [uri, people] of this.files) if (!overrides.has(uri)) visit(uri, people);
    for (const { uri, people } of overrides.values()) visit(uri, people);
    scored.sort(
      (a, b) =>
        a.score - b.score ||
        a.symbol.name.localeCompare(b.symbol.name) ||
        a.symbol.location.uri.localeCompare(b.symbol.location.uri) ||
        a.symbol.location.range.start.line - b.symbol.location.range.start.line,
    );
    return scored.slice(0, MAX_WORKSPACE_SYMBOLS).map((s) => s.symbol);
  }
}

/**
 * How well `name` matches `query`, lower is better; -1 when it does not. 0: a word of the name starts with
 * the query ("star" → Keir Starmer); 1: the name contains it; 2: the query's characters appear in order
 * ("kst"). Spaces in the query are ignored for the last test, as in VS Code's fuzzy matching.
 */
export function matchScore(query: string, name: string): number {
  const whole = fold(query).trim().replace(/\s+/g, ' ');
  if (!whole) return 0;
  const n = fold(name);
  const at = n.indexOf(whole);
  if (at === 0 || (at > 0 && /[\s\-'’.]/u.test(n[at - 1]))) return 0;
  if (at > 0) return 1;
  const q = whole.replace(/ /g, '');
  let i = 0;
  for (const c of n) if (c === q[i] && ++i === q.length) return 2;
  return -1;
}

/** Lower case without diacritics: "Müller" is found by "muller". */
function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

function fileName(uri: string): string {
  try {
    return basename(uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(new URL(uri).pathname));
  } catch {
    return uri;
  }
}

function earliest<T extends { range: Range }>(items: T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const r = item.range.start;
    if (!best || r.line < best.range.start.line || (r.line === best.range.start.line && r.character < best.range.start.character)) best = item;
  }
  return best;
}
