// Internal engine types: offsets into the text (UTF-16 code units, as JS strings index them).
// The public, range-based shapes are in ../protocol.ts; analyze.ts converts between the two.
import type { DiagnosticCode, KnownPerson, MentionKind, QuoteKind, Severity } from '../protocol';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

/** The text as the detectors see it: comment directives blanked out (offsets unchanged), paragraphs found once. */
export interface ArticleText {
  /** The original text. */
  raw: string;
  /** The text with `<!-- ... -->` comments replaced by spaces (same length, same offsets). */
  text: string;
  paragraphs: Paragraph[];
}

export interface PersonMentionSpan extends Span {
  text: string;
  kind: MentionKind;
}

export interface PersonEntity {
  id: string;
  name: string;
  roles: string[];
  mentions: PersonMentionSpan[];
  /** Distinct spellings of the surname/full name seen (for name-variant). */
  spellings: string[];
  known?: boolean;
}

/** What the people detector gives the other detectors. */
export interface PeopleIndex {
  people: PersonEntity[];
  /** The person whose mention covers this offset. */
  personAt(offset: number): PersonEntity | undefined;
  /** The person a name-like string refers to ("Sir Keir", "Starmer", "the Prime Minister"), if any. */
  resolve(text: string, at?: number): PersonEntity | undefined;
  /** Add a mention found by another detector (a pronoun or role that names a quote's speaker). */
  addMention(person: PersonEntity, mention: PersonMentionSpan): void;
  /** The one person a byline names, when it names exactly one: the "I" of the article's narrative. */
  author?: PersonEntity;
}

export interface QuoteSpan extends Span {
  /** Offsets of the quoted words, without marks. `start`/`end` above include the marks when present. */
  contentStart: number;
  contentEnd: number;
  opened: boolean;
  closed: boolean;
  kind: QuoteKind;
  /** Quotes joined across paragraphs or by a split attribution share a group id. */
  group?: number;
}

export interface AttributedQuote extends QuoteSpan {
  speaker: string | null;
  speakerId: string | null;
  speakerMention: (Span & { text: string }) | null;
  cue: (Span & { text: string }) | null;
}

export interface DateMention extends Span {
  text: string;
  value: string | null;
  precision?: 'day' | 'month' | 'year';
  basis?: 'absolute' | 'relative';
  explanation?: string;
  /** A weekday named with the date ("Wednesday, March 17"), for weekday-mismatch. */
  statedWeekday?: number;
}

export interface PublishedDate {
  value: string | null;
  source: 'dateline' | 'front-matter' | 'header' | 'inferred' | 'none' | 'option';
  span?: Span & { text: string };
}

export interface RawDiagnostic extends Span {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  data?: Record<string, unknown>;
}

/** Everything a diagnostic rule may look at. */
export interface RuleContext {
  article: ArticleText;
  people: PersonEntity[];
  quotes: AttributedQuote[];
  /** Quote marks that pair with nothing. */
  strayMarks: Span[];
  dates: DateMention[];
  published: PublishedDate;
  knownPeople: KnownPerson[];
}

export interface Rule {
  code: DiagnosticCode;
  defaultSeverity: Severity;
  /** One line for the rule docs and the hover on the code. */
  description: string;
  check(ctx: RuleContext): Omit<RawDiagnostic, 'severity'>[];
}
