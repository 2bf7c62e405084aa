// Everything the requests need from one analysis, built once per document version: the analysis's LSP
// ranges turned into offsets and sorted into interval indexes, and per person the quotes credited to them
// and the mention that defines them. Hover, symbols and navigation only look things up here.
import type { Analysis, DateExpr, Mention, Person, Quote, Range } from '../protocol';
import { compareRanges, engineOffsets } from '../engine';
import { IntervalIndex } from './interval-index';

/** The text-to-offset conversion of the document version that was analysed (a TextDocument fits). */
export interface OffsetSource {
  offsetAt(position: Range['start']): number;
}

export interface MentionRef {
  person: Person;
  mention: Mention;
}

export interface PersonFacts {
  person: Person;
  /** Mentions in text order. */
  mentions: Mention[];
  /** The first full-name mention (the first mention when the name is never given in full). */
  definition: Mention | undefined;
  /** Speech quotes credited to the person, in text order. */
  quotes: Quote[];
}

export class AnalysisIndex {
  readonly mentions: IntervalIndex<MentionRef>;
  readonly dates: IntervalIndex<DateExpr>;
  readonly quotes: IntervalIndex<Quote>;
  private readonly facts = new Map<string, PersonFacts>();
  private readonly byName = new Map<string, PersonFacts>();

  constructor(
    readonly analysis: Analysis,
    doc: OffsetSource,
  ) {
    const span = (r: Range) => engineOffsets(r) ?? { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) };
    const mentionSpans = [];
    for (const person of analysis.people) {
      const mentions = [...person.mentions].sort(byPosition);
      const facts: PersonFacts = { person, mentions, definition: mentions.find((m) => m.kind === 'full') ?? mentions[0], quotes: [] };
      this.facts.set(person.id, facts);
      if (!this.byName.has(person.name)) this.byName.set(person.name, facts);
      for (const mention of mentions) mentionSpans.push(located(span(mention.range), { person, mention }));
    }
    this.mentions = new IntervalIndex(mentionSpans);
    this.dates = new IntervalIndex(analysis.dates.map((d) => located(span(d.range), d)));
    // A quote's span takes in its marks when the text has them, so hovering a quote mark shows the quote.
    this.quotes = new IntervalIndex(
      analysis.quotes.map((q) => {
        const { start, end } = span(q.range);
        return { start: q.opened === false ? start : Math.max(0, start - 1), end: q.closed === false ? end : end + 1, item: q };
      }),
    );
    for (const q of [...analysis.quotes].sort(byPosition)) {
      if (q.kind !== 'speech') continue;
      this.speakerOf(q)?.quotes.push(q);
    }
  }

  person(id: string): PersonFacts | undefined {
    return this.facts.get(id);
  }

  /** The person a speech quote is credited to; undefined for anonymous sources and unattributed quotes. */
  speakerOf(quote: Quote): PersonFacts | undefined {
    if (quote.speaker === null) return undefined;
    if (quote.speakerId) return this.facts.get(quote.speakerId);
    return this.byName.get(quote.speaker);
  }
}

/** { start, end, item } as a literal: V8 gives every object spread-then-extended ({ ...span, item }) a hidden class of its own. */
function located<T>(s: { start: number; end: number }, item: T): { start: number; end: number; item: T } {
  return { start: s.start, end: s.end, item };
}

export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return compareRanges(a.range, b.range);
}
