// Everything the requests need from one analysis, built once per document version: the analysis's LSP
// ranges turned into offsets and sorted into interval indexes, and per person the quotes credited to them
// and the mention that defines them. Hover, symbols and navigation only look things up here.
import type { Analysis, DateExpr, Mention, Person, Quote, Range } from '../protocol';
import { compareRanges, engineOffsets } from '../engine';
import { IntervalIndex, IntervalIndexBuilder } from './interval-index';

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
    const mentionIndex = new IntervalIndexBuilder<MentionRef>();
    for (const person of analysis.people) {
      // The engine gives them in text order: a copy only when they are not.
      const mentions = inOrder(person.mentions) ? person.mentions : [...person.mentions].sort(byPosition);
      const facts: PersonFacts = { person, mentions, definition: mentions.find((m) => m.kind === 'full') ?? mentions[0], quotes: [] };
      this.facts.set(person.id, facts);
      if (!this.byName.has(person.name)) this.byName.set(person.name, facts);
      for (const mention of mentions) {
        const { start, end } = span(mention.range);
        mentionIndex.add(start, end, { person, mention });
      }
    }
    this.mentions = mentionIndex.build();
    this.dates = IntervalIndex.of(analysis.dates, (d) => span(d.range));
    // A quote's span takes in its marks when the text has them, so hovering a quote mark shows the quote.
    this.quotes = IntervalIndex.of(analysis.quotes, (q) => {
      const { start, end } = span(q.range);
      return { start: q.opened === false ? start : Math.max(0, start - 1), end: q.closed === false ? end : end + 1 };
    });
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

function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byPosition(mentions[i - 1], mentions[i]) > 0) return false;
  return true;
}

export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return compareRanges(a.range, b.range);
}
