// The Outline: the article speaker by speaker. One top-level symbol per quoted person with their quotes
// beneath; anonymous sources ("a senior EU diplomat") grouped under one entry, by description; quotes
// nobody is credited with under "Unattributed quotes". Only quotations of speech appear.
//
// Kinds: LSP has no "person" kind. A speaker is SymbolKind.Object — a concrete individual, an instance
// rather than a type (Class would suggest a category of people) — and the editors' Object icon reads as
// "an entity". The two groups are SymbolKind.Namespace: containers that name a group, not an entity.
// A quotation is SymbolKind.String: it is literally quoted text.
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { DEFAULT_MAX_OUTLINE_QUOTES, type Quote } from '../protocol';
import type { AnalysisIndex } from './analysis-index';
import { byPosition } from './analysis-index';
import { openingWords } from './format';
import { compareRanges, plainRange } from '../engine';

export const ANONYMOUS_SOURCES = 'Anonymous sources';
export const UNATTRIBUTED_QUOTES = 'Unattributed quotes';

/**
 * The outline, listing at most `maxQuotes` quotations (the first in text order; see
 * DEFAULT_MAX_OUTLINE_QUOTES): past them, one last entry says how many more there are and covers them.
 */
export function documentSymbols(index: AnalysisIndex, maxQuotes = DEFAULT_MAX_OUTLINE_QUOTES): DocumentSymbol[] {
  const all = index.analysis.quotes.filter((q) => q.kind === 'speech').sort(byPosition);
  const speech = all.length > maxQuotes ? all.slice(0, maxQuotes) : all;
  const people = new Map<string, Quote[]>();
  const anonymous = new Map<string, { name: string; quotes: Quote[] }>();
  const unattributed: Quote[] = [];
  for (const q of speech) {
    if (q.speaker === null) {
      unattributed.push(q);
      continue;
    }
    const facts = index.speakerOf(q);
    if (facts) {
      const list = people.get(facts.person.id) ?? [];
      list.push(q);
      people.set(facts.person.id, list);
    } else {
      const key = q.speaker.toLowerCase();
      const group = anonymous.get(key) ?? { name: q.speaker, quotes: [] };
      group.quotes.push(q);
      anonymous.set(key, group);
    }
  }

  const top: DocumentSymbol[] = [];
  for (const [id, quotes] of people) {
    const facts = index.person(id)!;
    const named = [facts.mentions[0], facts.definition].filter((m) => m !== undefined).map((m) => plainRange(m.range));
    const children = quotes.map(quoteSymbol);
    top.push({
      name: facts.person.name,
      detail: facts.person.roles[0] ?? '',
      kind: SymbolKind.Object,
      // From the person's first mention to their last quote; selecting the entry goes to the full name.
      range: cover([...named, ...children.map((c) => c.range)]),
      selectionRange: facts.definition ? plainRange(facts.definition.range) : children[0].range,
      children,
    });
  }
  if (anonymous.size) {
    const sources = [...anonymous.values()].map(({ name, quotes }): DocumentSymbol => {
      const children = quotes.map(quoteSymbol);
      const range = cover(children.map((c) => c.range));
      return { name, detail: 'anonymous source', kind: SymbolKind.Object, range, selectionRange: children[0].selectionRange, children };
    });
    top.push(group(ANONYMOUS_SOURCES, `${sources.length} source${sources.length === 1 ? '' : 's'}`, sources));
  }
  if (unattributed.length) {
    top.push(group(UNATTRIBUTED_QUOTES, `${unattributed.length} with no speaker`, unattributed.map(quoteSymbol)));
  }
  // Text order of first appearance, as an editor's outline sorted by position shows them.
  top.sort((a, b) => compareRanges(a.range, b.range));
  if (all.length > speech.length) top.push(moreQuotes(all.slice(speech.length), maxQuotes));
  return top;
}

/** The entry standing for the quotations left out: it covers them, and selecting it goes to the first. */
function moreQuotes(left: Quote[], maxQuotes: number): DocumentSymbol {
  const first = plainRange(left[0].range);
  const n = left.length.toLocaleString('en');
  return {
    name: `${n} more quotation${left.length === 1 ? '' : 's'} not listed`,
    detail: `the outline stops at ${maxQuotes.toLocaleString('en')} (newsLens.maxOutlineQuotes)`,
    kind: SymbolKind.Namespace,
    range: { start: first.start, end: plainRange(left[left.length - 1].range).end },
    selectionRange: first,
  };
}

function quoteSymbol(q: Quote): DocumentSymbol {
  // The outline is kept for the version and sent again at each request: its ranges as plain positions,
  // not the analysis's offset ranges that make their positions at every serialisation.
  const range = plainRange(q.range);
  return {
    name: `“${openingWords(q.text) || '…'}”`,
    detail: q.cue ?? '',
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  };
}

function group(name: string, detail: string, children: DocumentSymbol[]): DocumentSymbol {
  const range = cover(children.map((c) => c.range));
  return { name, detail, kind: SymbolKind.Namespace, range, selectionRange: children.map((c) => c.selectionRange).sort(compareRanges)[0], children };
}

/** The smallest range that encloses all the given ones (the LSP wants a parent's range to contain its children's). */
function cover(ranges: Range[]): Range {
  const sorted = [...ranges].sort(compareRanges);
  let end = sorted[0].end;
  for (const r of sorted) if (r.end.line > end.line || (r.end.line === end.line && r.end.character > end.character)) end = r.end;
  return { start: sorted[0].start, end };
}
